"""A form's line of a label, leader dots and a value (``Calls dispatched .... 1,096 (987)``, ``挂号费……5元``): where
the dots part the two, and how long a value may be (split from plain_structure.py, no behaviour changed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.sentences import END

# leader dots between a label and its value (``Emergency First Aid ........ 85``, ``CPR ... 60``, ``挂号费……5元``):
# a column break (three dots or more after a space, six or more, or two ellipses: ``so on.. 3 more`` is prose)
LEADER = re.compile(r"\s+(?:[.·・]\s?){3,}\s*|\s*(?:(?:[.·・]\s?){6,}|(?:…\s?){2,})\s*")


@dataclass(frozen=True)
class LeaderValues:
    """How long a value after leader dots may be (``Newest scheme ........ Foxdale, launched 4 November 2024``); set by
    hand on made-up texts (tests/test_leader_forms.py) and the library's forms, not fitted: a longer one is a sentence
    going on past an ellipsis."""

    chars: int = 40
    words: int = 8


LEADER_VALUES = LeaderValues()


def leader_value(label: str, value: str) -> bool:
    """Whether ``value``, after leader dots, is a form's value (a price, a figure with last year's in brackets:
    ``1,096 (987)``, ``7 min 40 s (8 min 15 s)``; a name and its place: ``Kermode & Cain, Douglas``) and not a
    sentence going on past an ellipsis (``老张说……好吧，我再值一个班。``): a few words, ending no sentence, holding
    no Chinese comma, an English comma only between a figure's thousands or before a space, after a label that
    ends no sentence."""
    if len(value) > LEADER_VALUES.chars or len(value.split()) > LEADER_VALUES.words or label[-1:] in END:
        return False
    return not re.search(f"[{END}，]|,(?! |\\d{{3}}(?!\\d))", value)


def leader_cells(line: str) -> tuple[str, str] | None:
    """A form's line split at its leader dots into its label and value (``Calls attended ........ 1,041 (929)``);
    None for any other line (a table of contents' entry is taken out before: :mod:`.contents`)."""
    from reportbot.corpus.plain_structure import cells  # (plain_structure reads this module: imported here)

    found = cells(line)
    if found is None or len(found) != 2 or not LEADER.search(line) or "|" in line or "｜" in line:
        return None
    return None if found[1].endswith(".") else (found[0], found[1])  # (a sentence going on past the dots ends so)
