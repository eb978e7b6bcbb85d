"""A word set with its characters spaced out (``合　　计``, ``单　　位``, ``时　　间：``) closed up again.

A Chinese text aligned with full-width spaces spaces out a short word to the width of the column it heads or the
label it stands beside: ``单　　位　　　　　　人　数`` heads a column of units and one of counts, and ``合　　计`` is a
total row's label. Split at every run of spaces, the word's characters became cells of their own: the header row had
three cells over rows of two, so it was read as a heading and the table lost its header, the total row made a heading
of its own, and ``时　　间：…`` made a table row ``时 | 间：…``. Closed up, with the spaces it took moved after it,
each such word is one cell and every cell after it keeps the place (display column) it was aligned to.
"""
from __future__ import annotations

import re
import unicodedata

# a run of whitespace between a line's pieces (the leading indent is kept apart)
_GAP = re.compile(r"[ \u3000]+")
_LONE = re.compile(r"[\u4e00-\u9fff]")
# the last character of a spaced-out label, its colon and value after it: 时　　间：民国114年6月28日
_LABEL_END = re.compile(r"[\u4e00-\u9fff][：:]")
# the widest gap (display columns) between two characters of one spaced-out word: two full-width spaces
_WIDEST = 4


def _width(text: str) -> int:
    """The columns ``text`` takes in a fixed-width font: a wide (CJK, full-width) character two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _runs(pieces: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """The runs (first, past-last piece) of two pieces or more that spell one spaced-out word: each a single Chinese
    character (the last may go on with a colon and its value), each gap between them at most ``_WIDEST`` wide."""
    runs, k = [], 0
    while k < len(pieces):
        end = k
        while end < len(pieces) and _LONE.fullmatch(pieces[end]) and \
                (end == k or _width(gaps[end - 1]) <= _WIDEST):
            end += 1
        if end < len(pieces) and end > k and _width(gaps[end - 1]) <= _WIDEST and _LABEL_END.match(pieces[end]):
            end += 1  # (时　　间：…: the label's last character with its colon)
        if end - k >= 2:
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def closed_up(raw: str) -> str:
    """``raw`` with each word whose characters are spaced out closed up, the spaces it took put after it, so each
    piece after it stands where it stood: ``　　单　　位　　　　人　数`` reads ``　　单位　　　　　　人数　``.

    A run of single characters is one word when every gap inside it is narrower than each other gap of the line
    (the gaps between its columns), or when the line has no other gap (a label ``时　　间：…``, a heading
    ``目　　录``). Single characters as far apart as the line's columns are cells of their own (``男　　女``)."""
    body = raw.lstrip(" \u3000")
    if not body or not re.search(r"[\u4e00-\u9fff][ \u3000]", body):
        return raw
    indent = raw[:len(raw) - len(body)]
    pieces, gaps = _GAP.split(body.rstrip(" \u3000")), _GAP.findall(body.rstrip(" \u3000"))
    runs = _runs(pieces, gaps)
    if not runs:
        return raw
    inside = {g for a, b in runs for g in range(a, b - 1)}
    outside = [_width(g) for i, g in enumerate(gaps) if i not in inside]
    out, k = [indent], 0
    for a, b in runs:
        widest = max(_width(gaps[g]) for g in range(a, b - 1))
        if outside and widest >= min(outside):
            continue
        out.append("".join(p + g for p, g in zip(pieces[k:a], gaps[k:a])))
        freed = "".join(gaps[a:b - 1])
        after = gaps[b - 1] if b - 1 < len(gaps) else ""
        out.append("".join(pieces[a:b]) + freed + after)
        k = b
    out.append("".join(p + g for p, g in zip(pieces[k:], [*gaps[k:], ""])))
    return "".join(out) + body[len(body.rstrip(" \u3000")):]
