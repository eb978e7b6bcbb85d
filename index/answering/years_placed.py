"""Whether a year the question names scopes the answer, or only stands somewhere else in its passage.

The search's constraints (``retrieval.context``) ask that a year the question names occur in the passage or its
document's context, since a paragraph's year scopes all its sentences: 2024年，全省新增AED 1200台；累计配置5620台
answers a question on 2024's total. But a passage also names a year it does not report on: a 2031 report compares
with the year before (2031年，基金会全年总收入2,418.6万元，较2030年的2,107.3万元增长14.8%；年末净资产5,372.9万元),
and a question on the net assets of 2030 agrees with it though the passage gives only 2031's. A year scopes the
answer when it is written in the answer's part of the evidence sentence (between its semicolons), in the sentence's
or the passage's opening clause (the topic of the whole sentence or paragraph: 2024年，…), or in what names the
evidence's document (its title, date, heading path). Otherwise the figure is of another year (or of a period that is
no year: 五年累计), and the question is not answered from it.

Read for Chinese questions: a year of the search's ``year`` constraints (2024年, 24年), and a year of the Republic of
China's calendar (112年, 民國113年: three digits from 100 before 年, :mod:`.stated`'s reading), which the search does
not read as a year; a document writes it so (114年3月8日), in Chinese numerals (一一四年度) or as 1911 + n. Pure
functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_around
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.stated import MINGUO
from reportbot.index.retrieval.context import Constraint, agrees

# the end of a passage's opening clause: a comma or a stop (2024年，全省…；)
_OPENING_END = re.compile(r"[，,。；;！？!?\n]")
# the parts of a sentence that each report on their own (…增长14.8%；年末净资产5,372.9万元)
_PART_END = re.compile(r"[；;]")


def opening_clause(passage: str) -> str:
    """The passage's first clause (up to its first comma or stop): where a paragraph writes its topic year."""
    m = _OPENING_END.search(passage)
    return passage[:m.start()] if m else passage


_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九"))


def minguo_years(question: str) -> tuple[Constraint, ...]:
    """The Republic of China years a question names (112年), each as a year constraint with the forms a document
    writes it in: 112年, 一一二年, 2023."""
    found = dict.fromkeys(MINGUO.findall(to_simplified(question)))
    return tuple(Constraint("year", (f"{n}年", "".join(_DIGITS[d] for d in n) + "年", str(1911 + int(n))))
                 for n in found)


def answer_part(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` between the semicolons around the answer (``start``:``end``)."""
    return clause_around(sentence, start, end, _PART_END)


def years_placed(constraints: Iterable[Constraint], sentence: str, span: Span | None, context: str,
                 passage: str = "", question: str = "") -> bool:
    """Whether every year of ``constraints`` is written in the answer's part of the evidence sentence, in the
    sentence's or the passage's opening clause, or in ``context`` (the document's title, date and heading path); True
    when no year is named or nothing is answered from a sentence.

    Args:
        constraints: the question's constraints (only its ``year`` ones are read: places are :mod:`.placed`'s).
        sentence: the evidence sentence; ``span``: the answer in it.
        context: what names the evidence's document.
        passage: the evidence's passage.
        question: the question's text, for the Republic of China years it names (:func:`minguo_years`).
    """
    years = tuple(c for c in constraints if c.kind == "year") + minguo_years(question)
    if not years or not stands_in(sentence, span):
        return True
    own = answer_part(sentence, span.start, span.end)
    scope = to_simplified(f"{own}\n{opening_clause(sentence)}\n{context}\n{opening_clause(passage)}".lower())
    return all(agrees((c,), scope) for c in years)
