"""A PDF's figures and tables that float to the page's end, read after the paragraph that cites them.

A report sets a chart or a table where it fits, often below all of the page's text (``图1　2024年各县市区…`` drawn
after section 三's paragraphs though section 二 says ``各县市区培训人次见图1``): read in the page's order, its
figures stood under the last section of the page, not the one that speaks of them. A table whose caption (its first
cell, or the line right before it) labels it ``图N`` / ``表N`` / ``Figure N`` / ``Table N`` / ``Chart N``, cited
once by that label in a paragraph earlier on its page (``见图1``, ``如表2所示``, ``（图1）``, ``see Figure 1``), with
a heading between them, is read right after that paragraph, under its section. A table with no such label, or
cited nowhere before it on its page, stays where it is drawn."""
from __future__ import annotations

import re

# (a caption's label: 图1 / 表 2 / Figure 3 / Fig. 3 / Table 4 / Chart 5, its number whole)
_CAPTION = re.compile(r"\s*(?:(?P<zh>[图表圖])\s*(?P<n>\d{1,3})(?![\d.年月日])|"
                      r"(?P<en>Figure|Fig\.|Table|Chart)\s+(?P<m>\d{1,3})(?![\d.]))")


def _label(text: str) -> tuple[str, str] | None:
    m = _CAPTION.match(text)
    if m is None:
        return None
    kind = {"圖": "图"}.get(m["zh"], m["zh"]) if m["zh"] else ("Figure" if m["en"] == "Fig." else m["en"])
    return kind, m["n"] or m["m"]


def _cites(text: str, label: tuple[str, str]) -> bool:
    kind, n = label
    if kind in ("图", "表"):
        mark = f"[{kind}{'圖' if kind == '图' else ''}]\\s*{n}(?![\\d.年月日])"
        return bool(re.search(rf"(?:见|見|如|参看|參看){mark}|[（(]\s*(?:见|見)?{mark}\s*[）)]", text))
    names = "Figure|Fig\\." if kind == "Figure" else kind
    return bool(re.search(rf"\b(?:{names})\s+{n}(?![\d.]\d)\b", text))


def cited_floats(blocks: list) -> list:
    """``blocks`` (a PDF's, :mod:`.blocks`' kinds) with each labelled table cited earlier on its page, a heading
    between, read right after the paragraph citing it (its caption line with it)."""
    out = list(blocks)
    k = 0
    while k < len(out):
        b = out[k]
        caption = k - 1 if k and out[k - 1].kind == "text" and _label(out[k - 1].text) else None
        label = _label(out[caption].text) if caption is not None else \
            _label(b.rows[0][0]) if b.kind == "table" and b.rows and b.rows[0] else None
        if b.kind != "table" or label is None:
            k += 1
            continue
        start = caption if caption is not None else k
        page = next((j for j in range(start - 1, -1, -1) if out[j].kind == "page"), -1)
        citing = [j for j in range(page + 1, start) if out[j].kind in ("text", "item") and _cites(out[j].text, label)]
        if len(citing) != 1 or not any(out[j].kind == "heading" for j in range(citing[0] + 1, start)):
            k += 1
            continue
        moved = out[start:k + 1]
        del out[start:k + 1]
        out[citing[0] + 1:citing[0] + 1] = moved
        k += 1
    return out
