"""Each added file's own bytes, kept beside its stored text, so that a newer reportbot reads the file again.

The data folder keeps ``documents/<id>.original.<ext>``: the bytes an admin sent (``reportbot docs add``, a
Telegram upload) or a seed file, written atomically when the document is added, as its text is (at most the
loaders' ``MAX_FILE_BYTES``, 20 MB: a larger file is refused before it gets here), and deleted with it. A record says
which passage cutting read its stored text (``DocRecord.cutting``: ``corpus/cutting.py``'s version, which is bumped
when the loaders change as when the cutting does). A full build (``reportbot index``; ``serve``'s rebuild at start of
an index an older reportbot cut) first reads again, with this reportbot's loaders, the kept file of every document
an older one read (:func:`read_again`): its stored text, sketch and title are the new reading's, and its id and its
place in the registry stay. A file that fails to load now (a loader that raises, a corrupt file) keeps the text read
before, and a warning says so in one line; a write that fails (a full disk) fails the build, and a build cut short
after the texts are written finishes the job at the next (title and sketch come from the reading, not from whether
the stored text changed). A document added before files were kept
has none: it is re-cut from its stored text alone, and ``health`` and ``docs list`` count it (:func:`unread`) until
its file is added again (:func:`adopt`).
"""
from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import replace
from pathlib import Path, PurePath

from reportbot.corpus.document import Document
from reportbot.corpus.errors import DocumentError
from reportbot.corpus.loaders import read_file
from reportbot.index.library.cutting import current
from reportbot.index.library.intake import file_sha, listed_title, parse_file
from reportbot.index.library.registry import SEED, DocRecord, write_atomic
from reportbot.index.library.resemble import keep_sketch

logger = logging.getLogger(__name__)
ORIGINAL = ".original."  # documents/<id>.original.docx: the file's own extension, which says how to read it


def keep_original(docs_dir: Path, doc_id: str, data: bytes, filename: str) -> None:
    """Keep a document's file (``filename``: the name it was sent under, for its extension)."""
    write_atomic(docs_dir / f"{doc_id}{ORIGINAL}{PurePath(filename).suffix.lower().lstrip('.')}", data)


def originals(docs_dir: Path) -> dict[str, Path]:
    """The kept files by document id (one listing of the folder, however many documents)."""
    kept: dict[str, Path] = {}
    try:
        with os.scandir(docs_dir) as entries:
            for entry in entries:  # a temporary file (".<name>.<uuid>.tmp") is no kept file
                if ORIGINAL in entry.name and not entry.name.startswith("."):
                    kept[entry.name.split(ORIGINAL, 1)[0]] = Path(entry.path)
    except FileNotFoundError:
        pass
    return kept


def drop_original(docs_dir: Path, doc_id: str) -> None:
    for path in docs_dir.glob(f"{doc_id}{ORIGINAL}*"):
        path.unlink(missing_ok=True)


def older(r: DocRecord) -> bool:
    """Whether the next index should hold ``r`` and an older reportbot read its file into its stored text."""
    return r.wanted and r.cutting < current()


def read_again(docs_dir: Path, records: list[DocRecord], seeds: Path | None = None) -> list[DocRecord]:
    """The registry once every kept file an older reportbot read is read again by this one, its stored text
    replaced; a file that fails to load now leaves its record and text as they were (a warning each). Only the
    reading is one file's fault: a write that fails (a full disk) fails the build. A seed report whose file was
    never kept is kept first from the ``seeds`` folder (:func:`seed_files`)."""
    for doc_id, path in seed_files(records, docs_dir, seeds).items():
        keep_original(docs_dir, doc_id, path.read_bytes(), path.name)
    kept = originals(docs_dir) if any(older(r) for r in records) else {}
    out = []
    for r in records:
        path = kept.get(r.id) if older(r) else None
        if path is None:
            out.append(r)
            continue
        try:
            doc, text = parse_file(read_file(path), path.name, r.source)  # the loaders' limits, as when added
        except Exception as exc:  # noqa: BLE001 - one file's fault (a loader that raises) costs only its new reading
            logger.warning("could not read %s (%s) again from its file: %s; its text as read before is kept",
                           r.id, r.source, _said(exc))
            out.append(r)
            continue
        out.append(_read_again(docs_dir, r, doc, text))
    return out


def _read_again(docs_dir: Path, r: DocRecord, doc: Document, text: str) -> DocRecord:
    """``r`` read again into ``text``: its stored text, sketch and title are the new reading's, whatever the
    stored text already holds (a build cut short after writing it finishes the job at the next one)."""
    stored = docs_dir / f"{r.id}.txt"
    try:
        before = stored.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        before = None  # deleted by hand: the file gives it back
    if before != text:
        write_atomic(stored, text)
        logger.info("read %s (%s) again from its file: its stored text is replaced", r.id, r.source)
    keep_sketch(docs_dir, r.id, text)
    return replace(r, title=listed_title(doc, text), cutting=current())


def _said(exc: Exception) -> str:
    """An exception in one line: a refusal's own words; any other fault with its kind."""
    text = " ".join(str(getattr(exc, "strerror", None) or exc).split())
    return text if isinstance(exc, DocumentError) and text else f"{type(exc).__name__}: {text}".rstrip(": ")


def adopt(docs_dir: Path, r: DocRecord, data: bytes, filename: str) -> None:
    """Keep ``data``, a file this reportbot reads into ``r``'s content, as ``r``'s file when it has none (an admin
    adds again a document whose file was never kept). Its record keeps the version that read its stored text: the
    next full build reads the file again (:func:`read_again`), as a whitespace-only change keeps the id."""
    if r.id not in originals(docs_dir) and r.wanted:
        keep_original(docs_dir, r.id, data, filename)


def seed_files(records: list[DocRecord], docs_dir: Path, seeds: Path | None) -> dict[str, Path]:
    """The files in the ``seeds`` folder of the seed reports an older reportbot added before files were kept, by
    document id: the same bytes (``file_sha``), or, for a record kept before bytes were hashed, the same name. The
    admin never sent them: the next full build keeps and reads them (:func:`read_again`)."""
    kept = originals(docs_dir) if seeds is not None and any(r.added_by == SEED and older(r) for r in records) else {}
    never = [r for r in records if r.added_by == SEED and older(r) and r.id not in kept] if seeds is not None else []
    if not never or not seeds.is_dir():
        return {}
    files = {p.name: p for p in seeds.iterdir() if p.is_file() and not p.name.startswith((".", "_"))}
    by_sha = {}
    for p in files.values():
        with contextlib.suppress(OSError):
            by_sha[file_sha(p.read_bytes())] = p
    found = {r.id: by_sha.get(r.file_sha) if r.file_sha else files.get(r.source) for r in never}
    return {i: p for i, p in found.items() if p is not None}


def unread(records: list[DocRecord], docs_dir: Path, seeds: Path | None = None
           ) -> tuple[list[DocRecord], list[DocRecord]]:
    """The documents an older reportbot read: (those whose files were never kept, those whose kept files were not
    read again yet or failed to load); a seed report whose file the ``seeds`` folder holds counts as kept."""
    if not any(older(r) for r in records):
        return [], []
    kept = originals(docs_dir) | seed_files(records, docs_dir, seeds)
    return [r for r in records if older(r) and r.id not in kept], [r for r in records if older(r) and r.id in kept]
