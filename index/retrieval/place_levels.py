"""A place a question names at one level that a passage writes only as a place of another level.

A province's report says its province once, in its title (吉林省红十字会2024年度工作报告), and its table of cities
lists one that bears the province's name (吉林市). A question that names the place bare (吉林, jilin) asks about the
province the whole document is about; the city's row is no closer to it than any other passage of the document. The
keyword side already scores the place as the document's context alike for all its passages (``scope.ContextField``);
e5 does not: the row's 吉林市 lifts its cosine with the question over every other passage. So where the document's
context writes the question's place at one level and a passage writes the same name only at another, the lift the
place gives that passage's (and sentence's) cosine is held to the most it gives a passage of the same document that
does not write the name (:func:`held_lift`). A city named without 市 (温州) in a document about that city (温州市…)
is asked at the level its context writes: its passages' 温州市 is the question's place.
"""
from __future__ import annotations

import re

import numpy as np

# the administrative suffix that may follow a place's name (place_names._SUFFIXES), the longer ones first
_LEVEL = re.compile(r"自治区|特别行政区|[省市县区州]")


def levels(stem: str, text: str) -> list[str]:
    """The level each occurrence of the place ``stem`` in ``text`` is written at: the suffix after it (省, 市…),
    '' where none follows (临江红十字会, 临江大学)."""
    out = []
    for m in re.finditer(re.escape(stem), text):
        suffix = _LEVEL.match(text, m.end())
        out.append(suffix.group(0) if suffix else "")
    return out


def asked_level(stem: str, question: str, context: str) -> str | None:
    """The level a question asks its place at: the suffix the question writes (吉林市), else the one level the
    passage's context (its title, headings and document's own places) writes the place at (吉林省红十字会…: 省);
    None when neither says one, or the context says two (吉林省吉林市…)."""
    for said in (question, context):
        found = {x for x in levels(stem, said) if x}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def elsewhere(stem: str, asked: str | None, text: str) -> bool:
    """Whether ``text`` writes the place only as a place of another level than ``asked`` (吉林市 where 省 is)."""
    if not asked:
        return False
    found = levels(stem, text)
    return bool(found) and all(x and x != asked for x in found)


def without_place(text: str, forms: tuple[str, ...]) -> str:
    """The question without its place: each form (its Chinese name with any suffix, its English names as words)."""
    for f in forms:
        pattern = rf"(?<![A-Za-z]){re.escape(f)}(?![A-Za-z])" if f.isascii() else \
            rf"{re.escape(f)}(?:{_LEVEL.pattern})?"
        text = re.sub(pattern, " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


def held_lift(with_place: np.ndarray, without: np.ndarray, affected: np.ndarray, plain: np.ndarray,
              doc: np.ndarray) -> np.ndarray:
    """Scores with a word's lift (``with_place - without``: a place's, a document's name's) held, where
    ``affected``, to the median lift of the ``plain`` scores of the same document (those that do not write the
    word); unchanged where ``affected`` is false, and where the document has no plain score among these."""
    out = with_place.copy()
    lift = with_place - without
    for d in np.unique(doc[affected]):
        others = plain & (doc == d)
        if others.any():
            rows = affected & (doc == d)
            out[rows] = without[rows] + np.minimum(lift[rows], np.median(lift[others]))
    return out
