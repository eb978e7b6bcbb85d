"""Figures as documents write them, read as one value: digits with grouping commas (3,200), decimals with a magnitude
(1.5万), and Chinese numerals (八, 十二, 三百万, 一百零五, 两千, 一一四), the way rules and regulations write them
(每年不得少于八小时, 保额新台币三百万元). Full-width digits are ASCII by then (``corpus.normalize``).

One reading shared by the question's analysis and the answer's checks, so that 八小时 is a figure of hours as 8小时
is, and 十六岁 is the 16 a question names. The value reading is a small pure function, not ``cn2an``: that library
reads the same numerals but costs a third of a second to import and a dependency of its own (``proces``).
"""
from __future__ import annotations

import re

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = (("亿", 10 ** 8), ("万", 10 ** 4))
# the characters a Chinese numeral is written with, and the ones it may open with: 十二 is a number, but 万人, 千人
# and 百万人 open with a magnitude and are words (每万人口, 千人计划)
NUMERAL_ZH = "〇零一二两三四五六七八九十百千万亿"
ZH_NUMBER = "[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]*"
# measure words a Chinese figure is counted with (人次, 台次, 小时, 元, 岁): what follows a figure and says what it
# measures; those before the words they begin (公升, 毫升, 公斤 before 升, 斤; 分钟 and 周岁 before 分, 周) keep the
# longer reading, and 日 counts days only before 内 (3日内: a date's day is no count); goods are counted by the
# container or piece they come in (2,960袋, 260顶帐篷, 4副手套; 包 not of 包括)
UNIT_ZH = (r"人次|场次|台次|架次|余人|万人|多人|学时|课时|个?工作日|个月|个小时|日(?=内)|"
           r"个|名|支|次|人|元|件|项|家|所|座|场|"
           r"批|条|位|户|台|辆|篇|期|届|年|月|天|小时|市|县|区|省|类|种|处|间|栋|套|份|册|本|吨|"
           r"袋|箱|桶|瓶|盒|顶|床|双|副|张|包(?!括)|"
           r"公升|毫升|升|公斤|千克|毫克|克|厘米|毫米|公分|平方米|平方公里|公里|米|亩|分钟|秒|周岁|岁|周|分|倍")
# of those, the ones a numeral before them makes a figure wherever they stand: measure words of two characters (八小时,
# 十二学时) and the one-character ones no common word begins with a numeral before (三个, 两年, 十六岁; not 一种, 统一,
# 三类, which are words as often as figures)
_COUNTING = "|".join(sorted({u for u in re.sub(r"\(\?[=!].*?\)|.\?", "", UNIT_ZH).split("|") if len(u) >= 2}
                            | set("个名项次支家所位人场年天周岁倍元块台件座户分成"), key=len, reverse=True))
# a figure in Chinese numerals with its measure word (八小时, 十二小时, 三百万元, 十余名, 两年)
ZH_FIGURE = rf"[{NUMERAL_ZH}]+[余多几]?(?:{_COUNTING})"
# the names of currencies Chinese writes before an amount (新台币3,200元, 港币300, 人民币五十元): part of the amount
CURRENCY_ZH = "新台币|台币|港币|澳门币|人民币"
_FIGURE = re.compile(rf"(\d[\d,]*(?:\.\d+)?|\d*\.\d+)\s*([万亿千百]*)|([{NUMERAL_ZH}]+)")
_MAGNITUDE = {"万": 10 ** 4, "亿": 10 ** 8, "千": 1000, "百": 100}


def _below_ten_thousand(s: str) -> int | None:
    """A numeral under 万 written with 十, 百, 千 (一百零五, 十二, 两千); None if it is no number (千百, 十百)."""
    total, num, last = 0, None, 10_000
    for i, ch in enumerate(s):
        if ch in _DIGITS:
            num = _DIGITS[ch]
        else:
            unit = _SMALL.get(ch)
            if unit is None or unit >= last or (num is None and not (i == 0 and ch == "十")) or num == 0:
                return None
            total += (1 if num is None else num) * unit
            num, last = None, unit
    if num is not None and s[-1] in _DIGITS and len(s) >= 2 and s[-2] in _SMALL and s[-2] != "十" \
            and "零" not in s and "〇" not in s:
        return total + num * last // 10  # 一千五 is 1500, 两百五 250: the digit after a unit counts the next one down
    return total + (num or 0)


def zh_value(s: str) -> int | None:
    """The value of a Chinese numeral: 八 -> 8, 十二 -> 12, 一百零五 -> 105, 三百万 -> 3000000, 一万二 -> 12000;
    digits one by one (一一四 -> 114, 二〇二四 -> 2024, as years and numbers are read); None if it is none."""
    if not s or any(ch not in NUMERAL_ZH for ch in s):
        return None
    if len(s) >= 2 and all(ch in _DIGITS for ch in s):
        return None if "两" in s else int("".join(str(_DIGITS[ch]) for ch in s))
    for mark, size in _LARGE:
        if mark in s:
            head, _, tail = s.partition(mark)
            high = zh_value(head) if head else None
            if high is None:
                return None
            if not tail:
                return high * size
            if len(tail) == 1 and tail in _DIGITS and tail not in "〇零":
                return high * size + _DIGITS[tail] * size // 10  # 一万二 is 12000
            low = zh_value(tail.lstrip("〇零"))
            return None if low is None or low >= size else high * size + low
    return _below_ten_thousand(s)


def figure_value(text: str) -> float | None:
    """The value of the figure a text opens with, as written: 3,200 -> 3200, 1.5万 -> 15000, 八小时 -> 8,
    新台币三百万元 -> 3000000 (anything before the figure is skipped); None if it holds none."""
    m = _FIGURE.search(text)
    if m is None:
        return None
    if m.group(3):
        value = zh_value(m.group(3))
        return None if value is None else float(value)
    try:
        value = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    for ch in m.group(2):
        value *= _MAGNITUDE[ch]
    return value


_RUN = re.compile(rf"[{NUMERAL_ZH}]+")
_UNIT_AFTER = re.compile(_COUNTING)


def zh_figures(text: str) -> list[tuple[int, int, int]]:
    """The figures a text writes in Chinese numerals, as (start, end, value) of the numerals: a run of two numerals or
    more (十六, 一百零五), or one before a measure word (八小时, 两年); one numeral alone is a word's character as often
    (统一, 一些)."""
    out = []
    for m in _RUN.finditer(text):
        value = zh_value(m.group(0))
        if value is not None and (len(m.group(0)) >= 2 or _UNIT_AFTER.match(text, m.end())):
            out.append((m.start(), m.end(), value))
    return out


def same_figure(a: str, b: str) -> bool:
    """Two texts open with the same figure, however each writes it (八小时 and 8 hours, 3,200元 and 3200)."""
    x, y = figure_value(a), figure_value(b)
    return x is not None and x == y
