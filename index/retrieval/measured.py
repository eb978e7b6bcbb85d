"""The passage that states the measure a count question asks for goes before one of its document that states none.

A Chinese count question names what it counts with a measure word after its question word (几期, 多少学时, 多少名,
多少钱 for 元). A document's passages often share the question's words: its schedule table, its contact list, its
opening paragraph. The one that answers states a figure in that measure (共开设4期, 80元); a table row that only
numbers its items (第一期) or gives other measures (名额：60人) does not. When the best passage states no figure in
the asked measure and a passage of the same document close behind does, that passage goes first. An English count
question names the thing counted ("how many ambulance stations"): the passage that counts it (11 ambulance
stations) answers, not the one that counts the ambulances.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
from reportbot.index.retrieval.asked_for import plural
from reportbot.index.retrieval.counted import counted_head
from reportbot.index.retrieval.dates import DATE
from reportbot.index.retrieval.numerals import NUMERAL_ZH, ZH_NUMBER
from reportbot.index.retrieval.tokenize import tokenize_spans

# measure words a Chinese figure is counted with: the general classifiers (期, 支, 项, 届) and units of time, money,
# size and people (学时, 元, 人次); shared with :mod:`.counted_said`, which reads them as no counted thing
# the measure words that only count things (a follow-up may drop one with its noun); MEASURE_WORDS adds those that
# measure: times, people, money, days, years, age
CLASSIFIERS = frozenset("个名支位家项件座场批条户台辆篇期届类种处间栋套份册本所")
MEASURE_WORDS = frozenset(set("个名支位家项件座场批条户台辆篇期届类种处间栋套份册本所次人元天年月周岁部张例")
                          | {"人次", "场次", "学时", "课时", "小时", "分钟", "工作日", "周岁", "公里", "平方米", "米",
                             "吨", "毫升", "万元", "亿元"})
_MEASURES = sorted(MEASURE_WORDS, key=len, reverse=True)  # longest first: 场次 before 场, 小时 before 时
_MEASURE = "|".join(map(re.escape, _MEASURES))
# the measure a question word asks for (几期, 多少个小时, 几多次); 钱 and 块 are money, counted in 元
# 个 before a duration is part of it (几个小时, 多少个月); before a noun (多少个名额) it is the measure itself
_ASKED = re.compile(rf"(?:几多|多少|几)(个(?=小时|月|工作日)|)({_MEASURE}|钱|块)")
# paying asks money (交多少, 缴纳多少, 花了多少, 赔多少, 收费多少), and so does a fee (训练费多少, 补考费几多, 费用是
# 多少): the amount paid, unless a measure of things or time follows (交了多少份, 交几多单, 花多少时间: portions,
# orders, time), or a noun that ends in one (收了多少米袋: bags of rice); a budget, funds or a sum asked (预算多少,
# 经费有多少, 金额是多少) is money too; 收 only as a charge (收费, 收取, 收了),
# not takings (营收, 税收); shared with :mod:`.units`
_NOT_PAID = "|".join(sorted((MEASURE_WORDS - {"元", "万元", "亿元"}) | {"单", "袋", "时间"}, key=len, reverse=True))
PAID = re.compile(rf"(?:(?:交|缴|付|花|赔|收(?=费|取|了))(?:纳|费|了|取)?|(?:费用?|预算|经费|金额)(?:是|为|要|有)?)"
                  r"(?:多少|几多)"
                  rf"(?![\u4e00-\u9fff]?(?:{_NOT_PAID}))")
_PEOPLE = ("人", "名", "位")  # people are counted with any of these (多少人 over 注册队员2,360名)
_MONEY = {"钱": "元", "块": "元", "万元": "元", "亿元": "元"}
_NUMERAL = rf"(?:\d[\d,]*(?:\.\d+)?|{ZH_NUMBER})"  # 3,200元, 八小时, 一百零五人 (:mod:`.numerals`)


def starts_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is the first part of a longer word jieba reads whole (名 in 多少名额: quotas, no measure)."""
    return any(a == start and b > end for a, b, _ in tokenize_spans(text))


def asked_measure(text: str) -> str | None:
    """The measure word a Chinese count question asks for (几期 -> 期, 多少钱 -> 元, 交多少 -> 元), or None.

    A year, month or day after the question word asks a date or a duration, not a count of things, and 个 alone
    only says something is counted: neither picks a passage. Nor does the first character of a noun jieba reads
    whole (多少名额: 名额, quotas, not people).
    """
    if PAID.search(text):
        return "元"
    m = _ASKED.search(text)
    if not m or starts_word(text, m.start(2), m.end(2)):
        return None
    unit = _MONEY.get(m.group(2), m.group(2))
    return None if unit in ("个", "年", "月", "天") else unit


def asked_noun(text: str) -> str | None:
    """The noun an English count question counts, singular ("how many ambulance stations" -> station), or None."""
    head = counted_head(text)
    if not head or not head.isalpha() or not plural(head) or not head.endswith("s"):
        return None
    return head[:-1]


@functools.lru_cache(maxsize=1024)  # compiled once per unit (and per noun below): re's own cache is shared and small
def measure_pattern(unit: str) -> re.Pattern:
    """A figure counted in a Chinese measure word (4期, 80元, 1.2万人次, 十二项), or a table cell whose header gives
    the measure (奖励金额（元/人）：10000); an ordinal (第一期) numbers an item, it does not count them, and 人 is not
    the start of 人次 (visits, not people); people are counted with 人, 名 or 位 alike."""
    people = unit in _PEOPLE
    after = r"(?!次)" if people else ""
    u = "(?:人|名|位)" if people else re.escape(unit)
    return re.compile(rf"(?<![第\d.,{NUMERAL_ZH}]){_NUMERAL}[万亿千百]*[余多]?{u}{after}"
                      rf"|[（(][^）)]*{u}[^）)]*[）)][：:]\s*\d")


@functools.lru_cache(maxsize=1024)
def noun_pattern(noun: str) -> re.Pattern:
    """A figure counting an English noun, up to two words before it, in the plural a count takes (11 ambulance
    stations, 1,200 trained volunteers; 15 volunteer directors count directors)."""
    return re.compile(rf"(?<![\w.,])\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}{re.escape(noun)}s\b", re.I)


# a question that asks which year is answered by a year, not a day
_WHICH_YEAR = re.compile(r"哪一?年|\b(?:what|which) year\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def asked_pattern(text: str, lang: str, kind: str = "count") -> re.Pattern | None:
    """What a passage that answers a count question states: a figure in the measure (Chinese) or of the noun
    (English) it asks for; for a when question, a date or a time of day (a year for one that asks which year);
    None when a count question names neither."""
    if kind == "when":
        return _YEAR if _WHICH_YEAR.search(text) else DATE
    if lang == "zh":
        unit = asked_measure(text)
        return measure_pattern(unit) if unit else None
    noun = asked_noun(text)
    if noun in _ZH_UNITS:
        return _unit_pattern(noun)
    return noun_pattern(noun) if noun else None


# an English unit counted ("how many hours") as a Chinese text writes it: 6学时, 5个工作日, 3个月 (a month needs its
# 个: 9月 is a date), 2次
_ZH_UNITS = {"hour": "小时|学时|课时", "minute": "分钟", "day": "天|日|工作日", "week": "周|星期",
             "month": "个月", "time": "次"}


@functools.lru_cache(maxsize=16)
def _unit_pattern(noun: str) -> re.Pattern:
    """A figure in an English unit (6 hours) or in its Chinese measure words (6学时, 5个工作日)."""
    zh = rf"(?<![第\d.,{NUMERAL_ZH}]){_NUMERAL}[万千百]*[余多]?个?(?:{_ZH_UNITS[noun]})"
    return re.compile(rf"{noun_pattern(noun).pattern}|{zh}", re.I)


def measured_first(order: Sequence[int], fused: np.ndarray, docs: Sequence[str], texts: Sequence[str],
                   stated: re.Pattern | None, margin: float) -> int | None:
    """The candidate that should go before the best one, or None.

    Args:
        order: candidate positions, best first (a window of the ranking).
        fused: each candidate's fused score.
        docs: each candidate's document id.
        texts: each candidate's text.
        stated: what a passage that answers states (:func:`asked_pattern`); None: no candidate moves.
        margin: how far behind the best one the candidate may be.
    """
    if stated is None or not len(order) or stated.search(texts[order[0]]):
        return None
    top = order[0]
    for i in order[1:]:
        if fused[top] - fused[i] > margin:
            return None
        if docs[i] == docs[top] and stated.search(texts[i]):
            return int(i)
    return None
