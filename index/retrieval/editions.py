"""Editions: documents whose titles are one title but for its year (华信精工2023年年度报告摘要 and
浙江华信精工股份有限公司2024年年度报告（摘要）, a city's 2024 and 2025 summaries).

Editions write the same things with other figures, and a passage of one often names the other's year (the 2023
report's "2024年经营计划"; the 2024 report's column "2023年营业收入"). A question that names a year one edition's
title names is about that edition: an older edition's passages do not agree with it, whatever years they mention
(:meth:`Editions.off_year`; a later one may state that year's figures). A question that asks a plan, target or goal
for a year (:func:`asks_plan`) also agrees with the edition of the year before: that report's plan section sets it
(the 2024 report's "力争2025年培训65万人次").
A question that names no year is about the latest edition, all else equal
(:meth:`Editions.newer`, a tie-break: two editions often say the same sentence, the company's address). A question
that says it wants the present state (:func:`asks_latest`: 现在, 目前, 最新, 今年; now, latest, current, this
year) is about the latest of one body's documents too, more than a tie
(:meth:`Editions.newer` over ``kin``): the progress update restates and corrects the report's figures.
Two documents of one body are paired so too (:func:`one_body`): the words before their titles' years name the same
organisation (吉林省红十字会2024年度工作报告 and 吉林省红十字会2025年度工作情况通报, a report and its progress update),
whatever each calls itself after the year. They are editions for a year the question names (:meth:`Editions.off_year`,
read from ``Editions.kin``), not for the latest tie-break: an update does not restate its report (``Editions.group``
holds one title's editions alone).
A title may name no year (two reviews of one province's Red Cross, "“八大”以来" and "“十一大”以来"): such an
edition is dated by the latest year its own passages name, for that order alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from reportbot.index.retrieval import tagging

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# years, figures and Chinese numerals (“八大”, 第三版: what tells editions apart), spaces and punctuation
_NOISE = re.compile(r"[\W\d_〇零一二三四五六七八九十百]+")
# words any report uses for what it means to do in a year to come: a question with one asks a plan, not a figure
PLAN_ZH = "目标|计划|力争|打算|规划"
_PLAN = re.compile(PLAN_ZH + r"|\b(?:plans?|planned|targets?|goals?)\b", re.I)
# the senses of a time word that names the present moment or the newest (现在 now, 目前 at the present time, 当前
# current, 如今 nowadays, 最新 latest, 今年 this year): CC-CEDICT's first sense of a Chinese word, or the English
# words themselves. A word of order or revision (最后 final, 更正 correct) or of a span up to now (至今 so far)
# names no moment: the final or cumulative figure is any document's, not the latest one's
LATEST_SENSES = frozenset({"now", "nowadays", "at present", "at the present time", "at the present stage", "current",
                           "latest", "newest", "this year"})
# an English question's cue: one of those senses written as whole words
_LATEST_EN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, LATEST_SENSES), key=len, reverse=True))
                        + r")\b", re.I)
# jieba's tags of the words whose sense counts: time words, adverbs, localizers (a verb 修订 "revise" asks what was
# revised, not the corrected figure)
_LATEST_TAGS = ("t", "d", "f")
# a negation right before a cue word (not the corrected one, not the latest edition; 不是更正后的, 非最新)
NEGATED_EN = re.compile(r"\bnot\s+(?:the\s+|a\s+|an\s+)?$", re.I)
NEGATED_ZH = ("不是", "并非", "非", "不")
SHORTEST = 4  # a title shorter than this (years and punctuation removed) says too little to be one of a series


def _bare(title: str) -> str:
    """A title without its years, figures, numerals, spaces and punctuation, in lower case: what its editions
    share."""
    return _NOISE.sub("", _YEAR.sub("", title)).lower()


def asks_plan(question: str) -> bool:
    """Whether a question asks a plan, target or goal (目标, 计划, 力争, 打算, 规划; plan, target, goal): what a
    report sets for the year after its own."""
    return bool(_PLAN.search(question))


def asks_latest(question: str) -> bool:
    """Whether a question says it wants the present state of what it asks: a time word naming the present moment
    or the newest (:data:`LATEST_SENSES`), written in English (now, latest, current, this year) or a Chinese time
    word, adverb or localizer whose first CC-CEDICT sense is one (现在, 目前, 最新, 今年); not where a negation stands
    right before it (not the latest edition, 不是最新的: the state it wants is another)."""
    if any(not NEGATED_EN.search(question[:m.start()]) for m in _LATEST_EN.finditer(question)):
        return True
    from reportbot.index.retrieval.cue_words import cue_words

    return any(tag.startswith(_LATEST_TAGS) and sense in LATEST_SENSES and not question[:start].endswith(NEGATED_ZH)
               for _, tag, start, sense in cue_words(question))


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s characters occur in ``long`` in order (浙江华信精工股份有限公司 holds 华信精工)."""
    it = iter(long)
    return all(c in it for c in short)


def same_title(a: str, b: str) -> bool:
    """Whether two titles are one title but for their years: the shorter one's words, in order, in the longer. Two
    titles that name no year must hold the shorter one whole, but for numerals (八大 / 十一大, a subtitle before it):
    a short title whose characters are only scattered in a longer one (急救手册 / CPR急救培训手册) is another body's."""
    x, y = sorted((_bare(a), _bare(b)), key=len)
    if not _YEAR.search(a) and not _YEAR.search(b):
        return len(x) >= SHORTEST and x in y
    return len(x) >= SHORTEST and _within(x, y)


def body(title: str) -> str:
    """Who a Chinese title says wrote it: the words right before its first year, from the last break (a kicker
    before ——, a channel before |), without numerals and punctuation ("" when no year, or when those words end in
    no noun: 关于举办2024年…的通知 names an event, not its organiser)."""
    m = _YEAR.search(title)
    if m is None:
        return ""
    runs = re.findall(r"[^\W_]+", title[:m.start()])
    run = runs[-1] if runs else ""
    if not re.search(r"[\u4e00-\u9fff]$", run):
        return ""
    words = tagging.tagged(run)
    return _bare(run) if words and words[-1][1].startswith("n") else ""


def one_body(a: str, b: str, bodies: Sequence[str] = ()) -> bool:
    """Whether two dated titles are one organisation's: the shorter :func:`body`'s characters, in order, in the
    longer's (上海红十字 / 上海市红十字会). A body that fits two of ``bodies`` (the other titles') that are not one
    another's (市红十字会: 青岛市 and 株洲市 alike) is too loose to pair."""
    return _bodies_one(body(a), body(b), bodies)


def _bodies_one(a: str, b: str, bodies: Sequence[str]) -> bool:
    """:func:`one_body` over two titles' bodies already read."""
    x, y = sorted((a, b), key=len)
    if len(x) < SHORTEST or not _within(x, y):
        return False
    fits = sorted({o for o in bodies if len(o) >= SHORTEST and (_within(x, o) or _within(o, x))}, key=len)
    return all(_within(o, fits[-1]) for o in fits)


class Editions:
    """The documents of an index that are editions of one title, by document number.

    Args:
        titles: each document's title, by document number.
        texts: the passages' texts, ``para_doc`` each one's document number: an edition whose title names no
            year is dated by the latest year its passages name (none given: such titles are no one's edition).
    """

    def __init__(self, titles: Sequence[str], texts: Sequence[str] = (), para_doc: Sequence[int] = ()):
        self.years = [frozenset(_YEAR.findall(t)) for t in titles]
        n = len(titles)
        named = [""] * n  # the latest year each document's passages name
        for text, d in zip(texts, para_doc):
            named[int(d)] = max([named[int(d)], *_YEAR.findall(text)])
        # the year that orders editions: the latest its title names, else the latest its passages name
        self.dated = [max(y) if y else named[i] for i, y in enumerate(self.years)]
        bodies = [body(t) for t in titles]
        # editions of one title (the tie-break's series) and, beside them, one body's dated documents (the year's)
        self.group = self._grouped(lambda i, j: same_title(titles[i], titles[j]))
        self.kin = self._grouped(lambda i, j: same_title(titles[i], titles[j])
                                 or _bodies_one(bodies[i], bodies[j], bodies))

    def _grouped(self, pair) -> np.ndarray:
        """Per document, the first document number of its group under ``pair`` (of two documents apart), else -1."""
        n = len(self.dated)
        group = np.full(n, -1, np.int64)
        for i in range(n):
            if not self.dated[i] or group[i] >= 0:
                continue
            mates = [j for j in range(i + 1, n)
                     if self.dated[j] and group[j] < 0 and self._apart(i, j) and pair(i, j)]
            if mates:
                group[[i, *mates]] = i
        return group

    @classmethod
    def of(cls, index) -> Editions:
        """The editions of a :class:`~.passage_index.PassageIndex`'s documents."""
        return cls([index.docs[d].title if d in index.docs else "" for d in index.doc_order],
                   [p.text for p in index.paragraphs], index.para_doc)

    def _apart(self, i: int, j: int) -> bool:
        """Whether two documents are of different years: by their titles' years when both name some, by their
        passages' when neither does (a dated title and an undated one are not one series: two cities' FAQs)."""
        if bool(self.years[i]) != bool(self.years[j]):
            return False
        return self.years[i] != self.years[j] if self.years[i] else self.dated[i] != self.dated[j]

    def any(self) -> bool:
        return bool((self.kin >= 0).any())

    def off_year(self, years: set[str], plan: bool = False) -> np.ndarray:
        """Per document: an edition older than the year of ``years`` another edition's title names. It can only
        plan for that year (the 2023 report's "2024年经营计划"); a later edition may state that year's figures (the
        2025 summary's "截至2024年底累计"), so it still agrees. When the question asks a plan (``plan``), the
        edition of the year before is where that plan is written: it is not off (older ones still are)."""
        out = np.zeros(len(self.kin), bool)
        for g in set(self.kin[self.kin >= 0].tolist()):
            members = np.flatnonzero(self.kin == g)
            asked = {y for m in members for y in self.years[m] & years}
            if asked:
                first = int(min(asked)) - int(plan)  # the earliest edition that agrees
                out[[m for m in members if self.years[m] and int(max(self.years[m])) < first]] = True
        return out

    def newer(self, docs: np.ndarray, best: int, kin: bool = False) -> np.ndarray:
        """Per candidate (``docs``: their document numbers), whether it is of the latest edition of the series the
        best candidate (at ``best``) is an older edition of; all False when that one is of no series or the latest.
        With ``kin``, a series is one body's dated documents (``kin``), not one title's editions alone."""
        groups = self.kin if kin else self.group
        g = groups[docs[best]]
        if g < 0:
            return np.zeros(len(docs), bool)
        members = np.flatnonzero(groups == g)
        latest = max(members, key=lambda m: self.dated[m])
        return docs == latest if docs[best] != latest else np.zeros(len(docs), bool)
