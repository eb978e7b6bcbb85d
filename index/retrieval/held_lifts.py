"""Dense scores with a lift held: where a word of the question lifts passages that do not mean what it asks.

Each step embeds the question again without the word (``rescore``: the candidates' dense and sentence scores for
another text) and holds the lift the word gives to what its other passages get: a place a passage writes only as a
place of another level than its context does (:mod:`.place_levels`), and the name a question calls its document by,
in that document's passages that write it (:mod:`.name_lift`)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from reportbot.index.retrieval import name_lift as nl
from reportbot.index.retrieval import place_levels as pl
from reportbot.index.retrieval.hits import Candidates
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query

# the candidates' dense scores and their sentences' for a text (the question without a word)
Rescore = Callable[[str], tuple[np.ndarray, np.ndarray]]


def held_places(ix: PassageIndex, words_of: Callable[[int], frozenset[str]], q: Query, text: str, constraints: tuple,
                c: Candidates, dense: np.ndarray, sent_cos: np.ndarray,
                rescore: Rescore) -> tuple[np.ndarray, np.ndarray]:
    """The dense scores with the lift of a place the question names held, in passages that write it only as a
    place of another level than their context does (吉林市 in 吉林省's report: :mod:`.place_levels`); ``words_of``:
    a document's own words (the context field's)."""
    for x in (x for x in constraints if x.kind == "place" and not x.forms[0].isascii()):
        stem, docs = x.forms[0], ix.para_doc[c.rows]
        paras = [ix.paragraphs[int(r)] for r in c.rows]
        # the level asked, read from the context only where the passage writes the name (most do not)
        asked = [pl.asked_level(stem, q.text, " ".join((ix.context[r], *words_of(int(d)))))
                 if stem in p.text else None for r, d, p in zip(c.rows, docs, paras)]
        hit = np.array([pl.elsewhere(stem, a, p.text) for a, p in zip(asked, paras)], bool)
        if not hit.any():
            continue
        lines = [(a, s) for a, p in zip(asked, paras) for s in p.sentences]
        line_hit = np.array([pl.elsewhere(stem, a, s) for a, s in lines], bool)
        bare, bare_cos = rescore(pl.without_place(text, x.forms))
        dense = pl.held_lift(dense, bare, hit, np.array([stem not in p.text for p in paras], bool), docs)
        sent_cos = pl.held_lift(sent_cos, bare_cos, line_hit, np.array([stem not in s for _, s in lines], bool),
                                np.repeat(docs, c.counts))
    return dense, sent_cos


def held_name(ix: PassageIndex, names: Iterable[tuple[int, str]], free: str, text: str, named: frozenset[int],
              c: Candidates, dense: np.ndarray, sent_cos: np.ndarray,
              rescore: Rescore, lead: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """The dense scores with the lift of the name a question calls its document by held, in that document's
    passages and sentences that write it, to the lift its other passages and sentences get (:mod:`.name_lift`);
    ``names``: the documents' names, each with its document; ``free``: the question without the name; ``lead``:
    by how much a text that writes the name must match ``free`` better than the rest to keep its lift
    (:func:`.name_lift.held_name`)."""
    pairs = nl.name_pairs(nl.name_words(text, free), [n for d, n in names if d in named])
    if not pairs:
        return dense, sent_cos
    docs = ix.para_doc[c.rows]
    paras = [ix.paragraphs[int(r)] for r in c.rows]
    bare, bare_cos = rescore(free)
    named_rows = np.isin(docs, list(named)) & ~ix.is_header[c.rows]
    dense = nl.held_name(dense, bare, nl.writes_name(pairs, (p.text for p in paras)), named_rows, docs, lead)
    sent_docs = np.repeat(docs, c.counts)
    sent_cos = nl.held_name(sent_cos, bare_cos, nl.writes_name(pairs, (s for p in paras for s in p.sentences)),
                            np.repeat(named_rows, c.counts), sent_docs, lead)
    return dense, sent_cos
