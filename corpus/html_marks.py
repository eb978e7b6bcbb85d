"""A note's mark an html page sets raised (``海灘救護<sup>1</sup>``, ``Total<sup>2</sup>``): read as raised figures
(``海灘救護¹``), as a Word file's raised marks are (.docx_notes), which ``normalize`` drops after a word. Read flat,
the figure ran into the word before it (``海滩救护1``, a table's row header no question names so, or ``Total2``, a
figure beside the amount). A ``<sup>`` holding other text (``m<sup>2</sup>`` is a unit's power, kept by
``normalize``; ``1<sup>st</sup>``) is read as before."""
from __future__ import annotations

import re

_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MARK = re.compile(r"\s*\[?(\d{1,2})\]?\s*")


def raised_marks(soup) -> None:
    """Each ``<sup>`` of ``soup`` holding one or two figures (bracketed or not) replaced by those figures raised, set
    onto the text before it (a table's cell reads its pieces apart: ``海灘救護 ¹`` was no mark after a word)."""
    from bs4 import NavigableString

    for sup in soup.find_all("sup"):
        found = _MARK.fullmatch(sup.get_text())
        if not found:
            continue
        raised, before = found.group(1).translate(_RAISED), sup.previous_sibling
        if type(before) is NavigableString and before.strip():
            before.replace_with(NavigableString(str(before).rstrip() + raised))
            sup.decompose()
        else:
            sup.replace_with(raised)
