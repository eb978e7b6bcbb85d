"""What the document says the answer counts or names, and whether the question asks for that.

A near miss is answered with a figure the document gives for something else: 参与人次：389 for how many a shelter
holds, 123支救援队 for how many party branch pairings, Hours: 16 in the row of Level 1 for the Level 2 course. The
document writes what its figure counts next to it, by shape: the label before a colon (a field, a table cell's
column), the noun the figure and its measure word modify (123支救援队), the nouns of its own clause before it
(受益群众42万人次), and a table row's header before its dash. The question that the figure answers asks for that
thing, so it holds the label in some form (its characters in order, or the bridge's words for it in the other
language). Pure functions over the analysed question and strings; no word of any question is listed here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.units import other_measure, question_unit
from reportbot.index.answering.unsaid import said
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tokenize import english_words, stem

# an item of a sentence: what its clause, list item or table cell says (a label and its value stay together)
_ITEM = re.compile(r"[，。；;！？!?\n、]|,\s|\.\s")
_COLON = re.compile(r"[：:]")
_ROW = re.compile(r"\s[—–-]\s")  # a rendered table row: its header, a dash, then its cells
# nouns (not places, times or person names: the constraints and the persons' checks weigh those), idioms, Latin words
_NOUN = re.compile(r"^(?:n(?![srt])|vn|nz|j|l|eng)")
_STOP_EN = frozenset("the a an of in on at for to and or by with from per as is are was were be been this that "
                     "these those its their our his her it total number".split())


def _item(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text of the answer's item before the answer and after it."""
    left = max((m.end() for m in _ITEM.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _ITEM.finditer(sentence, end)), len(sentence))
    return sentence[left:start], sentence[end:right]


def labels(sentence: str, start: int, end: int) -> dict[str, list[str]]:
    """The words the document attaches to the answer ``sentence[start:end]``, by shape: ``colon``, the label before
    a colon in its item (a field, a cell's column); ``after``, the nouns right after it (what the figure and its
    measure word modify); ``before``, the nearest nouns of its item before it; ``row``, a rendered table row's header
    (the text before the row's dash). Chinese words as jieba cuts them, English words as stems."""
    before, after = _item(sentence, start, end)
    out: dict[str, list[str]] = {"colon": [], "after": [], "before": [], "row": []}
    row = _ROW.search(sentence[:start])
    if row and not _ITEM.search(sentence[:row.start()]):
        out["row"] = _words(sentence[:row.start()])
        before = before[max(0, row.end() - (start - len(before))):]
    colon = list(_COLON.finditer(before))
    if colon:
        out["colon"] = _words(before[:colon[-1].start()], label=True)
        before = before[colon[-1].end():]
    out["after"] = _words(after, first=True)
    out["before"] = _words(before)[-2:]
    return out


def _words(text: str, first: bool = False, label: bool = False) -> list[str]:
    """The nouns of ``text`` (``first``: only those before its first word of another kind, figures and measure words
    skipped at its start; ``label``: every word of two characters or more, as a label before a colon is a name)."""
    text = to_simplified(text)
    if is_english(text) or text.isascii():
        words = [stem(w) for w in english_words(text) if w not in _STOP_EN and not w.isdigit() and len(w) > 1]
        return words[:2] if first else words
    out = []
    for k, (w, f) in enumerate(tagged(text)):
        if (label and f not in ("m", "x") or _NOUN.match(f)) and len(w) >= 2:
            out.append(w)
        elif first and (out or k > 2 or f not in ("m", "q", "x")):
            break
    return out


def held(q: Query, word: str) -> bool:
    """The question says the document's word: in its characters in order (红会 for 红十字会 or the reverse), or
    through the bridge's words for it in the other language (the analysed question's groups)."""
    terms = [t for g in q.groups for t in g]
    if word.isascii():
        stems = {stem(w) for w in english_words(q.text)} | {stem(t.lower()) for t in terms if t.isascii()}
        return word in stems
    return said(word, q.text) or any(not t.isascii() and len(t) >= 2 and (said(t, word) or said(word, t))
                                     for t in terms)


def label_held(q: Query, sentence: str, span: tuple[str, int, int] | None, kinds: tuple[str, ...]) -> float:
    """1 when the question holds some word the document attaches to the answer by one of ``kinds`` (of
    :func:`labels`), 0 when it holds none of them, 1 when the document attaches none (nothing to weigh)."""
    if span is None or sentence[span[1]:span[2]] != span[0]:
        return 1.0
    found = labels(sentence, span[1], span[2])
    words = [w for k in kinds for w in found[k]]
    return 1.0 if not words or any(held(q, w) for w in words) else 0.0


# a unit a label or a row header writes in brackets for the figures under it: 名额（人）, 支出（万元）, 捐献（例）
_BRACKETED = re.compile(r"[（(]([^（）()]{1,8})[）)]")
_MAGNITUDE = re.compile(r"(多少|几多|几)[万亿千百]")
_BARE = re.compile(r"[\d.,，+\-–\s]+")


def cell_unit(sentence: str, start: int, end: int) -> str:
    """The unit the label before the answer's colon, else its row's header, writes in brackets ('' when none)."""
    before, _ = _item(sentence, start, end)
    colon = list(_COLON.finditer(before))
    label = before[:colon[-1].start()] if colon else ""
    row = _ROW.search(sentence[:start])
    header = sentence[:row.start()] if row and not _ITEM.search(sentence[:row.start()]) else ""
    for text in (label, header):
        found = _BRACKETED.findall(text)
        if found:
            return found[-1]
    return ""


def unit_agrees(q: Query, sentence: str, span: tuple[str, int, int] | None) -> float:
    """0 when the answer is a bare figure whose label or row header gives it a unit (名额（人）：5, 支出（万元）：296.5)
    of another measure than the question asks (几个, 几支, 多少人次); else 1."""
    if span is None or sentence[span[1]:span[2]] != span[0] or not _BARE.fullmatch(span[0]):
        return 1.0
    unit = cell_unit(sentence, span[1], span[2])
    asked = question_unit(replace(q, text=_MAGNITUDE.sub(r"\1", q.text)))  # 多少万人次 asks 人次
    return 0.0 if unit and other_measure(asked, to_simplified(unit)) else 1.0
