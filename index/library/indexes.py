"""The data folder's index builds: one folder per build under ``indexes/``, and ``CURRENT`` naming the one served.

A build goes into a fresh folder; it becomes current only when complete (``CURRENT`` is written to a temporary
file and ``os.replace``-d), and older folders are deleted after that, so a crash at any point leaves the last
good index serving.
"""
from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from reportbot.corpus.document import Document
from reportbot.corpus.errors import IndexLoadError
from reportbot.index.library.cutting import record
from reportbot.index.library.registry import write_atomic
from reportbot.index.retrieval.cache import EmbeddingCache
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.update import update

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Indexes:
    """The builds of the data folder ``root`` (``root/indexes``, ``root/CURRENT``, ``root/cache``)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.dir = self.root / "indexes"

    def current_path(self) -> Path | None:
        """The folder of the build being served, if it is complete."""
        try:
            name = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.dir / name
        return path if name and (path / "manifest.json").is_file() else None

    def open_current(self, embedder: Embedder) -> PassageIndex | None:
        """The current index if it loads with this model; None (and a log line why) if not."""
        current = self.current_path()
        if current is None:
            logger.info("no index in %s yet", self.root)
            return None
        try:
            return PassageIndex.load(current, embedder.name)
        except IndexLoadError as exc:  # damaged, another format, or another model
            logger.warning("the current index cannot serve (%s); building a new one from the documents", exc)
            return None

    def build(self, docs: list[Document], embedder: Embedder, progress: Progress | None,
              current: Path | None, previous: PassageIndex | None, cut: int) -> PassageIndex:
        """Build ``docs`` into a fresh folder and make it current; the caller holds the folder's lock.

        Args:
            current, previous: the current build's folder and its index, to start from when only documents were
                added or removed (``index/retrieval/update.py``); None: a full build.
            cut: the passage cutting ``docs`` were cut by, recorded in the manifest (``cutting.py``).
        """
        name = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        cache = EmbeddingCache(self.root / "cache" / "embeddings.sqlite")
        try:
            index = update(current, docs, embedder, self.dir / name, cache, progress,
                           previous=previous) if previous is not None else None
            if index is None:
                shutil.rmtree(self.dir / name, ignore_errors=True)
                index = PassageIndex.build(docs, embedder, self.dir / name, cache, progress)
        finally:
            cache.close()
        record(index, self.dir / name, cut)
        write_atomic(self.root / "CURRENT", name)
        self._clean(keep={name})
        return index

    def keep(self, index: PassageIndex) -> None:
        """Save ``index`` (made in memory, say by ``upgrade.py``) into a fresh folder and make it current; the
        caller holds the folder's lock."""
        name = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        try:
            index.save(self.dir / name)
        except BaseException:
            shutil.rmtree(self.dir / name, ignore_errors=True)
            raise
        write_atomic(self.root / "CURRENT", name)
        self._clean(keep={name})

    def _clean(self, keep: set[str]) -> None:
        """Delete old and half-built index folders (readers hold theirs in memory)."""
        for path in self.dir.iterdir():
            if path.name not in keep and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
