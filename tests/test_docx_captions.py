"""A bold line right over a table in a Word file that uses no heading style (docx_loader): the table's caption,
read with its rows in one passage, no heading over the text after the table.

Each test writes a .docx with python-docx and checks what a user reads: the passages and the headings they stand
under.
"""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

from tests.files import docx_saved, table_filled

FEES = [("Course", "Fee"), ("Workplace First Aid", "NZ$165"), ("Refresher", "NZ$120")]


def _report(caption: str, styled: bool) -> bytes:
    import docx

    d = docx.Document()
    if styled:
        d.add_heading("Training review 2025", 1)
    else:
        d.add_paragraph().add_run("Training review 2025").bold = True
    d.add_paragraph("The branch ran courses across the region during the year, and fees stayed as they were.")
    d.add_paragraph().add_run(caption).bold = True
    table_filled(d.add_table(rows=len(FEES), cols=2), FEES)
    d.add_paragraph("Volunteers attend every course free of charge.")
    return docx_saved(d)


def test_a_bold_line_over_a_table_is_its_caption_read_with_its_rows():
    for styled in (True, False):
        doc = parse_text(read_document(_report("Course fees 2025", styled), "r.docx"), "r.docx")
        table = [p for p in doc.paragraphs if p.kind == "table"]
        assert len(table) == 1 and table[0].text.startswith("Course fees 2025\n"), table
        assert "Workplace First Aid: NZ$165" in table[0].text
        # the caption heads no text after the table
        after = next(p for p in doc.paragraphs if p.text.startswith("Volunteers attend"))
        assert "Course fees 2025" not in after.path, after.path


def test_a_numbered_bold_line_over_a_table_stays_the_section_heading():
    doc = parse_text(read_document(_report("二、费用标准", False), "r.docx"), "r.docx")
    assert "二、费用标准" in doc.headings
