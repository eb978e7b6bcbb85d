"""Several answers to one question: the engine's answer, then what the next passages say.

Inline mode offers up to three results; each must answer on its own, so a passage ranked
below the first only becomes a result when the refusal model, given that passage's own
signals, says it answers the question.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from reportbot.index.answering.choose import extract
from reportbot.index.answering.engine import Answer, Engine
from reportbot.index.answering.evidence import pick_sentence
from reportbot.index.answering.refusal import answers
from reportbot.index.answering.spans import MAX_ANSWER_CHARS
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.search import Hit, SearchResult


@dataclass(frozen=True)
class Alternatives:
    """When a lower-ranked passage is offered as an answer of its own.

    Attributes:
        coverage_share: it must hold at least this share of what the first passage holds of the
            question (idf-weighted coverage). Set by hand on the seed: passages about something
            else (another figure in the same section) hold half as much or less; a look-alike
            report's passage holds as much.
    """

    coverage_share: float = 0.8


ALTERNATIVES = Alternatives()


def _from_hit(engine: Engine, first: Answer, q: Query, hit: Hit, rules: Alternatives = ALTERNATIVES
              ) -> Answer | None:
    """The answer ``hit`` alone gives, or None when it does not answer."""
    if not hit.paragraph.sentences or hit.paragraph.is_header:
        return None
    if first.top is not None and hit.coverage < rules.coverage_share * first.top.coverage:
        return None
    dense = first.signals.dense if first.signals else 0.0
    sentence = hit.paragraph.sentences[pick_sentence(SearchResult(q, [hit], 0.0, dense), hit)]
    span = extract(q, sentence, {t: engine.index.sent_bm25.idf(t) for t in q.terms})
    coverage = hit.coverage * (q.coverage_possible if q.lang == "en" else 1.0)
    signals = engine.signals(q, hit, coverage, dense, sentence, span)
    if span is None or not span.text or len(span.text) > MAX_ANSWER_CHARS or not answers(signals):
        return None
    if q.kind == "count" and not any(c.isdigit() for c in span.text):
        return None  # a clause where a figure was asked for: that passage does not answer
    return replace(first, answer=span.text, evidence=sentence, span=span, hits=[hit], signals=signals)


def several_answers(engine: Engine, first: Answer, limit: int = 3) -> list[Answer]:
    """Up to ``limit`` answers: ``first`` (the engine's), then one per further passage that answers.

    A refusal comes back alone, as does an answer about the document itself (title,
    author); an answer repeating an earlier one's text is left out.
    """
    if first.abstained or first.kind in ("title", "author"):
        return [first]
    q = engine.searcher.analyse(first.question)
    out = [first]
    for hit in first.hits[1:]:
        if len(out) >= limit:
            break
        alt = _from_hit(engine, first, q, hit)
        if alt is not None and all(alt.answer != a.answer for a in out):
            out.append(alt)
    return out
