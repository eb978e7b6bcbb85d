"""An index's passages on disk: one JSON line a paragraph, appended to rather than rewritten.

A full build writes ``passages.jsonl`` whole. Adding a document links the current index's file
into the new folder and appends the new paragraphs' lines; removing one keeps every line and
lists the lines still in use (``passages.rows.npy``). The manifest records how many bytes and
lines of the file belong to its index, so a file that later indexes appended to (or an append a
crash cut short) reads as it did: the current index never sees bytes past its own. The next full
build writes the file afresh, without the removed lines.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.corpus.document import Paragraph

FILE = "passages.jsonl"
ROWS = "passages.rows.npy"


@dataclass(frozen=True)
class Lines:
    """The part of a passages file an index reads.

    Attributes:
        file: the file, in the index's folder.
        size: bytes of it that belong to the index (lines past them are another index's).
        count: lines in those bytes.
        rows: the line of each paragraph, in order; None when line i is paragraph i.
    """

    file: Path
    size: int
    count: int
    rows: np.ndarray | None = None

    def manifest(self) -> dict:
        return {"passage_bytes": self.size, "passage_lines": self.count}


def _line(p: Paragraph) -> bytes:
    written = {"written": p.written} if p.written else {}  # (a table's passage as written; others' lines as they were)
    lead = {"lead": p.lead} if p.lead else {}  # (the sentence a passage standing apart is read under; others' as were)
    return json.dumps({"doc": p.doc_id, "paragraph": p.number, "text": p.text, "sentences": list(p.sentences),
                       "section": p.section, "path": list(p.path), "page": p.page, "kind": p.kind} | written | lead,
                      ensure_ascii=False).encode("utf-8") + b"\n"


def _paragraph(d: dict) -> Paragraph:
    return Paragraph(d["doc"], d["paragraph"], d["text"], tuple(d["sentences"]), d["section"], tuple(d["path"]),
                     d["page"], d["kind"], d.get("written", ""), d.get("lead", ""))


def write(dest: Path, paragraphs: Sequence[Paragraph]) -> Lines:
    """Write every paragraph into ``dest``'s passages file."""
    data = b"".join(_line(p) for p in paragraphs)
    (dest / FILE).write_bytes(data)
    return Lines(dest / FILE, len(data), len(paragraphs))


def append(dest: Path, base: Lines, kept: np.ndarray, new: Sequence[Paragraph]) -> Lines:
    """``base``'s file in ``dest`` (linked, else copied) with ``new`` appended.

    The rows are ``base``'s lines at the positions ``kept``, then ``new``'s.

    Args:
        kept: positions in ``base``'s rows of the paragraphs that stay, in order.
    """
    target = dest / FILE
    try:
        os.link(base.file, target)
    except OSError:  # no hard links here (or across devices): copy the bytes that are base's
        with open(base.file, "rb") as src, open(target, "wb") as out:
            shutil.copyfileobj(_Limited(src, base.size), out)
    data = b"".join(_line(p) for p in new)
    with open(target, "r+b") as f:
        f.truncate(base.size)  # what an interrupted append left past base's bytes
        f.seek(base.size)
        f.write(data)
    old_rows = np.arange(base.count, dtype=np.int64) if base.rows is None else base.rows
    rows = np.concatenate([old_rows[kept], np.arange(base.count, base.count + len(new), dtype=np.int64)])
    count = base.count + len(new)
    if len(rows) == count and np.array_equal(rows, np.arange(count)):
        return Lines(target, base.size + len(data), count)
    np.save(dest / ROWS, rows)
    return Lines(target, base.size + len(data), count, rows)


def read(folder: Path, size: int, count: int) -> tuple[list[Paragraph], Lines]:
    """The paragraphs of the index in ``folder`` whose manifest gives ``size`` bytes and ``count`` lines."""
    with open(folder / FILE, "rb") as f:
        data = f.read(size)
    lines = data.count(b"\n")
    if len(data) != size or lines != count or (data and not data.endswith(b"\n")):
        raise ValueError(f"{FILE} holds {lines} lines in {len(data)} bytes, the manifest says {count} in {size}")
    # one JSON array of the lines (a line is one object; JSON text holds no raw line breaks)
    every = json.loads(b"[" + data[:-1].replace(b"\n", b",") + b"]") if data else []
    rows = np.load(folder / ROWS) if (folder / ROWS).is_file() else None
    chosen = every if rows is None else [every[i] for i in rows.tolist()]
    return [_paragraph(d) for d in chosen], Lines(folder / FILE, size, count, rows)


def read_folder(folder: Path, manifest: dict) -> tuple[list[dict], list[Paragraph], Lines | None]:
    """The documents (as saved) and paragraphs of the index in ``folder``, and where its passages are."""
    if manifest["format_version"] == 4:  # one passages.json, rewritten by every build
        data = json.loads((folder / "passages.json").read_text(encoding="utf-8"))
        return data["docs"], [_paragraph(p) for p in data["paragraphs"]], None
    docs = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
    return (docs, *read(folder, manifest["passage_bytes"], manifest["passage_lines"]))


class _Limited:
    """The first ``size`` bytes of a file, for ``copyfileobj``."""

    def __init__(self, f, size: int):
        self.f, self.left = f, size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.f.read(n)
        self.left -= len(data)
        return data
