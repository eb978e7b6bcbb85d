"""Years typed with two digits (24年, 25年开了几回) read as the years the documents write (2024年).

Group members shorten a year to its last two digits; documents write four. A two-digit figure before 年 is read
as a year of this century unless the words around it make it a length of time: a verb or adverb of amount before
it (用了, 近, 满, 共, 约, 第), a verb right before it that takes no point in time when 年 ends the clause (值守15年。,
坚持10年了: the verb lasted that long; 截至24年, 到25年 name the year; 发布24年的报告 names it too), or a word after
年 that only follows a duration or a decade (来, 间, 内, 多, 半, 前, 后, 代, 之久, 左右). A figure larger than this
century has reached plus ten stays as typed: 60年 is sixty years.
"""
from __future__ import annotations

import re
from datetime import date

# before the figure: words that make it an amount of years (用了24年, 近20年, 满15年, 第10年)
_AMOUNT_BEFORE = "了过近达满共约有用历经第逾超每连仅才已"
# after 年: words that follow a length of time, not a year (24年来, 15年间, 10年内, 20年多, 30年前)
_DURATION_AFTER = re.compile(r"来|间|内|多|半|前|后|代|之久|左右|以上|以下|以内|里")
_SHORT_YEAR = re.compile(rf"(?<![\d.\-/{_AMOUNT_BEFORE}])(\d{{2}})年")
# verbs that take a point in time (截至24年底, 到25年, 始于22年): after them the figure is a year
_POINT_VERBS = frozenset("截至 截止 到 至 直到 始于 自 从 于 在".split())
# after 年: words that only follow a year (24年底, 25年度, 24年初)
_YEAR_AFTER = re.compile(r"底|初|末|度|中|终")
# after 年: the clause ends (值守15年。, 坚持12年了, 坚持12年吗): only then does a verb before it measure a length
_CLAUSE_END = re.compile(r"(?:了|吗|之久|多|以上)?(?:[，。；：！？、,.;:!?）)\s]|$)")


def full_years(text: str, today: date | None = None) -> str:
    """``text`` with each two-digit year written in full (24年 -> 2024年); lengths of time are left alone."""
    limit = (today or date.today()).year % 100 + 10

    def repl(m: re.Match) -> str:
        if int(m.group(1)) > limit or _DURATION_AFTER.match(text, m.end()) or _lasted(text, m):
            return m.group(0)
        return f"20{m.group(1)}年"
    return _SHORT_YEAR.sub(repl, text)


def _lasted(text: str, m: re.Match) -> bool:
    """A verb stands right before the figure, takes no point in time and 年 ends the clause (值守15年。): the
    figure is how long. Before a noun (发布24年的报告, 统筹25年预算) the figure names the year."""
    if _YEAR_AFTER.match(text, m.end()) or not _CLAUSE_END.match(text, m.end()) \
            or not re.search(r"[\u4e00-\u9fff]$", text[:m.start()]):
        return False
    import jieba
    from reportbot.index.retrieval.lexicon import tag

    words = jieba.lcut(text[:m.start()])
    before = words[-1] if words else ""
    return before not in _POINT_VERBS and (tag(before) or "").startswith("v")
