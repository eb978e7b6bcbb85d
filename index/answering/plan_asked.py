"""Whether a plan's or a target's figure answers a question on a figure that names no plan (一年下来办成几场).

A report gives next year's plan (## 三、2031年工作安排 / 1.开展巡护培训6.4万人次) or a year's target beside its
progress (完成年度目标（23万人次）的51.7%; 完成全年11万人次目标的79.1%; 2031年目标：巡护培训23万人次). A question on
how much was done (2031年巡护培训一年下来办成几万人次) is not answered by the figure planned, as :mod:`.part_year`
refuses a part of a year for the whole. The figure is a plan's when:
- a plan noun stands next to it in its clause (between the commas, stops, colons and semicolons around it) with no
  的 and no other figure between (目标（23万人次）, 11万人次目标; not 目标的51.7%, a share of the target);
- the label before its colon says a plan (2031年目标：…; a table row's field 2031年目标：9, not 2031年完成：9.1);
- a heading it stands under plans for a period it names (2031年工作安排, 下半年打算; not 培训安排, 时间安排).
A date or a day (2031.08.19, 5月) is a plan's as much as a question on it asks: not read.
The same figure written again in the sentence as done (年度目标：43个站；实际完成：43个站) answers.
A question asking a figure (多少, 几) that names no plan, target, budget or future (目标, 计划, 预算, 要, 将, 明年,
预计) is refused when the figure is a plan's.

The words are read from CC-CEDICT (:mod:`reportbot.index.retrieval.cedict`) over jieba's words, not listed by hand:
- a plan: a sense "target", "goal", "objective", "plan", "plans", "to plan", "to plan to", "to intend",
  "intention" (目标, 计划, 安排, 打算, 规划, 方案, 拟). 指标 ('(production) target/…/index/indicator') is a table's
  column of indicators as often, and 任务 ('task') a duty done as often as planned: neither is one;
- a plan, a budget or a future in the question, as well: a sense "will", "shall", "going to (as future auxiliary)",
  "to want", "budget", "next year", "to forecast", "to predict", "to estimate", "to expect", "to ensure",
  "to prepare", "to strive for", "to strive", "to work hard for", "to make every effort to" (要, 将, 预算, 明年,
  预计, 预期, 确保, 准备, 争取, 努力, 力争, 力求).
Chinese text only; pure functions over strings.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_end, clause_start
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.retrieval.cedict import common_senses, entries_of

_PLAN = frozenset(("target", "goal", "objective", "plan", "plans", "to plan", "to plan to", "to intend", "intention"))
_FUTURE = frozenset(("will", "shall", "going to (as future auxiliary)", "to want", "budget", "next year",
                     "to forecast", "to predict", "to estimate", "to expect", "to ensure", "to prepare",
                     "to strive for", "to strive", "to work hard for", "to make every effort to"))
_HOW_MUCH = ("多少", "几")
_OBJECT_MARKER = "(introduces object of main verb"  # CC-CEDICT's sense of 将 written as 把
_CLAUSE_MARKS = re.compile(r"[，,。；;！？!?：:\n]")
_COLON = re.compile(r"[：:]")
_PART_MARKS = re.compile(r"[；;。！？!?\n]")
# a period a heading plans for, named before its plan word (2031年工作安排, 下半年打算, 明年计划)
_PERIOD = re.compile(r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年|下半年|明年")
# a date or a time given (2031.08.19, 5月, 3日): a plan's day is what a question on a day asks
_DATE = re.compile(r"[0-9０-９]{4}\s*[.\-/年]|[0-9０-９一二三四五六七八九十]\s*[月日号時时]")
_BETWEEN = re.compile(r"的|[0-9０-９]")  # a share of the target (目标的51.7%), another figure between


@functools.lru_cache(maxsize=1 << 14)
def is_plan_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` (two characters or more: jieba leaves 计 of 共计 and 拟 of 模拟 alone) a
    plan's or a target's sense (目标, 计划, 安排, 打算)."""
    return len(word) > 1 and bool(_PLAN.intersection(common_senses(word)))


@functools.lru_cache(maxsize=1 << 14)
def _plans_or_future(word: str) -> bool:
    """A plan, a budget or a future (计划, 预算, 要); a word the dictionary lacks read by its first character (要花)."""
    if not entries_of(word):
        word = word[:1]
    return bool((_PLAN | _FUTURE).intersection(common_senses(word)))


def _words(text: str) -> list[str]:
    import jieba

    return [w for w in jieba.cut(to_simplified(text)) if w.strip()]


def _marks_object(word: str, after: str) -> bool:
    """Whether ``word`` marks the object of the verb (将 as 把: CC-CEDICT's sense) right before the figure asked
    (``after``: 共将多少吨物资运往…), no future."""
    return after.startswith(_HOW_MUCH) and any(s.startswith(_OBJECT_MARKER) for s in common_senses(word))


def asks_done(question: str) -> bool:
    """Whether ``question`` (Chinese) asks a figure (多少, 几) and names no plan, target, budget or future (将 marking
    the figure asked as the object, 共将多少吨…, is none)."""
    words = _words(question)
    return any(w.startswith(_HOW_MUCH) for w in words) and not any(
        _plans_or_future(w) and not _marks_object(w, words[i + 1] if i + 1 < len(words) else "")
        for i, w in enumerate(words))


def says_plan(text: str) -> bool:
    """Whether ``text`` (Chinese) writes a plan word (工作安排, 下半年打算, 2031年目标)."""
    return any(is_plan_word(w) for w in _words(text))


def plans_period(heading: str) -> bool:
    """Whether a heading of ``heading`` (a path, › between headings) plans for a period it names before its plan
    word (2031年工作安排, 下半年打算); 三、培训安排 and 时间安排 arrange a thing, 利润分配方案 is a proposal."""
    for h in heading.split("›"):
        m = _PERIOD.search(to_simplified(h))
        if m and says_plan(to_simplified(h)[m.end():]):
            return True
    return False


def _plan_beside(clause: str, start: int, end: int) -> bool:
    """Whether a plan noun (jieba's tag n: 目标, 计划 of 明年计划; not the verb 安排 of 安排经费36.5万元) stands in
    ``clause`` next to its ``start``:``end`` with no 的 and no figure between."""
    import jieba.posseg

    # (only the plan nouns nearest the figure on each side are read: a farther one's gap holds the nearer one's)
    at, simple, before, after = 0, to_simplified(clause), None, None
    for w in jieba.posseg.cut(simple):
        at = clause.find(w.word, at) if w.word in clause else simple.find(w.word, at)
        if at < 0:
            break
        if w.flag.startswith("n") and is_plan_word(w.word):
            if at + len(w.word) <= start:
                before = at + len(w.word)
            elif at >= end:
                after = at
                break
        at += len(w.word)
    gaps = ([clause[before:start]] if before is not None else []) + ([clause[end:after]] if after is not None else [])
    return any(not _BETWEEN.search(g) for g in gaps)


def planned(sentence: str, span: Span, heading: str = "") -> bool:
    """Whether the answer ``span`` of ``sentence`` is a plan's or a target's figure: a plan word beside it in its
    clause, in the label before the sentence's colon, or in ``heading`` (the headings it stands under)."""
    offset = clause_start(sentence, span.start, _CLAUSE_MARKS)
    clause = sentence[offset:clause_end(sentence, span.end, _CLAUSE_MARKS)]
    if _plan_beside(clause, span.start - offset, span.end - offset):
        return True
    part = clause_start(sentence, span.start, _PART_MARKS)
    colons = list(_COLON.finditer(sentence, part, span.start))
    label = sentence[part:colons[-1].start()] if colons else ""
    return says_plan(label) or plans_period(heading)


def plan_kept(question: str, sentence: str, span: Span | None, heading: str = "") -> bool:
    """False when ``question`` asks a figure naming no plan and the answer is a plan's or a target's figure; True
    otherwise and when nothing is answered from a sentence."""
    if not stands_in(sentence, span) or _DATE.search(span.text) or not asks_done(question):
        return True
    # the same figure written again as done (年度目标：43个站；实际完成：43个站) answers
    at = [m.start() for m in re.finditer(re.escape(span.text), sentence)]
    return not all(planned(sentence, Span(span.text, i, i + len(span.text), span.source), heading) for i in at)
