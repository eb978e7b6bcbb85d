"""A .docx file's numbers counted as Word counts them: an empty numbered paragraph and a numbered paragraph in a
table cell take their number, and a heading whose style is numbered shows it (tidy-25). Each file is built here;
the assertions are on the stored text a user sees (``read_document``).
"""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text


def _list(document, num_id: int, lvl_text: str) -> None:
    """A decimal list of one level in the document's numbering part, as list ``num_id``."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _num_pr(num_id: int):
    return parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')


def _docx() -> bytes:
    d = docx.Document()
    _list(d, 70, "%1.")
    _list(d, 71, "%1.")
    d.styles["Heading 1"].element.get_or_add_pPr().append(_num_pr(71))  # numbered headings, as a style sets them
    d.add_heading("Scope", 1)
    d.add_paragraph("The rules cover every shift at the station.")
    d.add_heading("Rescue steps", 1)
    for text in ("Shout for help.", "", "Reach with a pole."):  # an empty item: Word shows "2." and counts it
        d.add_paragraph(text)._p.get_or_add_pPr().append(_num_pr(70))
    cell = d.add_table(rows=1, cols=2).rows[0].cells
    cell[0].text = "Throw a buoy."
    cell[0].paragraphs[0]._p.get_or_add_pPr().append(_num_pr(70))  # a step set in a table cell is counted
    cell[1].text = "Any float will do."
    d.add_paragraph("Row out to the person.")._p.get_or_add_pPr().append(_num_pr(70))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_numbers_are_counted_as_word_counts_them():
    text = read_document(_docx(), "rescue.docx")
    assert "## 1. Scope" in text and "## 2. Rescue steps" in text
    assert "1. Shout for help.\n3) Reach with a pole." in text  # 3): Markdown would number a "3." on as 2
    steps = next(p for p in parse_text(text, "rescue.docx").body if "Shout" in p.text)
    assert steps.text == "1. Shout for help.\n3. Reach with a pole." and steps.section == "2. Rescue steps"
    assert "| 4. Throw a buoy. | Any float will do. |" in text
    assert "5. Row out to the person." in text
