"""Several answers to one question: the engine's answer, then what the next passages say.

Inline mode offers up to three results; each must answer on its own, so a passage
ranked second only becomes a result when it covers the question as well as the
refusal floors ask of the first.
"""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.engine import Answer, Engine
from reportbot.index.answering.refusal import Evidence, answers
from reportbot.index.answering.spans import MAX_ANSWER_CHARS, extract
from reportbot.index.retrieval.search import Hit


def _from_hit(engine: Engine, first: Answer, hit: Hit) -> Answer | None:
    q = engine.searcher.analyse(first.question)
    if not hit.paragraph.sentences or hit.paragraph.is_header:
        return None
    best = max(range(len(hit.paragraph.sentences)), key=lambda i: hit.sentence_scores[i]
               if i < len(hit.sentence_scores) else float("-inf"))
    sentence = hit.paragraph.sentences[best]
    span = extract(q, sentence, {t: engine.index.sent_bm25.idf(t) for t in q.terms})
    dense = first.evidence_features.dense if first.evidence_features else 0.0
    features = Evidence(hit.coverage, dense, q.lang, q.coverage_possible)
    if span is None or not span.text or len(span.text) > MAX_ANSWER_CHARS or not answers(features):
        return None
    if q.kind == "count" and not any(c.isdigit() for c in span.text):
        return None  # a clause where a figure was asked for: that passage does not answer
    return replace(first, answer=span.text, evidence=sentence, span=span, hits=[hit], evidence_features=features)


def several_answers(engine: Engine, first: Answer, limit: int = 3) -> list[Answer]:
    """Up to ``limit`` answers: ``first`` (the engine's), then one per further passage that answers.

    A refusal comes back alone; an answer repeating an earlier one's text is left out.
    """
    if first.abstained or first.kind in ("title", "author"):
        return [first]  # a document has one title and one author line
    out = [first]
    for hit in first.hits[1:]:
        if len(out) >= limit:
            break
        alt = _from_hit(engine, first, hit)
        if alt is not None and all(alt.answer != a.answer for a in out):
            out.append(alt)
    return out
