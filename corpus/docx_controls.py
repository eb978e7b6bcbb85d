"""A Word file's content controls, opened: the text a form or a template keeps inside them read in its place.

A document built on a template or a form keeps its body, a paragraph's date or a table's cells inside content
controls (``w:sdt``: a control's properties, then its content in ``w:sdtContent``). python-docx reads only a body's,
a cell's or a paragraph's own paragraphs, tables and runs, so all the text inside a control was lost: a report whose
body sits in one read as its title alone, a date picker's date left a gap (``报送日期：``). Opening each control puts
its content in its place. A control still showing its placeholder (``w:showingPlcHdr``: 单击或点击此处输入文字) holds
no text of the document's, and Word's table of contents (a control of the ``Table of Contents`` gallery) is no text
either: both go, as python-docx left them unread.
"""
from __future__ import annotations

from reportbot.corpus.docx_revisions import unwrap

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _unread(sdt) -> bool:
    """Whether a control holds no text of the document's: its placeholder, or a table of contents."""
    props = sdt.find(f"{_W}sdtPr")
    if props is None:
        return False
    if props.find(f"{_W}showingPlcHdr") is not None:
        return True
    gallery = props.find(f"{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{_W}val") or "").lower()


def open_controls(element) -> None:
    """Put each content control's content under the lxml ``element`` (a document's body) in the control's place, in
    place; a control showing its placeholder or holding a table of contents goes."""
    controls = list(element.iter(f"{_W}sdt"))
    for sdt in reversed(controls):  # (innermost first: a control inside another opens into it, then with it)
        parent = sdt.getparent()
        if parent is None:
            continue
        content = sdt.find(f"{_W}sdtContent")
        if _unread(sdt) or content is None:
            parent.remove(sdt)
            continue
        parent.replace(sdt, content)  # (the control's properties go with it)
        unwrap(content)
