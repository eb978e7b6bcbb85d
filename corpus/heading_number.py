"""A heading's section number and the space after it (``1.1 谁可以报名``, ``2 培训与上岗``).

Normalising takes a space between a figure and a Chinese character away, as a layout's artefact (近2000 个); a
heading's number is no figure of its text but its label, and without the space it runs into the name (1.1谁可以报名,
a heading path a reader and a citation see so). A heading opening with a section's number, one or two figures a
part (1, 1.1, 2.3.1), then a space and its Chinese name, keeps one space there; a figure before a unit or a date's
character (12 月工作安排, 3 个重点) is a count or a date, which loses it as before.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import normalize
from reportbot.corpus.unit_names import CJK

_NUMBERED = re.compile(rf"^\s*(\d{{1,2}}(?:\.\d{{1,2}})*\.?)[ \t\u3000\u00a0]+"
                       rf"(?![年月日号时个项条次名人元万亿])(?=[{CJK}])")


def heading_text(text: str) -> str:
    """A heading's text normalised (:func:`.normalize.normalize`), one space kept after a section number opening it
    and its Chinese name."""
    m = _NUMBERED.match(text)
    if not m:
        return normalize(text)
    return f"{normalize(m.group(1))} {normalize(text[m.end():])}"
