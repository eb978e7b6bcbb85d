"""What a figure measures, and what the question asks it to measure: a length, a duration, a temperature, a total.

"What compression depth …" over "Give 30 compressions …, pressing down 5–6 cm deep" wants the
figure in centimetres, not the count; "how many AEDs in total" over "新增配置AED 1200台，累计配置达5620台"
wants the figure marked as a total. Pure functions over strings; the extractors weigh their
candidates with them.
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.query import Query

_DIMENSIONS = {
    "length": (re.compile(r"\b(deep|depth|far|distance|height|high|tall|wide|width|thick|long is|length)\b|"
                          r"多深|深度|多远|距离|多高|高度|多宽|宽度|多厚|多长(?!时间)"),
               re.compile(r"^(?:cm|mm|m|km|metres?|meters?|centimet(?:re|er)s?|inch(?:es)?|feet|foot)$|厘米|公分|毫米|米|公里")),
    "time": (re.compile(r"\bhow long\b|\bduration\b|\bfor how long\b|多久|多长时间|几分钟|几小时|几天"),
             re.compile(r"^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)$|秒|分钟|小时|天|周|个月")),
    "rate": (re.compile(r"\brate\b|\bhow fast\b|\bper (?:minute|hour|second)\b|频率|速率|每分钟多少"),
             re.compile(r"^per [a-z]+$|^/(?:min|h|s)$|每分钟|每小时|次/分")),
    "temperature": (re.compile(r"\btemperature\b|\bhow (hot|cold)\b|\bdegrees?\b|温度|多少度|体温"),
                    re.compile(r"°|℃|\bdegrees?\b|度")),
}
_TOTAL_ASKED = re.compile(r"\b(in total|total|altogether|cumulative(ly)?|overall|all told)\b|"
                          r"总共|一共|累计|总数|合计|总计|共有")
_TOTAL_MARK = re.compile(r"(累计|共计|总计|合计|总共|一共|(?<![公中])共(?![产青同享建识])|总数|a total of|in total|"
                         r"total(?:ling)?|altogether)[^\d，。；,;]{0,12}$", re.I)  # 共派出…志愿者3100名


def asked_dimension(q: Query) -> str | None:
    """The dimension the question asks a figure in (length, time, temperature), if it names one."""
    text = q.text.lower()
    return next((name for name, (asked, _) in _DIMENSIONS.items() if asked.search(text)), None)


def unit_dimension(unit: str) -> str | None:
    """The dimension a figure's unit measures ("cm" -> length, 分钟 -> time), if it is one of them."""
    unit = unit.strip().lower()
    return next((name for name, (_, units) in _DIMENSIONS.items() if unit and units.search(unit)), None)


def of_dimension(q: Query, units: list[str]) -> list[bool]:
    """Which figures (by their units) may answer: those in the dimension the question asks for, when any is
    ("what depth" over "30 compressions …, 5–6 cm deep": the centimetres); otherwise all of them."""
    asked = asked_dimension(q)
    fits = [asked is not None and unit_dimension(u) == asked for u in units]
    return fits if any(fits) else [True] * len(units)


def totals_only(q: Query, sentence: str, starts: list[int]) -> list[int]:
    """A question that asks for a total keeps only the figures the sentence marks as one (累计…, a total of …),
    when it marks any; otherwise every figure stays. Takes and returns the figures' start positions."""
    if not _TOTAL_ASKED.search(q.text.lower()):
        return starts
    marked = [s for s in starts if _TOTAL_MARK.search(sentence[max(0, s - 16):s])]
    return marked or starts
