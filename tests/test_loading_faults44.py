"""Set 39's loading faults and a signature line (loader-44), each on a small made-up document of its layout: a labelled
line under an html page's list, a press conference's attendance line and a unit's name beside a person's, a FAQ's
question over the table that answers it, a chronicle's dated entries and its compiler's line, and a party's
signature line ending an agreement."""
from __future__ import annotations

from reportbot.corpus.normalize import normalize

from tests.files import docx_saved, load

# a newsletter whose side panel lists events, then names who to ask (Tauranga's, set 39)
NEWSLETTER_HTML = """<!DOCTYPE html><html lang="en"><head><title>Harbour Lifeguards - The Swell, Issue 3</title></head>
<body><main><article><h2>Season opens</h2>
<p>Our patrolled season started on Saturday 25 October with 120 patrolling members on the roster.</p>
<p>Patrols run from 10am to 6pm on weekends until 14 December, then every day to 2 February.</p></article></main>
<aside><h3>Upcoming events</h3><ul>
<li>29 November 2025 - Bronze Medallion exam, clubrooms, 7am</li>
<li>6 December 2025 - Community open day, 10am-2pm</li>
<li>17 January 2026 - Regional Championships, Ocean Beach</li></ul>
<p>Membership queries: Ana Riley, Club Administrator, admin@harbour.example.org</p></aside>
<footer><p>Harbour Lifeguards Inc., Marine Parade. Registered charity CC10001.</p></footer></body></html>"""


def test_a_labelled_line_under_a_list_is_no_item_of_it():
    doc = load(NEWSLETTER_HTML.encode(), "newsletter.html")
    asked = next(p for p in doc.body if "Membership queries" in p.text)
    assert "Bronze Medallion" not in asked.text  # (it had ended the events list's passage, as a sixth item)
    assert asked.path and asked.path[-1] == "Upcoming events"
    events = next(p for p in doc.body if "Bronze Medallion" in p.text)
    assert events.kind == "list" and "Ana Riley" not in events.text


def _transcript() -> bytes:
    import docx

    d = docx.Document()
    for line in ["星海市分会「114年度防灾整备成果」记者会实录",
                 "时间：民国114年9月18日（星期四）上午10时\u3000地点：星海市东区分会三楼会议室",
                 "出席：总干事林美君、大队长陈志明\u3000记录：公关组 蔡宜芳",
                 "主持人：各位媒体朋友早安，欢迎出席今天的记者会。首先请林美君总干事说明今年的整体成果。",
                 "林美君总干事：谢谢主持人。今年1月到8月，分会共办理防灾教育与急救训练一百二十场，参训民众八千六百人次。",
                 "主持人：今天的记者会到此结束，书面资料请向公关组 蔡宜芳索取，谢谢大家。"]:
        d.add_paragraph(line)
    return docx_saved(d)


def test_a_press_conferences_attendance_line_opens_no_speakers_turn():
    doc = load(_transcript(), "press.docx")
    present = next(p for p in doc.body if "出席：" in p.text)
    assert "各位媒体朋友早安" not in present.text  # (it had opened the host's first turn, a line of its passage)
    host = next(p for p in doc.body if "各位媒体朋友早安" in p.text)
    assert host.text.startswith("主持人：")


def test_a_space_between_a_unit_and_a_name_stays():
    doc = load(_transcript(), "press.docx")
    present = next(p for p in doc.body if "出席：" in p.text)
    assert "公关组\u3000蔡宜芳" in present.text  # (公关组蔡宜芳 had read as one word)
    assert normalize("记录：公關組 蔡宜芳") == "记录：公关组\u3000蔡宜芳"
    # (a layout's space inside a phrase still goes: the unit is no unit before a word that names no one)
    assert normalize("向公关组 索取资料") == "向公关组索取资料"
    assert normalize("成人会员 68.05万名") == "成人会员68.05万名"


# a FAQ whose question is answered by a table and a line under it (Foshan's, set 39)
FAQ_MD = """# 星海市遗体捐献常见问题

## 二、捐献流程

**问：登记后要准备什么？**

答：与家属沟通，取得家属理解。

**问：星海有哪些遗体接收站点？**

| 接收站点 | 所在区 | 24小时联系电话 |
|---|---|---|
| 星海医科大学附属医院 | 东湖区 | 0571-22318120 |
| 星海市第一人民医院 | 西城区 | 0571-83833633 |

答：目前有上表两个接收站点，北山区暂由星海市第一人民医院统一接收。

**问：捐献要收费吗？**

答：捐献不收取任何费用。
"""


def test_a_faqs_question_over_a_table_opens_the_tables_passage_and_its_answer():
    doc = load(FAQ_MD.encode(), "faq.md")
    assert not any(p.text.strip("问：*").endswith("接收站点？") for p in doc.body)  # (no passage of the question alone)
    table = next(p for p in doc.body if p.kind == "table")
    assert table.text.startswith("问：星海有哪些遗体接收站点？")
    answer = next(p for p in doc.body if "北山区暂由" in p.text)
    assert answer.text.startswith("问：星海有哪些遗体接收站点？") and "答：目前有上表两个接收站点" in answer.text
    fee = next(p for p in doc.body if "不收取任何费用" in p.text)
    assert fee.text.startswith("问：捐献要收费吗？") and "接收站点" not in fee.text


# a chronicle: dated lines under each month, a legend, a compiler's line under the title (Yibin's, set 39)
CHRONICLE_TXT = """星海市红十字会2025年大事记（1—3月）
市红十字会办公室编\u30002025年4月5日

说明：■为会议与组织建设，◆为救援救护，▲为“三献”与募捐。

【1月】
1月8日\u3000■市红十字会召开党组会议，研究确定2025年重点任务。
1月16日\u3000■市红十字会第四届理事会第五次会议召开，理事五十一人出席。
1月下旬\u3000▲“博爱送万家”活动慰问困难群众一千五百户。

【2月】
2月14日\u3000▲星海学院学生陈思远成功捐献造血干细胞。
2月27日\u3000◆全市应急救护师资培训班开班，新培养救护师资三十二名。
"""


def test_a_chronicles_dated_lines_are_entries_of_their_own_under_their_month():
    doc = load(CHRONICLE_TXT.encode(), "chronicle.txt")
    january = [p for p in doc.body if p.path and p.path[-1] == "【1月】"]
    assert len(january) == 3  # (the month's entries had been one passage)
    assert [p.text[:5] for p in january] == ["1月8日 ", "1月16日", "1月下旬 "]
    february = [p for p in doc.body if p.path and p.path[-1] == "【2月】"]
    assert len(february) == 2 and "陈思远" in february[0].text and "陈思远" not in february[1].text


def test_a_chronicles_compiler_line_is_its_author_no_line_of_the_legend():
    doc = load(CHRONICLE_TXT.encode(), "chronicle.txt")
    legend = next(p for p in doc.body if "说明：" in p.text)
    assert "办公室编" not in legend.text  # (it had opened the legend's passage)
    assert doc.author == "市红十字会办公室"
    assert "市红十字会办公室编" in doc.paragraphs[0].text  # (on the header card, beside the title)


def test_a_compiler_field_under_a_title_names_its_author():
    text = "星海市救护培训工作简报\n整理：宣传处\u3000王丽\n\n一、培训概况\n全年培训持证救护员两千人次。\n"
    doc = load(text.encode(), "brief.txt")
    assert doc.author == "宣传处\u3000王丽"
    assert not any("整理：" in p.text for p in doc.body)


def test_dated_lines_wrapping_one_sentence_still_join():
    text = ("星海市红十字会工作简报\n\n一、救援\n"
            "今年7月9日市红十字会启动Ⅳ级应急响应，持续四天，先后派出救援队员一百二十人次，截至\n"
            "7月13日 共发放物资价值约四十二万元。\n")
    doc = load(text.encode(), "brief.txt")
    assert any("截至7月13日" in p.text for p in doc.body)


# an agreement ending with each party's signature line (f17138's document, docs17)
AGREEMENT_TXT = """COASTAL GRANT AGREEMENT No. CG-2025-003

CLAUSE 1. PURPOSE

1.1 The Foundation awards the Grantee a grant for village flood preparedness.

SIGNATURES

For the Harbour Coastal Foundation: Grace Tan Mei Ling, Executive Director
For the Riverside Branch of the Red Cross Society: Li Jianguo, Executive Vice-President
"""


def test_a_partys_signature_line_is_no_heading():
    doc = load(AGREEMENT_TXT.encode(), "agreement.txt")
    assert not any("Grace Tan" in h for h in doc.headings)  # (it had headed the last passage)
    signed = next(p for p in doc.body if "Grace Tan Mei Ling" in p.text)
    assert signed.path and signed.path[-1] == "SIGNATURES" and "Li Jianguo" in signed.text


def test_the_contact_lines_limit_is_recorded_with_the_index():
    from reportbot.corpus.closing import CLOSING
    from reportbot.index.retrieval.passage_texts import tunables

    assert tunables()["closing"]["contact_chars"] == CLOSING.contact_chars == 60


def test_a_layout_space_inside_a_word_after_a_unit_word_still_goes():
    # (a justified line's space between two characters of one word, the first ending in a unit's character: 队|伍,
    # 科|普; no field's label before it, so no unit's name before a person's)
    assert normalize("加强救援队 伍建设。") == "加强救援队伍建设。"
    assert normalize("开展应急救护科 普宣传。") == "开展应急救护科普宣传。"
    assert normalize("出席：总干事林美君、公关组 蔡宜芳") == "出席：总干事林美君、公关组\u3000蔡宜芳"
