"""A short line that is no heading (a label, a phone number, an address, a signature) stays in a passage a question
finds: a newsletter's contact block is one passage under its heading, not a row of headings no passage holds
(title-25). The file is built here; the assertions are on the passages and the answer a user would see."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.corpus.split import parse_text

NEWSLETTER = """城南游泳俱乐部
《碧波通讯》第12期

一、本季训练

本季俱乐部共开设少儿训练班18期，参加学员达到360人次。

二、联系我们

总干事：陈立风

电话：0571-86451230

地址：杭州市城南区碧波路18号游泳馆二楼

办公时间：星期一至五上午9时至下午5时
"""


def test_a_contact_block_is_one_passage_under_its_heading():
    doc = parse_text(NEWSLETTER, "club_news.txt")
    assert "电话：0571-86451230" not in doc.headings and "二、联系我们" in doc.headings
    contact = doc.body[-1]
    assert contact.path == ("二、联系我们",)
    assert contact.text == ("总干事：陈立风\n电话：0571-86451230\n地址：杭州市城南区碧波路18号游泳馆二楼\n"
                            "办公时间：星期一至五上午9时至下午5时")
    # the training passage does not take the contact lines, nor they a passage each; the number, a heading
    # no passage stands under, opens it
    assert doc.body[-2].text == "《碧波通讯》第12期\n本季俱乐部共开设少儿训练班18期，参加学员达到360人次。"
    assert len(doc.body) == 2


def test_a_label_line_after_a_paragraph_ends_that_passage():
    doc = parse_text("城南游泳俱乐部通知\n\n一、报名\n\n请于3月10日前报名。\n\n联系人：陈立风\n\n"
                     "二、费用\n\n每期200元。\n", "notice.txt")
    assert [p.text for p in doc.body] == ["请于3月10日前报名。\n联系人：陈立风", "每期200元。"]


@pytest.fixture(scope="module")
def club_news(library_with):
    service, ids = library_with("short_lines", {"club_news.txt": NEWSLETTER.encode()})
    return service, ids["club_news.txt"]


def test_the_phone_of_a_contact_block_is_found_and_answered(club_news):
    service, doc = club_news
    out = answer_json(service.ask("城南游泳俱乐部的联系电话是多少"))
    assert out["passages"][0]["doc"] == doc
    assert "0571-86451230" in out["answer"]


def test_label_lines_of_a_plain_text_stay_lines_not_one_run_on_paragraph():
    report = ("城南游泳俱乐部2025年度财务报告\n\n编制单位：城南游泳俱乐部财务部\n"
              "报告期间：2025年1月1日至2025年12月31日\n"
              "审计机构：城南会计师事务所，出具标准无保留意见审计报告。\n\n一、收入\n\n全年收入120万元。\n")
    doc = parse_text(report, "f.txt")
    assert doc.body[0].text == ("编制单位：城南游泳俱乐部财务部\n报告期间：2025年1月1日至2025年12月31日\n"
                                "审计机构：城南会计师事务所，出具标准无保留意见审计报告。")
    assert "编制单位：城南游泳俱乐部财务部" not in doc.headings


def test_short_lines_joined_to_a_neighbour_passage_keep_every_passage_within_the_limit():
    from reportbot.corpus.split import MAX_PASSAGE_CHARS, parse_text

    lines = "\n\n".join(f"Officer {n}: 020 7946 1{n:03d}" for n in range(150))
    for text in (f"Staff directory\n\nThe officers below answer calls on weekdays.\n\n{lines}\n",
                 f"Staff directory\n\nContacts\n\n{lines}\n\nThe officers above answer calls on weekdays.\n"):
        body = parse_text(text, "directory.txt").body
        assert max(len(p.text) for p in body) <= MAX_PASSAGE_CHARS
        assert "Officer 149: 020 7946 1149" in body[-1].text or "Officer 149: 020 7946 1149" in body[-2].text
        assert sum(p.text.count("Officer ") for p in body) == 150
    only = parse_text("Staff directory\n\nContacts\n\n" + lines + "\n", "directory.txt").body  # no paragraph at all
    assert max(len(p.text) for p in only) <= MAX_PASSAGE_CHARS and sum(p.text.count("Officer ") for p in only) == 150


def test_a_bold_line_set_as_a_heading_opens_the_paragraph_after_it_not_ends_the_one_before():
    import io

    import docx
    from reportbot.corpus.loaders import read_document
    from reportbot.corpus.split import parse_text

    d = docx.Document()
    d.add_paragraph("关于开展春季无偿献血活动的通知", style="Title")
    d.add_paragraph("为弘扬无私奉献精神，决定开展春季无偿献血活动。")
    sections = (("一、活动时间", "2025年3月18日至20日，每天上午9时至下午4时。"),
                ("二、活动地点", "学校体育馆一楼大厅。"))
    for head, body in sections:
        d.add_paragraph().add_run(head).bold = True
        d.add_paragraph(body)
    buf = io.BytesIO()
    d.save(buf)
    body = parse_text(read_document(buf.getvalue(), "n.docx"), "n.docx").body
    assert [p.text for p in body][-2:] == [f"{head}\n{text}" for head, text in sections]
    assert body[0].text == "为弘扬无私奉献精神，决定开展春季无偿献血活动。"


def test_lines_opening_a_long_paragraph_stay_with_its_first_sentences():
    from reportbot.corpus.split import MAX_PASSAGE_CHARS, parse_text

    para = " ".join(f"Sentence {n} of the paper says what the board is asked to approve this year." for n in range(9))
    text = f"Board paper\n\nPresented by: Dr. Amara Nwosu\n\nStatus: For decision\n\n{para}\n"
    body = parse_text(text, "paper.txt").body
    assert body[0].text.startswith("Presented by: Dr. Amara Nwosu\nStatus: For decision\nSentence 0 of the paper")
    assert max(len(p.text) for p in body) <= MAX_PASSAGE_CHARS


NOTICE = """嘉禾市红十字会文件

嘉红〔2025〕9号

关于开展急救培训的通知

一、培训安排

培训于2025年6月12日在市急救中心举行。

二、报名方式

报名表请于6月3日前报送。

嘉禾市红十字会办公室2025年5月8日印发
"""


def test_a_heading_no_passage_stands_under_stays_in_a_passage():
    doc = parse_text(NOTICE, "notice.txt")
    texts = [p.text for p in doc.body]
    # the document's number under its letterhead stands in a passage, and the printing line ends the last one
    assert any(t.startswith("嘉红〔2025〕9号") for t in texts)
    assert texts[-1].endswith("嘉禾市红十字会办公室2025年5月8日印发")
    assert all(h in "\n".join(texts) or any(h in p.path for p in doc.body) for h in doc.headings)
