"""Set 38's loading faults (loader-43), each on a small made-up document of its layout: a run of short numbered
items opening a section with no lead-in, a contact line ending a plain text, an html table's caption, a bilingual
list item's English half, and a title holding an ideographic space."""
from __future__ import annotations

import io

from tests.files import load


def _wrapped(text: str, width: int = 70) -> str:
    """``text`` hard-wrapped at ``width`` characters, as a fixed-width export writes a paragraph."""
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


# a progress report hard-wrapped at one width, its items a line each, read line by line (Zhuzhou's, set 38)
PROGRESS_TXT = "\n".join([
    "星海市红十字会2025年工作进展通报", "（星红通〔2025〕第3期\u3000市红十字会办公室编\u30002025年12月8日）",
    "一、总体进展",
    _wrapped("今年以来，全市红十字系统围绕年初确定的目标任务，各项工作总体进度良好。1—11月，全市募集社会捐赠款物约1,420万元，"
             "开展应急救护普及培训约7.6万人次，培训持证救护员近1.9万人次，新增配置AED逾200台（实际212台）。预计全年普及培训"
             "可达9.5万至10.5万人次，基本完成10万人次的年度目标。"),
    "二、应急救援",
    _wrapped("6月中旬，两个区县遭遇强降雨，市红十字会于6月19日启动Ⅳ级应急响应，持续5天，先后派出救援队员逾160人次，"
             "协助转移群众约1,100人，发放救灾物资价值约65万元。全年全市救援队出动约210次，每次汛期救援平均持续2至3天。"),
    "三、下一步工作",
    "（一）12月底前完成剩余普及培训约1.2万人次，重点面向中小学教师和公交驾驶员（补训约50人次）；",
    "（二）第三次会员代表大会因换届筹备需要推迟至2026年3月召开，会期1天；",
    "（三）做好元旦、春节期间“博爱送万家”工作，计划慰问困难群众逾2,000户。", "",
    "联系人：市红十字会办公室\u3000周文静\u3000电话：0571-88001234", ""])


def test_short_numbered_items_opening_a_section_with_no_lead_in_are_one_passage():
    doc = load(PROGRESS_TXT.encode(), "progress.txt")
    under = [p for p in doc.body if p.path and p.path[-1] == "三、下一步工作"]
    assert len(under) == 1  # (each item had stood as a passage of its own)
    assert "（一）12月底前" in under[0].text and "（三）做好元旦、春节期间" in under[0].text


def test_a_contact_line_ending_a_text_is_no_line_of_the_last_item():
    doc = load(PROGRESS_TXT.encode(), "progress.txt")
    contact = next(p for p in doc.body if "周文静" in p.text)
    assert contact.text.startswith("联系人：") and contact.section is None
    assert not any("周文静" in p.text for p in doc.body if "博爱送万家" in p.text)


def test_a_contact_line_under_its_own_heading_stays_that_sections_text():
    text = ("星海市救护培训通知\n\n一、培训安排\n培训于6月14日在市红十字会举行，共两天。\n\n"
            "二、联系方式\n联系人：周文静　电话：0571-88001234\n")
    doc = load(text.encode(), "notice.txt")
    contact = next(p for p in doc.body if "周文静" in p.text)
    assert contact.path and contact.path[-1] == "二、联系方式"


def _docx_items() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("星海市红十字会2024年工作报告", level=1)
    d.add_heading("一、2024年工作回顾", level=2)
    d.add_heading("（一）聚焦应急救援", level=3)
    for line in ["① 7月上旬遭遇持续强降雨，市红十字会于7月1日启动Ⅲ级应急响应，派出救援队员86人次。",
                 "② 全年全市救援队出动174次，成功救助遇险群众28人。",
                 "③ 新增配置AED 160台，累计配置920台。"]:
        d.add_paragraph(line)
    d.add_heading("（二）推进“三献”工作", level=3)
    d.add_paragraph("全年全市无偿献血5.1万人次，献血量8.2万单位。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_reports_circled_items_each_a_sentence_are_a_passage_each():
    """Loader-43 read them as one list's passage; runs-44 (corpus/item_runs.py ``one_list``) keeps items each ending
    their own sentence apart, a passage each, as before loader-43."""
    doc = load(_docx_items(), "report.docx")
    under = [p for p in doc.body if p.path and p.path[-1] == "（一）聚焦应急救援"]
    assert len(under) == 3 and "7月1日启动" in under[0].text and "累计配置920台" in under[2].text


def test_one_numbered_paragraph_alone_stays_a_paragraph():
    text = "星海市工作要点\n\n一、重点工作\n（一）全年完成应急救护普及培训2万人次。\n\n二、保障措施\n加强经费保障。\n"
    doc = load(text.encode(), "points.txt")
    p = next(p for p in doc.body if "2万人次" in p.text)
    assert p.kind == "text" and p.text == "（一）全年完成应急救护普及培训2万人次。"


BILINGUAL_HTML = """<html lang="zh-Hant"><head><meta charset="utf-8"><title>救生員訓練成果</title></head><body><main>
<h1>114年救生員訓練成果 / 2025 Lifeguard Training Report</h1>
<h2>一、各梯次訓練情形 Courses</h2>
<table border="1">
<caption>表一　114年救生員訓練梯次一覽 Table 1. Lifeguard courses in 2025</caption>
<tr><th>梯次 Course</th><th>日期 Dates</th><th>及格 Passed</th></tr>
<tr><td>初訓第1梯 Initial 1</td><td>4月12日至4月27日</td><td>29</td></tr>
<tr><td>初訓第2梯 Initial 2</td><td>6月7日至6月22日</td><td>27</td></tr>
</table>
<p>初訓課程共64小時。The initial course runs 64 hours.</p>
<h2>二、民眾戲水安全提醒 Safety tips</h2>
<p>以下為提醒事項第4至第5點：The following are tips 4 to 5:</p>
<ol start="4">
<li>請在救生員執勤時段內戲水。Swim only during lifeguard hours.</li>
<li>退潮時潮差可達5公尺以上。The tidal range can exceed 5 metres at low tide.</li>
</ol>
</main></body></html>
"""


def test_an_html_tables_caption_opens_its_passage():
    doc = load(BILINGUAL_HTML.encode(), "lifeguard.html")
    table = next(p for p in doc.body if p.kind == "table")
    assert table.text.startswith("表一") and "Table 1. Lifeguard courses in 2025" in table.text


def test_a_bilingual_items_english_half_keeps_its_number():
    doc = load(BILINGUAL_HTML.encode(), "lifeguard.html")
    tips = next(p for p in doc.body if p.kind == "list")
    lines = tips.text.split("\n")
    assert "4. Swim only during lifeguard hours." in lines
    assert "5. The tidal range can exceed 5 metres at low tide." in lines


def test_a_titles_ideographic_space_is_no_gap_in_the_title():
    text = ("星海縣紅十字會\u3000民國114年水上救生員訓練簡章\n\n一、目的\n為推廣水上安全觀念，特辦理本訓練。\n\n"
            "二、資格\n年滿17歲者。\n")
    doc = load(text.encode(), "brochure.txt")
    assert doc.title == "星海县红十字会民国114年水上救生员训练简章"
