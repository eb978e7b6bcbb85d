"""The registry: which documents the data folder holds, and whether the index serving them has them yet.

A document is ``indexed`` once an index holding it is current. A new document is
``adding`` until the build that includes it is current; a document being removed
is ``removing`` until a build without it is. A crash leaves those states behind, so
the next start knows what to finish, while the last good index keeps serving.
"""
from __future__ import annotations

import json
import os
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal

from reportbot.corpus.document import Document
from reportbot.corpus.errors import DocumentIdError, LibraryError

State = Literal["indexed", "adding", "removing"]
MIN_ID_PREFIX = 4  # a shorter prefix of a document id is too easy to type by mistake


SEED = "seed"  # ``added_by`` of the documents a fresh data folder starts from: the report the bot is about


@dataclass(frozen=True)
class DocRecord:
    """One document of the data folder.

    Attributes:
        passages: its passages, the header card included (counted as the index counts them).
        state: ``indexed``, or ``adding`` / ``removing`` while a build that makes it so is pending.
        file_sha: a hash of the file's bytes, so the same file sent again is known whatever text a newer
            reportbot reads from it ("" for records written before it was kept).
        cutting: the passage cutting version (``corpus/cutting.py``) of the reportbot that read the file into its
            stored text; a full build reads the file again when it is older and the file is kept
            (``originals.py``); 0 for records written before it was kept.
    """

    id: str
    title: str
    source: str
    passages: int
    added_at: str
    added_by: str
    state: State = "indexed"
    file_sha: str = ""
    cutting: int = 0

    @property
    def pending(self) -> bool:
        return self.state != "indexed"

    @property
    def wanted(self) -> bool:
        """True when the next index should hold it."""
        return self.state != "removing"


_FIELDS_IN_ORDER = tuple(f.name for f in fields(DocRecord))
_FIELDS = set(_FIELDS_IN_ORDER)


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file (text as UTF-8, or bytes) so that readers see the old content or the new, never a part."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") if isinstance(text, bytes) else open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_registry(path: Path) -> list[DocRecord]:
    """The records in a registry file (fields of older versions are ignored).

    Raises:
        LibraryError: the file is no registry (it is written whole or not at all, so only a fault of the disk or a
            hand edit damages it); the message names it.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [DocRecord(**{k: v for k, v in d.items() if k in _FIELDS}) for d in data["documents"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # JSONDecodeError and UnicodeError are ValueErrors
        raise LibraryError(f"the list of documents {path.name} is damaged ({exc.__class__.__name__}); "
                           "restore it from a backup (the documents' texts are in documents/)") from exc


def write_registry(path: Path, records: Iterable[DocRecord]) -> None:
    """Write the registry, one document a line (written by json's C encoder: 6,700 records in 30 ms)."""
    rows = ",\n ".join(json.dumps({f: getattr(r, f) for f in _FIELDS_IN_ORDER}, ensure_ascii=False) for r in records)
    write_atomic(path, '{"documents": [\n ' + rows + "\n]}" if rows else '{"documents": []}')


def settle(records: list[DocRecord], built: set[str], passages: dict[str, int]) -> list[DocRecord]:
    """The records once an index holding the documents ``built`` is current.

    An ``adding`` document the index holds becomes ``indexed``; a ``removing`` one it
    no longer holds is dropped; the rest keep their state (still pending).

    Args:
        records: the registry.
        built: ids of the documents the index holds.
        passages: passages per document in that index (so every listing counts alike).
    """
    out = []
    for r in records:
        if r.state == "removing" and r.id not in built:
            continue
        if r.id in built and r.state != "removing":
            r = replace(r, state="indexed", passages=passages.get(r.id, r.passages))
        out.append(r)
    return out


def find(records: list[DocRecord], doc_id: str) -> DocRecord:
    """The record with this id, or with this unambiguous prefix of at least ``MIN_ID_PREFIX`` characters.

    Raises:
        DocumentIdError: no such document, too short a prefix, or one naming several.
    """
    exact = [r for r in records if r.id == doc_id]
    if exact:
        return exact[0]
    matches = [r for r in records if doc_id and r.id.startswith(doc_id)]
    if not matches:
        raise DocumentIdError(doc_id, "unknown")
    if len(doc_id) < MIN_ID_PREFIX:
        raise DocumentIdError(doc_id, "short", min_chars=MIN_ID_PREFIX)
    if len(matches) > 1:
        raise DocumentIdError(doc_id, "ambiguous", len(matches))
    return matches[0]


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})  # controls, format marks, surrogates, breaks


def safe_name(name: str) -> str:
    """A file name reduced to a harmless display name: no folders, no control characters, and none of Unicode's
    invisible format characters or line breaks (a right-to-left override, U+202E, shows ``notes``-RLO-``txt.exe``
    as ``notesexe.txt``; U+2028 breaks a /docs line; a zero-width space makes two names look alike)."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE).strip().lstrip(".")
    return name[:120] or "document"


def registered_as(doc: Document, doc_id: str, title: str) -> Document:
    """A re-parsed document under the id and title it was registered with, whatever re-parsing gives."""
    paragraphs = tuple(replace(p, doc_id=doc_id) for p in doc.paragraphs)
    return replace(doc, doc_id=doc_id, title=title, paragraphs=paragraphs)
