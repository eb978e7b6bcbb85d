"""A form's comparative figures in brackets, named by a legend line (``Figures for 2023-24 are shown in brackets``;
``括号内为2023年数``).

A return or a summary of figures sets last year's figure in brackets after this year's (``Cardiac arrests attended
........ 58 (49)``) and says once, in a line above the form, which year the bracketed figures are. Read as written,
the line holds two figures and no year: a question about that year finds no figure it names. Where the document has
such a legend, each labelled value of a figure and a bracketed figure is read with the legend's year in the bracket
(``Cardiac arrests attended: 58 (49 in 2023-24)``), as the legend says to read it: the bracketed figure is the one
beside the year.
"""
from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:\d{2}|(?:19|20)\d{2}))?"
# the legend: the figures for a year (or a year's period) are those in brackets
_LEGEND = re.compile(rf"(?i)\b(?:figures|amounts|numbers|comparatives?)\s+(?:for|of)\s+(?:the\s+year\s+)?"
                     rf"(?P<en>{_YEAR})\s+(?:are|is)\s+(?:shown|given|set)?\s*in\s+(?:brackets|parentheses)|"
                     rf"(?:括号|括弧)内(?:为|是|系)(?P<zh>{_YEAR}年度?)")
# a value of a figure (a count, an amount, a time) and a bracketed figure after it: 58 (49), 1,096 (987), 7 min 40 s
# (8 min 15 s)
_COMPARED = re.compile(r"(?P<now>\d[\d,.]*(?:\s*[^\d\s()（）]{1,6}(?:\s+\d[\d,.]*\s*[^\d\s()（）]{1,6})?)?)\s*"
                       r"[(（](?P<then>\d[\d,.]*(?:\s*[^\d\s()（）]{1,6}(?:\s+\d[\d,.]*\s*[^\d\s()（）]{1,6})?)?)[)）]")


def legend_year(texts: list[str]) -> str | None:
    """The year (or period) a legend line among ``texts`` says the bracketed figures are, or None."""
    for text in texts:
        if m := _LEGEND.search(text):
            return (m.group("en") or m.group("zh")).replace(" ", "")
    return None


def with_year(value: str, year: str) -> str:
    """A form's value with the legend's year in its bracket (``58 (49)`` → ``58 (49 in 2023-24)``;
    ``58（2023年：49）``); as it was when it is no figure and a bracketed figure."""
    m = _COMPARED.fullmatch(value.strip())
    if not m:
        return value
    if "年" in year:  # (a Chinese form's: 58（2023年：49）)
        return f"{m.group('now')}（{year}：{m.group('then')}）"
    return f"{m.group('now')} ({m.group('then')} in {year})"
