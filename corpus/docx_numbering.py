"""The numbers Word shows before a .docx file's numbered paragraphs.

A paragraph is numbered through ``numPr`` (its own, or its style's: Word's List Number style), which names a list
(``numId``) and a level (``ilvl``). The numbering part gives each level its format (``numFmt``: decimal,
chineseCounting, lowerLetter…), its text (``lvlText``: ``%1.``, ``%1、``, ``(%1)``, ``%1.%2``) and its start; a list may
restart a level (``lvlOverride/startOverride``). Word counts each list on through the document, whatever comes between
its paragraphs; a new list (another numId) starts again, and a level starts again after an item of a level above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportbot.corpus.list_numbers import counter_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACE = re.compile(r"%([1-9])")
_LEVELS = range(9)  # Word's list levels, ilvl 0-8


def _val(el, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return child.get(_W + "val") if child is not None else None


@dataclass
class DocxNumbering:
    """Each list's levels (numId -> ilvl -> (numFmt, lvlText, start)) and the counts so far, read in order."""

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    counts: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> DocxNumbering:
        """The numbering of a python-docx ``Document`` (none when it has no numbering part)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls()
        abstract = {}
        for a in root.findall(_W + "abstractNum"):
            abstract[a.get(_W + "abstractNumId")] = {
                _int(lvl.get(_W + "ilvl"), 0): (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                                _int(_val(lvl, "start"), 1))
                for lvl in a.findall(_W + "lvl") if _int(lvl.get(_W + "ilvl"), 0) in _LEVELS}
        levels = {}
        for num in root.findall(_W + "num"):
            own = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.findall(_W + "lvlOverride"):
                ilvl, start = _int(override.get(_W + "ilvl"), 0), _val(override, "startOverride")
                if start is not None and ilvl in own:
                    own[ilvl] = (*own[ilvl][:2], _int(start, 1))
            levels[num.get(_W + "numId")] = own
        return cls(levels)

    def label(self, paragraph) -> tuple[str | None, int] | None:
        """The number shown before ``paragraph`` and its level, ``(None, level)`` for a bullet; None when the
        paragraph is no list item. Counts it: call once per paragraph, in document order."""
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0":
            return None
        own = self.levels.get(num_id, {})
        if ilvl not in own:  # a level the list does not define, or none Word has (0-8: a damaged file)
            return None, min(max(ilvl, 0), 8)
        counts = self.counts.setdefault(num_id, [None] * 10)
        counts[ilvl] = own[ilvl][2] if counts[ilvl] is None else counts[ilvl] + 1
        counts[ilvl + 1:] = [None] * (len(counts) - ilvl - 1)
        fmt, text, _ = own[ilvl]
        if counter_text(1, fmt) is None or not text:
            return None, ilvl

        def place(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lfmt, _, lstart = own.get(k, ("decimal", "", 1))
            return counter_text(counts[k] if counts[k] is not None else lstart, lfmt) or ""
        return _PLACE.sub(place, text).strip(), ilvl


def _int(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.lstrip("-").isdigit() and len(text) <= 9 else default


def _num_pr(paragraph) -> tuple[str | None, int]:
    """numId and ilvl of a paragraph's numbering: its own, else its style's (through the styles it is based on)."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    num_id = _val(num_pr, "numId") if num_pr is not None else None
    ilvl = _val(num_pr, "ilvl") if num_pr is not None else None
    style, seen = paragraph.style, 0
    while num_id is None and style is not None and seen < 10:
        s_pr = style.element.pPr
        s_num = s_pr.numPr if s_pr is not None else None
        if s_num is not None:
            num_id = _val(s_num, "numId")
            ilvl = ilvl if ilvl is not None else _val(s_num, "ilvl")
        style, seen = style.base_style, seen + 1
    return num_id, _int(ilvl, 0)
