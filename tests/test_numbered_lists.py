"""Numbered steps keep their numbers, line breaks stay apart, page banners are page breaks (lists-24).

Each file is built here; the assertions are on the stored text a user sees (``read_document``) and on the passages a
question about "step 3" or "第三步" is answered from.
"""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from reportbot.corpus.blocks import Block, markdown_blocks
from reportbot.corpus.list_numbers import chinese_number
from reportbot.corpus.loaders import read_document
from reportbot.corpus.md_write import to_markdown
from reportbot.corpus.split import parse_text

PAGE = """<html><head><title>Blood drive - Riverside Council</title></head><body><h1>Give blood</h1>
<p>Before you come:</p>
<ol><li>Eat a meal.</li><li>Bring photo ID.<ol type="a"><li>a passport</li><li>a licence</li></ol></li>
<li><p>Drink water.</p><table><tr><th>Drink</th><th>Amount</th></tr><tr><td>Water</td><td>500 ml</td></tr>
</table></li></ol>
<p>After the donation:</p>
<ol start="4"><li>Rest for 15 minutes.</li><li value="9">Avoid lifting.</li></ol>
<ol style="list-style-type: cjk-ideographic"><li>报名</li><li>体检</li></ol>
<p class="sign">东湖大学红十字会<br>共青团东湖大学委员会<br>2024年3月4日</p>
</body></html>"""


def test_an_html_ordered_list_keeps_its_numbers_start_nesting_and_format():
    text = read_document(PAGE.encode(), "drive.html")
    assert "1. Eat a meal.\n2. Bring photo ID.\n   - a. a passport\n   - b. a licence\n3. Drink water." in text
    assert "| Water | 500 ml |" in text  # a table inside an item stays a table
    assert "4. Rest for 15 minutes.\n" in text and "9) Avoid lifting." in text
    assert "- 一、报名\n- 二、体检" in text


def test_a_br_is_a_line_break_in_the_stored_text_and_keeps_the_lines_apart_in_the_passage():
    text = read_document(PAGE.encode(), "drive.html")
    assert "东湖大学红十字会\\\n共青团东湖大学委员会\\\n2024年3月4日" in text
    doc = parse_text(text, "drive.html")
    # the signature is a short line, no passage of its own: it ends the passage before it, one sentence
    assert doc.body[-1].text.endswith("二、体检\n东湖大学红十字会；共青团东湖大学委员会；2024年3月4日")
    assert doc.body[-1].sentences[-1] == "东湖大学红十字会；共青团东湖大学委员会；2024年3月4日"


def test_a_numbered_step_is_found_in_its_passage_with_its_number():
    doc = parse_text(read_document(PAGE.encode(), "drive.html"), "drive.html")
    steps = next(p for p in doc.body if "Rest for 15 minutes." in p.text)
    assert steps.kind == "list" and "4. Rest for 15 minutes.\n9. Avoid lifting." in steps.text
    # the number labels the step: its sentence, quoted as evidence and read for the short answer, is the step's words
    assert "Rest for 15 minutes." in steps.sentences and "Avoid lifting." in steps.sentences


def test_a_numbered_steps_number_is_not_its_answer():
    from reportbot.index.answering.choose import extract
    from reportbot.index.retrieval.query import analyse

    md = "# Bleeding\n\nSteps:\n\n3. Press on the wound.\n4. Apply a tourniquet 5–7 cm above the wound.\n"
    step = next(s for p in parse_text(md, "bleeding.md").body for s in p.sentences if "tourniquet" in s)
    assert not step.startswith("4")  # the sentence quoted as evidence is the step's words
    assert extract(analyse("tourniquet how many cm above the wound"), step).text == "5–7 cm"


def _numbering(document, num_id: int, fmt: str, lvl_text: str, start: int = 1) -> None:
    """A list of one level numbered ``fmt`` in the document's numbering part, as list ``num_id``."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _numbered(paragraph, num_id: int) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading("Rescue steps", 1)
    for step in ("Shout for help.", "Reach with a pole.", "Throw a buoy."):
        d.add_paragraph(step, style="List Number")
    d.add_paragraph("A note between the steps.")
    d.add_paragraph("Row out to the person.", style="List Number")  # the same list: Word counts on, 4.
    _numbering(d, 90, "chineseCounting", "%1、")
    _numbering(d, 91, "decimal", "(%1)", start=3)
    for text in ("准备器材", "现场检查"):
        _numbered(d.add_paragraph(text), 90)
    _numbered(d.add_paragraph("a list of its own"), 91)
    # a list restarted with Word's "restart numbering": a new num on the same definition, its start overridden
    d.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    _numbered(d.add_paragraph("重新开始"), 92)
    _numbered(d.add_paragraph("第三项"), 90)  # the first list counts on after it
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_docx_numbered_list_keeps_the_numbers_word_shows():
    text = read_document(_docx(), "rescue.docx")
    assert "1. Shout for help.\n2. Reach with a pole.\n3. Throw a buoy.\n\nA note between the steps.\n\n" \
           "4. Row out to the person." in text
    assert "- 一、准备器材\n- 二、现场检查" in text
    assert "- (3) a list of its own" in text
    assert "- 一、重新开始\n- 三、第三项" in text


def test_ordered_items_read_back_as_written():
    blocks = [Block("item", "1. first"), Block("item", "a. nested", 1), Block("item", "2. second"),
              Block("item", "5. a list of its own"), Block("item", "a bullet"), Block("item", "三、中文")]
    assert markdown_blocks(to_markdown(blocks)) == blocks


def test_markdown_written_by_people_numbers_its_items_as_it_renders():
    blocks = markdown_blocks("Steps:\n\n1. one\n1. two\n1. three\n")
    assert [b.text for b in blocks if b.kind == "item"] == ["1. one", "2. two", "3. three"]


def test_chinese_counting():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 105)] == ["一", "十", "十一", "二十", "二十三", "一百零五"]


def test_a_plain_texts_page_banners_are_page_breaks():
    text = ("Annual Statement\n\n==== Page 1 of 2 ====\n\nSECTION A. OVERVIEW\n\nThe Society recorded an income of "
            "$6.7 million.\n\n==== Page 2 of 2 ====\n\nSECTION B. MEETINGS\n\nThe trustees met on 22 May.\n")
    doc = parse_text(text, "statement.txt")
    assert not any("Page" in h for h in doc.headings)
    pages = {p.text.split("\n")[-1]: p.page for p in doc.body}
    assert pages == {"The Society recorded an income of $6.7 million.": 1, "The trustees met on 22 May.": 2}


def test_page_footers_end_their_page():
    text = "Report\n\nFirst page text is here.\n\n- 1 -\n\nSecond page text is here.\n\n- 2 -\n"
    pages = {p.text: p.page for p in parse_text(text, "report.txt").body}
    assert pages == {"First page text is here.": 1, "Second page text is here.": 2}


def test_a_lists_own_start_value_cannot_blow_up_its_numbers():
    # a roman-numbered list starting at a huge number is written in digits (a roman numeral that large would be a
    # string of millions of characters); a start past nine digits is no start at all
    text = read_document(b'<ol type="i" start="100000000"><li>first</li></ol>'
                         b'<ol type="I" start="99999999999999999999"><li>second</li></ol>', "odd.html")
    assert "100000000. first" in text and "- I. second" in text and len(text) < 100


def test_a_docx_with_a_damaged_numbering_part_is_read_with_its_text():
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:lvl w:ilvl="abc"><w:numFmt w:val="upperRoman"/>'
        '<w:start w:val="99999999999999999999"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="80"><w:abstractNumId w:val="80"/>'
                               '<w:lvlOverride w:ilvl="x"><w:startOverride w:val="2"/></w:lvlOverride></w:num>'))
    for text, level in (("Check the scene.", "0"), ("Call for help.", "12")):
        d.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="80"/></w:numPr>'))
    out = io.BytesIO()
    d.save(out)
    text = read_document(out.getvalue(), "damaged.docx")
    assert "Check the scene." in text and "Call for help." in text
