"""The letters of an acronym's steps: "the S step in DRSABC", "DRSABC的“S”代表什么".

A list that spells an acronym (DRSABC: Danger, Response, Send for help, …) answers a question about
one of its letters with the item that letter stands for: the item's label, before its dash or colon.
Pure functions over the question's text and a passage's sentences.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")
# a capital letter on its own, or quoted: “S”, 'S', the S step
_LETTER = re.compile(r"[“\"'‘「『]([A-Z])[”\"'’」』]|(?<![A-Za-z'’])([A-Z])(?![A-Za-z])")
_LABEL_END = re.compile(r"\s+[–—-]\s+|\s*[:：]\s*")
_LEADING = re.compile(r"^[\s*“\"'‘「(（\d.)）]*")


def asked_letter(question: str) -> tuple[str, int] | None:
    """(the acronym, the position of the letter asked about) when a question asks what one letter stands for."""
    letters = [a or b for a, b in _LETTER.findall(question)]
    for acronym in _ACRONYM.findall(question):
        for letter in letters:
            if acronym.count(letter) == 1:
                return acronym, acronym.index(letter)
    return None


def spelled_item(acronym: str, at: int, sentences: Sequence[str]) -> tuple[int, int, int] | None:
    """(sentence, start, end) of the label of the item standing for letter ``at`` in a run of sentences that
    spells ``acronym`` right after a sentence naming it; None when the passage holds no such run."""
    n = len(acronym)
    for i, s in enumerate(sentences):
        if acronym not in s:
            continue
        # the items after it (a stray full stop a quote left behind is no item)
        run = [j for j in range(i + 1, len(sentences)) if re.search(r"\w", sentences[j])][:n]
        starts = [len(_LEADING.match(sentences[j]).group(0)) for j in run]
        if len(run) < n or any(sentences[j][k:k + 1].upper() != c for j, k, c in zip(run, starts, acronym)):
            continue
        item, start = sentences[run[at]], starts[at]
        cut = _LABEL_END.search(item, start)
        end = cut.start() if cut else len(item.rstrip("。.;；"))
        return run[at], start, end
    return None
