"""A document added that is nearly another already there (a revised copy, the same text saved in another format).

It is added all the same (a revision may be what the admin means to serve), but the admin is told which document it
repeats, so the older one can be removed: two near copies answer the same questions from two places. Pure functions
over the stored texts.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

SHINGLE = 6       # characters per shingle (white space dropped): long enough that unrelated texts share few
SAMPLE = 4        # keep one shingle in SAMPLE, chosen by its hash, so a long text costs a quarter of the memory
# the share of the shorter text's shingles found in the other above which the two are one text with small edits;
# set by hand: a sentence changed in ten keeps about 0.9 of a text's shingles, two reports on one topic share < 0.2
NEAR = 0.8
_SPACE = re.compile(r"\s+")


def shingles(text: str) -> set[int]:
    """A sample of the text's character shingles, as hashes."""
    flat = _SPACE.sub("", text)
    out = set()
    for i in range(max(len(flat) - SHINGLE + 1, 0)):
        h = zlib.crc32(flat[i:i + SHINGLE].encode("utf-8"))
        if h % SAMPLE == 0:
            out.add(h)
    return out


def near_copy(text: str, others: Iterable[tuple[str, str]]) -> str | None:
    """The id of the first of ``others`` ((id, text) pairs) that ``text`` nearly repeats, or None."""
    mine = shingles(text)
    if len(mine) < 5:  # too short to tell a copy from a shared phrase
        return None
    for doc_id, other in others:
        theirs = shingles(other)
        # over the larger text: a short notice quoted whole inside a long report is no copy of it
        if len(theirs) >= 5 and len(mine & theirs) / max(len(mine), len(theirs)) >= NEAR:
            return doc_id
    return None
