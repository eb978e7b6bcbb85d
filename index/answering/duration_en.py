"""An English duration written in two units, the larger first ("4 minutes 20 seconds", "6 min 40 s", "2 h 15 min"):
where it ends (split from figures_en.py, no behaviour changed)."""
from __future__ import annotations

import re

_TIME_UNITS = r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_TIME_ORDER = ["se", "mi", "ho", "hr", "da", "we", "mo", "ye"]  # by the first two letters, smallest first
_TIME_UNIT_END = re.compile(rf"\d\s?{_TIME_UNITS}$", re.I)
# the smaller unit may be a symbol (6 min 40 s, 2 h 15 min) where a larger unit stands before it
_MORE_TIME = re.compile(rf"\s+(?:and\s+)?\d+\s?({_TIME_UNITS[1:-1]}|s|h)\b", re.I)


def _order(unit: str) -> int:
    """A time unit's rank, smallest first (s and h: the symbols of seconds and hours)."""
    unit = unit.lower()
    return _TIME_ORDER.index({"s": "se", "h": "ho"}.get(unit, unit[:2]))


def duration_end(sentence: str, end: int) -> int:
    """The end of the figure ending at ``end``, taken on over a smaller unit's figure right after it when the figure
    ends in a time unit ("4 minutes" then " 20 seconds": one duration); ``end`` otherwise."""
    first, more = _TIME_UNIT_END.search(sentence, 0, end), _MORE_TIME.match(sentence, end)
    if first and more and _order(more.group(1)) < _order(first.group(1)):
        return more.end()
    return end
