"""A plain text's lines pushed to the right with spaces at its end: a signature block (the issuer over the date, set
under the text's right margin as a letter's is: ``            市红十字会办公室`` / ``            2026年3月2日``).
Normalising a line takes its spaces away, so the closing (:func:`.closing.closing_start`) is told which of the
text's last parts were so set: an issuer's line over a date, set apart so, signs the text as a post and a name do."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from reportbot.corpus.normalize import normalize


def _indent(line: str) -> int:
    """A line's indentation in columns (a full-width space two, a tab to the next multiple of eight)."""
    line = line.expandtabs(8)
    stripped = line.lstrip(" \u3000")
    return sum(2 if ch == "\u3000" else 1 for ch in line[:len(line) - len(stripped)])


def pushed_right(text: str, parts: Sequence[object]) -> frozenset[int]:
    """The indexes of ``parts`` (a text's paragraphs, one-line strings normalised) that are the text's last lines,
    each set deeper than every line above them: none where the text ends at the margin of the lines before."""
    lines = [x.rstrip("\r") for x in text.split("\n") if x.strip()]
    indents = [_indent(x) for x in lines]
    run = 0  # the count of last lines set deeper than every line above them
    above = list(accumulate(indents, max))  # (above[k]: the deepest of lines 0..k; one pass, not one per line)
    below = None  # the shallowest of the lines from k down
    for k in range(len(lines) - 1, 0, -1):
        below = indents[k] if below is None else min(below, indents[k])
        if below > above[k - 1]:
            run = len(lines) - k
    out: set[int] = set()
    k = len(parts) - 1
    for line in reversed(lines[len(lines) - run:]):
        if k < 0 or not isinstance(parts[k], str) or parts[k].strip() != normalize(line.strip()):
            break
        out.add(k)
        k -= 1
    return frozenset(out)
