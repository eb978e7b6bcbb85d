"""Hybrid search: dense e5 similarity and jieba BM25, at sentence and paragraph level."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np
from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval.batching import submit_query
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.fusion import fuse, keyword_scale, keyword_weight, minmax, rrf
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query, analyse, question_text
from reportbot.index.retrieval.tokenize import stem

DENSE_CANDIDATES = 100
KEYWORD_CANDIDATES = 100
COVERAGE_CANDIDATES = 24
# paragraph dense score = mix of its best sentence and the paragraph as a whole
SENTENCE_SHARE = 0.7


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the ``k`` highest scores, best first (argpartition: linear, not a full sort)."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


@dataclass
class Hit:
    """One ranked passage with the signals that put it there."""

    row: int
    paragraph: Paragraph
    score: float
    dense: float
    keyword: float
    coverage: float
    sentence_scores: list[float] = field(default_factory=list)


@dataclass
class SearchResult:
    query: Query
    hits: list[Hit]
    kw_weight: float
    dense_top: float

    @property
    def top(self) -> Hit | None:
        return self.hits[0] if self.hits else None


class Searcher:
    """Searches one :class:`PassageIndex` with one embedder."""

    def __init__(self, index: PassageIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        self._doc_of: np.ndarray | None = None  # each paragraph's document id, made on first scoped search

    def analyse(self, question: str) -> Query:
        q = analyse(question, self.index.bridge)
        if q.unmatched:
            vocab = self.index.para_bm25.vocab
            still = tuple(w for w in q.unmatched if stem(w) not in vocab)
            q = replace(q, unmatched=still)
        return q

    def group_mass(self, q: Query) -> tuple[list[dict[str, float]], float]:
        """Each group's terms with weight times idf, and the total a full match would have.

        The total also counts English words that found no corpus word, so a question
        mostly about things the corpus never mentions covers little.
        """
        bm = self.index.para_bm25
        max_idf = math.log(1 + (bm.n + 0.5) / 1.5)
        masses, total = [], 0.0
        for g in q.groups:
            # one-character words (做, 写, 党) are weak evidence that a question is in scope
            known = {t: w * bm.idf(t) * (0.3 if len(t) == 1 else 1.0) for t, w in g.items() if t in bm.vocab}
            if q.lang == "en" and not known and all(t.isascii() for t in g):
                continue  # an English word; counted below if the bridge found nothing either
            masses.append(known)
            total += max(known.values()) if known else max_idf * max(g.values())
        if q.lang == "en":
            total += len(q.unmatched) * max_idf * 0.5
        return masses, total

    def allowed_rows(self, allowed: frozenset[str]) -> np.ndarray:
        """A mask over the paragraphs: True where the paragraph's document is in ``allowed``."""
        if self._doc_of is None:
            self._doc_of = np.array([p.doc_id for p in self.index.paragraphs], dtype=object)
        return np.isin(self._doc_of, list(allowed)) if allowed else np.zeros(len(self._doc_of), bool)

    def search(self, question: str, k: int = 3, mode: str = "hybrid",
               allowed: frozenset[str] | None = None) -> SearchResult:
        """Rank passages for a question.

        Args:
            question: the user's question.
            k: how many passages to return.
            mode: ``hybrid`` (the default); ``dense``, ``keyword`` or ``rrf`` to compare
                fusion variants (bench/fusion_variants.py).
            allowed: search only these documents (a group's scope); None searches all.
        """
        ix = self.index
        vector = submit_query(self.embedder, question_text(question))  # embedded while the question is analysed
        q = self.analyse(question)
        qv = vector.result()
        n = len(ix.paragraphs)
        mask = self.allowed_rows(allowed) if allowed is not None and n else None
        if n == 0 or (mask is not None and not mask.any()):
            return SearchResult(q, [], 0.0, 0.0)

        # candidates: dense hits at both levels and keyword hits
        widen = 1 if mask is None else min(int(np.ceil(n / mask.sum())), 20)  # a small scope: look deeper
        s_rows, _ = ix.sent_vecs.search(qv, DENSE_CANDIDATES * widen)
        p_rows, _ = ix.para_vecs.search(qv, DENSE_CANDIDATES * widen)
        groups = list(q.groups)
        kw_para = ix.para_bm25.group_scores(groups)
        if mask is not None:
            kw_para = np.where(mask, kw_para, 0.0)
            p_rows = p_rows[mask[p_rows]]
        kw_rows = _top(kw_para, KEYWORD_CANDIDATES)
        kw_rows = kw_rows[kw_para[kw_rows] > 0]
        parts = [ix.sent_para[ix.sentence_rows(s_rows)], p_rows, kw_rows]
        if mask is not None and mask.sum() <= DENSE_CANDIDATES:
            parts.append(np.flatnonzero(mask))  # a scope this small is searched whole
        if q.kind in ("title", "author") and len(p_rows):
            # questions about the document itself: its header card must be in the running
            parts.append(np.array([ix.header_row[ix.paragraphs[int(p_rows[0])].doc_id]]))
        cand = np.unique(np.concatenate(parts).astype(np.int64))
        if mask is not None:
            cand = cand[mask[cand]]

        # exact dense scores for every candidate paragraph and all its sentences
        counts = ix.sent_count[cand]
        firsts = np.cumsum(counts) - counts  # where each candidate's sentences start in the flat arrays
        rows = np.repeat(ix.sent_start[cand], counts) + np.arange(int(counts.sum())) - np.repeat(firsts, counts)
        para_cos = ix.para_vecs.vectors(cand) @ qv
        sent_cos = ix.sent_vecs.vectors(ix.sent_uniq[rows]) @ qv
        best_sent = np.maximum.reduceat(sent_cos, firsts) if len(rows) else para_cos
        dense = SENTENCE_SHARE * best_sent + (1 - SENTENCE_SHARE) * para_cos

        # keyword side, scaled by the ideal score so rare exact matches keep their weight
        ideal = sum(max((w * ix.para_bm25.idf(t) for t, w in g.items()), default=0.0) for g in groups)
        ideal_s = sum(max((w * ix.sent_bm25.idf(t) for t, w in g.items()), default=0.0) for g in groups)
        kw_p = keyword_scale(kw_para[cand], ideal)
        sent_kw = ix.sent_bm25.group_scores_at(groups, rows)
        kw_s = keyword_scale(np.maximum.reduceat(sent_kw, firsts) if len(rows) else kw_p * 0, ideal_s)
        keyword = 0.5 * kw_p + 0.5 * kw_s

        # coverage of the question by each candidate; the best is among the best keyword matches
        masses, total = self.group_mass(q)
        coverage = np.zeros(len(cand), np.float32)
        scored = _top(keyword, COVERAGE_CANDIDATES)
        coverage[scored] = self._coverage(cand[scored], masses, total)
        scored = set(scored.tolist())
        w = keyword_weight(float(coverage.max()) if len(coverage) else 0.0,
                           q.coverage_possible if q.lang == "en" else 1.0)
        if mode == "dense":
            fused = dense.copy()
        elif mode == "keyword":
            fused = keyword + 1e-3 * minmax(dense)  # dense only breaks ties
        elif mode == "rrf":
            fused = rrf([dense, keyword])
        else:
            fused = fuse(dense, keyword, w)
        if q.kind in ("title", "author"):
            top_doc = ix.paragraphs[int(cand[int(np.argmax(fused))])].doc_id
            at = int(np.searchsorted(cand, ix.header_row[top_doc]))
            if at < len(cand) and cand[at] == ix.header_row[top_doc]:
                fused[at] = fused.max() + 1.0
        order = np.argsort(-fused)[:k]
        hits = []
        for i in order:
            c = int(cand[i])
            span = slice(int(firsts[i]), int(firsts[i] + counts[i]))
            sscore = (1 - w) * sent_cos[span] + w * keyword_scale(sent_kw[span], ideal_s).clip(0, 1)
            if i not in scored:
                coverage[i] = self._coverage(np.array([c]), masses, total)[0]
            hits.append(Hit(c, ix.paragraphs[c], float(fused[i]), float(dense[i]), float(keyword[i]),
                            float(coverage[i]), [float(x) for x in sscore]))
        return SearchResult(q, hits, w, float(dense.max()))

    def _coverage(self, rows: np.ndarray, masses: list[dict[str, float]], total: float) -> np.ndarray:
        """For each paragraph in ``rows``, the share of the question's idf-weighted groups it contains."""
        out = np.zeros(len(rows), np.float32)
        if not total or not len(rows):
            return out
        bm = self.index.para_bm25
        for m in masses:
            best = np.zeros(len(rows), np.float32)
            for t, v in m.items():
                best = np.maximum(best, np.where(bm.contains(t, rows), v, 0.0))
            out += best
        return out / total

    def diagnose(self, question: str, evidence: str) -> dict[str, int | None]:
        """Rank of the first paragraph holding ``evidence`` by the dense side alone and the keyword side alone."""
        ix = self.index
        q = self.analyse(question)
        qv = self.embedder.encode_queries([q.text])[0]
        rows = np.arange(len(ix.paragraphs))
        para_cos = ix.para_vecs.vectors(rows) @ qv
        sent_cos = ix.sent_vecs.vectors(ix.sent_uniq) @ qv
        best = np.array([sent_cos[ix.sent_start[i]:ix.sent_start[i] + len(p.sentences)].max() if p.sentences
                         else para_cos[i] for i, p in enumerate(ix.paragraphs)])
        dense = SENTENCE_SHARE * best + (1 - SENTENCE_SHARE) * para_cos
        keyword = ix.para_bm25.group_scores(list(q.groups))
        key = "".join(evidence.split())
        gold = {i for i, p in enumerate(ix.paragraphs) if key in "".join(p.text.split())}

        def rank(scores: np.ndarray) -> int | None:
            if not gold or not scores.any():
                return None
            order = list(np.argsort(-scores))
            return min(order.index(g) for g in gold) + 1
        return {"dense": rank(dense), "keyword": rank(keyword)}
