"""Which sentence of the best passage is quoted as evidence, and the answer in it (moved from engine.py).

The passage's sentences are ranked by their search score plus the bonuses of :class:`SentenceChoice`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportbot.index.answering.align import wants_list
from reportbot.index.answering.asked import EMAIL, addressees_only, asked_number, asks_yes_no
from reportbot.index.answering.choose import extract
from reportbot.index.answering.dates import asks_end, closes_range
from reportbot.index.answering.figures_en import counted_noun, holds_count_of
from reportbot.index.answering.figures_zh import UNIT_ZH
from reportbot.index.answering.frequency import asks_frequency, says_period
from reportbot.index.answering.levels import asks_level, holds_level
from reportbot.index.answering.phones import holds_phone, is_phone
from reportbot.index.answering.place_row import place_row
from reportbot.index.answering.sentence_share import (
    label_share,
    list_label,
    says_lesser,
    says_negated,
    sentence_alignment,
    states_absence,
)
from reportbot.index.answering.shape import MONTH_EN
from reportbot.index.answering.spans import Span
from reportbot.index.answering.structure import field_value
from reportbot.index.answering.totals_asked import marks_total
from reportbot.index.answering.unit_dimensions import asked_dimensions, holds_dimension
from reportbot.index.answering.units import HOW_MANY_ZH, question_unit
from reportbot.index.answering.wanted import asks_quantity, field_kind
from reportbot.index.retrieval.dates import WEEKDAY_EN
from reportbot.index.retrieval.months import MonthsNamed, months_asked
from reportbot.index.retrieval.numerals import NUMERAL_ZH, ZH_FIGURE
from reportbot.index.retrieval.query import chinese_numeral
from reportbot.index.retrieval.search import Hit, SearchResult

# a figure in digits or in Chinese numerals with its measure word (每年不得少于八小时), not an article's label (第七条)
_HAS_NUMBER = re.compile(rf"\d|(?<!第){ZH_FIGURE}")
_FIGURE_START = rf"(?:\d|[{NUMERAL_ZH}])"  # the last character of a figure before its unit (8小时, 八小时)
_HAS_QUOTE = re.compile(r"[“《「]")
_HAS_DATE = re.compile(rf"\d{{1,2}}月\d{{1,2}}日|\d{{4}}年\d{{1,2}}月|\d{{4}}-\d{{2}}-\d{{2}}|"
                       rf"\b\d{{1,2}} {MONTH_EN}|{MONTH_EN} \d{{1,2}}\b")
_ASKS = re.compile(r"[?？]\s*$|^(?:Q|问)\s*[:：.]", re.I)  # a sentence that asks: a FAQ's question
# an enumeration: 、, back-to-back quotes, 从…到…, or English items before and / or (butter, toothpaste or soy sauce)
_HAS_LIST = re.compile(r"、|”“|》《|从.{1,30}到|\b\w+, (?:[\w-]+ ){0,3}(?:and|or) \w")


@dataclass(frozen=True)
class SentenceChoice:
    """Which sentence of the best passage is quoted: its search score plus these. Set by hand on seed_tune."""

    figure_bonus: float = 0.05    # a count question: the sentence holds a figure
    unit_bonus: float = 0.1       # a count question naming its measure (支, teams -> 支): a figure of that measure
    quote_bonus: float = 0.02     # a what question: the sentence holds a quoted name
    date_bonus: float = 0.1       # a when question: the sentence holds a date (2023年3月, 12 October 2024)
    range_bonus: float = 0.1      # a when question asking an end (close, 截止): a period's closing date (5日至12日)
    # an English count question: a figure of the very noun it counts ("Give 30 compressions" for how many
    # compressions), on top of unit_bonus: another figure beside a question word ("2 rescue breaths") counts another
    # thing; set by hand on the library tune halves' English questions
    counted_noun_bonus: float = 0.1
    dimension_bonus: float = 0.1  # how long / how deep: a figure in that dimension (4学时, 5–6 cm); as unit_bonus
    list_bonus: float = 0.1       # a list question (哪些, which ones): the sentence holds an enumeration
    total_bonus: float = 0.1      # a total asked (一共, in total): the sentence marks a figure as one (共56学时)
    field_bonus: float = 0.1      # a where/when/who question: the sentence is a form field of that kind (地点：…)
    named_figure_bonus: float = 0.1  # the question names a numbered item (week 7, 第3条): the sentence says it
    align_weight: float = 0.3     # times the share of the question the sentence holds (English: its translated words)
    faq_weight: float = 0.3       # the first statement after a FAQ's question: times the share that question holds
    label_weight: float = 0.1     # a line "label：…": times the share of its label the question says (普通科门诊：…)
    negated_weight: float = -0.15  # a word of the question the sentence says only negated (非会员 for 会员)
    lesser_weight: float = -0.15   # ... only in a lesser role (Vice-Chair for chair, 副主席 for 主席); by hand
    absence_bonus: float = 0.1    # an absence asked (without a shift, 没登录): the sentence says one (未登录); by hand
    typed_margin: float = 0.1     # a sentence this close behind the best wins with a typed answer over its clause
    typed_window: int = 3         # how many of the best sentences are tried


CHOICE = SentenceChoice()


def sentence_features(result: SearchResult, hit: Hit) -> list[tuple[float, bool, dict[str, float]]]:
    """Each sentence of the paragraph: its search score, whether it only leads in (a heading that opens the passage,
    a FAQ's question), and its features, each named by the :class:`SentenceChoice` weight that multiplies it."""
    q = result.query
    unit = question_unit(q) if q.kind == "count" else None
    many = wants_list(q.text, q.lang)
    noun = counted_noun(q) if q.kind == "count" and q.lang == "en" else None
    dimensions = asked_dimensions(q)
    end = q.kind == "when" and asks_end(q)
    named = named_figures(q.text)
    said, path = hit.paragraph.sentences, hit.paragraph.path
    out = []
    for i, (sentence, score) in enumerate(zip(said, hit.sentence_scores)):
        f: dict[str, float] = {}
        if (q.kind == "count" or asks_quantity(q)) and _HAS_NUMBER.search(sentence):
            f["figure_bonus"] = 1.0
            if unit and re.search(_FIGURE_START + "(?:万|亿)?" + re.escape(unit), sentence):
                f["unit_bonus"] = 1.0
            elif noun and holds_count_of(sentence, noun):  # "how many compressions" over "Give 30 compressions"
                f["unit_bonus"] = f["counted_noun_bonus"] = 1.0
        elif q.kind in ("what", "other") and _HAS_QUOTE.search(sentence):
            f["quote_bonus"] = 1.0
        if marks_total(q, sentence):
            f["total_bonus"] = 1.0
        if any(holds_dimension(sentence, d) for d in dimensions):
            f["dimension_bonus"] = 1.0
        if q.kind == "when" and _HAS_DATE.search(sentence):
            f["date_bonus"] = 1.0
            if end and closes_range(sentence):
                f["range_bonus"] = 1.0
        if field_value(field_kind(q), sentence):
            f["field_bonus"] = 1.0
        if many and _HAS_LIST.search(sentence):
            f["list_bonus"] = 1.0
        if any(n.search(sentence) for n in named):
            f["named_figure_bonus"] = 1.0  # refunds after week 7 over 第2周至第6周… and 第7周以后…: the one saying 7
        # an item of a labelled ；-list is read with the list's label, as its first item is (基本套餐…； 全面套餐…)
        read = f"{label}：{sentence}" if (label := list_label(said, i)) else sentence
        if says_negated(q, sentence):
            f["negated_weight"] = 1.0  # 会员 over the rows 本中心会员… and 非会员…: not the row of non-members
        if q.kind == "who" and says_lesser(q, sentence):
            f["lesser_weight"] = 1.0  # chair over the lines "… — Chair" and "… — Vice-Chair": not the vice-chair's
        if states_absence(q, sentence):
            f["absence_bonus"] = 1.0  # 多久没登录会停用 over …5个工作日内办理。连续3个月未登录者…
        f["align_weight"] = sentence_alignment(q, read)
        f["label_weight"] = label_share(q, read)
        if i and _ASKS.search(said[i - 1]):  # a FAQ's answer: as much as its question matches
            f["faq_weight"] = sentence_alignment(q, said[i - 1])
        # a heading that opens the passage (a PDF's) names what the passage is about, and a question the passage
        # asks (a FAQ's "Q: …?") is what its answer answers: the answer is in the statements; a mail's To: line
        # names whom it was sent to, not who did anything
        lead = sentence in path or bool(_ASKS.search(sentence)) or addressees_only(q.kind, q.text, sentence)
        out.append((score, lead, f))
    return out


def rank_features(features: list[tuple[float, bool, dict[str, float]]], c: SentenceChoice | None = None
                  ) -> list[tuple[float, int]]:
    """(score, index) of each sentence, best first: search score plus the weighted features, lead-ins last."""
    c = c or CHOICE
    ranked = [(score + sum(getattr(c, k) * v for k, v in f.items()), i, last)
              for i, (score, last, f) in enumerate(features)]
    return [(s, i) for s, i, _ in sorted(ranked, key=lambda x: (x[2], -x[0], x[1]))]


def rank_sentences(result: SearchResult, hit: Hit, c: SentenceChoice | None = None) -> list[tuple[float, int]]:
    """The paragraph's sentences by search score plus the bonuses of :class:`SentenceChoice`, best first."""
    return rank_features(sentence_features(result, hit), c)


def pick_sentence(result: SearchResult, hit: Hit, c: SentenceChoice | None = None) -> int:
    """Index of the best-ranked sentence (kept for callers that extract themselves; see ``evidence``)."""
    return rank_sentences(result, hit, c)[0][1]


def evidence(result: SearchResult, hit: Hit, idf_of: Callable[[str], float], c: SentenceChoice | None = None
             ) -> tuple[str, Span]:
    """The sentence that holds the answer, and the answer: the best-ranked sentence, unless one close
    behind it holds an answer of the asked kind where the best holds only a clause or the question's own words.
    A question that asks for a contact (an e-mail address, a phone number) is answered from the best-ranked
    sentence that holds one, however far behind: a sentence without one cannot answer it; one that asks for a
    figure (how many, when, how much) takes a typed answer close behind only if it holds a figure."""
    q, c = result.query, c or CHOICE
    idf = {t: idf_of(t) for t in q.terms}
    ranked = rank_sentences(result, hit, c)
    if (row := place_row(result.constraints, hit.paragraph.sentences, ranked[0][1])) is not None:
        ranked = [(ranked[0][0], row)] + [r for r in ranked if r[1] != row]  # 南陵县的服务点 over a caption: its row
    top_score = ranked[0][0]
    first = None
    needed = _needed(q)
    for score, i in ranked[:c.typed_window]:
        sentence = hit.paragraph.sentences[i]
        span = extract(q, sentence, idf)
        if first is None:
            first = (sentence, span)
        useful = span.source != "clause" and not own_words(q.text, span.text)
        if useful and top_score - score <= c.typed_margin and (needed is None or needed.answer(span.text)):
            return sentence, span
    counted = q.kind == "count" and not wants_list(q.text, q.lang)
    if needed is not None and (needed.strict or counted) and (not needed.answer(first[1].text) or counted and (
            question_unit(q) or _measure_asked(q.text)) is not None and not _in_unit(q, first[1].text)):
        # a count whose best sentence gives no figure (it names the question's words, 考核分为…两部分, and counts
        # nothing), or figures in other units only (课程14班 for 课程几钱): the passage's best line that gives one;
        # no figure at all is refused as before
        for _, i in ranked:  # a contact or a share asked: the passage's line that gives one
            sentence = hit.paragraph.sentences[i]
            if not needed.sentence(sentence):
                continue
            span = extract(q, sentence, idf)
            if span.source != "clause" and needed.answer(span.text) and not own_words(q.text, span.text) \
                    and (needed.strict or _in_unit(q, span.text)):
                return sentence, span
    return first


# a numbered item a question names: 第7周, 第3条; "week 7", "article 3" (a number after its noun, no unit after it: a
# figure before its unit, "5 year review", 123支救援队, measures a thing rather than naming one)
# an English ordinal names one too (the 3rd session)
_NAMED_ITEM = re.compile(r"第(\d+)|(?<=[A-Za-z] )(\d+(?:\.\d+)?)(?![\d.])(?!\s*[A-Za-z%])|\b(\d{1,3})(?:st|nd|rd|th)\b")


def named_figures(question: str) -> list[re.Pattern | MonthsNamed]:
    """The numbered items a question names, each as a pattern finding its number whole in a sentence (7 not in 17 or
    2.7), or the ordinal in Chinese numerals that numbers an item (第3期 or "the 3rd session" over a row 第三期 — …);
    a year is left out: a document's sentences date their figures by year whether or not they answer; a month is in,
    in whatever form either side writes it (June over a row 6月 — …, 八月 over "in August")."""
    found = [a or b or c for a, b, c in _NAMED_ITEM.findall(question)]
    found = [f for f in found if not re.fullmatch(r"(?:19|20)\d{2}", f)]
    # a date's month or day (3月16日) numbers no item
    return [re.compile(rf"(?<![\d.]){re.escape(f)}(?![\d]|\.\d|[月日号])" + _in_chinese(f))
            for f in dict.fromkeys(found)] + ([MonthsNamed(months)] if (months := months_asked(question)) else [])


def _in_chinese(figure: str) -> str:
    """The alternative that finds a whole number written as a Chinese ordinal (3 -> 第三, not 第三十)."""
    if not figure.isdigit() or not 0 < int(figure) < 1000:
        return ""
    return rf"|第{chinese_numeral(int(figure))}(?![{NUMERAL_ZH}])"


def _in_unit(q, answer: str) -> bool:
    """The figure is in the unit a count question names (几支 -> 支): a figure of another sentence counts the
    asked thing only then (14个 elsewhere in the passage counts something else)."""
    unit = question_unit(q) or _measure_asked(q.text)
    return unit is not None and re.search(_FIGURE_START + r"\s*[万亿千百]*[余多]?" + re.escape(unit), answer) \
        is not None


_MEASURE_ASKED = re.compile(rf"{HOW_MANY_ZH}({UNIT_ZH})")


def _measure_asked(question: str) -> str | None:
    """The measure word right after a Chinese question word (几分算合格 -> 分, 多少公斤): what the figure is in."""
    m = _MEASURE_ASKED.search(question)
    return m.group(1) if m else None


# a figure: digits, or a Chinese numeral with its unit (五年, 三个) but not an article's label (第七条)
_DIGIT = re.compile(r"\d|(?<!第)[一二两三四五六七八九十百千]+[万亿]?(?:" + UNIT_ZH + ")")


@dataclass(frozen=True)
class Need:
    """What an answer must hold (``answer``), and a sentence to give it (``sentence``); ``strict``: only a sentence
    that holds one can give it (a contact, a share, an amount of money), where a figure may count anything."""

    answer: Callable[[str], bool]
    sentence: Callable[[str], bool]
    strict: bool = False


def _found(pattern: re.Pattern) -> Callable[[str], bool]:
    return lambda text: pattern.search(text) is not None


def _needed(q) -> Need | None:
    """What the answer must hold for the question it answers: an e-mail address, a phone number, a figure."""
    contact = asked_number(q.text).contact
    if contact == "email":
        return Need(_found(EMAIL), _found(EMAIL), True)
    if contact == "phone":
        return Need(is_phone, holds_phone, True)
    if asks_yes_no(q.text):
        return None
    if asks_level(q):  # 几级响应: only a line that gives a grade (IV级, 三级) can say it
        return Need(holds_level, holds_level, True)
    if q.kind == "count" and (unit := question_unit(q)) in _STRICT:
        return Need(_found(_STRICT[unit]), _found(_STRICT[unit]), True)  # 报销比例 over the line with 90%
    if asks_frequency(q):  # how often: a figure, or a period without one (每年, 每月)
        return Need(_figure_or_period, _figure_or_period)
    if q.kind == "when":  # a time: a year, a month, a day or a clock time, not a count (312 active, 9,842 hours)
        return Need(_found(_SAYS_TIME), _found(_SAYS_TIME))
    return Need(_found(_DIGIT), _found(_DIGIT)) if q.kind == "count" or asks_quantity(q) else None


_SAYS_TIME = re.compile(rf"{_HAS_DATE.pattern}|(?<![\d.,])(?:19|20)\d{{2}}(?![\d,])|\d{{1,2}}\s*[月日号点时]|"
                        rf"\d[:：]\d{{2}}|\d\s*[ap]\.?m\b|{MONTH_EN}|{WEEKDAY_EN}", re.I)


# a measure no other figure stands for, and that the passage's other figures seldom give: a share (money is not
# one: a report gives many amounts, and the one the question asks about is no likelier in another sentence)
_STRICT = {"%": re.compile(r"\d\s?(?:%|percent\b)|百分之")}


def _figure_or_period(text: str) -> bool:
    return bool(_DIGIT.search(text) or says_period(text))


def own_words(question: str, answer: str) -> bool:
    """The answer is the question's own words (条件 for 报名有啥条件): it repeats what is asked, answering nothing."""
    answer = answer.strip()
    if not answer:
        return True
    if answer.isascii():
        words = re.findall(r"[a-z0-9]+", answer.lower())
        return bool(words) and all(re.search(rf"\b{w}\b", question.lower()) for w in words)
    return answer in question
