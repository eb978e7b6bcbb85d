"""A Word file's table of contents: the result of its TOC field (the entries Word wrote when the field was last
updated, or the placeholder it shows before: ``右键“更新域”…``, ``No table of contents entries found.``) and the
paragraphs in the contents' styles (TOC 1, TOC 2, TOC Heading). Each entry names a heading and the page it starts on,
a fact of the file's layout, not of what the document says: read as text it heads a section or opens the first
passage, and a question naming a heading finds the list of headings (``contents.py`` does the same for a contents
list typed as lines)."""
from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TOC = re.compile(r"^\s*TOC\b")


class ContentsField:
    """Which paragraphs, met in document order, are the table of contents: :meth:`own_text` is asked of each in turn,
    as the TOC field that opens in one paragraph may close several paragraphs on."""

    def __init__(self) -> None:
        self._fields: list[list[bool]] = []  # the fields open here, innermost last: [is a TOC, in its result]

    def _in_result(self) -> bool:
        return any(toc and result for toc, result in self._fields)

    def own_text(self, paragraph) -> str | None:
        """What of a python-docx paragraph is the document's own text: None for a contents entry (in a contents
        style, or in a TOC field's result, where the result starts in it or runs on through it), else the
        paragraph's text after the result's end mark when the result closes in it; '' for a paragraph outside the
        contents (to be read whole)."""
        inside = self._in_result()
        closed = False  # the result ran into this paragraph and ended in it
        after: list[str] = []  # the text after that end
        for el in paragraph._p.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}t", f"{_W}tab"):
            if el.tag in (f"{_W}t", f"{_W}tab"):
                if closed and not self._in_result():
                    after.append("\t" if el.tag == f"{_W}tab" else el.text or "")
                continue
            if el.tag == f"{_W}instrText":
                if self._fields and _TOC.match(el.text or ""):
                    self._fields[-1][0] = True
                continue
            kind = el.get(f"{_W}fldCharType")
            if kind == "begin":
                self._fields.append([False, False])
            elif kind == "separate" and self._fields:
                self._fields[-1][1] = True
                inside = inside or self._in_result()
            elif kind == "end" and self._fields:
                was = self._in_result()
                self._fields.pop()
                closed = closed or (was and not self._in_result())
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.upper().startswith("TOC"):
            return None
        if not inside:
            return ""
        return "".join(after) if closed and "".join(after).strip() else None
