"""Set 41's and the loaders' leftovers (set-46): a plain-text release's end mark, a Markdown FAQ's numbered headings
and its compiler field among others, a question about a date moved asked in traditional script. Made-up documents
and questions in those shapes: other bodies, places and figures than any question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

from tests.files import load

_RELEASE = """星海捐血站重開

（星海，2025年11月3日）星海紅十字會今日宣布，星海捐血站將於11月10日重新開放，捐血床位由6張增至10張。

開放時間

星期一至五上午10時至晚上8時開放，星期六上午9時至下午5時開放。

－完－

傳媒查詢：星海紅十字會傳訊部 李美華小姐
電話：2700 1385
"""


def test_a_plain_text_releases_end_mark_is_no_heading_and_the_contact_after_it_is_its_closing():
    doc = load(_RELEASE.encode(), "release.txt")
    assert not any("完" in h for h in doc.headings)
    contact = next(p for p in doc.body if "传媒查询" in p.text or "傳媒查詢" in p.text)
    assert contact.path == ()
    assert "完" not in contact.text
    hours = next(p for p in doc.body if "上午10时" in p.text or "上午10時" in p.text)
    assert "查询" not in hours.text and "查詢" not in hours.text and "完" not in hours.text


def test_a_date_moved_asked_in_traditional_script_answers_the_date_it_moves_to():
    # (the question's text is read simplified: 延遲 / 押後 reach the move verbs as 延迟 / 押后)
    sentence = "第五次理事会由原定2025年10月推迟至2026年3月召开，原因是与省里的会议衔接。"
    assert extract(analyse("第五次理事會延遲到幾時開"), sentence).text == "2026年3月"


_FAQ = """# 星海市红十字海滨救护志愿服务队 · 常见问题（2025年版）

> 编写：星海市红十字会志愿服务部　更新日期：2025年5月6日　咨询电话：`0771-5550123`

星海市红十字海滨救护志愿服务队成立于2020年6月，在三处海滨浴场设点提供应急救护服务。

## 1 报名与条件

### 1.1 哪些人可以报名

年满 **18周岁** 的星海市常住居民均可报名。

### 1.2 一年招募几次

每年集中招募一次，每次招募约 **80人**。

## 2 培训与上岗

### 2.1 上岗前要培训多久

新队员须完成 **20学时** 培训。
"""


def test_a_markdown_faqs_numbered_headings_keep_the_space_after_their_number():
    doc = load(_FAQ.encode(), "faq.md")
    assert "1.1 哪些人可以报名" in doc.headings
    hours = next(p for p in doc.body if "20学时" in p.text)
    assert hours.path == ("2 培训与上岗", "2.1 上岗前要培训多久")


def test_a_compiler_field_among_the_fields_under_the_title_names_the_author():
    doc = load(_FAQ.encode(), "faq.md")
    assert doc.author == "星海市红十字会志愿服务部"


_SPEECH = """<!-- page 1 -->

# 星海市红十字会2024年工作报告

——2025年1月9日在星海市红十字会第三届理事会第二次会议上　市红十字会党组书记、常务副会长　顾明远

## 一、2024年工作回顾

全年开展应急救护普及培训3.2万人次，新增配置AED 64台。
"""


def test_the_speaker_at_the_end_of_a_speechs_subtitle_line_is_its_author():
    doc = load(_SPEECH.encode(), "report.md")
    assert doc.author == "顾明远"
    assert any("顾明远" in p.text for p in doc.body)  # (the line stays a passage: who holds the post)


_GRANT = """# Harbourside Defibrillator Project - Final Grant Report

Prepared for: Tidewater Community Fund (grant reference TCF-2024-031)

Grant period: 1 March 2024 to 28 February 2025. Grant awarded: NZ$52,000

Report date: 15 April 2025. Report author: Mere Tane, Project Lead

## 1. Summary

The project placed 14 public defibrillators along the harbour front.
"""


def test_a_reports_labelled_date_is_its_date_over_the_grant_periods_start():
    doc = load(_GRANT.encode(), "grant.md")
    assert doc.date == "15 April 2025"


_KICKED = """<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>新聞稿 - 星海捐血站重開 - 星海紅十字會</title></head><body>
<p><b>星海紅十字會捐血服務中心</b><br>新聞稿　即時發布</p>
<h1>星海捐血站重開</h1>
<p>（星海，2025年11月3日）星海紅十字會今日宣布，星海捐血站將於11月10日重新開放，捐血床位由6張增至10張。</p>
<h2>開放時間</h2>
<p>星期一至五上午10時至晚上8時開放。</p>
</body></html>"""


def test_a_releases_kicker_over_its_title_is_on_the_header_card_and_opens_no_passage():
    doc = load(_KICKED.encode(), "release.html")
    first = doc.body[0]
    assert first.text.startswith(("（星海", "(星海"))
    assert not any("即时发布" in p.text or "即時發布" in p.text for p in doc.body)
    assert "即时发布" in doc.paragraphs[0].text or "即時發布" in doc.paragraphs[0].text


_NOTES = (
    "1. A lifeguard counts as active after 20 patrol hours in the year, counted from the first "
    "patrol of the season in October to the last one in April. Hours on the beach during the "
    "carnival weekends count twice, as the committee agreed in 2023.\n"
    "2. The winter pool course is run twice a year at the Eastside baths and is followed by at "
    "least three observed patrols with a senior lifeguard before a new lifeguard patrols alone. "
    "The course is free for members under 25.\n"
    "3. The rise in new lifeguards follows the school holiday programme run with the city "
    "council, which paid for the pool hire in January and February and for the first aid kits "
    "of the new lifeguards.\n"
)

_RETURN = """HARBOURSIDE LIFEGUARD VOLUNTEERS
ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025

SECTION A - PEOPLE
Active lifeguards at 30 June ............ 86 (79)
New lifeguards qualified ................ 14 (11)
Lifeguards who stood down ............... 7 (9)
Patrolled beaches ....................... 5 (5)
Patrol hours ............................ 9,420 (8,870)
Rescues ................................. 31 (26)

NOTES TO THE RETURN
""" + _NOTES + """
Declaration: The committee confirms that the information in this return is correct to the best of its knowledge.
Signed on behalf of the committee: Dr Anna Lowe, President, 2 October 2025.
"""


def test_a_returns_declaration_and_signature_are_its_closing_under_no_section():
    doc = load(_RETURN.encode(), "return.txt")
    signed = next(p for p in doc.body if "Anna Lowe" in p.text)
    assert signed.path == ()
    assert "Declaration" in signed.text
    note = next(p for p in doc.body if "Eastside" in p.text)
    assert "Anna Lowe" not in note.text


def test_a_forms_bracketed_figures_are_read_with_the_year_its_legend_names():
    legend = "ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025\n\nFiled on 2 October 2025. Figures for 2023-24 are " \
             "shown in brackets.\n"
    doc = load(_RETURN.replace("ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025\n", legend).encode(), "return.txt")
    people = next(p for p in doc.body if "Rescues" in p.text)
    assert "Rescues: 31 (26 in 2023-24)" in people.text
    assert "Patrol hours: 9,420 (8,870 in 2023-24)" in people.text


def test_bracketed_figures_with_no_legend_are_read_as_written():
    doc = load(_RETURN.encode(), "return.txt")
    people = next(p for p in doc.body if "Rescues" in p.text)
    assert "Rescues: 31 (26)" in people.text


def test_signatures_under_a_heading_in_capitals_stay_that_sections():
    clauses = "\n".join(f"{n}.1 The Grantee reports to the Trust on clause {n} every quarter, in writing, and "
                        f"keeps the records of the work for seven years after the grant period." for n in range(1, 7))
    text = f"""GRANT AGREEMENT TKB-2025-009

{clauses}

SIGNATURES

For the Tidewater Community Fund: Marama Hohaia, Executive Director
For the Harbourside Lifeguard Volunteers: Anna Lowe, President
"""
    doc = load(text.encode(), "agreement.txt")
    signed = next(p for p in doc.body if "Anna Lowe" in p.text)
    assert signed.path == ("SIGNATURES",)


def test_the_legends_year_answers_with_the_bracketed_figure_and_the_years_own_with_its_own():
    legend = "ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025\n\nFiled on 2 October 2025. Figures for 2023-24 are " \
             "shown in brackets.\n"
    doc = load(_RETURN.replace("ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025\n", legend).encode(), "return.txt")
    line = next(x for p in doc.body for x in p.text.split("\n") if x.startswith("Rescues"))
    assert extract(analyse("how many rescues did the lifeguards make in 2023-24"), line).text == "26"
    assert extract(analyse("how many rescues did the lifeguards make in 2024-25"), line).text == "31"
