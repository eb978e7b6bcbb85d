"""Who did it, asked in a cleft (是谁制定的, 由谁V的, 谁V的): the words before the verb in the clause that says it
(moved from choose.py). Pure functions over a question and one sentence."""
from __future__ import annotations

import re

from reportbot.index.answering.align import alignment
from reportbot.index.answering.spans import Span
from reportbot.index.answering.subjects import leading_nouns
from reportbot.index.retrieval.query import Query

# 是谁V的 / 由谁V的 / 谁V的: the question asks who did V (the document X是谁发的, 财报谁审计的)
_CLEFT = re.compile(r"(?:(?:是|由)谁(?P<v>[\u4e00-\u9fff]{1,3}?)的?|谁(?P<w>[\u4e00-\u9fff]{1,3}?)的)[？?！!。\s]*$")


def cleft_agent(q: Query, sentence: str) -> Span | None:
    """是谁制定的 over 区城管局制定《…》: the words before the verb in its clause, who did it (at most a who answer
    long, 由 / 经 dropped)."""
    m = _CLEFT.search(q.text)
    verb = (m.group("v") or m.group("w")) if m else ""
    # of the verb's occurrences, the one in the clause that says most of the question (为企业开展培训3700场 for
    # 3700场培训是给谁开展的, not 开展“千百万”活动 that opens the sentence)
    ats = [i for i in range(len(sentence)) if sentence.startswith(verb, i) and i > 0] if len(verb) >= 2 else []
    at = max(ats, key=lambda i: alignment(q.text, _clause_at(sentence, i)), default=-1)
    if at <= 0:
        return None
    start = max(sentence.rfind(mark, 0, at) for mark in "，。；：,;:由") + 1  # 年报由X编制: X
    start += sentence[start:start + 1] in _FOR and at - start > 2  # 为企业开展: the body after the preposition
    quoted = any(c in sentence[start:at] for c in "“”「」《》")  # a quoted name (市“两办”) stays whole
    end = at if quoted else leading_nouns(sentence, start, at)  # 由办公室负责编制: the body, not 负责
    return Span(sentence[start:end], start, end, "name") if 2 <= end - start <= 16 else None


_FOR = "为给向替"  # prepositions before the body a thing was done for or by (为企业开展培训)


def _clause_at(sentence: str, at: int) -> str:
    """The clause of ``sentence`` around position ``at``."""
    start = max(sentence.rfind(mark, 0, at) for mark in "，。；,;") + 1
    ends = [e for e in (sentence.find(mark, at) for mark in "，。；,;") if e >= 0]
    return sentence[start:min(ends, default=len(sentence))]


# 由 that marks who does the verb (培训费由市红十字会承担), not 由于 (because), 由此 (hence) or 理由, 自由, 缘由
_BY = re.compile(r"(?<![理自缘经])由(?![于此])")


def passive_agent(sentence: str, span: Span) -> Span | None:
    """Who does it, when the answer found stands before 由 in its clause (培训费、教材费由市红十字会承担 for 培训费谁出,
    not 教材费): the body after 由, up to the verb; None when no 由 follows the span's start in its clause."""
    ends = [e for e in (sentence.find(mark, span.start) for mark in "，。；,;") if e >= 0]
    clause_end = min(ends, default=len(sentence))
    m = _BY.search(sentence, span.start + 1, clause_end)  # a span reaching past 由 (设备费由区红十字会): after it
    if m is None or "：" in sentence[span.start:m.start()]:
        return None
    start = m.end()
    end = leading_nouns(sentence, start, clause_end)
    return Span(sentence[start:end], start, end, "name") if 2 <= end - start <= 16 and end < clause_end else None
