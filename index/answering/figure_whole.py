"""The figure chosen to answer a Chinese count, with what completes it (moved from :mod:`.figures_zh`, which grew
past its size): the ordinal's 第, the currency that names an amount, a duration's seconds, the counted noun."""
from __future__ import annotations

import re

from reportbot.index.answering.figure_field import currency_before
from reportbot.index.answering.spans import Span


def whole_figure(best: re.Match, sentence: str, terms: list[tuple[int, int, float]]) -> Span:
    """The chosen figure with what completes it: a duration's seconds, the counted noun the question names."""
    start, end = best.start(), best.end()
    if sentence[start - 1:start] == "第":
        start -= 1  # 第几期 over 第9期: the ordinal as written (a figure after 第 counts only when 第几 is asked)
    elif best.group("unit") in ("元", None) and (named := currency_before(sentence, start)):
        start = named.start()  # 新台币三百万元, RM186,400: the amount as written, with the currency that names it
    if best.group("unit") in ("分", "小时", "天") and (more := re.match(r"\d+(?:秒|分钟?)", sentence[end:])):
        end += more.end()  # 3分40秒: one duration
    # "123支救援队": keep the counted noun when the question names it
    tail = sentence[end:end + 8]
    for a, b, _ in terms:
        if a == end and b - a <= 8:
            end = b + (sentence[b:b + 1] in "）)" and "（" in sentence[a:b])  # 95个县（市、区）: the bracket closed
            break
    else:
        bare = not best.group("unit") and "分之" not in best.group(0)  # a fraction counts nothing after it
        if tail[:1] and re.match(r"[\u4e00-\u9fff]", tail[:1]) and bare:
            m2 = re.match(r"[\u4e00-\u9fff]{1,4}?(?=[，、。；）)]|$)", tail)
            if m2:
                end += len(m2.group(0))
    return Span(sentence[start:end], start, end, "figure")
