"""Loading faults the round-41 review found by running the loaders (mend41b): a quoted event notice's time and
place joined on one line, a report's short heading after a "Thank You" section read as an e-mail's sign-off.
Made-up documents in the bench documents' shapes."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

NOTICE = """# 星海市红十字会献血活动通知

> 时间：6月14日（周六），上午
> 地点：市民广场东侧献血车。

> 活动：无偿献血，欢迎市民参加
> 联系人：王老师，0514-87360000。

## 献血前

> 提示：献血前一晚请早点休息，献血当天
> 早餐：应吃清淡食物，不要空腹献血。
"""


def _lines(doc, words: str) -> list[str]:
    return next(p.text for p in doc.body if words in p.text).split("\n")


def test_a_quoted_time_ending_on_a_part_of_the_day_and_the_place_under_it_stay_two_lines():
    lines = _lines(parse_text(NOTICE, "notice.md"), "地点")
    assert lines == ["时间：6月14日（周六），上午", "地点：市民广场东侧献血车。"]


def test_a_next_line_labelled_with_a_field_label_opens_its_own_line():
    lines = _lines(parse_text(NOTICE, "notice.md"), "联系人")
    assert lines == ["活动：无偿献血，欢迎市民参加", "联系人：王老师，0514-87360000。"]


def test_a_quoted_sentence_wrapped_over_a_label_still_reads_as_one_line():
    lines = _lines(parse_text(NOTICE, "notice.md"), "早餐")
    assert any(x.startswith("提示：") and x.endswith("不要空腹献血。") for x in lines)


REPORT = """Harbour First Aid Annual Report 2025

We treated 420 patients at 38 events this year.

Thank You

Our Sponsors

Harbour Bank and the Quay Trust funded the new ambulance.

Our Volunteers

Sixty volunteers gave 12,000 hours.
"""


def test_a_short_heading_under_a_thank_you_section_title_stays_a_heading():
    doc = parse_text(REPORT, "report.txt")
    assert next(p for p in doc.body if "Harbour Bank" in p.text).path[-1] == "Our Sponsors"


def test_a_letters_closing_with_its_comma_still_signs_off_a_plain_text():
    doc = parse_text("Harbour First Aid rota\n\nCoaches leave the depot at 0645 hrs.\n\nThanks,\n\nJo Baxter\n",
                     "rota.txt")
    assert not any("Jo Baxter" in x for p in doc.body for x in p.path)
    assert "Jo Baxter" in next(p for p in doc.body if "Thanks," in p.text).text


def _data_table_with_a_table_in_a_cell() -> bytes:
    """A Word data table (a header row over three rows of teams) one of whose cells holds a small table (the
    team's shifts), then a line of text."""
    import docx

    from tests.files import docx_saved, table_filled

    d = docx.Document()
    d.add_paragraph("星海市红十字会救援队情况", style="Title")
    outer = d.add_table(rows=4, cols=3)
    table_filled(outer, (("队名", "成立时间", "队员"), ("东湖区水上救援队", "2025年3月", "26名"),
                         ("开发区应急救援队", "2025年5月", ""), ("西岗区山地救援队", "2024年9月", "18名")))
    table_filled(outer.cell(2, 2).add_table(rows=2, cols=2), (("班次", "人数"), ("白班", "31名")))
    d.add_paragraph("下半年计划再成立救援队1支。")
    return docx_saved(d)


def test_a_data_table_holding_a_table_in_a_cell_keeps_its_header_over_its_rows():
    from tests.files import load

    text = "\n".join(p.text for p in load(_data_table_with_a_table_in_a_cell(), "teams.docx").body)
    assert "东湖区水上救援队 — 成立时间：2025年3月；队员：26名" in text
    assert "西岗区山地救援队 — 成立时间：2024年9月；队员：18名" in text
    assert "白班：31名" in text  # (the table inside the cell is read too, after it)


def test_a_signatures_card_ending_a_plain_report_stays_a_line_of_text():
    text = REPORT + "\nSigned on behalf of the trustees:\nEleanor Hughes, Chair of Trustees      Raj Patel, Treasurer\n"
    doc = parse_text(text, "report.txt")
    assert not any("Eleanor Hughes" in x for p in doc.body for x in p.path)


CONGRESS = """# 星海市红十字会第五次会员代表大会

## 常务理事会工作报告

## 一、过去五年的工作

五年来，全市红十字会共募集款物1.2亿元。

## 二、今后五年的任务

今后五年，我们将建设博爱家园50个。
"""


def test_a_meetings_name_over_a_reports_title_is_no_issuer():
    assert "大会" not in (parse_text(CONGRESS, "report.md").author or "")


def test_an_organisations_name_over_a_reports_title_still_issues_it():
    doc = parse_text(CONGRESS.replace("第五次会员代表大会", "澎湖县支会"), "report.md")
    assert (doc.author, doc.title) == ("星海市红十字会澎湖县支会", "常务理事会工作报告")


FAQ = """献血常见问题

问：

每次献血量是多少？

答：一次献全血200毫升至400毫升，两次间隔不少于6个月。

Q:

How long does a donation take?

About ten minutes, and an hour for the whole visit.
"""


def test_a_short_line_ending_in_a_colon_over_a_question_reads_with_the_question_and_its_answer():
    texts = [p.text for p in parse_text(FAQ, "faq.txt").body]
    assert "问：每次献血量是多少？答：一次献全血200毫升至400毫升，两次间隔不少于6个月。" in texts
    assert any(x.startswith("Q:") and "How long" in x and x.endswith("whole visit.") for x in texts)
