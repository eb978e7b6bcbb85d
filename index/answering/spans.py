"""Answer extraction: the evidence sentence, then the span within it that answers.

Pure functions over a question (:class:`reportbot.index.retrieval.query.Query`) and sentences; no
index or model needed, so each rule is tested on hand-written sentences.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from reportbot.index.retrieval.query import Query

MAX_ANSWER_CHARS = 60
# a comma or colon between digits is part of a figure (3,260; 18:30; 30:2), not a clause's end
_CLAUSE = re.compile(r"[，；：。！？;!?]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):|:(?!\d)")
# the same without colons: a table row's label and its value stay one clause (注册义工：412人)
_CLAUSE_NO_COLON = re.compile(r"[，；。！？;!?]|(?<!\d),|,(?!\d{3}(?!\d))")
# quoted names: Chinese marks, and straight double quotes as English text writes them (a programme called "Crew Care")
_QUOTE = re.compile(r"“([^”]{1,40})”|《([^》]{1,40})》|「([^」]{1,40})」|(?<![\w\d])\"([^\"]{1,40})\"(?!\w)")
_NAME_STOP = re.compile(r"[，、。；：,;:（(“”\s]|等|的|和|与|及|作为|获|被|荣|在|是|为")
# a date: a year of four digits (with its month and day), a year of the Republic of China's calendar (100 to 129:
# 2011 to 2040) only before its month (114年9月20日: a count of years, 120年, has no month after it), a month and day
_YEAR = re.compile(r"\d{4}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|(?<![\d.])1[0-2]\d年\d{1,2}月(?:\d{1,2}日)?"
                   r"|\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class Boundaries:
    """Shares and lengths that move an answer's boundaries; set by hand when each rule was written, on made-up
    sentences in the documents' styles (tests/test_answer_spans.py), not fitted."""

    own_words: float = 0.6       # a quoted or capitalised name this much covered by the question's terms is its own
    astray_share: float = 0.5    # an English clause answer holding less of the question's term weight gives way
    title_repeats: float = 0.75  # a quoted title this much of whose characters the question says: the name after it
    naming_chars: int = 3        # the question's words right after a quoted name, at least this many, say it names


BOUNDARIES = Boundaries()


@dataclass(frozen=True)
class Proximity:
    """How strongly the question's words point at a span of their sentence (:func:`_proximity`, which every extractor
    scores its candidates by) and where a quoted name may answer; set by hand when the extractors were written, on
    the dev set and made-up sentences, not fitted."""

    same_clause: float = 2.0        # a question word in the span's clause pulls with this much of its weight,
    other_clause: float = 0.2       # one in another clause with this much,
    reach: float = 4.0              # both over 1 + their distance in characters over this
    clause_bonus: float = 0.5       # a word in the span's clause adds this much of its weight at any distance
    right_before: float = 1.0       # and this much more when it ends at most ``right_before_chars`` before the span
    right_before_chars: int = 2     # ("投入使用4.65亿元", "年均出动约1500次": the term right before its figure)
    quote_clause_share: float = 0.6  # a quoted name answers only in a clause with this share of the best clause's words
    # the best clause: the question's word mass in a run of clauses, plus this per new character (at most
    # ``novelty_most``: a clause that only repeats the question answers nothing), less this per clause more
    novelty: float = 0.02
    novelty_most: int = 15
    per_clause: float = 0.01


PROXIMITY = Proximity()


@dataclass(frozen=True)
class Span:
    """An answer inside its evidence sentence."""

    text: str
    start: int
    end: int
    source: str = ""  # what found it: slot, figure, name, place, year, quote, which, clause, header
    strength: float = 1.0  # for a slot: how sure its alignment is (see align.slot_answer)


# the sources of answers that stand outside the evidence sentence (a header card's title or author, a page number, a
# section heading): a check of what the sentence says around the span has nothing to read
ELSEWHERE = frozenset({"header", "page", "heading"})


def stands_in(sentence: str, span: Span | None) -> bool:
    """Whether ``span`` is read from ``sentence`` where it says it stands (not from a header, page or heading, and
    the sentence holds its text at its place): what a check of the words around an answer can read."""
    return span is not None and span.source not in ELSEWHERE and sentence[span.start:span.end] == span.text


def trimmed(span: Span | None) -> Span | None:
    """``span`` without the spaces at its ends (a field's gap kept between a post and a name, ``会长　陈秀凤``, is no
    part of the name read after it), or as it was when it is all space."""
    if span is None or not span.text.strip() or span.text == span.text.strip():
        return span
    lead = len(span.text) - len(span.text.lstrip())
    text = span.text.strip()
    return Span(text, span.start + lead, span.start + lead + len(text), span.source, span.strength)


def one_field(span: Span | None) -> Span | None:
    """A question word's slot (``span.source`` ``slot``) cut at the first field gap inside it (a full-width space
    kept between two fields of a line, ``队长　林志豪　记嘉奖二次``): the slot is filled by the field it opens
    (``林志豪``), not by the next one with it; any other span, or a slot with no gap inside, as it was."""
    if span is None or span.source != "slot":
        return span
    text = span.text.strip("\u3000")
    lead = span.text.find(text[:1]) if text else 0
    cut = text.find("\u3000")
    if cut < 1:
        return span
    start = span.start + lead
    return Span(text[:cut], start, start + cut, span.source, span.strength)


def _clauses(sentence: str, colons: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each clause of the sentence, the punctuation between them left out; ``colons=False`` keeps a
    label and what follows its colon together (:mod:`.near` weighs a table row as one clause)."""
    spans, start = [], 0
    for m in (_CLAUSE if colons else _CLAUSE_NO_COLON).finditer(sentence):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans


def clause_at(clauses: list[tuple[int, int]], i: int) -> int:
    """Which of the sentence's clauses (in order, apart: :func:`_clauses`) holds position ``i``, or -1; found by
    halving, not by walking them (a sentence of thousands of clauses asks it for each of its figures)."""
    n = bisect_right(clauses, (i, math.inf)) - 1
    return n if n >= 0 and clauses[n][0] <= i < clauses[n][1] else -1


def _proximity(pos: int, end: int, terms: list[tuple[int, int, float]], clauses: list[tuple[int, int]],
               p: Proximity = PROXIMITY) -> float:
    """How strongly the question's terms point at the span [pos, end)."""
    def clause_of(i: int) -> int:
        return clause_at(clauses, i)
    here = clause_of(pos)
    score = 0.0
    for a, b, w in terms:
        if a <= pos < b or a < end <= b:
            continue  # the span is the term itself
        gap = pos - b if b <= pos else a - end
        same = clause_of(a) == here
        score += w * (p.same_clause if same else p.other_clause) / (1 + max(gap, 0) / p.reach) \
            + (p.clause_bonus * w if same else 0.0)
        if same and b <= pos and gap <= p.right_before_chars:
            score += p.right_before * w  # "投入使用4.65亿元", "年均出动约1500次": the term right before its figure
    return score


def extract_year(sentence: str) -> Span | None:
    m = _YEAR.search(sentence)
    return Span(m.group(0), m.start(), m.end(), "year") if m else None


def extract_quote(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """A quoted name or title (“…”, 《…》) that the question does not already say."""
    named = quote_naming(q, sentence)
    if named is not None:
        return named
    clauses = _clauses(sentence)
    masses = [sum(w for ta, _, w in terms if a <= ta < b) for a, b in clauses]
    top_mass = max(masses, default=0.0)
    best, best_score = None, 0.0
    eligible = []
    for m in _QUOTE.finditer(sentence):
        mine = next((ms for (a, b), ms in zip(clauses, masses) if a <= m.start() < b), 0.0)
        if mine < PROXIMITY.quote_clause_share * top_mass:
            continue  # the question's words point at another clause
        inner = next(g for g in m.groups() if g is not None)
        begun = _begun(q, inner)
        if (inner in q.text or _covered(m.start() + 1, m.end() - 1, terms) >= BOUNDARIES.own_words) and not begun:
            continue  # the question's own term (in either language), not its answer
        if not begun and not _near_terms(m.start(), m.end(), terms, clauses):
            continue  # (a name the question begins holds its words itself)
        score = 0.2 + _proximity(m.start(), m.end(), terms, clauses)
        eligible.append(m)
        if score > best_score:
            best, best_score = m, score
    if best is None:
        return None
    clause = next(((a, b) for a, b in clauses if a <= best.start() < b), (0, len(sentence)))
    rivals = [m for m in eligible if clause[0] <= m.start() < clause[1]]
    if len(rivals) > 1:
        # several names in the clause: take the one the question's focus word stands next to
        # (“博爱先锋”红十字党建品牌 for 什么品牌), else let the clause answer
        focus = [(a, b) for a, b, w in terms if w >= max(x[2] for x in terms) * 0.99]
        typed = [m for m in rivals if any(0 <= a - m.end() <= 8 for a, _ in focus)]
        if len(typed) != 1:
            return None
        best = typed[0]
    return Span(best.group(0), best.start(), best.end(), "quote")


def _begun(q: Query, inner: str) -> bool:
    """An English question types the Chinese start of a name and asks the rest ("红色根脉 something" over
    “红色根脉强基工程”): the quoted name it begins is the answer, not the question's own words."""
    return q.lang == "en" and any(len(run) >= 2 and inner.startswith(run) and len(inner) > len(run)
                                  for run in re.findall(r"[\u4e00-\u9fff]+", q.text))


def quote_naming(q: Query, sentence: str, least: int = BOUNDARIES.naming_chars) -> Span | None:
    """The one quoted name the sentence follows with the question's own words, three characters or more
    (那场比赛是啥 over “比学赶超”比赛): the name of the thing the question names."""
    found = []
    for m in _QUOTE.finditer(sentence):
        inner = next(g for g in m.groups() if g is not None)
        if inner in q.text:
            continue
        k = 0
        while m.end() + k < len(sentence) and "\u4e00" <= sentence[m.end() + k] <= "\u9fff" \
                and sentence[m.end():m.end() + k + 1] in q.text:
            k += 1
        if k >= least:
            found.append(m)
    return Span(found[0].group(0), found[0].start(), found[0].end(), "quote") if len(found) == 1 else None


def _covered(start: int, end: int, terms: list[tuple[int, int, float]]) -> float:
    """Share of the characters in [start, end) that the question's terms cover."""
    if end <= start:
        return 0.0
    hit = set()
    for a, b, _ in terms:
        hit.update(range(max(a, start), min(b, end)))
    return len(hit) / (end - start)


def _near_terms(start: int, end: int, terms: list[tuple[int, int, float]], clauses: list[tuple[int, int]]) -> bool:
    """A question term stands in the span's own clause (outside the span)."""
    for a, b in clauses:
        if a <= start < b or a < end <= b:
            if any(a <= ta < b and not (start <= ta < end) for ta, _, _ in terms):
                return True
    return False


def extract_which(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """For 哪个小组 / which group: the noun phrase in the sentence that ends in the asked-for noun."""
    if not q.focus or not re.search(r"哪|\bwhich\b|\bwhat\b", q.text.lower()):
        return None
    targets = [g for i, g in enumerate(q.groups) if i in q.focus]
    clauses = _clauses(sentence)
    best, best_score = None, 0.0
    for group in targets:
        for term in sorted(group, key=len, reverse=True):
            if len(term) < 2:
                continue
            for m in re.finditer(re.escape(term), sentence):
                pos = m.start()
                clause = next(((a, b) for a, b in clauses if a <= pos < b), (0, len(sentence)))
                phrase = sentence[clause[0]:m.end()]
                if len(phrase) - len(term) < 2 or len(phrase) > MAX_ANSWER_CHARS:
                    continue
                # the occurrence whose clause also holds the question's other words
                score = 0.1 + sum(w for a, b, w in terms if clause[0] <= a < clause[1] and not (pos <= a < m.end()))
                if score > best_score:
                    best, best_score = Span(phrase, clause[0], m.end(), "which"), score
            if best:
                return best
    return None


def best_clause(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span:
    """The clause (or run of clauses, at most 60 characters) that holds most of the question's words."""
    clauses = _clauses(sentence)
    if not clauses:
        return Span(sentence[:MAX_ANSWER_CHARS], 0, min(len(sentence), MAX_ANSWER_CHARS), "clause")
    best, best_score = clauses[0], -1.0
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            s, e = clauses[i][0], clauses[j][1]
            if e - s > MAX_ANSWER_CHARS:
                break
            mass = sum(w for a, b, w in terms if s <= a and b <= e)
            # new words beyond the question's own: a clause that only repeats it answers nothing
            novelty = (e - s) - sum(b - a for a, b, _ in terms if s <= a and b <= e)
            p = PROXIMITY
            score = mass + p.novelty * min(novelty, p.novelty_most) - p.per_clause * (j - i)
            if score > best_score:
                best, best_score = (s, e), score
    s, e = best
    after = next((c for c in clauses if c[0] >= e), None)
    if _CONDITION.search(sentence[s:e]) and after is not None and after[1] - s <= MAX_ANSWER_CHARS:
        e = after[1]  # 警告生效期间，中心暂停服务: a condition does not stand alone, what follows it says what happens
    return Span(sentence[s:e], s, e, "clause")


# a clause that ends as a condition or a time does (扣满12分的, …生效期间, 地震时, 下单后): the next one completes it
_CONDITION = re.compile(r"(?:的|时|期间|之后|以后|后|之前|的话)$")
