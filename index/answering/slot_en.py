"""The question word's slot in an English sentence: the words that stand where the question has "what".

English moves its question word to the front, so the slot is found from the question's shape: with an
auxiliary after the question word ("What documents do I need to bring?", "What are the three priorities
…?") the question asks for an object or a complement, which the sentence gives after the words it shares
with the question ("You need to bring *your identity card, proof of address and two passport photos*");
without one ("Which region recorded the highest growth?") it asks for the subject, which the sentence gives
before them ("*The Northern region* recorded the highest growth"). The shared words are matched by stem,
a run of them with at most :attr:`SlotShape.max_skip` other words between. A slot that opens with a figure
answers with the figure alone. Over Chinese evidence, :func:`subject_before` takes the subject of an English
who-question's translated verb. Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.figures_en import _FIGURE
from reportbot.index.answering.lists import first_items
from reportbot.index.answering.spans import MAX_ANSWER_CHARS, Span
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem


@dataclass(frozen=True)
class SlotShape:
    """How a run of the question's words is found in an English sentence; set by hand on made-up FAQ and
    report sentences (tests/test_slot_en.py), not fitted."""

    max_skip: int = 2       # other words allowed between two of the question's words in one run
    least_share: float = 0.5  # the run holds at least this share of the question's words after its question word
    min_chars: int = 2      # a shorter slot is no answer


SHAPE = SlotShape()

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_WH = frozenset({"what", "which"})
_AUX = frozenset("do does did is are was were will would can could should shall may might must has have had".split())
# a copula a few words past the run ("The three priorities for 2025 are …"), or a colon
_COPULA = re.compile(r"[^,;:.]{0,30}?\b(?:is|are|was|were|will be|would be|include|includes|included)\s+|\s*:\s*",
                     re.I)
_END = re.compile(r"[.;!?](?:\s|$)|$")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def english_slot(q: Query, sentence: str, shape: SlotShape = SHAPE) -> Span | None:
    """The words of an English ``sentence`` in the slot of an English what/which question, or None."""
    words = [w.lower() for w in _WORD.findall(q.text)]
    at = next((i for i, w in enumerate(words) if w in _WH), None)
    if at is None:
        return None
    rest = words[at + 1:]
    noun_asked = words[at] == "which" or (len(rest) > 1 and rest[1] in _AUX)  # not "what caused …"
    if noun_asked and rest[0] not in _AUX and rest[0] not in STOPWORDS_EN:
        named = _modified(sentence, rest[0], set(words))
        if named is not None:
            return named  # "which edition is the manual" over "… Manual (Third Edition, 2023)": Third Edition
    asks_object = any(w in _AUX for w in rest)
    if not asks_object and words[at] == "which" and rest:
        rest = rest[1:]  # "Which region recorded …": the asked noun belongs to the answer (the Northern region)
    wanted = {stem(w) for w in rest if w not in STOPWORDS_EN and w not in _AUX and not w.isdigit()}
    if not wanted:
        return None
    run = _run(sentence, wanted, shape)
    if run is None or run[2] < shape.least_share * len(wanted):
        return None
    start, end, _ = run
    span = _after(sentence, end) if asks_object else None
    if span is None:
        span = _before(sentence, start)
    if span is not None and len(span.text) > MAX_ANSWER_CHARS:
        span = first_items(span, sentence)  # "You need to bring A, B, C, D and E": the first items that fit
    if span is None or not shape.min_chars <= len(span.text) <= MAX_ANSWER_CHARS:
        return None
    if all(w.lower() in STOPWORDS_EN for w in _WORD.findall(span.text)):
        return None  # "If you": function words only, no answer
    figure = _FIGURE.match(sentence, span.start)
    if figure and figure.end() < span.end:
        return Span(figure.group(0).strip(), span.start, span.start + len(figure.group(0).strip()), "figure")
    return span


def _modified(sentence: str, noun: str, asked: set[str], most: int = 3) -> Span | None:
    """The asked noun in the sentence with the words that modify it, when they are not the question's own
    (which edition -> Third Edition; which region -> Northern region)."""
    tokens = list(_WORD.finditer(sentence))
    for i, m in enumerate(tokens):
        if stem(m.group(0).lower()) != stem(noun):
            continue
        k = i
        while k + 1 < len(tokens) and k - i < most and m.group(0)[0].isupper() and tokens[k + 1].group(0)[0].isupper() \
                and sentence[tokens[k].end():tokens[k + 1].start()] == " " \
                and tokens[k + 1].group(0).lower() not in asked:
            k += 1  # which typhoon over "after Typhoon Pulasan struck": the kind with the name written after it
        if k > i:
            return Span(sentence[m.start():tokens[k].end()], m.start(), tokens[k].end(), "which")
        j = i
        while j > 0 and i - j < most and sentence[tokens[j - 1].end():tokens[j].start()].strip() == "" \
                and tokens[j - 1].group(0).lower() not in STOPWORDS_EN \
                and tokens[j - 1].group(0).lower() not in asked:
            j -= 1
        if j < i:
            return Span(sentence[tokens[j].start():m.end()], tokens[j].start(), m.end(), "which")
    return None


def _run(sentence: str, wanted: set[str], shape: SlotShape) -> tuple[int, int, int] | None:
    """(start, end, how many of the wanted stems) of the best run of the question's words in the sentence."""
    tokens = [(m.start(), m.end(), stem(m.group(0).lower())) for m in _WORD.finditer(sentence)]
    best: tuple[int, int, int] | None = None
    i = 0
    while i < len(tokens):
        if tokens[i][2] not in wanted:
            i += 1
            continue
        seen, j, last = {tokens[i][2]}, i + 1, i
        while j < len(tokens) and j - last <= shape.max_skip + 1:
            if tokens[j][2] in wanted:
                seen.add(tokens[j][2])
                last = j
            j += 1
        if best is None or len(seen) > best[2]:
            best = (tokens[i][0], tokens[last][1], len(seen))
        i = last + 1
    return best


def _after(sentence: str, end: int) -> Span | None:
    """What follows the run, past a copula, to the end of the sentence or a semicolon."""
    m = _COPULA.match(sentence, end)
    s = m.end() if m else end
    while s < len(sentence) and sentence[s] in " ,":
        s += 1
    stop = _END.search(sentence, s)
    e = stop.start() if stop else len(sentence)
    return Span(sentence[s:e], s, e, "slot") if e - s >= SHAPE.min_chars else None


def _before(sentence: str, start: int) -> Span | None:
    """What precedes the run, back to the start of its clause, without its article."""
    s = max(sentence.rfind(c, 0, start) for c in ",;:") + 1
    text = sentence[s:start]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    article = _DETERMINER.match(text)
    if article:
        lead, text = lead + article.end(), text[article.end():]
    if not text:
        return None
    return Span(text, s + lead, s + lead + len(text), "slot")


@dataclass(frozen=True)
class Subject:
    """How long the subject of an English who-question's verb may be; set by reading the seed's sentences."""

    min_chars: int = 2
    max_chars: int = 16


SUBJECT = Subject()

def subject_before(q: Query, sentence: str, shapes: Subject | None = None) -> Span | None:
    """"Who takes the lead …" over 领导干部带头深入基层: the words before the first of the question's translated
    words that the sentence holds, back to the clause start; a role, a body or a name."""
    shapes = shapes or SUBJECT
    groups = [g for g in q.groups if any(not t.isascii() for t in g)]
    agent = agent_by(sentence, groups)
    if agent is not None:
        return agent
    for g in groups:
        hits = [sentence.find(t) for t in sorted(g, key=len, reverse=True) if len(t) >= 2 and t in sentence]
        if not hits:
            continue
        at = min(hits)
        open_quote = max(sentence.rfind("《", 0, at), sentence.rfind("“", 0, at))
        if open_quote > max(sentence.rfind("》", 0, at), sentence.rfind("”", 0, at)):
            at = open_quote  # the word stands inside a title: the subject ends before the title
        start = max(sentence.rfind(c, 0, at) for c in "，；：。、") + 1
        text = sentence[start:at].strip()
        if shapes.min_chars <= len(text) <= shapes.max_chars:
            return Span(text, start, start + len(text), "subject")
        return None
    return None


# 由 marking who does it (场地安排由社区学院负责), not a word of its own (由于, 自由, 理由, 经由, 缘由)
_AGENT_MARK = re.compile(r"(?<![自理经缘事来])由(?!于|此|衷)")


def agent_by(sentence: str, groups: list[dict[str, float]]) -> Span | None:
    """The body or person 由 marks as doing it (…安排由社区学院负责 -> 社区学院), in the clause with such a mark that
    holds the most of the question's translated words (at least one)."""
    from reportbot.index.answering.subjects import leading_nouns

    cuts = [-1] + [i for i, c in enumerate(sentence) if c in "，；。,;"] + [len(sentence)]
    best, most = None, 0
    for a, b in zip(cuts, cuts[1:]):
        clause = sentence[a + 1:b]
        held = sum(any(len(t) >= 2 and t in clause for t in g) for g in groups)
        m = _AGENT_MARK.search(clause)
        if m and held > most:
            best, most = (a + 1 + m.end(), b), held
    if best is None:
        return None
    end = leading_nouns(sentence, *best)
    said = [sentence.find(t, best[0], end) for g in groups for t in g if len(t) >= 2]
    end = min([at for at in said if at > best[0]] + [end])  # the question's own verb ends the agent (…统一安排)
    return Span(sentence[best[0]:end], best[0], end, "subject") if 2 <= end - best[0] <= 16 else None
