"""A plain text's title-block line naming the period the whole document covers, over its sections.

A return or a statement typed as plain text sets its organisation's name as its title and, on a line under it, what
the document is and the period it covers (``ANNUAL RETURN FOR THE YEAR ENDED 31 MARCH 2025``), then its sections
(``SECTION A - GOVERNANCE`` …), at one level with that line. Read at one level, the line headed only the first
passage: the next section's heading closed it, and no other passage's context held the document's year. A heading
of the title block (right under the title, before its first section) that holds a year and words besides it, and is
no date line (:func:`.byline.dateline`: an issuer and a date), no numbered section and no label, heads the headings
after it: each of them is one level below it. A year only in a note in brackets (``… (English edition, updated May
2024)``) says when the document was written or revised, not the period it covers: such a line heads nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reportbot.corpus.blocks import Block
from reportbot.corpus.byline import dateline
from reportbot.corpus.numeric_dates import YEAR
from reportbot.corpus.sentences import SECTION
from reportbot.corpus.when_who import bracketed_note

_WORDS = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
_NOTE = re.compile(bracketed_note(1, 60))


def _names_period(text: str) -> bool:
    """Whether a heading names a document and the period it covers: a year and words besides it."""
    unnoted = _NOTE.sub(" ", text)
    rest = YEAR.sub(" ", unnoted)
    return bool(YEAR.search(unnoted)) and len(_WORDS.findall(rest)) >= 2 and not dateline(text) \
        and not SECTION.match(text) and not re.search(r"[:：]", text)


def period_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` (a plain text's, its title first) with the headings after a title-block line naming the document's
    period one level below it, when at least two headings of its level follow it (the document's sections)."""
    if not blocks or blocks[0].kind != "heading" or blocks[0].level != 1:
        return blocks
    head = None
    for i, b in enumerate(blocks[1:], start=1):
        if b.kind != "heading":
            break
        if _names_period(b.text):
            head = i
    if head is None:
        return blocks
    level = blocks[head].level
    if sum(1 for b in blocks[head + 1:] if b.kind == "heading" and b.level == level) < 2:
        return blocks
    return [*blocks[:head + 1], *(replace(b, level=b.level + 1) if b.kind == "heading" and b.level >= level
                                  else b for b in blocks[head + 1:])]
