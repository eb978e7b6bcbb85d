"""Where a question's keyword terms stand in a sentence, and how much each weighs there.

Every extractor scores its candidates by their distance to these positions. A term is found as the
documents write it; a Chinese term of three or more characters also where the documents write it with
its alternatives in brackets (县市区 in 县（市、区）). A word the index never cut alone (女 in 女性) has no idf and
weighs as the question's typical word. Pure functions over a query and a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.letter_label import asked_labels, other_label
from reportbot.index.answering.near_terms import Disjoint, Overlapping
from reportbot.index.retrieval.months import month_positions
from reportbot.index.retrieval.numerals import zh_figures
from reportbot.index.retrieval.query import Query


@dataclass(frozen=True)
class TermWeights:
    """How much a question's term weighs where it stands in a sentence; set by hand when the extractors were written
    (on the dev set and made-up sentences), not fitted."""

    per_char: float = 0.2   # a longer form weighs more: 1 + this per character,
    most_chars: int = 4     # counting at most this many characters
    focus: float = 2.0      # a focus word of the question (what it asks about) weighs this many times more
    quoted: float = 3.0     # a name the question quotes, where the sentence says it


TERMS = TermWeights()


def term_positions(q: Query, sentence: str, idf: dict[str, float] | None = None) -> list[tuple[int, int, float]]:
    """Where the question's keyword terms occur in a sentence: (start, end, weight), every occurrence.

    A group's longest matching form is used; the question's focus words weigh double.
    """
    out = []
    lowered = sentence.lower()
    known = sorted(v for v in (idf or {}).values() if v > 0)
    typical = known[len(known) // 2] if known else 1.0
    for gi, group in enumerate(q.groups):
        taken = Disjoint()  # the occurrences taken, apart (asked by halving: a word's repeats walked it each time)
        # one concept, one weight: 志愿 in 志愿服务 says as much as 志愿者 does
        group_idf = max((idf.get(t, 1.0) for t in group), default=1.0) if idf else 1.0
        if idf and group_idf <= 0:
            group_idf = typical  # a word the index never cut alone (女 in 女性, cc in 250cc): no idf, not no weight
        forms = [(f, w) for t, w in group.items() for f in (*number_forms(t), *_y_forms(t))]
        for term, w in sorted([*group.items(), *forms], key=lambda x: (-len(x[0]), -x[1])):
            if not term or (len(term) == 1 and term.isascii() and term.isalpha()):
                continue  # a letter alone (the s of a possessive) names nothing: it would stand on any capital
            spelled = term not in group  # an ordinal spelled out (2nd: two) has no idf: the question's typical one
            weight = weight_of(w, typical if spelled else group_idf, len(term), gi in q.focus)
            start = lowered.find(term)
            word = term.isascii() and term[:1].isalpha()
            labels = frozenset() if term.isascii() else asked_labels(q.text, term)  # B of B型: that kind only
            if start < 0 and not term.isascii() and len(term) >= 3:
                # the documents write it with brackets, so it has no idf of its own: the question's typical one
                seen = weight if weight > 0 else weight_of(w, typical, len(term), gi in q.focus)
                out.extend((a, b, seen) for a, b in _squeezed(sentence, term) if not taken.overlaps(a, b))
            digits = term.isascii() and term.isdigit()
            if digits and not _whole(lowered, term):  # 16 where the sentence writes 十六岁, 8 in 八小时
                out.extend((a, b, weight) for a, b, v in zh_figures(sentence) if v == int(term)
                           and not taken.overlaps(a, b))
            while start >= 0:
                end = start + len(term)
                if word and start and lowered[start - 1].isalpha():
                    start = lowered.find(term, end)
                    continue  # "unit" inside "community": an English stem starts a word
                if labels and other_label(q.text, sentence, start, term, labels):
                    start = lowered.find(term, end)
                    continue  # 型 of A型 where B型 is asked: another kind
                if digits and inside_figure(lowered, start, end):
                    start = lowered.find(term, start + 1)
                    continue  # the 1 of 1至11月 is not the 1 of 19例 or 2.61万: a figure is matched whole
                if not taken.overlaps(start, end):  # 志愿 inside 志愿者 is the same mention
                    taken.add(start, end)
                    out.append((start, end, weight))
                start = lowered.find(term, end)
    words, months = Overlapping(out), Disjoint()
    for a, b in month_positions(q.text, sentence):  # June over 6月, 八月 over August: a month in either form
        if not words.overlaps(a, b) and not months.overlaps(a, b):
            months.add(a, b)
            out.append((a, b, weight_of(1.0, typical, b - a, False)))
    for quoted in q.quoted:
        start = sentence.find(quoted)
        if start >= 0:
            out.append((start, start + len(quoted), TERMS.quoted))
    return out


def inside_figure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (digits) is part of a longer figure there: a digit next to it, or a decimal point
    or a thousands comma joining it to one (19, 2.61, 3,540 hold a 1 that is no figure of its own)."""
    def joined(i: int, step: int) -> bool:
        if not 0 <= i < len(text):
            return False
        if text[i].isdigit():
            return True
        beyond = i + step
        return text[i] in ".," and 0 <= beyond < len(text) and text[beyond].isdigit()

    return joined(start - 1, -1) or joined(end, 1)


def _whole(text: str, digits: str) -> bool:
    """Whether the figure ``digits`` stands in ``text`` as a figure of its own somewhere."""
    return any(not inside_figure(text, m.start(), m.end()) for m in re.finditer(re.escape(digits), text))


def weight_of(w: float, idf: float, length: int, focus: bool, t: TermWeights = TERMS) -> float:
    """A question term's weight in a sentence: its group weight times its idf, longer forms more, focus double."""
    return w * idf * (1 + t.per_char * min(length, t.most_chars)) * (t.focus if focus else 1.0)


_ALTERNATIVES = "（）()、"


def _squeezed(sentence: str, term: str) -> list[tuple[int, int]]:
    """Where a term stands written with its alternatives in brackets: 县市区 in 95个县（市、区）."""
    kept = [i for i, c in enumerate(sentence) if c not in _ALTERNATIVES]
    flat = "".join(sentence[i] for i in kept)
    out, at = [], flat.find(term)
    while at >= 0:
        out.append((kept[at], kept[at + len(term) - 1] + 1))
        at = flat.find(term, at + len(term))
    return out


def _y_forms(term: str) -> list[str]:
    """An English stem that turned a final y into i (compani, secretari, citi) as the singular writes it (company,
    secretary, city): the stem is no substring of the singular, so the sentence's word would go unseen."""
    return [term[:-1] + "y"] if len(term) > 3 and term.isascii() and term.isalpha() and term.endswith("i") else []


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def number_forms(term: str) -> list[str]:
    """An English ordinal's other spellings (2nd: second, two, as in "round two"), for ordinals one to ten."""
    m = _ORDINAL.fullmatch(term)
    if m is None or not 1 <= int(m.group(1)) <= len(_ORDINALS):
        return []
    n = int(m.group(1)) - 1
    return [_ORDINALS[n], _CARDINALS[n]]


# a figure the question offers as its guess (是N个吗, N点几万来着): what it asks to be told, not a word it names
_GUESS = re.compile(r"(\d+(?:\.\d+)?)[^\d，,。？?\s]{0,3}?\s*(?:吗|吧|嘛|来着)")


def unguessed(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The question's words in the sentence less the figure a count question guesses (a count asked with its guess,
    是N个吗, over a sentence giving N个: the figure is the answer, not one the question already says)."""
    guessed = {m.group(1) for m in _GUESS.finditer(q.text)} if q.kind == "count" else set()
    return [t for t in terms if sentence[t[0]:t[1]] not in guessed] if guessed else terms
