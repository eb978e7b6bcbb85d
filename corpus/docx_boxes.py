"""A Word file's text boxes, read where they stand: a title set in a box at the top of the page.

A text box's paragraphs sit inside a run of a body paragraph (``w:pict/v:shape/v:textbox/w:txbxContent``, or a
drawing's ``wps:txbx/w:txbxContent``), not among the body's paragraphs, so python-docx reads none of them: a report
whose title and number were set only in a box was read with no title, and named by its file's name. Lifted out,
the box's paragraphs stand in the body before the paragraph that anchors it, as a reader reads the page. A box
written twice (``mc:AlternateContent``: a drawing, then the same box in VML as its fallback) is read once.
"""
from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _fallback(element) -> bool:
    """Whether ``element`` lies in an alternate content's fallback (the same box again, for older readers)."""
    return any(a.tag == f"{_MC}Fallback" for a in element.iterancestors())


def lift_text_boxes(body) -> None:
    """Move the paragraphs of the text boxes anchored in ``body``'s own paragraphs (lxml, in place) into the body,
    before the paragraph holding each box; the runs that held a box go (a box's text is no text of the paragraph
    anchoring it). Boxes in a table's cells are left as they are."""
    for paragraph in [p for p in body if p.tag == f"{_W}p"]:
        boxes = [b for b in paragraph.iter(f"{_W}txbxContent") if not _fallback(b)]
        if not boxes:
            continue
        at = body.index(paragraph)
        lifted = [p for box in boxes for p in box if p.tag in (f"{_W}p", f"{_W}tbl")]
        for k, part in enumerate(lifted):
            body.insert(at + k, part)
        for run in [r for r in paragraph if r.tag == f"{_W}r" and any(True for _ in r.iter(f"{_W}txbxContent"))]:
            paragraph.remove(run)
        for alternate in [a for a in paragraph.iter(f"{_MC}AlternateContent")]:
            if (parent := alternate.getparent()) is not None:
                parent.remove(alternate)
