"""A Chinese figure answer in English, rendered from its parts (qualifier, number, magnitude, measure word, counted
noun): 超5亿元 -> "over 500 million yuan", 123支救援队 -> "123 rescue teams", 68.05万名 -> "680,500". A measure
word or counted noun without an English rendering stays Chinese.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from reportbot.index.answering.figures_zh import UNIT_ZH
from reportbot.index.answering.glosses import cedict_entries, gloss_phrase
from reportbot.index.retrieval.measured import CLASSIFIERS
from reportbot.index.retrieval.query import chinese_to_int

_QUALIFIERS = {"约": "about", "超过": "over", "超出": "over", "超": "over", "逾": "over", "近": "nearly",
               "达到": "", "达": "", "共": "", "累计": "", "总计": "", "合计": "", "全部": "all",
               "不少于": "at least", "不到": "under"}
_MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000),
              "百": Decimal(100)}
_CLASSIFIERS = set(CLASSIFIERS)
# measure words with an English unit: (singular, plural)
_UNITS = {"元": ("yuan", "yuan"), "人": ("person", "people"),
          "次": ("time", "times"), "场次": ("session", "sessions"), "年": ("year", "years"), "月": ("month", "months"),
          "天": ("day", "days"), "小时": ("hour", "hours"), "岁": ("year old", "years old"),
          "周岁": ("year old", "years old"),
          "公里": ("km", "km"), "平方米": ("square metre", "square metres"), "米": ("metre", "metres"),
          "吨": ("tonne", "tonnes"), "亩": ("mu", "mu"), "倍": ("-fold", "-fold"), "市": ("city", "cities"),
          "县": ("county", "counties"), "区": ("district", "districts"), "省": ("province", "provinces"),
          "%": ("%", "%")}
# every other measure word a Chinese figure is read with (figures_zh.UNIT_ZH) takes CC-CEDICT's first common sense
# as its English (人次: person-times, 学时: class hour, 毫升: milliliter): one of two characters or more, not a
# magnitude or an approximation before a unit (万人, 余人); a single character's first sense is mostly a verb's
# (升: to ascend, 分: to divide)
_DICTIONARY_UNITS = frozenset(u for u in (re.sub(r"\(\?[=!].*?\)|.\?", "", x) for x in UNIT_ZH.split("|"))
                              if len(u) >= 2 and u not in _UNITS and u[0] not in "万亿千百余多")
_UNIT_RE = "|".join(sorted([re.escape(u) for u in (*_UNITS, *_DICTIONARY_UNITS)] + sorted(_CLASSIFIERS), key=len,
                           reverse=True))
_FIGURE = re.compile(
    "^(?P<pre>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + ")?"
    r"(?P<num>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(?P<mag>万亿|亿|万|千|百)?(?P<post1>余|多)?"
    rf"(?P<unit>{_UNIT_RE})?(?P<post2>余|多)?(?P<noun>[\u4e00-\u9fff]{{0,8}})$")
_IRREGULAR_PLURAL = {"person": "people", "man": "men", "woman": "women", "child": "children", "staff": "staff"}


def render_number(value: Decimal) -> str:
    """680500 -> "680,500"; 500000000 -> "500 million"; 1.5 -> "1.5"."""
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if value >= size and (value / size) == (value / size).quantize(Decimal("0.01")):
            return f"{_plain(value / size)} {word}"
    return _plain(value, grouped=True)


def _plain(value: Decimal, grouped: bool = False) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}" if grouped else str(int(value))
    return f"{value:,f}" if grouped else f"{value:f}"


def plural(phrase: str) -> str:
    """The phrase with its last word in the plural ("rescue team" -> "rescue teams")."""
    head, _, last = phrase.rpartition(" ")
    if last in _IRREGULAR_PLURAL:
        word = _IRREGULAR_PLURAL[last]
    elif re.search(r"(s|x|z|ch|sh)$", last):
        word = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def _value(m: re.Match) -> Decimal | None:
    num = m.group("num")
    try:
        value = Decimal(num) if num[0].isdigit() else Decimal(chinese_to_int(num))
    except (InvalidOperation, TypeError):
        return None
    return value * _MAGNITUDE.get(m.group("mag") or "", Decimal(1))


@functools.lru_cache(maxsize=64)
def unit_english(unit: str) -> tuple[str, str] | None:
    """A measure word in English (singular, plural), or None: listed, or CC-CEDICT's first common sense, a plural
    there ("person-times"), whose singular drops the s."""
    if unit in _UNITS:
        return _UNITS[unit]
    sense = next((defs.split("/")[0].split(" (")[0].strip() for proper, defs in cedict_entries(unit) if not proper),
                 "") if unit in _DICTIONARY_UNITS else ""
    if not sense:
        return None
    plural_there = sense.endswith("s") and not sense.endswith("ss")  # person-times; class is one
    return (sense[:-1], sense) if plural_there else (sense, plural(sense))


def render_figure(answer: str) -> str | None:
    """A figure answer in English (a counted noun without a gloss stays Chinese); None if it is no figure."""
    m = _FIGURE.match(answer.strip())
    value = _value(m) if m else None
    if value is None:
        return None
    unit, noun = m.group("unit") or "", m.group("noun")
    qualifier = _QUALIFIERS.get(m.group("pre") or "", "") or ("over" if m.group("post1") or m.group("post2") else "")
    one = value == 1 and not qualifier
    words = [qualifier, render_number(value)]
    if (english := unit_english(unit)) is not None:
        words.append(english[0 if one else 1])
    if noun and (unit or len(noun) > 1):  # one character right after a figure is its measure word (17枚: no
        # "tree trunks"); after a measure word it is the noun (89个县)
        noun_en = gloss_phrase(noun)
        if noun_en is None:
            words.append(noun)  # no gloss: the Chinese word stays
        else:
            words.append(noun_en if one or english is not None else plural(noun_en))
    text = " ".join(w for w in words if w)
    return text.replace(" %", "%").replace(" -fold", "-fold")
