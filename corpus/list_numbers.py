"""The numbers of numbered list items as the reader saw them: 3., c., iii., 三、, (3).

A numbered list in a .docx file (Word's List Number, or any paragraph numbered through ``numPr``) or an html ``<ol>``
shows each item with its number, and a reader says "step 3" or "第三步". The loaders keep that number as the start of
the item's text: ``3. text`` is stored as a Markdown ordered list item (``md_write.to_markdown``), any other form
(``三、text``, ``(3) text``, ``c. text``) as a list item whose text opens with it.
"""
from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# a label that is a decimal number and one closing mark (1. 1、 1) or none): stored as a Markdown "1." item
_DECIMAL_LABEL = re.compile(r"^(\d{1,9})[.、．)]?$")


def chinese_number(n: int) -> str:
    """``n`` (1–9999) in Chinese counting, as a list is numbered: 一, 十, 十一, 二十三, 一百零五."""
    if n <= 0 or n > 9999:
        return str(n)
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + ("" if value == 10 and digit == 1 and not out else _DIGITS[digit])
            out += unit
            zero = False
        elif out:
            zero = True
    return out


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out or str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out or str(n)


# Word's numFmt values and CSS list-style-type / html type values, each to how it writes n
_FORMATS = {
    "decimal": str, "1": str, "decimalZero": lambda n: f"{n:02d}", "decimal-leading-zero": lambda n: f"{n:02d}",
    "lowerLetter": _letters, "a": _letters, "lower-alpha": _letters, "lower-latin": _letters,
    "upperLetter": lambda n: _letters(n).upper(), "A": lambda n: _letters(n).upper(),
    "upper-alpha": lambda n: _letters(n).upper(), "upper-latin": lambda n: _letters(n).upper(),
    "lowerRoman": _roman, "i": _roman, "lower-roman": _roman,
    "upperRoman": lambda n: _roman(n).upper(), "I": lambda n: _roman(n).upper(),
    "upper-roman": lambda n: _roman(n).upper(),
    "chineseCounting": chinese_number, "chineseCountingThousand": chinese_number, "taiwaneseCounting": chinese_number,
    "taiwaneseCountingThousand": chinese_number, "japaneseCounting": chinese_number, "cjk-ideographic": chinese_number,
    "simp-chinese-informal": chinese_number, "trad-chinese-informal": chinese_number,
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10], "cjk-heavenly-stem": lambda n: _STEMS[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedParen": lambda n: f"({n})", "decimalFullWidth": str,
}
# the mark after the number where the format's own is not a full stop (an html list numbered 一、二、)
_CJK_FORMATS = frozenset(("cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal", "cjk-heavenly-stem"))


MAX_COUNTED = 3999


def counter_text(n: int, fmt: str) -> str | None:
    """``n`` written in the list format ``fmt`` (a Word numFmt or an html/CSS list style); None for a bullet or an
    unnumbered format."""
    write = _FORMATS.get(fmt)
    if write is None:
        return None
    # past what a list holds (a file's own start value may be any number), a number is written in digits: a roman
    # numeral or a letter count of 10**12 would be a string as long (CSS writes roman numerals up to 3999 alike)
    return write(n) if 0 < n <= MAX_COUNTED else str(n)


def html_label(n: int, fmt: str) -> str | None:
    """An html ``<ol>`` item's number as a browser shows it: ``3.``, ``c.``, ``三、``."""
    text = counter_text(n, fmt)
    if text is None:
        return None
    return text + ("、" if fmt in _CJK_FORMATS else ".")


def item_text(label: str | None, text: str) -> str:
    """A list item's text with its number in front; a decimal number is written ``3.`` whatever its closing mark, so
    the item is stored as a Markdown ordered list item."""
    if not label:
        return text
    decimal = _DECIMAL_LABEL.match(label)
    if decimal:
        return f"{int(decimal.group(1))}. {text}"
    joiner = "" if label[-1] in "、）】〕」" else " "
    return label + joiner + text
