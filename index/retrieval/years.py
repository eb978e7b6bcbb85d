"""Years typed with two digits (24年, 25年搞了几场) read as the years the documents write (2024年).

Group members shorten a year to its last two digits; documents write four. A two-digit figure before 年 is read
as a year of this century unless the words around it make it a length of time: a verb or adverb of
amount before it (用了, 近, 满, 共, 约, 第) or a word after 年 that only follows a duration or a decade
(来, 间, 内, 多, 半, 前, 后, 代, 之久, 左右). A figure larger than this century has reached plus ten
stays as typed: 60年 is sixty years.
"""
from __future__ import annotations

import re
from datetime import date

# before the figure: words that make it an amount of years (用了24年, 近20年, 满15年, 第10年)
_AMOUNT_BEFORE = "了过近达满共约有用历经第逾超每连仅才已"
# after 年: words that follow a length of time, not a year (24年来, 15年间, 10年内, 20年多, 30年前)
_DURATION_AFTER = re.compile(r"来|间|内|多|半|前|后|代|之久|左右|以上|以下|以内|里")
_SHORT_YEAR = re.compile(rf"(?<![\d.\-/{_AMOUNT_BEFORE}])(\d{{2}})年")


def full_years(text: str, today: date | None = None) -> str:
    """``text`` with each two-digit year written in full (24年 -> 2024年); lengths of time are left alone."""
    limit = (today or date.today()).year % 100 + 10

    def repl(m: re.Match) -> str:
        if int(m.group(1)) > limit or _DURATION_AFTER.match(text, m.end()):
            return m.group(0)
        return f"20{m.group(1)}年"
    return _SHORT_YEAR.sub(repl, text)
