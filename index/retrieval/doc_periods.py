"""The period a document is about, and which of a question's candidates are of another period than it names.

One organisation writes a report of a year and later an update of the next (湖北省红十字会2024年工作报告 and its
2025年前三季度 progress): the update restates the year before (截至2024年底…), so a question naming 2024 finds its
year in both, and the year constraint (``context.py``) cannot tell them apart. What tells them apart is the period each
document states once, in its title (2024年度, 2025年上半年, Annual Review 2023-24, 民國113年) or, where the title
names none, its date line. A passage's own heading may put it under another period (六、2025年工作打算 in a 2024
report): that heading's years are the passage's period (``heading_years.py``).

A question naming a year prefers a passage whose period holds it over one whose period is another
(:meth:`Periods.other_period`); a passage of an undated document, and every passage for a question naming no year,
are left where they are. A question asking over a count of years (这五年, over the five years) prefers a passage of a
document that writes such a span (a review's 五年来…) over one whose document writes none (:meth:`Periods.other_span`,
``year_counts.py``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from reportbot.index.retrieval.context import _SHORT_YEAR, _YEAR
from reportbot.index.retrieval.heading_years import heading_years
from reportbot.index.retrieval.year_counts import written_counts

# a year written right before a word for a report (2024年度工作报告, 24年报, 2023通报, the 2023 report, 2022 review):
# the question names the document by its period, not only the figure's year
_NAMES_DOCUMENT = re.compile(r"(?<!\d)((?:19|20)\d\d|\d\d)\s*年?\s*(?:年度|的)?\s*(?:工作)?"
                             r"(?:年度报告|年报(?![名道])|报告|总结|總結|通报|通報|"
                             r"(?:annual )?(?:report|review|update|summary)(?![a-z]))", re.IGNORECASE)
# a year of the Republic of China's calendar, as a Taiwanese title writes it (民國113年度, 中华民国114年): 1911 + n
_MINGUO = re.compile(r"民[國国]\s*(\d{2,3})\s*年")


def stated_period(title: str, date: str | None) -> tuple[tuple[int, int], ...]:
    """The years a document says it is about, each as a span (first, last): its title's (a year, a span, a fiscal
    year, a Republic of China year), else its date's year; () when neither names one."""
    spans = [(1911 + int(n), 1911 + int(n)) for n in _MINGUO.findall(title)]
    spans += heading_years(_MINGUO.sub(" ", title))
    if not spans:  # a Chinese title writing its year bare (2024 Annual Report 浙江…)
        spans = [(int(y), int(y)) for y in _YEAR.findall(title)]
    if not spans and date:
        spans = [(int(y), int(y)) for y in _YEAR.findall(date)[:1]]
    return tuple(dict.fromkeys(spans))


def named_document_years(text: str) -> set[int]:
    """The years a question names a document by (湖北24年工作报告里…, what did the 2023 report set): a year right
    before a word for a report."""
    return {int(y) if len(y) == 4 else 2000 + int(y) for y in _NAMES_DOCUMENT.findall(text)}


def document_only_years(text: str) -> set[int]:
    """The years a question writes only as the name of a document (24年报告里计划啥时候开, what did the 2023 report
    set): each time it writes them, right before a word for a report. Such a year says which report, not which year
    the asked figure counts, so a heading of that report naming another year (3. 2025年工作安排 in the 2024 report)
    does not put the passage under another year than asked."""
    rest = _NAMES_DOCUMENT.sub(" ", text)
    counted = {int(y) for y in _YEAR.findall(rest)} | {2000 + int(y) for y in _SHORT_YEAR.findall(rest)}
    return named_document_years(text) - counted


class Periods:
    """Each document's stated period (:func:`stated_period` of its title and date), by document number, and each
    passage's (:meth:`passage`), read once when the index is opened.

    Args:
        stated: each document's stated period, by document number.
        docs: each passage's document number; ``sections`` its heading path (none given: no passages).
        counts: the counts of years each document writes a span of (``year_counts.written_counts``), by document
            number (none given: none written).
    """

    def __init__(self, stated: Sequence[tuple[tuple[int, int], ...]], docs: Sequence[int] = (),
                 sections: Sequence[str | None] = (), counts: Sequence[frozenset[int]] = ()):
        self.stated = list(stated)
        self.counts = list(counts) or [frozenset()] * len(self.stated)
        kinds: dict[tuple[tuple[int, int], ...], int] = {(): 0}
        self.row_kind = np.array([kinds.setdefault(self.passage(int(d), s), len(kinds))
                                  for d, s in zip(docs, sections)], np.int64)
        self.kinds = list(kinds)
        self.para_doc = np.asarray(docs, np.int64)

    @classmethod
    def of(cls, index) -> Periods:
        docs = [index.docs.get(d) for d in index.doc_order]
        texts: list[list[str]] = [[d.title] if d is not None else [] for d in docs]
        sections: list[list[str | None]] = [[] for _ in docs]
        for d, p in zip(index.para_doc, index.paragraphs):
            texts[int(d)].append(p.text)
            sections[int(d)].append(p.section)
        return cls([stated_period(d.title, d.date) if d is not None else () for d in docs], index.para_doc,
                   [p.section for p in index.paragraphs], [written_counts(t, s) for t, s in zip(texts, sections)])

    def any(self) -> bool:
        return any(self.stated)

    def passage(self, doc: int, section: str | None) -> tuple[tuple[int, int], ...]:
        """A passage's period: its heading's years where it names some, else its document's."""
        return (heading_years(section) if section else ()) or self.stated[doc]

    def other_period(self, asked: set[int], rows: np.ndarray, ok: np.ndarray) -> np.ndarray:
        """Per candidate (``rows``: passage numbers): its period names years, none of them asked, while another
        candidate that agrees with the question's constraints (``ok``) is of a period that holds an asked year. All
        False when no candidate's period holds one (the question is about a year no document states: nothing to
        prefer)."""
        if not asked:
            return np.zeros(len(rows), bool)
        holds = np.array([any(a <= y <= b for y in asked for a, b in p) for p in self.kinds], bool)[self.row_kind[rows]]
        if not (holds & ok).any():
            return np.zeros(len(rows), bool)
        return (self.row_kind[rows] > 0) & ~holds

    def other_document(self, named: set[int], rows: np.ndarray, ok: np.ndarray) -> np.ndarray:
        """Per candidate: its document states a period that holds no year the question names a document by
        (:func:`named_document_years`), while another agreeing candidate's document states one that does. A
        heading's years do not count here: the 2023 report's 六、2024年经营计划 is still the 2023 report."""
        if not named:
            return np.zeros(len(rows), bool)
        doc = self.para_doc[rows]
        holds = np.array([any(a <= y <= b for y in named for a, b in p) for p in self.stated], bool)[doc]
        if not (holds & ok).any():
            return np.zeros(len(rows), bool)
        return np.array([bool(p) for p in self.stated], bool)[doc] & ~holds

    def other_span(self, count: int | None, rows: np.ndarray, ok: np.ndarray) -> np.ndarray:
        """Per candidate: its document writes no span of the ``count`` years a question asks over (这五年, over the
        five years: ``year_counts.asked_count``), while another agreeing candidate's document does (a review's
        五年来…, beside the same organisation's yearly update)."""
        if count is None:
            return np.zeros(len(rows), bool)
        writes = np.array([count in c for c in self.counts], bool)[self.para_doc[rows]]
        if not (writes & ok).any():
            return np.zeros(len(rows), bool)
        return ~writes
