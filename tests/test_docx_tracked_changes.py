"""A Word report saved with its tracked changes still in it (lead-47, from set 43's Weifang progress report): each
revised figure is a deletion (``w:del``, the old figure) beside an insertion (``w:ins``, the new one). python-docx
reads only a paragraph's own runs, so the inserted figure was lost and the sentence read with a gap where it stood
(``培训持证救护员。``). The text a reader sees once the changes are accepted is the inserted text, not the deleted.
Made-up documents in that shape."""
from __future__ import annotations

from tests.files import docx_saved, load

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _revised(pieces: list[tuple[str, str]], cell: bool = False) -> bytes:
    """A report with one paragraph written as ``pieces``: ("t", text) a plain run, ("d", text) a tracked deletion,
    ("i", text) a tracked insertion; in a table's cell when ``cell``."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("白河市红十字会2025年工作进展", level=1)
    d.add_heading("一、应急救护", level=2)
    if cell:
        t = d.add_table(rows=2, cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "指标", "完成数"
        t.rows[1].cells[0].text = "持证救护员"
        p = t.rows[1].cells[1].paragraphs[0]
    else:
        p = d.add_paragraph()
    for n, (tag, text) in enumerate(pieces):
        if tag == "t":
            p.add_run(text)
        elif tag == "d":
            p._p.append(parse_xml(f'<w:del {_W} w:id="{n + 1}" w:author="A"><w:r><w:delText xml:space="preserve">'
                                  f'{text}</w:delText></w:r></w:del>'))
        else:
            p._p.append(parse_xml(f'<w:ins {_W} w:id="{n + 1}" w:author="A"><w:r><w:t xml:space="preserve">'
                                  f'{text}</w:t></w:r></w:ins>'))
    d.add_paragraph("新建博爱家园6个。")
    return docx_saved(d)


def _text(doc) -> str:
    return "\n".join(p.shown for p in doc.body)


def test_an_inserted_figure_is_read_where_it_stands_and_the_deleted_one_is_not():
    pieces = [("t", "全年培训持证救护员"), ("d", "1.05万人"), ("i", "1.12万人"), ("t", "，完成目标的93%。")]
    doc = load(_revised(pieces), "progress.docx")
    text = _text(doc)
    assert "全年培训持证救护员1.12万人，完成目标的93%。" in text
    assert "1.05" not in text


def test_an_insertion_in_a_table_cell_is_read_with_its_row():
    doc = load(_revised([("d", "1.05"), ("i", "1.12")], cell=True), "progress.docx")
    assert "1.12" in _text(doc)
    assert "1.05" not in _text(doc)


def test_a_paragraph_without_tracked_changes_reads_as_before():
    doc = load(_revised([("t", "全年培训持证救护员1.12万人，完成目标的93%。")]), "progress.docx")
    assert "全年培训持证救护员1.12万人，完成目标的93%。" in _text(doc)
