"""PDF and Word layouts whose text sat in no passage or under the wrong line: key figures laid out on one line,
footnotes at a page's foot, a Word page header naming the issue, a label line over a table, a small running header
over a PDF's title. Each test builds a small made-up file and shows the passages a user would see."""
from __future__ import annotations

from tests.files import docx_of, docx_table_of, load, make_pdf

INTRO = "The rescue branch kept its two boats on call through the whole year."


def _texts(data: bytes, name: str) -> list[str]:
    return [p.text for p in load(data, name).body]


def test_label_value_fields_laid_out_on_one_line_with_wide_gaps_are_a_line_each():
    pdf = make_pdf([["Kelmore Rescue - Year in Review", INTRO, "AT A GLANCE",
                     "Call-outs: 1,240   Members: 62   Boats: 4", "Training hours: 3,100   Patrols: 88",
                     "The figures are the branch's own."]], header=False)
    text = "\n".join(_texts(pdf, "review.pdf"))
    assert "Call-outs: 1,240\nMembers: 62\nBoats: 4\nTraining hours: 3,100\nPatrols: 88" in text
    assert "1,240 Members" not in text


def test_words_parted_by_one_space_stay_one_line():
    pdf = make_pdf([["Kelmore Rescue - Year in Review", INTRO, "Call-outs: 1,240 and Members: 62 this year."]],
                   header=False)
    assert any("Call-outs: 1,240 and Members: 62 this year." in t for t in _texts(pdf, "review.pdf"))


def test_numbered_footnotes_at_a_page_foot_are_a_passage_each():
    pdf = make_pdf([["Kelmore Rescue - Year in Review", INTRO,
                     "Crews answered 1,240 call-outs(1), and 41 of the rescued were on the water at night(2).",
                     "1  Call-outs include training launches and inter-harbour transfers but exclude patrols.",
                     "2  Night: between sunset and sunrise, as the harbour master records it in the daily log."]],
                   header=False)
    texts = _texts(pdf, "review.pdf")
    assert "1 Call-outs include training launches and inter-harbour transfers but exclude patrols." in texts
    assert "2 Night: between sunset and sunrise, as the harbour master records it in the daily log." in texts


def test_a_word_page_header_naming_the_issue_opens_the_first_passage():
    data = docx_of(["松湾红十字会工作简报", "一、总体情况", "上半年全市开展普及培训3.2万人次。"],
                   header="松湾红十字会　工作简报（2025年第3期）")
    doc = load(data, "brief.docx")
    assert doc.title == "松湾红十字会工作简报"
    assert doc.body[0].text.startswith("松湾红十字会工作简报（2025年第3期）\n")


def test_a_word_page_header_that_only_numbers_the_page_stays_out():
    data = docx_of(["松湾红十字会工作简报", "上半年全市开展普及培训3.2万人次。"], header="第 1 页")
    assert not any("第 1 页" in t or "第1页" in t for t in _texts(data, "brief.docx"))


def test_a_label_line_ending_in_a_colon_right_above_a_table_opens_the_table_passage():
    data = docx_table_of([("队名", "成立时间", "队员"), ("榆河水上救援队", "2025年3月", "26名"),
                          ("松湾应急救援队", "2025年5月", "31名")],
                         before=["上半年新成立救援队2支，均已建立党支部。", "新成立救援队名单："])
    body = load(data, "teams.docx").body
    table = next(p for p in body if p.kind == "table")
    assert table.text.startswith("新成立救援队名单：\n榆河水上救援队")
    assert not any(p.text == "新成立救援队名单：" for p in body)


BODY = ["Our boats", "The group sailed on 46 evenings this year and raced in four regattas.", "New members",
        "Eleven scouts joined in the spring, and two leaders finished their training."]


def test_a_small_running_header_over_the_title_leaves_the_headings_as_they_were():
    plain = load(make_pdf([[(16, "Kelmore Sea Scouts Annual Review 2024"), *BODY]], header=False), "a.pdf")
    headed = load(make_pdf([[(7, "Kelmore Sea Scouts - Newsletter"), (16, "Kelmore Sea Scouts Annual Review 2024"),
                             *BODY]], header=False), "a.pdf")
    assert [p.path for p in plain.body] == [("Our boats",), ("New members",)]
    assert [p.path for p in headed.body] == [("Our boats",), ("New members",)]


def test_footnotes_set_at_the_line_spacing_are_not_joined_as_one_wrapped_paragraph():
    """A page's footnotes drawn at their line spacing, each a full line (as the layout gives them): the second was
    read as the first one's wrapped line."""
    from reportbot.corpus.pdf_lines import join_wrapped_lines
    from reportbot.corpus.pdf_spacing import LineBox, Measure

    lines = ["Both figures are the highest the branch has recorded in all its sixty years on the harbour.",
             "1  Call-outs include training launches and inter-harbour transfers but exclude patrols.",
             "2  Night: between sunset and sunrise, as the harbour master records it in the daily log."]
    boxes = [LineBox(lines[0].replace(" ", ""), 1, 50.0, 540.0, 300.0, 10.0, 20.0),
             LineBox(lines[1].replace(" ", ""), 1, 50.0, 530.0, 200.0, 8.0, 5.0),
             LineBox(lines[2].replace(" ", ""), 1, 50.0, 535.0, 188.5, 8.0, 5.0)]
    document = Measure({10.0: 13.5, 8.0: 11.5}, True, {10.0: 540.0, 8.0: 540.0})
    paragraphs = join_wrapped_lines("\n".join(lines), boxes, document).split("\n\n")
    assert paragraphs[1:] == lines[1:]
