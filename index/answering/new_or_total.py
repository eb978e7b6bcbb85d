"""Whether a figure marked new answers a question on a total, or a total answers a question on what is new.

A report writes both in one sentence: 全年新增登记志愿者1,860人，累计登记志愿者2.3万人. A question on the total
(志愿者合计有几名) is not answered by the clause that gives the year's new ones, nor a question on the new ones
(新招募几名) by the running total. The answer's clause (from the comma or stop before it to the answer's end) is
read for its marks; the question for its own: when the question asks one and the clause marks only the other, the
figure is of another kind than asked and the question is refused, as :mod:`.placed` refuses a figure of another
place.

The marks are read from CC-CEDICT (:mod:`reportbot.index.retrieval.cedict`), not listed by hand:
- a total: a headword one of whose senses is a total's adverb or verb (altogether, in all, in total, cumulative,
  (grand) total, to total, to sum up to, to add up the total), or whose first sense is the noun "total" (总数, 总额);
- new: a headword 新… one of whose senses is "newly …" or "to add (to what already exists)" (新增, 新建), or 新
  written before a verb (a headword one of whose senses starts "to …": 新 登记, 新 招募, 新 入库), where 新 does not
  open a headword of its own (新闻, 新冠, 新年).
Chinese text only; pure functions over strings.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_start
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.retrieval.cedict import entries_of

# a sense that marks a total: the adverbs and verbs of summing up
_TOTAL_SENSES = frozenset(("altogether", "in all", "in total", "in sum", "all told", "cumulative", "(grand) total",
                           "grand total", "to total", "to sum up to", "to add up the total"))
_FIRST_TOTAL = re.compile(r"^total(?: \(|$)")  # 总数 'total/sum', 总额 'total (amount or value)'
_NEWLY = re.compile(r"^(?:newly\b|new construction$|to add \(to what already exists\))")
# the comma or stop before the answer: where its clause begins
_CLAUSE_START = re.compile(r"[，,。；;！？!?：:\n]")


def _senses(word: str) -> list[list[str]]:
    """The common (not proper-noun) entries' senses of ``word``, each entry's in order."""
    return [[s.strip() for s in text.split("/")] for proper, text in entries_of(word) if not proper]


@functools.lru_cache(maxsize=1 << 14)
def is_total_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` (two characters or more) a total's sense (总共, 累计, 合计, 总数)."""
    return len(word) >= 2 and any(s in _TOTAL_SENSES for senses in _senses(word) for s in senses) \
        or len(word) >= 2 and any(_FIRST_TOTAL.match(senses[0]) for senses in _senses(word) if senses)


@functools.lru_cache(maxsize=1 << 14)
def _is_newly_word(word: str) -> bool:
    return word.startswith("新") and any(_NEWLY.match(s) for senses in _senses(word) for s in senses)


@functools.lru_cache(maxsize=1 << 14)
def _is_verb(word: str) -> bool:
    return any(s.startswith("to ") for senses in _senses(word) for s in senses)


def _words(text: str) -> list[str]:
    """jieba's words of ``text`` (simplified), so a mark is read only as a whole word (系统 共 is no 统共)."""
    import jieba

    return list(jieba.cut(to_simplified(text)))


def _verb_word(word: str) -> bool:
    """Whether ``word`` is a verb by CC-CEDICT: a sense "to …" of it, or of its first character when the
    dictionary lacks it (入库: 入 'to enter')."""
    return _is_verb(word) if entries_of(word) else bool(word) and _is_verb(word[0])


def marks_total(text: str) -> bool:
    """Whether ``text`` (Chinese) writes a total's mark (总共, 一共, 累计, 合计, 总计, 共计, 总数 …)."""
    return any(is_total_word(w) for w in _words(text))


def marks_new(text: str) -> bool:
    """Whether ``text`` (Chinese) marks its figure new: a "newly" headword (新增, 新建) or 新 before a verb (新登记)."""
    words = _words(text)
    return any(_is_newly_word(w) or w == "新" and i + 1 < len(words) and _verb_word(words[i + 1])
               for i, w in enumerate(words))


def answer_clause(sentence: str, start: int, end: int) -> str:
    """The answer's clause: from the comma or stop before ``start`` to ``end``."""
    return sentence[clause_start(sentence, start, _CLAUSE_START):end]


def new_or_total_kept(question: str, sentence: str, span: Span | None) -> bool:
    """False when ``question`` asks a total and the answer's clause marks its figure only new, or asks what is new
    and the clause marks only a total; True otherwise (and when nothing is answered from a sentence)."""
    if not stands_in(sentence, span):
        return True
    asks_total, asks_new = marks_total(question), marks_new(question)
    if asks_total == asks_new:
        return True
    clause = answer_clause(sentence, span.start, span.end)
    said_total, said_new = marks_total(clause), marks_new(clause)
    if said_total == said_new:
        return True
    return asks_total == said_total
