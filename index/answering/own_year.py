"""Whether the year the answer's own clause writes for it is a year the question names.

:mod:`.years_placed` asks that a year the question names scope the answer somewhere (the answer's part of the
sentence, an opening clause, the document's title, date and headings). A notice dated 120年 that writes 119年全年共
募集血液2萬1,356袋，較118年增加4.2% names 118 and 120, yet its figure is of 119: the answer's own clause (between
the commas, stops and semicolons around it) writes its year right before it. When that year is none of the years
the question names, the figure is of another year and the question is refused.

The clause's year is the last year written before the answer in its clause (2031年, 120年 of the Republic of China,
read as 1911 + n too), leaving out a year that is only a comparison's base (较2030年, 比上…: an entry whose first
sense is "to compare", "compared with", :func:`.change_asked.is_comparison_word`), one end of a range (2029—2031年,
2029年至2031年: a dash, or a word of sense "until", "to") and a year a span starts from (2029年以来, 2029年起,
2029年至今: a word of sense "since (a previous event)", "starting from …", "so far", "until now"). Senses are read
from CC-CEDICT over jieba's words. Chinese questions only; pure functions over strings.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.change_asked import is_comparison_word
from reportbot.index.answering.clause_bounds import clause_start
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.years_placed import minguo_years
from reportbot.index.retrieval.cedict import common_senses
from reportbot.index.retrieval.context import Constraint, agrees

_CLAUSE_MARKS = re.compile(r"[，,。；;！？!?\n]")
# a year written before 年: 2031, or 120 of the Republic of China (three digits from 100)
_YEAR = re.compile(r"(?<![0-9０-９.])((?:19|20)[0-9]{2}|1[0-9]{2})(?=\s*年)")
_DASH = re.compile(r"[—\-–~～]")
_SPAN_WORD = re.compile(r"^(?:until\b|to$|since\b|starting from\b|so far$|until now$)")


def _words(text: str) -> list[str]:
    import jieba

    return [w for w in jieba.cut(text) if w.strip()]


@functools.lru_cache(maxsize=1 << 12)
def _spans_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` a sense "until", "to", "since", "starting from", "so far" (至, 到, 以来, 起)."""
    return any(_SPAN_WORD.match(s) for s in common_senses(word))


def _kept_out(before: str, after: str) -> bool:
    """Whether a year between ``before`` and ``after`` (its 年 and what follows) is a comparison's base, a range's
    end or a span's start."""
    prior = _words(before[-4:])[-1:] if before.strip() else []
    if prior and (is_comparison_word(prior[0]) or _spans_word(prior[0])) or _DASH.search(before[-2:]):
        return True
    rest = re.sub(r"^\s*年", "", after)
    following = _words(rest[:6])[:1]
    return bool(_DASH.match(rest.lstrip()) or following and _spans_word(following[0]))


def clause_year(clause: str) -> str | None:
    """The last year ``clause`` (Chinese, simplified) writes as its own before its end, as digits (2031, 120)."""
    found = None
    for m in _YEAR.finditer(clause):
        if not _kept_out(clause[:m.start()], clause[m.end():]):
            found = m.group(1)
    return found


def _forms(year: str) -> str:
    """A year's text to match a question's year against: 2031年, or 120年 with its 2031."""
    return f"{year}年" if len(year) == 4 else f"{year}年 {1911 + int(year)}"


def own_year_kept(constraints: Iterable[Constraint], question: str, sentence: str, span: Span | None) -> bool:
    """False when the question names years and the answer's clause in ``sentence`` writes another year of its own
    right before it; True otherwise and when nothing is answered from a sentence."""
    years = tuple(c for c in constraints if c.kind == "year") + minguo_years(question)
    if not years or not stands_in(sentence, span):
        return True
    text = to_simplified(sentence)
    year = clause_year(text[clause_start(text, span.start, _CLAUSE_MARKS):span.start])
    return year is None or any(agrees((c,), _forms(year)) for c in years)
