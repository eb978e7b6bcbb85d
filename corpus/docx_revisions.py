"""A Word file's tracked changes, accepted: the text a reader sees once the reviewer's changes stand.

A file saved with its revisions still marked (Word's Track Changes) keeps each inserted run inside ``w:ins`` (or
``w:moveTo``, text moved here) and each deleted run inside ``w:del`` (``w:moveFrom``, text moved away). python-docx
reads only a paragraph's own runs, so inserted text was lost and the sentence read with a gap where it stood
(``培训持证救护员。`` for ``培训持证救护员2.11万人。``); deleted text (``w:delText``) it never read. Accepting the
changes keeps each insertion's runs in its place and drops each deletion's. A revision mark in a run's or a row's
properties (``w:rPr/w:ins``: formatting only) is no text and is left as it is.
"""
from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KEPT = (f"{_W}ins", f"{_W}moveTo")  # text inserted, or moved here: its runs stay
_DROPPED = (f"{_W}del", f"{_W}moveFrom")  # text deleted, or moved away: its runs go
_PROPERTIES = (f"{_W}rPr", f"{_W}pPr", f"{_W}trPr", f"{_W}tcPr", f"{_W}tblPr", f"{_W}sectPr")


def accept_changes(element) -> None:
    """Accept the tracked insertions and deletions under the lxml ``element`` (a document's body, a header's), in
    place: an insertion's children take its place, a deletion goes."""
    marks = [e for e in element.iter(*_KEPT, *_DROPPED)
             if e.getparent() is not None and e.getparent().tag not in _PROPERTIES]
    for mark in reversed(marks):  # (innermost first: a deletion inside an insertion goes with it either way)
        parent = mark.getparent()
        if parent is None:
            continue
        if mark.tag in _DROPPED:
            parent.remove(mark)
            continue
        unwrap(mark)


def unwrap(element) -> None:
    """Put the lxml ``element``'s children in its place under its parent, in order, and the element itself out."""
    parent = element.getparent()
    at = parent.index(element)
    for k, child in enumerate(list(element)):
        parent.insert(at + k, child)
    parent.remove(element)
