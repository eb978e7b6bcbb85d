"""What the service serves, swapped as one object on reindex (moved from service.py): the engine, the passages by
id and the /about summary, and the small records the CLI and the bot show.
"""
from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass, replace

from reportbot.corpus.document import Paragraph
from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.engine import Engine
from reportbot.index.library.registry import SEED, DocRecord
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_index import PassageIndex


@dataclass(frozen=True)
class BuildReport:
    documents: int
    passages: int
    embedded: int
    seconds: float
    read_again: int = 0  # documents whose kept files an older reportbot read were read again (``originals.py``)


@dataclass(frozen=True)
class PassageView:
    """One passage as a reader sees it."""

    pid: str
    title: str
    section: str | None
    number: int
    text: str


@dataclass(frozen=True)
class About:
    """What the index in use holds, and what is waiting to join it."""

    documents: tuple[tuple[str, int], ...]  # (title, passages) in the index
    passages: int
    model: str
    created: str
    index_kind: str
    pending: tuple[DocRecord, ...]          # added or removed, not yet in the index
    ids: tuple[str, ...] = ()               # the documents' ids, in the order of ``documents``

    def within(self, allowed: frozenset[str] | None) -> About:
        """The same, counting only the documents a chat may search (None: all)."""
        if allowed is None:
            return self
        keep = [(doc, i) for doc, i in zip(self.documents, self.ids) if i in allowed]
        return replace(self, documents=tuple(d for d, _ in keep), ids=tuple(i for _, i in keep),
                       passages=sum(n for (_, n), _ in keep), pending=())


@dataclass(frozen=True)
class Served:
    engine: Engine
    passages: dict[str, Paragraph]
    about: About


def serve_index(index: PassageIndex, embedder: Embedder, records: list[DocRecord]) -> Served:
    """The engine, passages and summary of ``index``; ``records`` (the registry) says what is pending."""
    counts = Counter(p.doc_id for p in index.paragraphs)
    m = index.manifest
    stale = tuple(r for r in records if r.pending or r.id not in index.docs)
    # a title as its registry lists it: as written (traditional script too), where the index holds it simplified
    written = {r.id: r.title for r in records
               if r.id in index.docs and to_simplified(r.title) == to_simplified(index.docs[r.id].title)}
    about = About(tuple((written.get(d.doc_id, d.title), counts.get(d.doc_id, 0)) for d in index.docs.values()),
                  m["passages"], m["model"], m["created"], m.get("index_kind", "flat"), stale, tuple(index.docs))
    primary = frozenset(r.id for r in records if r.added_by == SEED)  # the report the bot is about
    return Served(Engine(index, embedder, primary), {p.pid: p for p in index.paragraphs}, about)


def settle_memory() -> None:
    """Move what is alive now (the served index: 150,000 tracked objects at 100,000 passages) out of the
    reach of Python's full collections, which would otherwise walk it again during every add (0.4 s).

    An index and its engine hold no reference cycles, so the index served before is freed by its
    reference count all the same (tests/test_serving.py checks it).
    """
    gc.freeze()
