"""The named signals a refusal is decided from, measured on the question, its evidence and its answer.

Coverage alone (how much of the question the best passage holds) cannot see a question whose
year, place or named thing the documents never mention, nor a count question whose evidence
holds no figure for the thing it counts. Each signal here is one number in [0, 1] (the dense
score aside); :mod:`.refusal` weighs them with a fitted logistic model.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from reportbot.index.answering.align import QWORD_ZH, alignment, wants_list
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span, question_unit
from reportbot.index.retrieval.query import Query

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a figure answer: the figure first (after a qualifier), a short tail (unit, counted noun)
_FIGURE = re.compile(r"^\D{0,3}(\d|[一二两三四五六七八九十百千]+[个名项次支家所位人场万亿])")
_QUOTED = re.compile(r"[“\"「『《']([^”\"」』》']{1,30})[”\"」』》']")
_PLACE_END = re.compile(r"[省市县区州镇乡村]|[A-Z][a-z]+")
_NAMED_TAGS = ("ns", "nt")  # places and bodies; jieba's person tag fires on common words (荣誉, 博爱)


@dataclass(frozen=True)
class Shapes:
    """What a typed answer looks like; set by reading answers in the seed, not fitted."""

    figure_chars: int = 16    # a figure with its qualifier, unit and counted noun is no longer
    who_chars: int = 16       # a name, role or body is no longer
    clause_alignment: float = 0.5  # a clause answers fully when its sentence holds this share of the question


@dataclass(frozen=True)
class Signals:
    """What the refusal model sees (names are the model file's feature names)."""

    coverage: float      # idf-weighted share of a Chinese question's words in the top passage (0 for English)
    coverage_en: float   # the same for an English question, times the share of its words with a corpus counterpart
    dense: float         # best e5 cosine between the question and a candidate passage
    alignment: float     # share of the question the evidence sentence holds (characters in pieces; English: groups)
    constraints: float   # share of the question's named constraints (years, quoted terms, names) found
    typed: float         # the answer is of the kind asked for (a figure for a count, a year for when)
    known: float         # share of the question's words the corpus uses anywhere (English: has a counterpart for)
    english: float       # 1 for an English question (its coverage runs through the bridge)

    def vector(self) -> list[float]:
        return list(asdict(self).values())


FEATURES = tuple(Signals.__dataclass_fields__)


SHAPES = Shapes()


def _named_zh(text: str) -> list[str]:
    """Places and organisations jieba tags in a Chinese question (two characters or more)."""
    import jieba.posseg  # 0.3 s to import; loaded once, when the first Chinese question comes

    return [w for w, flag in jieba.posseg.cut(text) if flag in _NAMED_TAGS and len(w) >= 2]


def constraint_words(q: Query) -> list[str]:
    """The named things a question is restricted to: years, quoted terms, places, people and bodies."""
    out = _YEAR.findall(q.text)
    out += [m.strip() for m in _QUOTED.findall(q.text) if q.lang == "zh" or not m.isascii()]
    if q.lang == "zh":
        out += _named_zh(q.text)
    else:
        # a capitalised word the corpus has no counterpart for: a place or body it never mentions
        bare = _QUOTED.sub(" ", q.raw)  # a quoted title is set in capitals too
        out += [u for u in q.unmatched if re.search(rf"(?<=\S )\b{re.escape(u.capitalize())}\b", bare)]
    return [w for w in out if w]


def constraints_found(q: Query, context: str) -> float:
    """Share of the question's constraint words that the evidence's context (passage, title, section) holds.

    An English name the bridge found no corpus word for is missing wherever the evidence is.
    """
    words = constraint_words(q)
    if not words:
        return 1.0
    unmatched = set(q.unmatched)
    lowered = context.lower()
    return sum(w not in unmatched and (_holds(context, w) or _holds_translated(q, w, lowered))
               for w in words) / len(words)


def _holds_translated(q: Query, word: str, lowered: str) -> bool:
    """A Chinese constraint word whose English rendering (the bridge's, in the question's groups) the
    English context says (急救手册 in a "First Aid Field Manual")."""
    if q.lang != "zh" or not lowered.isascii() and sum(c.isascii() for c in lowered) < len(lowered) / 2:
        return False
    alternatives = [t for g in q.groups if word in g for t in g if t.isascii() and len(t) >= 3]
    return any(re.search(rf"\b{re.escape(t)}", lowered) for t in alternatives)


def _holds(context: str, word: str) -> bool:
    """The context says the word, or all of a Chinese word in pieces (“一核两翼” in 一核（党建引领）两翼)."""
    if word in context:
        return True
    return len(word) >= 4 and any("\u4e00" <= c <= "\u9fff" for c in word) and alignment(word, context) >= 1.0


def typed_ok(q: Query, span: Span | None, align: float = 1.0, shapes: Shapes = SHAPES) -> float:
    """1 when the answer is of the kind asked for and says something the question does not.

    A figure for a count (of the asked measure), a year for when, a place for where, a short name or
    role for who; a clause as far as its sentence holds the question.
    """
    if span is None or span.text.strip("“”《》「」 ") in q.text:
        return 0.0  # no answer, or one that only repeats the question
    text = span.text
    if q.lang == "zh" and q.kind == "other" and not QWORD_ZH.search(q.text):
        return 0.0  # no question word at all: a request, not a question about the documents
    if wants_list(q.text, q.lang):
        return 1.0  # 哪几个 asks for the items, not their number
    if q.kind == "count":
        english = span.source == "figure" and not re.search(r"[\u4e00-\u9fff]", text)  # "every 2–3 hours", whole
        figure = english or (_FIGURE.search(text) and len(text) <= shapes.figure_chars)
        if not figure:
            return 0.0  # a clause, not a figure: the evidence counts something else
        return 0.5 if _other_measure(question_unit(q), text) else 1.0
    if q.kind == "when":
        return 1.0 if re.search(r"\d|年|月|每", text) else 0.0
    if q.kind == "where":
        return 1.0 if _PLACE_END.search(text) else 0.5
    if q.kind == "who":
        return 1.0 if len(text) <= shapes.who_chars and span.source != "clause" else 0.5
    if span.source == "slot" and span.strength < 1.0:
        return span.strength  # a slot found from one weak neighbour
    if span.source == "clause":  # nothing shorter fitted: the clause answers as far as its sentence is the question's
        return min(1.0, align / shapes.clause_alignment)
    return 1.0


_MEASURES = ({"人", "名", "位", "人次", "余人", "万人", "多人"}, {"元"}, {"次", "场次", "场"}, {"%"},
             {"年", "月", "天", "小时", "分钟"})


def _other_measure(unit: str | None, text: str) -> bool:
    """The answer measures something else than the question asks (人 asked, 元 found)."""
    asked = next((m for m in _MEASURES if unit in m), None)
    if asked is None:
        return False
    found = [m for m in _MEASURES if any(u in text for u in m)]
    return bool(found) and asked not in found


def english_alignment(q: Query, sentence: str) -> float:
    """Share of an English question's translated groups with a word in the sentence."""
    groups = [g for g in q.groups if any(not t.isascii() for t in g)]
    if not groups:
        return 0.0
    lowered = sentence.lower()
    return sum(any(t in lowered for t in g) for g in groups) / len(groups)


def sentence_alignment(q: Query, sentence: str) -> float:
    """How much of the question the sentence holds: characters in pieces for Chinese over Chinese, else the
    share of the question's word groups (with their translations) that the sentence has a word of."""
    if q.lang == "en":
        return english_alignment(q, sentence)
    if not is_english(sentence):
        return alignment(q.text, sentence)
    groups = [g for g in q.groups if any(t.isascii() and t[:1].isalpha() for t in g)]
    lowered = sentence.lower()
    return sum(any(t in lowered for t in g if t.isascii()) for g in groups) / len(groups) if groups else 0.0


def known_share(q: Query, vocab) -> float:
    """Share of a question's words the corpus uses anywhere; for English, those with a corpus counterpart.

    A question about things the documents never mention (天气, 会长) has words no document uses.
    """
    if q.lang == "en":
        return q.coverage_possible
    words = [g for g in q.groups if max(map(len, g), default=0) >= 2]
    if not words:
        return 0.0
    return sum(any(t in vocab for t in g) for g in words) / len(words)


def measure(q: Query, coverage: float, dense: float, sentence: str, context: str, span: Span | None,
            known: float = 1.0) -> Signals:
    """The signals of one answer."""
    align = alignment(q.text, sentence) if q.lang == "zh" else english_alignment(q, sentence)
    en = q.lang == "en"
    return Signals(coverage=0.0 if en else coverage, coverage_en=coverage if en else 0.0, dense=dense,
                   alignment=align, constraints=constraints_found(q, context), typed=typed_ok(q, span, align),
                   known=known, english=1.0 if en else 0.0)
