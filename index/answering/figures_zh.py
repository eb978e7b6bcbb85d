"""Chinese figures: the count with its unit and qualifier that answers a how-many question (moved from spans.py).

Which figures may count (no year, date, code or version) and how one is chosen live here; where the noun the question
counts points in the sentence is :mod:`.figure_nouns`. Pure functions over a question and one sentence, like the rest
of ``spans``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.counted_across import classifier_asked
from reportbot.index.answering.counts import asked_phrase
from reportbot.index.answering.figure_bounds import asked_bound, figure_bound
from reportbot.index.answering.figure_field import FigureField, currency_before, run_spans
from reportbot.index.answering.figure_marks import (
    change_amount,
    change_target,
    clock_time,
    condition_segments,
    corrected,
    dates_apart,
    figure_runs,
    in_web_address,
    item_label,
    named_subset,
    not_stated,
    without_narrowed_whole,
    year_part,
)
from reportbot.index.answering.figure_nouns import (
    QUALIFIER_BEFORE,
    asked_noun_ends,
    cell_unit,
    counted_starts,
    focus_noun_ends,
    head_after_figure,
    part_of_whole,
)
from reportbot.index.answering.figure_whole import whole_figure
from reportbot.index.answering.near_terms import NearTerms, covered
from reportbot.index.answering.respectively import respective_figure
from reportbot.index.answering.spans import _QUOTE, Span, _clauses, _proximity, clause_at
from reportbot.index.answering.totals_asked import totals_only
from reportbot.index.answering.units import MONEY, question_unit
from reportbot.index.answering.versions import asks_version
from reportbot.index.retrieval.numerals import UNIT_ZH
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tuning import fitted

# measures of size (公升, 毫升, 公斤, 厘米, 分钟, 周岁) before the words they begin (升, 分, 周): a figure keeps
# its unit (the list is :data:`.numerals.UNIT_ZH`, shared with the question's reading)
_UNIT = UNIT_ZH
# a fraction (三分之一, 2/3 written out): one figure, not 三分 and a stray 一
_FRACTION = r"(?:\d+|[一二两三四五六七八九十百])分之(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)"
_BARE = re.compile(r"\d[\d,]*(\.\d+)?|\d+[:：]\d+|" + _FRACTION)  # figures that count without a unit
# numerals read from a run's first only (3千 may end a figure before one): from a later one all the run was read again
_NUMERALS_FROM_FIRST = r"(?<![〇零一二两三四五六七八九十])(?<![〇零一二两三四五六七八九十][百千])"
_NUMBER = re.compile(
    rf"(?P<pre>{QUALIFIER_BEFORE})?"
    r"(?P<num>" + _FRACTION + r"|\d+[:：]\d+(?![\d:：])"  # a ratio (1:6)
    r"|\d+[亿万億萬](?:\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d,.:：])"  # a magnitude and digits after it: 2万1,356 is 21,356
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|" + _NUMERALS_FROM_FIRST + r"[〇零一二两三四五六七八九十百千]+(?=[万亿千百]?(?:" + _UNIT + r")))"  # 一百零五人
    r"(?:(?:至|到|~|～)\d+(?:\.\d+)?(?=[万亿千百]?(?:%|" + _UNIT + r")))?"  # a range: 8至10小时, 20至60周岁
    r"(?P<mag>[万亿千百]+)?(?P<post1>余|多)?"
    rf"(?P<unit>%|{_UNIT})?(?P<post2>余|多)?"
)
_STRICT = ("元", "%")  # measures no figure of another measure can stand for (an amount of money, a share)
_MONTH_AFTER = re.compile(r"\d{1,2}月")  # after a figure of years: it was a date's year
_IN_DATE = re.compile(r"(?<=月)\d{1,2}[日号]")  # after a figure of months: it was a date's month
# a clause that is a figure alone, with its unit: a form field's value (浏览次数：2316)
_FIGURE_ONLY = re.compile(r"(?:\d[\d,.]*)(?:万|亿)?(?:" + _UNIT + r"|%)?")

def field_clauses(sentence: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses with a form field's figure joined to its label: in "阅读次数：1850" the figure after the colon is
    the value of the words before it, not a clause of its own (a table row read with its header, "持证救护员 —
    2023年：31.5万人次；增长：9.8%", is no form: its cells are the header's, see ``structure.labelled_value``)."""
    if " — " in sentence:
        return clauses
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        if out and sentence[a - 1:a] in ("：", ":") and _FIGURE_ONLY.fullmatch(sentence[a:b].strip()):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def extract_number(q: Query, sentence: str, terms: list[tuple[int, int, float]],
                  within: tuple[int, int] | None = None) -> Span | None:
    """The figure with its unit and qualifier that belongs to the question's words; ``within``: only a figure that
    starts inside that stretch of the sentence (the question word's aligned slot) may answer."""
    unit = question_unit(q)
    terms = dates_apart(q.text, sentence, terms) if q.lang == "zh" else terms  # 1到10月 asked over 捐献10例
    clauses = field_clauses(sentence, _clauses(sentence))
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence)]
    best, best_score = None, 0.0
    totals = totals_only(q, sentence, [m.start() for m in _NUMBER.finditer(sentence)])
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", q.text)
    counted = counted_starts(q, sentence, terms)
    named_before = asked_noun_ends(q, sentence, terms) | focus_noun_ends(q, sentence, terms)
    asked = asked_phrase(q.text) if q.lang == "zh" else []
    # 12万人次的年度目标: the target's figure, when no measure is asked (多少人次 is read by the measure:
    # 40学时的岗前培训 is no training's count)
    attributed = head_after_figure(asked[-1] if asked and not unit else "", sentence)
    conditioned = condition_segments(q.text, sentence) if q.lang == "zh" else []
    ordinal = "第几" in q.text
    changed_to, bound = change_target(q.text, sentence), asked_bound(q)
    subset = named_subset(q.text, sentence, terms)
    versions = asks_version(q.text)  # 第几版, 几点零版本, 新版: a version is the answer (not 头版, 版块)
    clock = bool(_ASKS_CLOCK.search(q.text))
    quoted, named = {i for a, b in quotes for i in range(a + 1, b)}, covered(terms)  # each read once, not per figure
    found = [m for m in _NUMBER.finditer(sentence) if _countable(m, sentence, quoted, named, ordinal, versions)
             and (clock or not clock_time(sentence, m.start("num"), m.end("num")))
             and (within is None or within[0] <= m.start() < within[1])]
    if (given := respective_figure(sentence, terms, [m.start() for m in found])) is not None:
        found = [m for m in found if m.start() == given]  # A、B、C分别为3个、5个、7个: B's is the second
    found = without_narrowed_whole(part_of_whole(q, sentence, terms, clauses, found), named_before, subset)
    runs = figure_runs(sentence, found)
    prose = q.lang == "zh" and " — " not in sentence  # a Chinese question's own words, in prose (no table row)
    pull = (lambda pos, own: _segment_pull(pos, sentence, own)) if prose else (lambda pos, own: 0.0)
    if q.lang == "zh" and _ASKS_BOUND.search(q.text) and any(_BOUND_AFTER.match(sentence, m.end()) for m in found):
        found = [m for m in found if _BOUND_AFTER.match(sentence, m.end())]  # 几分算合格 over 满分100分，80分以上为合格
    if q.kind != "when":  # 跑3公里要多久 over 3公里跑进15分钟: 15分钟, not the question's own 3公里
        found = [m for m, ok in zip(found, not_stated(q.text, [m.group("num") for m in found],
                                                           [m.group("unit") or "" for m in found])) if ok]
    change, fixed = change_amount(q.text, sentence), corrected(q.text, sentence)  # each read once
    part = year_part(years, sentence)  # 2025 asked over 累计35个，其中2025年新命名8个: the year's part, not the total
    found = [m for m in found if any(a <= m.start() < b for a, b in part)] or found
    if any(m.start("num") in fixed for m in found):
        found = [m for m in found if m.start("num") in fixed]  # 由3,150人次更正为3,420人次: the figure corrected to
    if any(m.end() in attributed for m in found):
        found = [m for m in found if m.end() in attributed]  # 目标多少 over 完成13.4万人次，超额完成12万人次的年度目标
    if any(m.start("num") in change for m in found):
        found = [m for m in found if m.start("num") in change]  # 比上年涨了多少 over 1.07亿元，较2024年增长15.1%
    elif unit in _STRICT and any(_in_unit(m, unit) for m in found):
        found = [m for m in found if _in_unit(m, unit)]  # money or a share asked: no other measure answers
    elif unit == "元" and not MONEY.search(sentence):
        return None  # 租一天多少钱 over 训练机1台: a sentence with no amount of money has no price to give
    # an English count whose noun CC-CEDICT gives a figure's measure word a classifier for (events: 场次): that
    # dictionary fact outweighs a bridged word of the noun in another sense opening another figure (项目 …405个),
    # and the question's other words crowding a figure in another measure word (offices …12个)
    classified = {m.start() for m in found if not unit and classifier_asked(q, m.group("unit") or "")}
    field, near = FigureField(sentence, [(x.start(), x.end(), _measure(x)) for x in found]), NearTerms(sentence, terms)
    skips = run_spans([runs.get(x.start(), x).start() for x in found])
    for i, m in enumerate(found):
        if m.start() not in totals:
            continue  # a total is asked and the sentence marks another figure as one
        if classified and m.start() not in classified:
            continue  # how many documents over 12个…资料3万余件: the dictionary's measure word of documents (件)
        # from the figure itself: a qualifier the question names (共多少学时 over 共16学时) points at it
        head = runs.get(m.start(), m)  # an item of a run of figures (出动约1500次、5万余人) stands where the run does
        # the words another figure stands between are that figure's (…团体近1600个，注册志愿者23.8万名)
        own = field.own((head.start(), m.end(), field.figures[i][2]), near.around(head.start(), m.end()), skips[i])
        score = 0.1 + max(_proximity(m.start(), m.end(), own, clauses),
                          _proximity(m.start("num"), m.end(), own, clauses),
                          _proximity(head.start(), head.end(), own, clauses)) + pull(head.start(), own)
        if years and (c := clause_at(clauses, m.start())) >= 0 and any(y in sentence[slice(*clauses[c])]
                                                                         for y in years):
            score *= FIGURES.year_clause  # 其中2023年新命名12个: the figure in the clause of the question's year
        if m.start() in named_before and (not classified or m.start() in classified):
            score *= FIGURES.counted_noun  # 补贴占多少 over 经费560万元，其中补贴318万元: the one its noun opens
        if m.end() in counted:
            score *= FIGURES.counted_noun  # 多少个国家 over 31个省…42个国家: the figure the counted noun follows
        if m.start("num") in changed_to or any(a <= m.start() < b for a, b in subset):
            score *= FIGURES.counted_noun  # 增加到几个 over 由3个增至5个; 高级师资几名 over 师资420名，其中高级师资36名
        if bound is not None and figure_bound(sentence, m.start("num"), m.end()) == bound:
            score *= FIGURES.asked_end  # the minimum age over 十六岁以上未满十八岁
        if any(a <= m.start() < b for a, b in conditioned):
            score *= FIGURES.condition  # 60公斤以上者捐多少 over …；60公斤或以上者捐400毫升
        found_unit = (m.group("unit") or "").removeprefix("个") or (m.group("unit") or "")  # 24个月: months
        found_unit = found_unit or cell_unit(sentence, m.start())  # 队员（人）：2500: the column header's unit
        if not found_unit and sentence[m.end():m.end() + 1] == "日":
            found_unit = "天"  # 3日份量: days (a date's day is no count, see _countable)
        if not found_unit and unit and len(unit) == 1 and sentence.startswith(unit, m.end()):
            found_unit = unit  # 几例 over 救治12例: a classifier the figure pattern does not read, the one asked
        if unit == "元" and not found_unit and _in_unit(m, unit):
            found_unit = "元"  # RM186,400: an amount in the currency its code names
        if unit and (found_unit.startswith(unit) or found_unit in _HOURS.get(unit, ())
                     or (m.group("mag") or "").startswith(unit)
                     or _noun_after(unit, m, sentence)):
            score *= FIGURES.asked_unit  # the question asks for this unit (多少人, how many times)
        elif m.start() in classified:
            score *= FIGURES.asked_unit  # how many events over …2.5万场次: a classifier for the noun counted
        elif unit and found_unit:
            score *= FIGURES.other_unit
        if score > best_score:
            best, best_score = m, score
    return None if best is None else whole_figure(best, sentence, terms)


def _in_unit(m: re.Match, unit: str) -> bool:
    """The figure is in the measure asked: its unit, or for money a currency's code or name before it (RM186,400)."""
    return m.group("unit") == unit or unit == "元" and currency_before(m.string, m.start("num")) is not None


# a class hour is an hour a course counts (how many hours over 16学时); a working day is a day (三个工作日内)
_HOURS = {"小时": ("学时", "课时"), "天": ("工作日",)}


def _measure(m: re.Match) -> str:
    """What a figure measures, to tell the items of a list of like figures: its unit (money as one)."""
    unit = m.group("unit") or ""
    return "money" if unit in ("元", "万元", "亿元") or currency_before(m.string, m.start()) else unit


@dataclass(frozen=True)
class FigureChoice:
    """What makes a Chinese figure the answer to a count. The pull of the figure's ；-segment is fitted on the tune
    halves' answers by tools/fit_answer_weights.py (``retrieval/fitted/answer_weights.json``; was 0.3 and 8, set by
    hand); the factors were set by hand when each rule was written, on the dev set and made-up sentences."""

    # a question word earlier in the figure's ；-segment, per unit of its weight
    segment_weight: float = fitted("answer_weights", "figure.segment_weight", 0.3)
    # ... divided by 1 + its distance in characters over this
    segment_reach: float = fitted("answer_weights", "figure.segment_reach", 8.0)
    year_clause: float = 2.0   # a figure in the clause of the year the question names (其中2023年新命名12个)
    counted_noun: float = 2.0  # a figure whose classifier the counted noun follows (多少个国家 over …42个国家)
    asked_unit: float = 3.0    # a figure in the unit the question asks for (多少人, how many times)
    other_unit: float = 0.5    # a figure in another unit, when the question asks for one
    condition: float = 2.0     # a figure in the ；-segment that states the question's bounded condition (60公斤以上)
    asked_end: float = 2.0     # a figure stating the end of a range the question asks (the minimum: 十六岁以上)


FIGURES = FigureChoice()


# a question asking for a bound, the figure at which something counts (几分算合格, 多少人才能成立, 超过多少就…), is
# answered by a figure the sentence marks as one (80分以上) when it has one
_ASKS_BOUND = re.compile(r"(?:多少|几多|几)[^，。？?]{0,4}(?:算|才|就)")
_BOUND_AFTER = re.compile(r"(?:及|或)?(?:以上|以下|以内)")


def _segment_pull(pos: int, sentence: str, terms: list[tuple[int, int, float]], c: FigureChoice | None = None
                  ) -> float:
    """The question's words that stand before the figure in its ；-segment: a clause with no subject of its own
    (…的营业收入8,350万元，同比增长12.6%) says its figure of the words of the clause before it, not of the next."""
    c = c or FIGURES  # read when called: tools/fit_answer_weights.py tries other values
    start = max(sentence.rfind(mark, 0, pos) for mark in "；;。") + 1
    return sum(c.segment_weight * w / (1 + (pos - b) / c.segment_reach) for a, b, w in terms if start <= a and b <= pos)


# a question asking a clock time or when: a clock time may answer it (活动几点开始, what time, 几时)
_ASKS_CLOCK = re.compile(r"几点|几时|时间|钟|\btime\b|\bwhen\b|\bhours?\b|\bopen\b|\bclose\b", re.I)


def _countable(m: re.Match, sentence: str, quoted: set[int], named: set[int], ordinal: bool = False,
               versions: bool = True) -> bool:
    """Whether a figure may answer a count: no name, year, figure of the question's or date's month or day (positions
    ``quoted``: inside quotes, after the opening mark; ``named``: of the question's words)."""
    if not (m.group("unit") or m.group("mag") or _BARE.fullmatch(m.group("num"))) or m.start() in quoted:
        return False  # neither digits nor a unit; “四个100” is a name, not a count
    if item_label(sentence, m.start("num"), m.end("num")):
        return False  # a list item's label (1.队员规模扩大到260名) numbers the item, counting nothing
    if in_web_address(sentence, m.start("num")):
        return False  # part of an e-mail or web address (jxhszh@163.com), no count
    if re.match(r"[-－]\d", sentence[m.end():m.end() + 2]) \
            or re.search(r"\d[-－]$", sentence[max(0, m.start() - 3):m.start()]):
        return False  # part of a phone number or a code (0574-87654321), no count
    before = sentence[m.start("num") - 1:m.start("num")]
    if re.match(r"[A-Za-z]", before) and not currency_before(sentence, m.start("num")) \
            or (before == "第" and not ordinal):
        return False  # part of a code (医学楼B201, G60); an ordinal (第一期) when the question asks no 第几
    if not versions and re.fullmatch(r"\d+\.\d+", m.group("num")) and not m.group("unit") \
            and sentence[m.end():m.end() + 1] == "版":
        return False  # a version (3.0版) counts nothing, unless a version is asked (第几版, 几点零版本)
    if m.group("num").isdigit() and len(m.group("num")) == 4 and m.group("unit") == "年" \
            or m.start("num") in named:
        return False  # a year, not a count; a figure the question itself names
    if m.group("unit") == "年" and _MONTH_AFTER.match(sentence, m.end()):
        return False  # a date's year in any calendar (114年9月15日, 民国 years have three digits), not years counted
    day = sentence[m.end():m.end() + 1] in ("日", "号")
    return not (_IN_DATE.match(sentence, m.end()) or (day and _DAY_BEFORE.search(sentence, 0, m.start())))


# what stands before the day of a date: its month (3月4日), or the day that opens a range of days (3月16日—17日)
_DAY_BEFORE = re.compile(r"(?:月|\d[日号]\s?[—–\-~～至到])$")


def _noun_after(unit: str, m: re.Match, sentence: str) -> bool:
    """The noun the question counts stands right after the figure's classifier (多少个县 over 95个县（市、区）): the
    figure counts it, whatever the question's other words (jieba may join that noun to the verb after it, 县建)."""
    return bool(m.group("unit")) and m.group("unit") != unit and sentence.startswith(unit, m.end())
