"""A PDF's short name that only its dropped page furniture prints: a slide deck whose footer reads ``TVBA FY2025
Review | 3/10`` under the title ``Treasure Valley Blood Alliance`` spells the title's initials in capitals, and says
so nowhere else. Dropped with the footer (:mod:`.pdf_furniture`), the short name was lost, and a question asking by it
(``tvba donation goal``) found no document by that name: the title keeps it, in brackets after the words it stands
for (``Treasure Valley Blood Alliance (TVBA)``), as a text defines its short name where it first names the body."""
from __future__ import annotations

import re
from collections.abc import Sequence

from reportbot.corpus.blocks import Block

# a short name: a word of two to six capitals (TVBA, GARC), standing alone
_SHORT = re.compile(r"(?<![\w&])[A-Z]{2,6}(?![\w&])")
# words a short name leaves out of its initials (Society of Lifesaving: SL)
_SMALL = frozenset("of and the for in on at to & de".split())
_WORD = re.compile(r"[A-Za-z][\w'&.-]*")


def _spelled(title: str, short: str) -> tuple[int, int] | None:
    """Where in ``title`` a run of capitalised words stands whose initials (small words left out) spell ``short``:
    its start and end, or None."""
    words = list(_WORD.finditer(title))
    for i, first in enumerate(words):
        initials, k = "", i
        while k < len(words) and len(initials) < len(short):
            word = words[k].group(0)
            if word.lower() in _SMALL and initials:
                k += 1
                continue
            if not word[0].isupper():
                break
            initials += word[0]
            k += 1
        if initials == short and k - i >= 2:
            return first.start(), words[k - 1].end()
    return None


def with_short_name(blocks: list[Block], dropped: Sequence[str]) -> list[Block]:
    """``blocks`` with the title (the first heading) naming the short name that only the dropped furniture lines
    (``dropped``) print, where the title's words spell it and the text uses it nowhere else."""
    k = next((k for k, b in enumerate(blocks) if b.kind == "heading"), None)
    if k is None:
        return blocks
    title = blocks[k].text
    kept = " ".join(b.text for b in blocks) + " " + " ".join(c for b in blocks for r in b.rows for c in r)
    for short in dict.fromkeys(m.group(0) for x in dropped for m in _SHORT.finditer(x)):
        if re.search(rf"(?<![\w&]){short}(?![\w&])", kept):
            continue
        span = _spelled(title, short)
        if span is not None:
            title = f"{title[:span[1]]} ({short}){title[span[1]:]}"
            blocks = [*blocks[:k], Block("heading", title, blocks[k].level), *blocks[k + 1:]]
            break
    return blocks
