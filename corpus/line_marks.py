"""The marks a plain text sets at a line's start before a note or an item (■, ▲, ◆, ●, ★, ※, ▶, ✓ and their
outlines), one set read by both uses (loaders-45: the two patterns named two sets of the same marks).

A notes section sets one before each of its notes (■2024年…核定为…, ▲…): each note a paragraph of its own
(``unwrap.marked_note``). A notice sets one right before each item's words, no space between (◇4月20日…), or a double
dash (——…站，…；): a run of such lines is a list (``plain_items.tight_item``), but for the marks that say something
else there: ○ is a zero (二○二四), ★ and ☆ a rating, ■ a byline's mark (■ 张亚东).
"""
from __future__ import annotations

import re

LINE_MARKS = "■□▲△◆◇●○★☆※▶►▸➢➤✓✔▪"
_NOT_ITEMS = "○★☆■"  # (a zero, a rating, a byline: no item's mark, set tight before words)
_ITEM_MARKS = "".join(c for c in LINE_MARKS if c not in _NOT_ITEMS)

# a note's mark opening its line, a space after it or not
NOTE_MARK = re.compile(rf"^\s*[{LINE_MARKS}]\s*(?=\S)")
# an item's mark set right before its words (or a double dash): group 1 is the mark
TIGHT_MARK = re.compile(rf"^\s*([{_ITEM_MARKS}]|——)(?=[\u4e00-\u9fff\d“「《（])")
