"""A plain text written in two languages, each Chinese line followed by its translation (or each English line by
its Chinese): a block of lines whose script alternates line by line. Each line is a paragraph of its own, in its
own language (read as one paragraph, a pair matched a question in either language twice, and drew questions about
other documents); a heading and its translation, both heading-like, are one heading (``隊長的話 / From the
Captain``), else the first stood over nothing and its translation's paragraph went under the second. Pure
functions over a block's normalised lines."""
from __future__ import annotations

import re

from reportbot.corpus.sentences import is_heading
from reportbot.corpus.unit_names import CJK

_HAN = re.compile(rf"[{CJK}]")
_LATIN = re.compile(r"[A-Za-z]")
# a line broken inside its sentence (after a clause mark or a comma): wrapped, no paragraph of its own
_WRAPPED = re.compile(r"[，、,（(“‘\-–—]$")
JOIN = " / "  # between a heading and its translation


def script(line: str) -> str | None:
    """``zh`` for a line mostly in Chinese characters, ``en`` for one in Latin letters with no Chinese character,
    None for neither (figures, marks)."""
    han, latin = len(_HAN.findall(line)), len(_LATIN.findall(line))
    if han and han >= latin / 4:
        return "zh"
    return "en" if latin >= 2 and not han else None


def paired(lines: list[str]) -> bool:
    """Whether a block's lines are pairs of a line and its translation: an even number of them, two or more, the
    script alternating line by line in the same order in every pair, no line broken inside its sentence."""
    scripts = [script(x) for x in lines]
    if len(lines) < 2 or len(lines) % 2 or None in scripts or any(_WRAPPED.search(x.rstrip()) for x in lines):
        return False
    return all(a != b and a == scripts[0] for a, b in zip(scripts[::2], scripts[1::2], strict=True))


def paired_lines(lines: list[str]) -> list[str]:
    """A paired block's paragraphs (:func:`paired`): each line, but a heading and its translation, which are one."""
    out: list[str] = []
    for a, b in zip(lines[::2], lines[1::2], strict=True):
        out += [f"{a}{JOIN}{b}"] if is_heading(a) and is_heading(b) else [a, b]
    return out


def paired_heading(line: str) -> bool:
    """Whether a line is a heading and its translation joined (:func:`paired_lines`): two heading-like halves, one
    in each script (a title so written may be longer than one heading)."""
    halves = line.split(JOIN)
    return len(halves) == 2 and all(is_heading(x) for x in halves) and \
        {script(halves[0]), script(halves[1])} == {"zh", "en"}
