"""A run of short numbered paragraphs opening a section with no line leading into them (（一）…； / （二）…；, ① … / ② …
under 六、下一步工作): the items of one list, read together as one passage, when they are clauses of one sentence.

After a paragraph ending in a colon such paragraphs were already one list (``assemble``); without it each stood as a
passage of its own, a line of a few words that the search found apart from the items beside it, under the same
heading. A run whose items end their own sentences (``1. 派发食物包3,260份，受惠家庭1,090户。`` / ``2. …。``) is
paragraphs, each a passage of its own: joined, the item a question asks for was one line of a long passage, which
lost to a passage of the same document stating less. A long numbered paragraph is a paragraph of its own, as before,
and so is one alone."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.sentences import ENUMERATED

# a circled number opening a paragraph (①, ❶, ➀): an item's number, as （一） is
_CIRCLED = re.compile(r"^[\u2460-\u2473\u2776-\u277f\u2780-\u2789]\s*\S")


@dataclass(frozen=True)
class RunLayout:
    """Which numbered paragraphs with no lead-in are read as one list. Set by hand on the bench's reports and
    notices (set 38's Zhuzhou items run 40 to 100 characters; the sets whose documents' runs changed in round 44),
    not fitted; they shape the documents' passages, so the index manifest records them (``tunables``)."""

    # an item of a run read together is at most this long (characters); a longer numbered paragraph is a part of
    # the report, a passage of its own
    short_item_chars: int = 150
    # an item ends its sentence or its clause (…；): a short numbered line ending otherwise is a heading's or a label's
    ends: tuple[str, ...] = ("。", "；", ";", "！", "？", ".", "!", "?")
    # a run is one list when each item before its last ends in one of these: clauses of one sentence (…； …； …。);
    # an item before the last ending its sentence is a paragraph of its own, and so are the run's other items
    clause_ends: tuple[str, ...] = ("；", ";")
    # the numerals that count a statement's parts before 是 (一是…, 二是…, up to 十是): a run so counted is one list
    # whatever its items end in
    ordinals: str = "一二三四五六七八九十"


RUNS = RunLayout()


def run_item(text: str) -> bool:
    """Whether a paragraph can be an item of a run with no lead-in: numbered (（一）, (1), 1., ①), short, and ending
    its sentence or clause."""
    text = text.strip()
    return bool(ENUMERATED.match(text) or _CIRCLED.match(text)) and len(text) <= RUNS.short_item_chars \
        and text.endswith(RUNS.ends)


# an item counted as a statement's part (一是…, 二是…: "the first is …"): no subject of its own, whatever it ends in
_ORDINAL_IS = re.compile(rf"^[{RUNS.ordinals}]是")


def one_list(items: Sequence[str]) -> bool:
    """Whether a run of items (:func:`run_item`) is one list: two or more, each before the last ending a clause, not
    its sentence (（一）…； / （二）…； / （三）…。), or each counted as a part of one statement (一是…。 / 二是…。:
    the parts of the plans, the problems the heading names). Items each ending their own sentence (1. …。 / 2. …。)
    are paragraphs, a passage each; so is one item alone."""
    return len(items) > 1 and (all(x.strip().endswith(RUNS.clause_ends) for x in items[:-1])
                               or all(_ORDINAL_IS.match(x.strip()) for x in items))


# an item's number as the loaders write it (4. …, 4) …)
_NUMBER = re.compile(r"^(\d{1,3}[.)]\s+)(?=\S)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def numbered_halves(sentences: list[str]) -> list[str]:
    """A bilingual item's sentences with its number on each half: the first sentence in English after Chinese ones
    (``4. 请在救生员执勤时段…戏水。`` / ``Swim only during lifeguard hours…``) takes the item's number too, so each
    language's half reads as item 4 (a reader of the English side lost it)."""
    m = _NUMBER.match(sentences[0]) if sentences else None
    if not m or not _CJK.search(sentences[0]):
        return sentences
    k = next((k for k, x in enumerate(sentences) if k and not _CJK.search(x) and re.match(r"[A-Z]", x)), None)
    if k is None or any(not _CJK.search(x) for x in sentences[1:k]):
        return sentences
    return [*sentences[:k], m.group(1) + sentences[k], *sentences[k + 1:]]
