"""The dimension a question asks a figure in (a length, a time, a weight, a rate, a temperature) and the units a
figure's dimension is read by: "What compression depth …" over "Give 30 compressions …, pressing down 5–6 cm deep"
wants the figure in centimetres, not the count. Pure functions over strings (split from :mod:`.units`).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.query import Query

# the units of length and of time as they stand after a figure, Chinese and English: the one table both readers of a
# figure's dimension build on (here, and ``dimension_said``)
LENGTH_UNITS = ("厘米|公分|毫米|米|公里", r"cm|mm|m|km|metres?|meters?|centimet(?:re|er)s?|inch(?:es)?|feet|foot")
TIME_UNITS = ("秒|分钟|小时|天|周|个月|学时|课时|工作日",
              r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?")
# time words that also date a figure (2023年, 3月16日, 星期三) or are spoken (几个钟头): an answer's unit may be one of
# them, but a sentence's figure before them is not read as a duration (:func:`holds_dimension`)
CALENDAR_UNITS_ZH = "年|月|日|星期|个小时|钟|钟头"
# a body's or a load's weight (不少于45公斤, at least 50 kg): not grams, which measure a haemoglobin level (120 g/L)
WEIGHT_UNITS = ("公斤|千克|斤", r"kg|kgs|kilos?|kilograms?|lbs?|pounds?|stones?")


def _units(units: tuple[str, str]) -> re.Pattern:
    """A pair of the table (Chinese, English) as a pattern: Chinese found inside a unit (个月未), English whole."""
    zh, en = units
    return re.compile(rf"^(?:{en})$|{zh}")


_DIMENSIONS = {
    # "far" but "so far", "thus far", "as far as" (up to now, to the extent): no length
    "length": (re.compile(r"\b(deep|depth|(?<!so )(?<!thus )(?<!as )far(?! as)|distance|height|high|tall|wide|"
                          r"width|thick|long is|length)\b|"
                          r"多深|深度|多远|距离|多高|高度|多宽|宽度|多厚|多长(?!时间)"),
               _units(LENGTH_UNITS)),
    "time": (re.compile(r"\bhow long\b|\bduration\b|\bfor how long\b|多久|多长时间|几分钟|几小时|几天"),
             _units(TIME_UNITS)),
    "weight": (re.compile(r"\bhow heavy\b|\bweigh(?:s|t)?\b|多重|几重|体重"), _units(WEIGHT_UNITS)),
    "rate": (re.compile(r"\brate\b|\bhow fast\b|\bper (?:minute|hour|second)\b|频率|速率|每分钟多少"),
             re.compile(r"^per [a-z]+$|^/(?:min|h|s)$|每分钟|每小时|次/分")),
    "temperature": (re.compile(r"\btemperature\b|\bhow (hot|cold)\b|\bdegrees?\b|温度|多少度|体温"),
                    re.compile(r"°|℃|\bdegrees?\b|度")),
}


def asked_dimension(q: Query) -> str | None:
    """The dimension the question asks a figure in (length, time, temperature), if it names one."""
    text = q.text.lower()
    return next((name for name, (asked, _) in _DIMENSIONS.items() if asked.search(text)), None)


def asked_dimensions(q: Query) -> set[str]:
    """Every dimension the question's words may ask a figure in ("how long is the training": a length or a
    time, English does not say which)."""
    text = q.text.lower()
    return {name for name, (asked, _) in _DIMENSIONS.items() if asked.search(text)}


def unit_dimension(unit: str) -> str | None:
    """The dimension a figure's unit measures ("cm" -> length, 分钟 -> time), if it is one of them."""
    unit = unit.strip().lower()
    return next((name for name, (_, units) in _DIMENSIONS.items() if unit and units.search(unit)), None)


_FIGURE_UNIT = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:[万亿千百]|million|thousand)?\s*[余多]?"
                          r"(?P<unit>[a-zA-Z°℃]+|[\u4e00-\u9fff%°℃]{1,4})")


def holds_dimension(sentence: str, dimension: str) -> bool:
    """A figure in the sentence has a unit of that dimension (不少于4学时 for a time, 5–6 cm for a length)."""
    for m in _FIGURE_UNIT.finditer(sentence):
        unit = m.group("unit")
        prefixes = [unit] if unit.isascii() else [unit[:n] for n in range(1, len(unit) + 1)]  # 个月 of 个月未
        if any(unit_dimension(u) == dimension for u in prefixes):
            return True
    return False


def of_dimension(q: Query, units: list[str]) -> list[bool]:
    """Which figures (by their units) may answer: those in the dimension the question asks for, when any is
    ("what depth" over "30 compressions …, 5–6 cm deep": the centimetres; "how long is the training" over "a 4-hour
    induction … on 2 journeys": a length or a time, English does not say which); otherwise all of them."""
    asked = asked_dimensions(q)
    fits = [unit_dimension(u) in asked for u in units] if asked else [False] * len(units)
    return fits if any(fits) else [True] * len(units)
