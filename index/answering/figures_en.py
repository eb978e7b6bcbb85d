"""Short answers in English evidence: figures with their units and ranges, dates, times, phone numbers.

The typed extractors in :mod:`.spans` read Chinese (measure words, 万, 余); an English sentence
writes "every 2–3 hours", "4–6 cm", "15:2", "$4.85 million", "12 October 2024". These are found
whole, then the one nearest the question's words answers. Pure functions over strings.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reportbot.index.answering.counted_verb import verb_done
from reportbot.index.answering.counted_zh_en import counted_zh, names_counted
from reportbot.index.answering.day_asked import asks_day
from reportbot.index.answering.duration_en import duration_end
from reportbot.index.answering.figure_field import FigureField
from reportbot.index.answering.figure_marks import change_amount, in_web_address, item_label, not_stated
from reportbot.index.answering.measured_head import measured_head
from reportbot.index.answering.near_terms import NearTerms, covered, ends_at
from reportbot.index.answering.numeric_dates import NUMERIC_DATE
from reportbot.index.answering.phones import PHONE
from reportbot.index.answering.spans import Span, _clauses, _proximity
from reportbot.index.answering.totals_asked import totals_only
from reportbot.index.answering.unit_dimensions import asked_dimensions, of_dimension
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(rf"\b(?:(?:between|from) \d{{1,2}} {MONTH}(?: \d{{4}})? (?:and|to) \d{{1,2}} {MONTH}(?: \d{{4}})?|"
                   rf"between \d{{1,2}} and \d{{1,2}} {MONTH}(?: \d{{4}})?|"  # between 20 November and 8 December
                   rf"\d{{1,2}}\s?(?:–|-|to)\s?\d{{1,2}} {MONTH}(?: \d{{4}})?|"  # 4 to 15 March 2024
                   rf"\d{{1,2}} {MONTH}(?: \d{{4}})?|{MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
                   rf"{MONTH},? \d{{4}})\b|{NUMERIC_DATE.pattern}")  # 12 October 2024, October 12, 2024, September
# 2025, 22/05/2025 (.numeric_dates)
_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?!\d)|\d{1,2}\s?[ap]\.?m\.?"
_TIME = re.compile(rf"\b(?:{_CLOCK})(?:\s?(?:–|-|to)\s?(?:{_CLOCK}))?", re.I)  # 9:30, 3 pm, 8:30 AM to 11:30 AM
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
# a day of the week that recurs (the first Sunday of each month, every Monday, Monday to Saturday): a dateless when
_WEEKDAY = re.compile(rf"\b(?:(?:the )?(?:first|second|third|fourth|last) |every )?{_DAY}"
                      rf"(?: of (?:each|every|the) month)?(?:\s?(?:–|-|to|through)\s?{_DAY})?\b", re.I)
_LEAD = r"(?:(?:about|around|approximately|over|more than|less than|at least|at most|up to|every|for|within|nearly|" \
        r"almost|under|below|above|only)\s+)?"
# HK$300, US$1.2, RMB 500, 1,182 (a comma that a space follows ends the figure: "in 2024, cutting")
_CURRENCY_SIGN = r"(?:(?:HK|US|NT|NZ|A|C|S)?[$€£¥]|RMB ?)"
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUMBER = rf"{_CURRENCY_SIGN}?\s?{_DIGITS}"
# a range's ends are of one kind: an amount of money runs to the same sign (£5 to £10) or, joined by a dash alone,
# to a bare figure (£5–10); "£48,000 to 16 local groups" is a sum and a count. A bare figure may run to a signed one
_RANGE = (rf"(?:(?P<sign>{_CURRENCY_SIGN})\s?{_DIGITS}(?:[–—-]{_DIGITS}|\s?(?:–|—|-|to)\s?(?P=sign)\s?{_DIGITS})?"
          rf"|\s?{_DIGITS}(?:\s?(?:–|—|-|to|:|x|×)\s?{_NUMBER})?)")
# a table's scale in its header, £000 or $'000 (amounts in thousands): a unit, no amount (A$'000's 000 too)
_SCALE = rf"{_CURRENCY_SIGN}\s?'?000(?![\d,.])"
_NOT_UNIT = r"(?!(?:per|until|for|and|or|to|the|a|an|in|on|at|of|is|are|was|were|with|from|by|as|if|when|who|which|" \
            r"that|whose)\b)"
_FIGURE = re.compile(
    rf"(?<![\w$€£¥])(?<!\d/)(?!{_SCALE})(?!(?<=')000(?![\d,.]))(?:between {_NUMBER} and {_NUMBER}|"  # between 18 and 55
    rf"{_LEAD}{_RANGE})"  # a range, a ratio, a size: 2–3, 5 to 7, 15:2, 12 x 8
    r"(?:\s?%"  # a share ends the figure (% is no word: no \b after it)
    r"|(?:\s?(?:percent|million|billion|thousand|k)\b)?"
    rf"(?:(?:\s?{_NOT_UNIT}[a-zA-Z°]+|-(?=[a-z]+\b){_NOT_UNIT}[a-z]+)(?:/[a-zA-Z]+\b)?"  # the unit:
    r"(?:\s(?:days?|hours?|weeks?|months?|years?)\b)?)?"
    # cm, hours, units, working days, a unit per unit (g/L, km/h), a unit joined by a hyphen (a 4-hour induction)
    r"(?:\s(?:per|a|an|of)\s[a-z]+)?)",  # per minute, of blood
    re.I)
# a count written in English words with the noun it counts (twelve volunteers, three shifts, a dozen eggs, forty-two
# beds, two hundred households): a figure where a count is asked; the noun is required (one of them counts nothing)
_UNITS_WORD = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               r"seventeen|eighteen|nineteen")
_TENS_WORD = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORDED_NUMBER = (rf"(?<![\w-])(?:a\s+dozen|(?:a|{_UNITS_WORD})\s+hundred|(?:{_TENS_WORD})(?:[- ](?:{_UNITS_WORD}))?|"
                  rf"{_UNITS_WORD})(?![\w-])")
WORDED = re.compile(rf"{_WORDED_NUMBER}\s+{_NOT_UNIT}(?!(?:more|times|of|than)\b)[a-z]+(?:-[a-z]+)?\b",
                    re.I)
# the label of an article or a FAQ's line that opens a sentence (第五条 …, Article 5. …, A: …): no part of an answer
LABEL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条章节款项]\s+|(?:Article|Section|Q|A)\s?\d*[.:]\s+")
_MONEY_ASKED = re.compile(r"\b(budget|cost|price|fee|spend|spent|amount|fund|funds|funding|allocat\w*)\b|"
                          r"[$€£¥]|预算|费用|拨款|多少钱|"
                          r"金额|经费|资金")
_HOW_MUCH = re.compile(r"\bhow much\b")
_COUNTED_TIMES = re.compile(r"\bhow many times\b|\btimes (?:as|more|less|a|per)\b")
_STOP_UNITS = frozenset("and or the a an to in on at of is are was were be by with from as that which "
                        "across for over into than after before since during among".split())


@dataclass(frozen=True)
class FigureChoice:
    """How an English figure is preferred among a sentence's figures; set by hand on made-up minutes sentences."""

    counted_bonus: float = 2.0  # "how many households": the figure the counted noun follows (1,940 affected households)
    # a question asking an amount (how much, budget, cost): an amount of money scores this many times as much, plus
    # money_bonus: a budget is an amount of money, not a date
    money_factor: float = 2.0
    money_bonus: float = 1.0


FIGURES = FigureChoice()


@functools.lru_cache(maxsize=4096)
def is_english(sentence: str) -> bool:
    """Mostly Latin letters: an English (or other alphabetic) sentence (kept for the last sentences read: the
    checks of one answer ask it of the same evidence sentence and passage many times)."""
    letters = sum(c.isascii() and c.isalpha() for c in sentence)
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in sentence)
    return letters > 3 * cjk


def _candidates(q: Query, sentence: str) -> list[re.Match]:
    wants = q.text.lower()
    # (a day a word follows names an event, Harbour Swim Day kiosk: no date asked; the busiest day asks one: .day_asked)
    if q.kind == "when" or asks_day(wants) or re.search(r"\bdate\b|日期|哪天|几号", wants):
        # the day first; a clock time only when the sentence gives no day or the question asks the time
        clock = re.search(r"\btime\b|几点|\bwhat hour\b", wants)
        found = list(_TIME.finditer(sentence)) if clock else list(_DATE.finditer(sentence))
        found = found or list(_DATE.finditer(sentence)) + list(_TIME.finditer(sentence))
        if found or q.kind == "when" and (found := list(_WEEKDAY.finditer(sentence))):
            return found
    if re.search(r"\bphone\b|\bcall\b|\bnumber to\b|电话", wants):
        found = list(PHONE.finditer(sentence))
        if found:
            return found
    if re.search(r"\btimes?\b|几点|时间", wants) and not _COUNTED_TIMES.search(wants):  # shift times: clock times
        found = list(_TIME.finditer(sentence))
        if found:
            return found
    # a step's label (2. Arrive …) and a figure of an e-mail or web address count nothing
    found = [m for m in _FIGURE.finditer(sentence) if re.search(r"\d", m.group(0))
             and not item_label(sentence, m.start(), m.end()) and not in_web_address(sentence, m.start())]
    if q.kind == "count":  # "how many volunteers" over "Twelve volunteers helped": a count written in words, after
        found += list(WORDED.finditer(sentence))  # the figures: one as near the question's words goes first
    return found


# a capitalised word that another capitalised word follows opens a name ("64 Red Cross volunteers", "23 St John
# cadets"): no unit of the figure before it
_NAME_OPENS = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]")


def _trim(sentence: str, s: int, e: int) -> tuple[int, int]:
    """Drop a trailing word that is no unit ("5 and") or that opens a name ("64 Red" of "64 Red Cross volunteers"),
    and surrounding spaces and punctuation."""
    text = sentence[s:e]
    words = text.split()
    if len(words) > 1 and (words[-1].lower() in _STOP_UNITS or _NAME_OPENS.match(sentence, e - len(words[-1]))):
        e = s + text.rstrip().rfind(" ")
    while s < e and sentence[s] in " ,;:.":
        s += 1
    while e > s and sentence[e - 1] in " ,;:.":
        e -= 1
    return s, e


def extract_figure(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The figure, date, time or phone number in an English sentence nearest the question's words."""
    clauses = _clauses(sentence)
    # "how much" asks an amount, not a count of things: money unless the question names another measure
    money = bool(_MONEY_ASKED.search(q.text.lower())) or (_HOW_MUCH.search(q.text.lower()) is not None
                                                         and not asked_dimensions(q))
    noun = counted_noun(q) if q.kind == "count" else None
    counted = counted_zh(q.text) if q.kind == "count" and q.lang == "zh" else frozenset()  # 多少条毛毯: blankets
    best, best_score = None, -1.0
    found = _candidates(q, sentence)
    if q.lang == "zh" and question_unit(q) == "元" and any(_CURRENCY.search(m.group(0)) for m in found):
        found = [m for m in found if _CURRENCY.search(m.group(0))]  # 多少钱 over English: only money, as in Chinese
    if q.kind != "when":  # swim the 50m in how long: 60 seconds, not 50 metres (the question's own figure)
        found = [m for m, ok in zip(found, not_stated(q.text, [m.group(0) for m in found])) if ok]
    change = change_amount(q.text, sentence)  # how much did it rise: the figure of the change (up 8%), not the total
    found = [m for m in found if _trim(sentence, m.start(), m.end())[0] in change] or found
    head = measured_head(q, sentence, terms, clauses)
    found = [m for m in found if any(a <= m.start() < b for a, b in head)] or found
    totals = totals_only(q, sentence, [m.start() for m in found])
    units = [re.search(r"((?:per )?[a-zA-Z°℃]+)\s*$", sentence[slice(*_trim(sentence, m.start(), m.end()))])
             for m in found]
    fits, named = of_dimension(q, [u.group(1) if u else "" for u in units]), covered(terms)  # "per minute": a rate
    kept = [(s, e) for s, e in (_trim(sentence, m.start(), m.end()) for m, ok in zip(found, fits)
                                if ok and m.start() in totals) if _counts(q, sentence, s, e, named)]
    field = FigureField(sentence, [(*k, _measure(sentence[slice(*k)])) for k in kept])  # read once (own_terms'
    near = NearTerms(sentence, terms)  # of a word that recurs, its occurrences nearest each figure
    done = verb_done(q.text, sentence, kept) if counted else set()  # 几名学员及格 over "64 sat, 58 passed": 58
    for s, e in kept:  # answer, not each figure against every other: a sentence of many figures stalled)
        # the words another figure stands between are that figure's ("Total income rose to £96.2 million and total
        # costs to £94.9 million": income is said of the first)
        own = field.own((s, e, _measure(sentence[s:e])), around := near.around(s, e), field.index((s, e)))
        score = _proximity(s, e, own, clauses)
        score += sum(w for a, b, w in around if s < a and b <= e)  # the counted noun the question names (of blood)
        if (noun and holds_count_of(sentence[s:s + 40], noun, anchored=True) or names_counted(sentence[s:e], counted)
                ) and (not done or s in done) or s in done:  # the asked verb narrows the noun counted
            score += FIGURES.counted_bonus
        score += _said_of(e, sentence, own)  # "of whom 286 were certified" for "how many … were certified"
        if money and _MONEY.search(sentence[s:e]):
            score = FIGURES.money_factor * score + FIGURES.money_bonus  # an amount of money, not a date
        if score > best_score:
            best, best_score = (s, e), score
    if best is None:
        return None
    best = (best[0], duration_end(sentence, best[1]))  # "4 minutes 20 seconds": one duration in two units
    return Span(sentence[best[0]:best[1]], best[0], best[1], "figure")


def _measure(figure: str) -> str:
    """What an English figure measures, to tell the items of a list of like figures: money, or its last word."""
    if _MONEY.search(figure):
        return "money"
    unit = re.search(r"[a-zA-Z°%]+$", figure)
    return unit.group(0).lower().removesuffix("s") if unit else ""  # a bare figure names no measure


def _counts(q: Query, sentence: str, s: int, e: int, named: set[int]) -> bool:
    """Whether the figure at ``s:e`` may answer: not one the question says (``named``: the positions of its words), a
    year, a date, a label or a figure left."""
    digit = s + (d.start() if (d := re.search(r"\d", sentence[s:e])) else 0)  # a weekday has none
    if digit in named:
        return False  # a figure the question itself says (not its lead word: "below what" over "below 35 °C")
    if q.kind != "when" and (_YEARS.fullmatch(sentence[s:e])
                             or re.fullmatch(rf"\d{{1,2}} {MONTH}", sentence[s:e])
                             or re.match(r"(?:19|20)\d{2}\b", sentence[s:e])
                             and ends_at(_MONTH_BEFORE, sentence, s)
                             or re.fullmatch(r"\d{1,2}", sentence[s:e]) and _NEXT_DAY.match(sentence, e)
                             or re.match(r"\d{1,2}(?![\d,.])", sentence[s:e]) and ends_at(_AFTER_MONTH, sentence, s)
                             or _YEAR_LABEL.match(sentence, s) and ends_at(_DETERMINER, sentence, s)
                             and not _asked_after(q, sentence, s)):
        return False  # a year or a day of a month, not a count ("At 31 December 2024 the service employed 1,182";
        # "In May 2023 a storm …": a year after its month; the 5 of "on 5 and 6 May"; a financial year, 2023-24; the 4
        # of "after the July 4 holiday week"; the year naming a singular thing, "came to the 2025 forum")
    if q.kind == "count" and _LABEL.match(sentence, s):
        return False  # a flat's, a room's or a form's label (units 9C and 22A), which counts nothing
    if (label := _SECTION.match(sentence)) and s < label.end("number"):
        return False  # a numbered clause's label or any part of it (3.3 Accidental …; the 4 of 3.1.4 Community …)
    # "fell from 6.1% to 5.3%": the figure reached answers, not the one left
    return not (ends_at(_FROM, sentence, s) and _TO.match(sentence, e))


_MONEY = re.compile(r"[$€£¥]|million|billion|元|\byuan\b|\bdollars?\b|\bRMB\b")
_CURRENCY = re.compile(r"[$€£¥]|元|\byuan\b|\bdollars?\b|\bRMB\b|\bHKD\b")  # money whatever its size
_BE = re.compile(r"\s+(?:were|was|are|is|have been|has been|had been)\s+(?:[a-z-]+\s+){0,2}")
_YEARS = re.compile(r"(?:in |for )?(?:(?:FY\s?)?(?:19|20)\d{2}\s?[–—/-]\s?(?:19|20)?\d{2}|(?:19|20)\d{2})")  # FY2022/23
_LABEL = re.compile(r"\d+(?![KM]\b)[A-Z]\b")  # 22A, 4B, 9C; not a multiplier (15K, 2M)
_SECTION = re.compile(r"\s*(?P<number>\d+(?:\.\d+)+)\s+[A-Z\u4e00-\u9fff]")
_FROM = re.compile(r"\bfrom\s+$", re.I)
_NEXT_DAY = re.compile(rf"\s*(?:and|&|to|–|-)\s*\d{{1,2}} {MONTH}\b")  # " and 6 May" after the 5 of "5 and 6 May"
_TO = re.compile(r"\s+to\s+[$€£¥]?\d")
_MONTH_BEFORE = re.compile(rf"\b{MONTH},?\s*$")
_AFTER_MONTH = re.compile(rf"\b{MONTH}\.?\s$")  # July 4, Oct 12: a day written after its month
# a year (no comma) naming one thing: a singular noun after it, a determiner before it (the 2025 forum, our 2024 season)
_YEAR_LABEL = re.compile(r"(?:19|20)\d{2}\s+[a-z]+(?<!s)\b")
_DETERMINER = re.compile(r"\b(?:the|this|that|our|its|their|his|her|your|last|next)\s$", re.I)
_HOW_MANY = re.compile(r"\bhow many ([a-z-]+)")


def _asked_after(q: Query, sentence: str, s: int) -> bool:
    """Whether the word after the year-shaped figure at ``s`` is the noun an English count question counts (the 2000
    people for "how many people"): a count of it, not a year naming it."""
    asked, after = _HOW_MANY.search(q.text.lower()), re.match(r"\d+\s+([a-z]+)", sentence[s:].lower())
    return bool(asked and after) and stem(after.group(1)) == stem(asked.group(1))


def _said_of(end: int, sentence: str, terms: list[tuple[int, int, float]]) -> float:
    """The figure is the subject of the question's own words: a form of "be" and one of them follow it ("286 were
    certified first-aiders"); the counted noun's bonus and that word's weight."""
    m = _BE.match(sentence, end)
    said = max((w for a, _, w in terms if m.end(0) - len(m.group(0)) < a <= m.end()), default=0.0) if m else 0.0
    return FIGURES.counted_bonus + said if said else 0.0  # as strong as the counted noun after a figure, and more


def counted_noun(q: Query) -> str | None:
    """The stem of the noun an English count question counts ("how many chest compressions are …" -> compress)."""
    m = re.search(r"\bhow many ((?:[a-z-]+ ){0,3}?[a-z-]+)(?= (?:are|were|is|was|do|does|did|have|has|had|can|will|"
                  r"should|in|of|on|at|for|before|after)\b|\W*$)", q.text.lower())
    noun = stem(m.group(1).split()[-1]) if m else ""
    return noun if len(noun) >= 3 else None


@functools.lru_cache(maxsize=256)  # compiled once per noun: re's own cache is shared and small
def _count_of(noun: str) -> re.Pattern:
    return re.compile(rf"(?:[$€£¥]?\d[\d,.]*|{_WORDED_NUMBER})\s+(?:[a-z-]+\s+)?{re.escape(noun)}")


def holds_count_of(sentence: str, noun: str, anchored: bool = False) -> bool:
    """The sentence gives a figure of that noun ("Give 30 compressions"); anchored: the figure opens it."""
    pattern = _count_of(noun)
    return bool((pattern.match if anchored else pattern.search)(sentence.lower()))


def tidy(span: Span, sentence: str) -> Span:
    """No answer starts or ends with a space or a full stop (" below the armpit." -> "below the armpit"), nor opens
    with the label of an article or a FAQ's line (第五条 , A: ) when words follow it."""
    s, e = span.start, span.end
    label = LABEL.match(sentence, s)
    if label and label.end() < e:
        s = label.end()
    while s < e and sentence[s] in " \t.,;:":
        s += 1
    while e > s and sentence[e - 1] in " \t.,;:":
        e -= 1
    if (s, e) == (span.start, span.end) or s >= e:
        return span
    return Span(sentence[s:e], s, e, span.source, span.strength)
