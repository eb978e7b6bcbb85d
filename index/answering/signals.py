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

from reportbot.index.answering.align import QWORD_ZH, alignment, wants_list
from reportbot.index.answering.asked import ends_in_contact
from reportbot.index.answering.counts import counts_asked
from reportbot.index.answering.entities import names_no_one
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.held import has_word, naming_held, word_forms
from reportbot.index.answering.near import answer_near, nouns_placed
from reportbot.index.answering.shape import ASKS_NAME, MONTH_EN, asks_date
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import FIGURE_FIRST  # a figure answer: the figure first, a short tail
from reportbot.index.answering.units import named_unit, other_measure, person_times_asked, question_unit
from reportbot.index.answering.unsaid import said_signal
from reportbot.index.answering.venue import venue_end
from reportbot.index.retrieval.context import jieba_places, romanised_places
from reportbot.index.retrieval.numerals import NUMERAL_ZH, figure_value
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import words as tagged_words

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WHOLE_QUOTE = re.compile(r"“[^”“]{2,40}”|《[^》《]{2,40}》|「[^」「]{2,40}」")
_QUOTED = re.compile(r"[“\"「『《']([^”\"」』》']{1,30})[”\"」』》']")
_PLACE_END = re.compile(r"[省市县区州镇乡村]|[A-Z][a-z]+")
# question words beyond the slot-finding ones: how long / deep / far, yes-no questions (吗, 是否 (the question reads an
# A-not-A verb so: 开不开, 系唔系), A-not-A, 有冇), Cantonese ones (咩 what, 边个 who, 边度 where) and colloquial 干嘛
_ASKS_ZH = re.compile(r"多[久长深远高重大宽]|[吗呢][？?]?$|是否|([\u4e00-\u9fff])[不没冇唔]\1|有冇|咩|乜|"
                      r"边[个度啲位]|干嘛")
# a clause answers no question asking for a name or a date (shape.ASKS_NAME, shape.asks_date): a name in Chinese
# text is short or quoted, in English text it may be long (First Aid Training Course); a date holds a figure
_DATE_FIGURE = re.compile(r"\d|[一二三四五六七八九十]+\s*[月日号点时]")
# a date or a time of day: a year, a month or day, a clock time, a recurrence (每年3月), a fiscal year (年度)
_DATE_SHAPE = re.compile(rf"(?<![\d-])(?:19|20)\d{{2}}(?![\d-])|(?<![\d-])\d{{1,2}}\s*[月日号点时]|"
                         rf"[一二三四五六七八九十]+[月日号]|{MONTH_EN}|(?<!\d)\d{{1,2}}[:：]\d{{2}}(?!\d)|"
                         rf"每|年度|\d\s*(?:am|pm)\b", re.I)
_ONLY_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[省市县区]")
# bodies by jieba's tag; places only when they are administrative names (jieba tags 深度, 普及 as places too);
# jieba's person tag fires on common words (荣誉, 博爱)
_BODY_TAG, _PLACE_TAG = "nt", "ns"


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
    alignment: float     # share of the question the evidence sentence or its document's context holds (either language)
    constraints: float   # share of the question's named constraints (years, quoted terms, places, bodies) found
    typed: float         # the answer is of the kind asked for (a figure for a count, a year for when)
    known: float         # share of the question's words the corpus uses anywhere (English: has a counterpart for)
    english: float       # 1 for an English question (its coverage runs through the bridge)
    document: float      # share of the question's words naming a document (title, date, headings) the evidence's holds
    measure: float = 1.0  # 0 when the answer is a duration or money the question does not ask for
    structure: float = 1.0  # 0 when the question names a page and the evidence's document has no pages
    qualifier: float = 1.0  # 0 when the evidence qualifies the asked thing otherwise (一星 where 六星 was asked)
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


SHAPES = Shapes()


def _named_zh(text: str) -> list[str]:
    """Administrative places and the bodies jieba tags in a Chinese question (two characters or more)."""
    places = jieba_places()
    return [w for w, flag in tagged_words(text)
            if len(w) >= 2 and (flag == _BODY_TAG or (flag == _PLACE_TAG and w in places))]


def _known_place(text: str) -> bool:
    """An administrative place jieba knows, written without its suffix as provinces often are (河南: 河南省)."""
    places = jieba_places()
    return text in places or any(text + suffix in places for suffix in "省市县区")


def _romanised_place(word: str) -> bool:
    return re.sub(r"'s$", "", word.lower()) in romanised_places()


_ASKING = re.compile(r"几|多少|什么|啥|哪|谁")


def constraint_words(q: Query) -> list[str]:
    """The named things a question is restricted to: years, quoted terms, places, people and bodies."""
    out = _YEAR.findall(q.text)
    # a quoted pattern with a question word in it (“1+1+几”) asks for the term, it names none
    out += [m.strip() for m in _QUOTED.findall(q.text) if (q.lang == "zh" or not m.isascii()) and not _ASKING.search(m)]
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


def typed_ok(q: Query, span: Span | None, align: float = 1.0, shapes: Shapes = SHAPES,
             usual: str | None = None, sentence: str = "") -> float:
    """1 when the answer is of the kind asked for and says something the question does not.

    A figure for a count (of the asked measure), a year for when, a place for where, a short name or
    role for who; a clause as far as its sentence holds the question. A count that names no measure
    (多少捐款, how much … in donations) asks for the ``usual`` one: the unit the documents give its thing.
    """
    if span is not None and span.source == "faq" and span.text.strip():
        return 1.0  # the document asks the question itself (answering.faq): what follows answers it, yes or no too
    if span is None or span.text.strip("“”《》「」 ") in q.text or _translates_question(q, span.text) \
            or not re.search(r"\w", span.text):
        return 0.0  # no answer, one of punctuation alone, or one that only repeats the question (or its translation)
    text = span.text
    if q.lang == "zh" and q.kind == "other" and not (QWORD_ZH.search(q.text) or _ASKS_ZH.search(q.text)
                                                     or ends_in_contact(q.text)):
        # no question word at all, nor a contact named (…的联系电话): a request, not a question about the documents
        return 0.0
    if wants_list(q.text, q.lang):
        return 1.0  # 哪几个 asks for the items, not their number
    if q.kind == "count":
        english = span.source == "figure" and not re.search(r"[\u4e00-\u9fff]", text)  # "every 2–3 hours", whole
        figure = english or (FIGURE_FIRST.search(text) and len(text) <= shapes.figure_chars)
        if not figure or _repeats_figure(q.text, text):
            return 0.0  # a clause, not a figure: the evidence counts something else; or the question's own figure
        unit = named_unit(q.text) or question_unit(q) or usual  # 几个小时 asks for hours, not for 个
        if unit == "个" and not other_measure("名", text):
            return 1.0  # 个 is the general classifier: 几个 counts people too
        return 0.5 if other_measure(unit, text) and not person_times_asked(q, unit, text) else 1.0
    if q.kind == "when":
        return 1.0 if _DATE_SHAPE.search(text) else 0.0  # a date or a time, not any figure (10万人次, 0574-…)
    if q.kind == "where":
        return 1.0 if _PLACE_END.search(text) or venue_end(text.strip("“”")) or _known_place(text) else 0.5
    if q.kind == "who":
        if _WHOLE_QUOTE.fullmatch(text.strip()) and ASKS_NAME.search(q.text):
            return 1.0  # a name asked (全名叫啥) and one whole quoted name given: a title is long, and a name still
        if _ONLY_PLACE.fullmatch(text.strip("“”")) or (span.source == "slot" and len(text) > shapes.who_chars) \
                or (span.source != "clause" and sentence and names_no_one(span, sentence)):
            return 0.0  # a place, a long stretch between the question's neighbours, a piece of a clause: no one
        return 1.0 if len(text) <= shapes.who_chars and span.source != "clause" else 0.5
    if span.source == "clause" and (ASKS_NAME.search(q.text) and len(text) > shapes.who_chars
                                    and not _names_anew(q, text) and not is_english(text)
                                    or asks_date(q.text) and not _DATE_FIGURE.search(text)):
        return 0.0
    if span.source == "slot" and span.strength < 1.0 and not (_WHOLE_QUOTE.fullmatch(text.strip())
                                                             and ASKS_NAME.search(q.text)):
        return span.strength  # a slot found from one weak neighbour; one whole quoted name is a name whatever found it
    if span.source == "clause":  # nothing shorter fitted: the clause answers as far as its sentence is the question's
        return min(1.0, align / shapes.clause_alignment)
    return 1.0


def _names_anew(q: Query, text: str) -> bool:
    """The text quotes a name the question does not already say (a clause that names something)."""
    return any(m.strip() not in q.text for m in _QUOTED.findall(text))


def _translates_question(q: Query, text: str) -> bool:
    """An English question's answer whose Chinese is all the question's own words in translation
    ("the digital red cross" answered “数字红会”): it names what was asked about, not an answer. A word is the
    question's own only in the bridge's strongest readings of it: a weaker one is a guess among others, and an
    answer that is such a guess names something the question did not."""
    chinese = re.sub(r"[^\u4e00-\u9fff]", "", text)
    if q.lang != "en" or len(chinese) < 2 or re.search(r"\d", text):
        return False
    said = "\n".join(t for g in q.groups for t, w in g.items() if not t.isascii() and w >= max(g.values()))
    return alignment(chinese, said, min_piece=2) >= 1.0


def _repeats_figure(question: str, answer: str) -> bool:
    """The answer's figure is one the question itself gives (五年 for "over the 5 years"), read as a value."""
    m = re.match(rf"\D{{0,3}}?(\d|[{NUMERAL_ZH}])", answer)
    value = figure_value(answer[m.start(1):]) if m else None  # 五年, 5年, 3,200元 alike (:mod:`.numerals`)
    said = re.findall(r"\d[\d,]*(?:\.\d+)?[万亿]?", question)
    return value is not None and any(figure_value(n) == value for n in said)


def groups_held(q: Query, sentence: str, context: str = "") -> float:
    """Share of the question's words (groups) the sentence or its document's context holds, in either language.

    A Chinese question's groups carry their English forms where the corpus has English text, and an English
    question's its Chinese translations; an English question's share is taken in the sentence's language.
    The words that name the document (its title, date, heading path) are said once by its context,
    not in the sentence, so the context counts for them.
    """
    groups = [g for g in q.groups if max(map(len, g), default=0) >= 2]
    text = word_forms(f"{sentence}\n{context}")
    if q.lang == "en":
        chinese = [g for g in groups if any(not t.isascii() for t in g)]
        groups = chinese if not is_english(sentence) else [g for g in groups if g not in chinese]
    if not groups:
        return 0.0
    return sum(any(has_word(t, text) for t in g) for g in groups) / len(groups)


def measure(q: Query, coverage: float, dense: float, sentence: str, context: str, span: Span | None,
            known: float = 1.0, passage: str = "", names_document: Callable[[str], bool] | None = None,
            usual: str | None = None, document_text: str = "") -> Signals:
    """The signals of one answer.

    Args:
        context: the evidence's document context (title, date, heading path).
        passage: the evidence's whole passage.
        names_document: whether a keyword term names some documents (is in their context), not all.
        usual: the unit the documents give the thing a count question asks about (:func:`usual_unit`).
        document_text: everything the evidence's document says (its passages and their contexts); empty: not weighed
            (an English question, or Chinese evidence of an English document, which says its nouns in English).
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
                   said=said_signal(q, f"{document_text}\n{context}") if document_text else 1.0, near=near,
                   placed=placed, counts=counts_asked(q, sentence, span, context))


def _held_by(q: Query, sentence: str) -> Callable[[str], float]:
    """The share of the question a piece of the sentence holds: Chinese characters in pieces over Chinese text,
    else the question's word groups (with their translations)."""
    if q.lang == "zh" and not is_english(sentence):
        return lambda text: alignment(q.text, text)
    return lambda text: groups_held(q, text)
