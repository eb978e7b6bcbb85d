"""An enumeration longer than a short answer may be, shortened to its first whole items.

"Which documents do I need to bring?" over a sentence that lists five of them in 90 characters is better
answered by the first two items than by the first clause or by 59 characters cut inside a word. The list is
cut after the last item that fits, at a list mark (、，；, ", "), never inside an item; the cut answer stays a
stretch of its sentence, so it can still be shown underlined there. Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.spans import MAX_ANSWER_CHARS, Span

# the marks that end an item: Chinese 、，；; English ", " and "; " (a comma between digits is part of a figure)
_ITEM_MARK = re.compile(r"[、，；;]|,(?!\d{3})")
# items: "A, B and C", "A, B, and C"; not a clause joined by ", and" ("… in 2022, and suggested …")
_ENGLISH_LIST = re.compile(r"\w, (?:[\w'-]+ ){1,6}?(?:and|or) |\w, [\w' -]+, (?:and|or) ")


@dataclass(frozen=True)
class ListCut:
    """Where a long enumeration may be cut; set by hand on made-up FAQ and regulation sentences (tests)."""

    least_share: float = 0.3  # the items kept hold at least this share of the answer's room (else no list is cut)


CUT = ListCut()


def is_list(text: str) -> bool:
    """The text enumerates: two or more 、-items, or English items joined by commas and a closing and / or."""
    return text.count("、") >= 1 or text.count("；") >= 2 or bool(_ENGLISH_LIST.search(text))


def first_items(span: Span, sentence: str, room: int = MAX_ANSWER_CHARS, cut: ListCut = CUT) -> Span | None:
    """The span's first whole items that fit in ``room`` characters, when the span is a list too long to show;
    None when it is no list or not even one item fits."""
    if len(span.text) <= room or not is_list(span.text):
        return None
    ends = [m.start() for m in _ITEM_MARK.finditer(span.text) if m.start() <= room]
    if not ends or ends[-1] < cut.least_share * room:
        return None
    end = span.start + ends[-1]
    while end > span.start and sentence[end - 1] in " ":
        end -= 1
    return Span(sentence[span.start:end], span.start, end, span.source, span.strength)


def shown(text: str, room: int = MAX_ANSWER_CHARS) -> str:
    """An answer as it is shown: whole when it fits; a list cut after its last whole item that fits; else cut
    with an ellipsis."""
    if len(text) <= room:
        return text
    kept = first_items(Span(text, 0, len(text)), text, room)
    return kept.text if kept is not None else text[:room - 1] + "…"
