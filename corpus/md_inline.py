"""A Markdown paragraph's inline text as the blocks read it (:func:`inline_text`): a line break as written is a space,
but between two lines that each open with a label (a run of labelled lines, each a line of its own); an html ``<br>``
or a hard break is a line break kept in the paragraph (:data:`LINE_BREAK`)."""
from __future__ import annotations

import re

from reportbot.corpus.field_kinds import DAY_PART, names_field
from reportbot.corpus.sentences import END, PHONE, opens_with_label

# a line break inside a paragraph (an html <br>): stored as a Markdown hard break, a backslash ending the line
LINE_BREAK = "\u2028"
_BR = re.compile(r"(?i)<br\s*/?>")


def inline_text(token, own: str = " ") -> str:
    """An inline token's text; a line break as written is a space, but between two labelled lines (``own``: what
    parts them, a space by default; :data:`OWN_LINE` to read them as paragraphs of their own)."""
    parts = []
    for child in token.children or []:
        if child.type == "html_inline" and _BR.fullmatch(child.content):
            parts.append(LINE_BREAK)  # (a <br> in a table's cell, where Markdown has no other line break)
        elif child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(_SOFT)  # (a space: normalize() drops it again between Chinese characters)
        elif child.type == "hardbreak":
            parts.append(LINE_BREAK)
    return _labelled_lines(parts, own).strip()


_SOFT = object()  # a line break inside a paragraph as written, no break as read (a space)
OWN_LINE = "\x1e"  # (between two labelled lines of a paragraph: each a paragraph of its own)


def _labelled_lines(parts: list, own: str) -> str:
    """A paragraph's pieces joined, each line break as written read as a space, but between two lines that each open
    with a label (编写：… / 咨询电话：…, Venue: … / Present: …): a run of labelled lines, parted by ``own`` (a
    line each, as a plain text's are: ``unwrap``)."""
    lines: list[list[str]] = [[]]
    for part in parts:
        if part is _SOFT:
            lines.append([])
        else:
            lines[-1].append(part)
    texts = ["".join(x) for x in lines]
    out = texts[0]
    for before, line in zip(texts, texts[1:]):
        above = before.rpartition(LINE_BREAK)[2].rstrip()
        below = line.partition(LINE_BREAK)[0]
        labelled = opens_with_label(above) and opens_with_label(below) and not _goes_on(above, below)
        out += (own if labelled and not above.endswith(tuple(END)) else " ") + line  # (Q: …? over A: … goes on)
    return out


# an English line's last word that leaves its sentence open (…on the loading dock and)
_OPEN_WORD = re.compile(r"\s(?:and|or|but|the|a|an|to|of|for|with|in|on|at|by|from|that|so)$")


def _goes_on(above: str, below: str) -> bool:
    """Whether a line that opens with a label is a sentence wrapped onto the next line, which only looks labelled:
    the line ends on a word that leaves its sentence open (…loading dock and), or, in Chinese, its value holds a
    clause's comma and ends on a character while the next line ends the sentence (温馨提示：…睡眠，当天 /
    早餐：宜清淡，不要空腹献血。). A field's value (编写：…宣传部, Venue: …, 41 Abala Road) ends no sentence, nor
    does a time's that ends on a part of the day (时间：6月14日（周六），上午), and a next line whose label names a
    place, a time or a person (地点：…, 联系人：…) or whose value is a telephone number opens a field of its own."""
    if _OPEN_WORD.search(above):
        return True
    value = above.partition("：")[2]
    label, _, told = below.partition("：")
    if DAY_PART.search(value.rstrip()) or names_field(label) or PHONE.search(told):
        return False
    return "，" in value and bool(re.search(r"[\u4e00-\u9fff]$", value)) and below.rstrip().endswith(("。", "！", "？"))
