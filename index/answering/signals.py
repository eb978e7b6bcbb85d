"""The named signals a refusal is decided from, measured on the question, its evidence and its answer.

Coverage alone (how much of the question the best passage holds) cannot see a question whose
year, place or named thing the documents never mention, nor a count question whose evidence
holds no figure for the thing it counts. Each signal here is one number in [0, 1] (the dense
score aside); :mod:`.refusal` weighs them with a fitted logistic model.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from reportbot.index.answering.align import alignment
from reportbot.index.answering.counts import counts_asked
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.held import has_word, naming_held, word_forms
from reportbot.index.answering.near import answer_near, nouns_placed
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import QUOTED, typed_ok
from reportbot.index.answering.unsaid import Vectors, said_signal
from reportbot.index.retrieval.fiscal_years import years_ended_in
from reportbot.index.retrieval.place_names import jieba_places, romanised_places
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import words as tagged_words

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# bodies by jieba's tag; places only when they are administrative names (jieba tags 深度, 普及 as places too);
# jieba's person tag fires on common words (荣誉, 博爱)
_BODY_TAG, _PLACE_TAG = "nt", "ns"


@dataclass(frozen=True)
class Signals:
    """What the refusal model sees (names are the model file's feature names)."""

    coverage: float      # idf-weighted share of a Chinese question's words in the top passage (0 for English)
    coverage_en: float   # the same for an English question, times the share of its words with a corpus counterpart
    dense: float         # best e5 cosine between the question and a candidate passage
    alignment: float     # share of the question the evidence sentence or its document's context holds (either language)
    constraints: float   # share of the question's named constraints (years, quoted terms, places, bodies) found
    typed: float         # the answer is of the kind asked for (a figure for a count, a year for when)
    known: float         # share of the question's words the corpus uses anywhere (English: has a counterpart for)
    english: float       # 1 for an English question (its coverage runs through the bridge)
    document: float      # share of the question's words naming a document (title, date, headings) the evidence's holds
    measure: float = 1.0  # 0 when the answer is a duration or money the question does not ask for
    structure: float = 1.0  # 0 when the question names a page and the evidence's document has no pages
    qualifier: float = 1.0  # 0 when the evidence qualifies the asked thing otherwise (一级 where 二级 was asked)
    said: float = 1.0     # 0 when the evidence's document never says a noun the question names its thing by (unsaid.py)
    near: float = 1.0     # share of what the sentence holds of the question that the answer's clause holds (near.py)
    # (1 for a row's name, which answers for all its cells)
    placed: float = 1.0   # 0 when the question's nouns the sentence says all stand outside the answer's clause
    counts: float = 1.0   # 0 when no word of a count question's asked noun is in the figure's phrase (counts.py)
    shape: float = 1.0    # 0 when a phone, e-mail, money or date is asked and the answer holds none (shape.py)
    own_dense: float = 1.0  # 1 less how far the top passage's e5 cosine falls below the best candidate's
    # the evidence sentence's search score (its cosine and share of the keyword ideal); by default a typical
    # sentence's (the tune halves' mean, 0.68 when fitted in the fourteenth round), so it weighs nothing unless given
    sentence_score: float = 0.68

    def vector(self) -> list[float]:
        return list(asdict(self).values())


FEATURES = tuple(Signals.__dataclass_fields__)


def _named_zh(text: str) -> list[str]:
    """Administrative places and the bodies jieba tags in a Chinese question (two characters or more)."""
    places = jieba_places()
    return [w for w, flag in tagged_words(text)
            if len(w) >= 2 and (flag == _BODY_TAG or (flag == _PLACE_TAG and w in places))]


def _romanised_place(word: str) -> bool:
    return re.sub(r"'s$", "", word.lower()) in romanised_places()


_ASKING = re.compile(r"几|多少|什么|啥|哪|谁")


def constraint_words(q: Query) -> list[str]:
    """The named things a question is restricted to: years, quoted terms, places, people and bodies."""
    out = _YEAR.findall(q.text)
    # a quoted pattern with a question word in it (“1+1+几”) asks for the term, it names none
    out += [m.strip() for m in QUOTED.findall(q.text) if (q.lang == "zh" or not m.isascii()) and not _ASKING.search(m)]
    if q.lang == "zh":
        out += _named_zh(q.text)
    else:
        # a word the corpus has no counterpart for that romanises a place (Guangdong, shandong: questions are
        # typed in lower case too): a place no document mentions. Other such words (Congress, Bo'ai) are as
        # often a name the bridge missed.
        out += [u for u in q.unmatched if len(u) >= 4 and _romanised_place(u)]
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
    ended = years_ended_in(q.text, lowered)  # 2024-25 asked of a return for the year ended 31 March 2025
    return sum(w not in unmatched and (_holds(context, w) or w in ended or _holds_translated(q, w, lowered))
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


def groups_held(q: Query, sentence: str, context: str = "", min_chinese: int = 1) -> float:
    """Share of the question's words (groups) the sentence or its document's context holds, in either language.

    A Chinese question's groups carry their English forms where the corpus has English text, and an English
    question's its Chinese translations; an English question's share is taken in the sentence's language.
    The words that name the document (its title, date, heading path) are said once by its context,
    not in the sentence, so the context counts for them. ``min_chinese``: a Chinese word holds its group only when
    it has this many characters (a lone character the bridge gives a word, 共 of "total", stands inside other words:
    公共).
    """
    groups = [g for g in q.groups if max(map(len, g), default=0) >= 2]
    text = word_forms(f"{sentence}\n{context}")
    if q.lang == "en":
        chinese = [g for g in groups if any(not t.isascii() for t in g)]
        groups = chinese if not is_english(sentence) else [g for g in groups if g not in chinese]
    if not groups:
        return 0.0
    return sum(any(has_word(t, text) for t in g if t.isascii() or len(t) >= min_chinese) for g in groups) / len(groups)


def measure(q: Query, coverage: float, dense: float, sentence: str, context: str, span: Span | None,
            known: float = 1.0, passage: str = "", names_document: Callable[[str], bool] | None = None,
            usual: str | None = None, document_text: str = "", vectors: Vectors | None = None) -> Signals:
    """The signals of one answer.

    Args:
        context: the evidence's document context (title, date, heading path).
        passage: the evidence's whole passage.
        names_document: whether a keyword term names some documents (is in their context), not all.
        usual: the unit the documents give the thing a count question asks about (:func:`usual_unit`).
        document_text: everything the evidence's document says (its passages and their contexts); empty: not weighed
            (an English question, or Chinese evidence of an English document, which says its nouns in English).
        vectors: the embedder's question encoder, for a noun the document never says that the passage may write
            in another form (:func:`.unsaid.said_nearby`); None: not read.
    """
    held = groups_held(q, sentence, context)
    align = max(alignment(q.text, f"{sentence}\n{context}"), held) if q.lang == "zh" else held
    en = q.lang == "en"
    around = f"{passage}\n{context}"
    document = naming_held(q, around, names_document) if names_document else 1.0
    near = 1.0 if span is None or span.source in ("page", "header", "row") else \
        answer_near(sentence, span.start, span.end, _held_by(q, sentence))
    placed = 1.0 if span is None or span.source in ("page", "header") else \
        nouns_placed(q, sentence, span.start, span.end, context)
    return Signals(coverage=0.0 if en else coverage, coverage_en=coverage if en else 0.0, dense=dense,
                   alignment=align, constraints=constraints_found(q, around),
                   typed=typed_ok(q, span, align, usual=usual, sentence=sentence),
                   known=known, english=1.0 if en else 0.0, document=document,
                   said=said_signal(q, f"{document_text}\n{context}", passage, vectors) if document_text else 1.0,
                   near=near,
                   placed=placed, counts=counts_asked(q, sentence, span, context))


def _held_by(q: Query, sentence: str) -> Callable[[str], float]:
    """The share of the question a piece of the sentence holds: Chinese characters in pieces over Chinese text,
    else the question's word groups (with their translations). Over Chinese text an English question's Chinese
    words hold their group only in pieces of two characters or more, as a Chinese question's characters do
    (:func:`.align.alignment`'s ``min_piece``): a lone character the bridge gives a word stands inside other words."""
    chinese = not is_english(sentence)
    if q.lang == "zh" and chinese:
        return lambda text: alignment(q.text, text)
    least = 2 if chinese else 1
    return lambda text: groups_held(q, text, min_chinese=least)
