"""Hybrid search: dense e5 similarity and jieba BM25, at sentence and paragraph level, with each passage's context.

A search is a few small steps over one set of candidate paragraphs (pure functions of :mod:`.candidate_scores`):
``candidates``, ``dense``, ``keyword``, ``coverage.coverage``, then a fusion function (``fusion.fuse_with`` in
production; bench/fusion_variants.py passes others) and the constraints (``agreement``): a passage that contradicts a
place or year the question names is put behind those that agree.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from reportbot.index.retrieval import candidate_scores as steps
from reportbot.index.retrieval import dense_text as dt
from reportbot.index.retrieval import fusion as fusing
from reportbot.index.retrieval import scope, second_opinion
from reportbot.index.retrieval.abbrev import Contractions
from reportbot.index.retrieval.batching import submit_query
from reportbot.index.retrieval.calque_places import CalquedPlaces, named_rows
from reportbot.index.retrieval.card_words import card_words, file_words
from reportbot.index.retrieval.context import question_constraints
from reportbot.index.retrieval.counted import with_unit
from reportbot.index.retrieval.coverage import coverage as coverage_of
from reportbot.index.retrieval.coverage import group_mass, prior_share
from reportbot.index.retrieval.defined import document_subjects, subject_terms
from reportbot.index.retrieval.doc_periods import Periods, document_only_years, named_document_years
from reportbot.index.retrieval.editions import Editions, asks_latest, asks_plan
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.fusion import cross_weights, fuse_with, keyword_scale, keyword_weight, top_rows
from reportbot.index.retrieval.gazetteer import gazetteer
from reportbot.index.retrieval.held_lifts import held_name, held_places
from reportbot.index.retrieval.hits import Candidates, Hit, SearchResult, borrowing_lines
from reportbot.index.retrieval.homophones import sound_typo
from reportbot.index.retrieval.look_back import looked_back
from reportbot.index.retrieval.named_prior import named_boost, report_words
from reportbot.index.retrieval.names import name_document, naming_terms
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.periods import period_constraints
from reportbot.index.retrieval.places_en import PlaceWords
from reportbot.index.retrieval.position import end_first, named_end, prose_ends
from reportbot.index.retrieval.query import QUESTION_WORD_ZH, Query, analyse, question_text, without_asking
from reportbot.index.retrieval.recut import recut_groups
from reportbot.index.retrieval.reorder import counted_first, header_first, measure_first, prose_first
from reportbot.index.retrieval.revision import asks_revised
from reportbot.index.retrieval.scope import ContextField, document_places, named_places, names_another, primary_rows
from reportbot.index.retrieval.sentence_cover import lift as sentence_lift
from reportbot.index.retrieval.tokenize import stem, tokenize_spans
from reportbot.index.retrieval.transliterated import Transliterations, document_names
from reportbot.index.retrieval.tuning import DEFAULT, SearchTuning
from reportbot.index.retrieval.year_counts import asked_count

Fusion = Callable[[np.ndarray, np.ndarray, float], np.ndarray]


class Searcher:
    """Searches one :class:`PassageIndex` with one embedder.

    Args:
        index: the passages.
        embedder: the model the index was built with.
        tuning: the stage's weights and windows.
        fusion: how dense and keyword scores are combined (None: ``fusion.fuse`` with the tuning's dense range).
        primary: the documents of the report the bot is about; their passages get ``primary_prior``.
    """

    def __init__(self, index: PassageIndex, embedder: Embedder, tuning: SearchTuning = DEFAULT,
                 fusion: Fusion | None = None, primary: frozenset[str] = frozenset()):
        self.index = index
        self.embedder = embedder
        self.tuning = tuning
        self.fusion = fusion or fuse_with(tuning.dense_least_range)
        # the places jieba's dictionary knows (kept with the index) and those CC-CEDICT names (萧山, 拱墅: gazetteer.py)
        self.places = index.places | gazetteer()[0]
        self.editions = Editions.of(index)
        self.periods = Periods.of(index)
        own = document_places(self.places, index.para_bm25, index.para_doc, tuning.own_place_share)
        named = named_places([p.text for p in index.paragraphs], index.para_doc, dt.headings_after_cards(index),
                             self.places, tuning.own_place_share)
        own = [a | b for a, b in zip(own, named)]
        self.primary = primary_rows(index.doc_order, index.para_doc, primary)
        self.primary_docs = frozenset(i for i, d in enumerate(index.doc_order) if d in primary)
        self.headers = np.array(sorted(index.header_row.values()), np.int64)
        self.ends = prose_ends([p.text for p in index.paragraphs], index.para_doc, index.is_header)  # position.py
        self._sizes = np.bincount(index.para_doc) if len(index.para_doc) else np.zeros(0, np.int64)
        self._name_docs: dict[str, int | None] = {}
        self._doc_texts: dict[int, list[str]] = {}
        self.heading_line = borrowing_lines(index, tuning.heading_line_chars)
        subjects = [subject_terms(n) for n in document_subjects(
            [p.text for p in index.paragraphs], index.para_doc, len(own))] if tuning.defined_subject else []
        docs = [index.docs[d] for d in index.doc_order]  # the English names documents give themselves (dense_text.py)
        card_texts = [index.paragraphs[index.header_row[d]].text if d in index.header_row else ""
                      for d in index.doc_order]
        if tuning.card_words:  # a byline's or file name's place and organisation (card_words.py)
            cards = card_words([d.title for d in docs], [d.date for d in docs], [d.source for d in docs],
                               card_texts, self.places)
            subjects = [a | b for a, b in zip(subjects or [frozenset()] * len(cards), cards)]
        self.field = ContextField(index.context_bm25, index.para_bm25, index.para_doc, own, tuning.context_match,
                                  subjects)
        self.sounds = Transliterations(document_names([d.title for d in docs], [d.source for d in docs], card_texts)
                                       ) if tuning.transliterations else None  # 肯德尔: Kendal
        # the names documents give themselves, which a Chinese question may write by meaning (港城: Harbour City)
        self.name_texts = [f"{d.title} {file_words(d.source)} {card}".lower() for d, card in zip(docs, card_texts)]
        self.calqued = CalquedPlaces(self.name_texts, index.bridge)
        self.names = dt.DocumentNames.of([d.title for d in docs], [d.source for d in docs], dt.openings(index))
        self.place_words = PlaceWords((p.text for p in index.paragraphs), index.bridge)
        self.contractions = Contractions(index.para_bm25.vocab.keys() | index.context_bm25.vocab.keys(),
                                         tuning.contraction_weight, tuning.contraction_most)

    def analyse(self, question: str) -> Query:
        q = analyse(question, self.index.bridge)
        vocab = self.index.para_bm25.vocab
        still = tuple(w for w in q.unmatched if stem(w) not in vocab)
        groups = list(q.groups)
        if q.lang == "zh" and self.tuning.recut_weight > 0:  # 办发 -> 两办: cut again along the documents' words
            groups = recut_groups(q.text, tokenize_spans(q.text), groups, self._known, self.tuning.recut_weight,
                                  asks=QUESTION_WORD_ZH)
        # a contraction the documents never write finds their full form (年报 -> 年度报告)
        q = replace(q, unmatched=still, groups=self.contractions.widen(tuple(groups)))
        q = without_asking(q, self.contractions.known)  # 几次, 系边位: a question word the documents never write
        # how many times: 次, the measure word the documents count with (how many years: 五年, written whole)
        q = with_unit(q, self._known, self.tuning, self.index.para_bm25.vocab)
        # a stretch typed for the documents' word of the same sound finds it (只愿者 -> 志愿者)
        t, bridge = self.tuning, self.index.bridge
        return sound_typo(q, self.contractions.known, bridge, t.homophone_weight, t.homophone_most) \
            if q.lang == "zh" and bridge is not None else q

    def _known(self, term: str) -> bool:
        """Whether a passage or a context writes ``term``."""
        return term in self.index.para_bm25.vocab or term in self.index.context_bm25.vocab

    def allowed_rows(self, allowed: frozenset[str]) -> np.ndarray:
        """A mask over the paragraphs: True where the paragraph's document is in ``allowed``."""
        wanted = [i for i, d in enumerate(self.index.doc_order) if d in allowed]
        return np.isin(self.index.para_doc, wanted) if wanted else np.zeros(len(self.index.para_doc), bool)

    # ---- the steps ------------------------------------------------------
    def field_for(self, q: Query) -> ContextField:
        """The context field for this question: with its words that spell a document's running name (names.py)."""
        terms = [t for g in q.groups for t in g if not t.isascii()]
        found = naming_terms(q.text, terms, self._name_document, self._texts_of)
        return self.field.named({t: np.flatnonzero(self.index.para_doc == d) for t, d in found.items()})

    def _name_document(self, term: str) -> int | None:
        if term not in self._name_docs:
            ix = self.index
            self._name_docs[term] = name_document(term, ix.para_bm25, ix.para_doc, self._sizes,
                                                  self.tuning.own_name_share)
        return self._name_docs[term]

    def _texts_of(self, doc: int) -> list[str]:
        if doc not in self._doc_texts:
            rows = np.flatnonzero(self.index.para_doc == doc)
            self._doc_texts[doc] = [self.index.paragraphs[int(r)].text for r in rows]
        return self._doc_texts[doc]

    # ---- the search ---------------------------------------------------
    def search(self, question: str, k: int = 3, allowed: frozenset[str] | None = None) -> SearchResult:
        """Rank passages for a question.

        Args:
            question: the user's question.
            k: how many passages to return.
            allowed: search only these documents (a group's scope); None searches all.
        """
        ix = self.index
        text = question_text(question)
        vector = submit_query(self.embedder, text)  # embedded while the question is analysed
        free, named = dt.dense_text(text, self.names, lambda w: dt.written_in(ix, w))
        q = self.analyse(question)
        qv = vector.result()
        n = len(ix.paragraphs)
        mask = self.allowed_rows(allowed) if allowed is not None and n else None
        if n == 0 or (mask is not None and not mask.any()):
            return SearchResult(q, [], 0.0, 0.0)
        field = self.field_for(q)  # the English name a Chinese question quotes counts as its document's context
        field = field.named(dt.name_context(q.groups, text, free, named, ix.para_doc, stem)) if named else field
        kw_para = steps.keyword_all(ix, q, field)
        constraints = question_constraints(q.text, q.groups, self.places, q.unmatched, ix.bridge)
        constraints += self.place_words.constraints(q.text, q.lang, q.unmatched, constraints)  # the Cork centre
        heard: tuple = ()
        if q.lang == "zh":  # a place written by sound (肯德尔: Kendal) or by meaning (港城: Harbour City)
            heard = self.sounds.constraints(q.text, constraints) if self.sounds is not None else ()
            heard += self.calqued.constraints(q.groups, constraints + heard)
            constraints += heard
        c = steps.candidates(ix, self.tuning, q, qv, kw_para, mask, self._named_rows(heard))
        dense, sent_cos = steps.dense(ix, self.tuning, self.heading_line, c, qv, q.lang)
        def rescore(words: str) -> tuple[np.ndarray, np.ndarray]:  # the candidates' dense scores for other words
            return steps.dense(ix, self.tuning, self.heading_line, c, submit_query(self.embedder, words).result(),
                               q.lang)
        dense, sent_cos = held_places(ix, self.field.words_of, q, text, constraints, c, dense, sent_cos, rescore)
        # the cover that repeats the name a question calls its document by (an English question's name: its own)
        held_free, held_named = (free, named) if named else \
            dt.english_name_free(text, self.names, lambda w: dt.written_in(ix, w))
        seen = dense  # the refusal reads the cosine as the passage has it: the hold only ranks
        if held_named and self.tuning.hold_name:
            dense, sent_cos = held_name(ix, (*self.names.whole, *self.names.phrases), held_free, text, held_named, c,
                                        dense, sent_cos, rescore, self.tuning.name_bare_lead)
        opinion, asked = second_opinion.dense_side(ix, q.text, q.lang, c, dense, self.tuning)
        keyword, sent_kw, ideal_s = steps.keyword(ix, self.tuning, q, c, kw_para, field)
        masses, total = group_mass(ix, q, self.tuning)
        coverage = np.full(len(c.rows), np.nan, np.float32)
        scored = top_rows(keyword, self.tuning.coverage_candidates)  # the best coverage is among the best keyword rows
        coverage[scored] = coverage_of(ix, field, self.tuning.context_weight, c.rows[scored], masses, total)
        matched, possible = float(np.nanmax(coverage)) if len(scored) else 0.0, \
            q.coverage_possible if q.lang == "en" else 1.0
        matched = fusing.matched_vote(matched, self.tuning.matched_share)  # the words matched: a share of the weight
        w = keyword_weight(matched, possible, *self.tuning.keyword_weights(q.lang, asked))
        cross = self.tuning.cross_keyword_weight(q.lang, asked)  # a passage in the other language: its own weight
        ws = cross_weights(ix.para_zh[c.rows] != (q.lang == "zh"), w, matched, possible, cross,
                           self.tuning.keyword_weights(q.lang, asked)[1])
        fused = self.fusion(opinion, keyword, w if cross is None else ws)
        fused = fused + sentence_lift(ix, self.tuning.sentence_cover, masses, total, c.rows)  # words said together
        constraints += period_constraints(q.text)
        documents = frozenset(document_only_years(q.text))  # 24年报告里: the report's year, not the figures'
        others = tuple(x for x in constraints if x.kind != "named")  # a place named by sound or meaning: its document's
        years = {f for x in constraints if x.kind == "year" for f in x.forms}
        off = self.editions.off_year(years, asks_plan(q.text))[ix.para_doc[c.rows]]
        ok = steps.agreement(ix, self.field, others, c.rows, documents) & ~off & steps.agreement(
            ix, self.field, heard, c.rows, names=self.name_texts)
        fused = np.where(ok, fused, fused - self.tuning.constraint_penalty)
        if self.tuning.other_period and self.periods.any():  # a year or a span named: its own period's document first
            asked = {int(f) for x in constraints if x.kind == "year" for f in x.forms if len(f) == 4 and f.isdigit()}
            named = named_document_years(q.text)  # the 2023 report: the document's period, not a heading's
            fused -= self.tuning.other_period * (self.periods.other_period(asked, c.rows, ok)
                                                 | self.periods.other_document(named, c.rows, ok)
                                                 | self.periods.other_span(asked_count(q.text), c.rows, ok)
                                                 | looked_back(q.text, asked, self.periods.stated, self.editions.kin,
                                                               ix.para_doc[c.rows], ok, self.tuning.look_back))
        if self.editions.any() and not any(x.kind == "year" for x in constraints):  # no year named: the latest
            fused += self.tuning.latest_edition * self.editions.newer(ix.para_doc[c.rows], int(np.argmax(fused)))
        t = self.tuning  # now, latest; corrected, final (revision.py): the latest of one body's documents
        if self.editions.any() and (cue := t.latest_cue * asks_latest(q.text) + t.revision_cue * asks_revised(q.text)):
            fused += cue * self.editions.newer(ix.para_doc[c.rows], int(np.argmax(fused)), kin=True)
        another = self.primary is not None and self._names_another(q, named)
        if self.primary is not None:
            own = report_words(q.concept_groups(), ix.para_bm25, self.primary, self.tuning.report_says)
            called = dt.documents_called(text, self.names, lambda w: dt.written_in(ix, w), constraints, own)
            fused += named_boost(called, ix.para_doc[c.rows], self.primary[c.rows], self.tuning.named_prior)
            mine, prior = self.primary[c.rows], self._primary_prior(another, coverage, c.rows)
            if (share := self.tuning.primary_coverage_share) > 0:  # the report's candidates' coverage, not yet computed
                todo = np.flatnonzero(np.isnan(coverage) & mine)
                coverage[todo] = coverage_of(ix, field, self.tuning.context_weight, c.rows[todo], masses, total)
            fused += prior * mine * prior_share(coverage, share)
        header_first(ix, self.tuning, q, c, fused, self._report_rows(q, c, another))

        def rows_of(i: int) -> np.ndarray:  # each sentence's score: its cosine and its share of the ideal keyword score
            span = c.span(i)
            # at the question's own weight: the refusal model reads the evidence sentence's score as it was fitted
            return (1 - w) * sent_cos[span] + w * keyword_scale(sent_kw[span], ideal_s).clip(0, 1)
        prose_first(ix, self.tuning, c, fused, rows_of, q)
        counted_first(ix, self.tuning, q, c, fused)
        measure_first(ix, self.tuning, q, c, fused)
        at = end_first(named_end(q.text), c.rows, ix.para_doc[c.rows], fused, self.ends)  # 结尾说…: the closing passage
        if at is not None:
            fused[at] = fused.max() + 1e-6
        order = np.argsort(-fused, kind="stable")
        hits = []
        for i in order[:k]:
            sscore = rows_of(int(i))
            if np.isnan(coverage[i]):
                coverage[i] = coverage_of(ix, field, self.tuning.context_weight, c.rows[i:i + 1], masses, total)[0]
            hits.append(Hit(int(c.rows[i]), ix.paragraphs[int(c.rows[i])], float(fused[i]), float(seen[i]),
                            float(keyword[i]), float(coverage[i]), [float(x) for x in sscore], bool(ok[i])))
        return SearchResult(q, hits, w, float(seen.max()), constraints)

    def _named_rows(self, heard: tuple) -> np.ndarray | None:
        """The passages of the documents a Chinese question names by sound or meaning (:func:`.named_rows`)."""
        return named_rows(heard, self.name_texts, self.index.para_doc, self.tuning.named_documents_most)

    def _primary_prior(self, names_another: bool, coverage: np.ndarray, rows: np.ndarray) -> float:
        """The report's prior for this question: smaller when the question names another document, larger when the
        report covers the question's words as well as any other document does (a look-alike's figure for the same
        thing is not what a question that names neither means)."""
        t = self.tuning
        if names_another:
            return t.primary_prior_named
        mine = self.primary[rows]
        if t.primary_prior_even > t.primary_prior and mine.any() and (~mine).any():
            own, other = np.nan_to_num(coverage[mine], nan=-1).max(), np.nan_to_num(coverage[~mine], nan=-1).max()
            if own >= 0 and own >= other:
                return t.primary_prior_even
        return t.primary_prior

    def _names_another(self, q: Query, latin: frozenset[int]) -> bool:
        """A word of a document's title or own places the report never says, or its name (``latin``: dense_text.py)."""
        ix, en = self.index, q.lang == "en"  # an English word with the bridge's words for it: one concept
        groups = [([w for w in g if len(w) >= 2 and w.isascii()], [w for w in g if not w.isascii()],
                   scope.proper_name(g, q.raw)) for g in q.concept_groups()] if en else \
            [w for g in q.groups for w in g if len(w) >= 2 and not w.isascii()]
        return bool(latin - self.primary_docs) or names_another(
            groups, ix.para_bm25, self.primary, self.headers, self.primary[self.headers], self.field.own,
            ix.para_doc[self.headers], ix.para_doc, self.tuning.report_says)

    def _report_rows(self, q: Query, c: Candidates, names_another: bool) -> np.ndarray | None:
        """For a title or author question that names no document, which candidates are the report's: "what's the
        title of this article" asks about the report (the primary prior's reading); None otherwise."""
        mine = None if self.primary is None or names_another else self.primary[c.rows]
        return mine if q.kind in ("title", "author") and mine is not None and mine.any() else None
