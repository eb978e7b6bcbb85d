"""A document added that is nearly another already there (a revised copy, the same text saved in another format).

It is added all the same (a revision may be what the admin means to serve), but the admin is told which document it
repeats, so the older one can be removed: two near copies answer the same questions from two places.

Each text is compared through a sketch of its character shingles made once, when it is added, and kept beside its
text (``documents/<id>.sketch.json``): the number of distinct shingles and the ``SKETCH`` smallest of their hashes
(a bottom-k sketch). Making one keeps at most ``KEPT`` hashes in memory, whatever the text's length: only the hashes
below a threshold are kept, the threshold halved whenever more than that are, and the distinct count is the kept
count scaled by the share of hashes the threshold lets through (exact for a text of fewer distinct shingles; a
sketch stored by an older reportbot, always exact, reads the same). Two sketches estimate how many shingles the
texts share, so an add reads one small file per document instead of re-reading and re-shingling every stored text. A
data folder an older reportbot wrote has no sketches: each is made from its text the first time it is needed, and
kept.
"""
from __future__ import annotations

import contextlib
import heapq
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportbot.index.library.registry import write_atomic

SHINGLE = 6       # characters per shingle (white space dropped): long enough that unrelated texts share few
SKETCH = 256      # hashes a sketch keeps: a text of fewer distinct shingles is kept whole (compared exactly)
KEPT = 1 << 16    # hashes kept while a sketch is made (a few MB); past it the count is estimated, within about 1%
LEAST = 20        # distinct shingles below which a text is too short to tell a copy from a shared phrase
# the share of the larger text's shingles found in the other above which the two are one text with small edits;
# set by hand: a sentence changed in ten keeps about 0.9 of a text's shingles, two reports on one topic share < 0.2
NEAR = 0.8
_SPACE = re.compile(r"\s+")
_VERSION = 1


@dataclass(frozen=True)
class Sketch:
    """A text's distinct shingles counted, and the smallest of their hashes, ascending."""

    size: int
    mins: tuple[int, ...]


def sketch(text: str) -> Sketch:
    """The sketch of a text's character shingles (white space dropped)."""
    flat = _SPACE.sub("", text)
    kept: set[int] = set()
    limit = 1 << 32  # the hashes below it are kept: all of them while there are no more than KEPT
    for i in range(max(len(flat) - SHINGLE + 1, 0)):
        h = zlib.crc32(flat[i:i + SHINGLE].encode("utf-8"))
        if h < limit:
            kept.add(h)
            if len(kept) > KEPT:
                limit >>= 1
                kept = {k for k in kept if k < limit}
    # the smallest hashes are all below the threshold, so the sketch's are the full set's
    return Sketch(len(kept) * ((1 << 32) // limit), tuple(heapq.nsmallest(SKETCH, kept)))


def shared(a: Sketch, b: Sketch) -> float:
    """The estimated share of the larger text's shingles that the other holds too (exact for short texts).

    The ``SKETCH`` smallest hashes of the two texts together are a fair sample of their shingles: the share of the
    sample that both hold estimates their Jaccard index J, and the shingles both hold are J (|A| + |B|) / (1 + J).
    """
    if not a.size or not b.size:
        return 0.0
    mine, theirs = set(a.mins), set(b.mins)
    sample = heapq.nsmallest(SKETCH, mine | theirs)
    j = sum(h in mine and h in theirs for h in sample) / len(sample)
    return j * (a.size + b.size) / (1 + j) / max(a.size, b.size)


def nearest(mine: Sketch, others: Iterable[tuple[str, Sketch]]) -> str | None:
    """The id of the first of ``others`` ((id, sketch) pairs) that the text of ``mine`` nearly repeats, or None."""
    if mine.size < LEAST:
        return None
    # over the larger text: a short notice quoted whole inside a long report is no copy of it
    return next((doc_id for doc_id, theirs in others if theirs.size >= LEAST and shared(mine, theirs) >= NEAR), None)


def near_copy(text: str, others: Iterable[tuple[str, str]]) -> str | None:
    """The id of the first of ``others`` ((id, text) pairs) that ``text`` nearly repeats, or None."""
    return nearest(sketch(text), ((doc_id, sketch(other)) for doc_id, other in others))


# ---- kept beside each document's text --------------------------------------------
def sketch_path(docs_dir: Path, doc_id: str) -> Path:
    return docs_dir / f"{doc_id}.sketch.json"


def keep_sketch(docs_dir: Path, doc_id: str, text: str) -> Sketch:
    """Make a document's sketch and keep it beside its text, once that is written (best effort: a read-only folder
    keeps none). The text file's size tells a kept sketch from one of another text."""
    made = sketch(text)
    path = sketch_path(docs_dir, doc_id)
    with contextlib.suppress(OSError):
        size = (docs_dir / f"{doc_id}.txt").stat().st_size
        record = {"version": _VERSION, "text_bytes": size, "size": made.size, "mins": made.mins}
        write_atomic(path, json.dumps(record, separators=(",", ":")))
    return made


def stored_sketch(docs_dir: Path, doc_id: str) -> Sketch | None:
    """A document's kept sketch; made from its text (and kept) when there is none or it is not of this text (an older
    data folder); None when the text cannot be read."""
    text_path = docs_dir / f"{doc_id}.txt"
    try:
        record = json.loads(sketch_path(docs_dir, doc_id).read_text(encoding="utf-8"))
        if record.get("version") == _VERSION and record.get("text_bytes") == text_path.stat().st_size:
            return Sketch(int(record["size"]), tuple(int(h) for h in record["mins"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    try:
        return keep_sketch(docs_dir, doc_id, text_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
