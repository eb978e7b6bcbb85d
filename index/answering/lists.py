"""An enumeration longer than a short answer may be, shortened to its first whole items.

"Which documents do I need to bring?" over a sentence that lists five of them in 90 characters is better
answered by the first two items than by the first clause or by 59 characters cut inside a word. The list is
cut after the last item that fits, at a list mark (、，；, ", "), never inside an item; the cut answer stays a
stretch of its sentence, so it can still be shown underlined there. Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.spans import MAX_ANSWER_CHARS, Span
from reportbot.index.retrieval.tagging import words as tagged_words

# the marks that end an item: Chinese 、，；; English ", " and "; " (a comma between digits is part of a figure)
_ITEM_MARK = re.compile(r"[、，；;]|,(?!\d{3})")
# items: "A, B and C", "A, B, and C"; not a clause joined by ", and" ("… in 2022, and suggested …")
_ENGLISH_LIST = re.compile(r"\w, (?:[\w'-]+ ){1,6}?(?:and|or) |\w, [\w' -]+, (?:and|or) ")


@dataclass(frozen=True)
class ListCut:
    """Which clause's enumeration answers, and where a long one may be cut; set by hand on made-up FAQ and regulation
    sentences (tests)."""

    least_share: float = 0.3  # the items kept hold at least this share of the answer's room (else no list is cut)
    edge_slack: int = 1       # an enumeration's first or last item: at most this longer than its longest other item
    join_reach: int = 12      # characters after the last 、 within which 及 / 和 still joins the closing item
    lead_reach: int = 30      # the question's words this many characters before a clause count for its list too


CUT = ListCut()


def is_list(text: str) -> bool:
    """The text enumerates: two or more 、-items, or English items joined by commas and a closing and / or."""
    return text.count("、") >= 1 or text.count("；") >= 2 or bool(_ENGLISH_LIST.search(text))


def first_items(span: Span, sentence: str, room: int = MAX_ANSWER_CHARS, cut: ListCut = CUT) -> Span | None:
    """The span's first whole items that fit in ``room`` characters, when the span is a list too long to show;
    None when it is no list or not even one item fits."""
    if len(span.text) <= room or not is_list(span.text):
        return None
    ends = [m.start() for m in _ITEM_MARK.finditer(span.text) if m.start() <= room]
    if not ends or ends[-1] < cut.least_share * room:
        return None
    end = span.start + ends[-1]
    while end > span.start and sentence[end - 1] in " ":
        end -= 1
    return Span(sentence[span.start:end], span.start, end, span.source, span.strength)


def shown(text: str, room: int = MAX_ANSWER_CHARS) -> str:
    """An answer as it is shown: whole when it fits; a list cut after its last whole item that fits; else cut
    with an ellipsis."""
    if len(text) <= room:
        return text
    kept = first_items(Span(text, 0, len(text)), text, room)
    return kept.text if kept is not None else text[:room - 1] + "…"


# what ends an item at the edge of an enumeration: a verb, a preposition, an adverb, a pronoun, a conjunction, a
# particle or punctuation (jieba's tags); nouns, names and attributes go on (大安 森林公园, 楼梯间)
_STOPS = frozenset("vpdrcuxyeomq")
_QUOTED = re.compile(r"“[^”]{1,30}”|《[^》]{1,30}》|「[^」]{1,30}」")
_JOIN = ("及", "和", "与", "以及", "或", "或者")
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?]")


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """jieba's words and tags, a quoted name one word (tagged nz: it names a thing)."""
    out, at = [], 0
    for piece in re.split(f"({_QUOTED.pattern})", text):
        words = [(piece, "nz")] if _QUOTED.fullmatch(piece) else tagged_words(piece)
        for word, flag in words:
            out.append((word, flag, at))
            at += len(word)
    return out


def _stops(flag: str) -> bool:
    """The tag ends a naming phrase: a verb, a preposition, an adverb, a pronoun, a conjunction, a particle,
    punctuation, a numeral (a noun used as a verb, vn, and an English word, eng, do not)."""
    return flag[:1] in _STOPS and flag not in ("vn", "eng")


def _leads(flag: str) -> bool:
    """The tag ends a naming phrase read back from a list's first item: one :func:`_stops` ends, or a time word or a
    place word of direction (jieba's t, f: 7月中旬, 年底前 date the list, they name none of its items)."""
    return _stops(flag) or flag in ("t", "f")


def _edge(tokens: list[tuple[str, str, int]], i: int, step: int, room: int, verbal: bool) -> int:
    """From token ``i`` (an edge item's token next to its mark), the item's far token going ``step``: the rest of
    the clause when it fits in ``room`` characters (past the words that lead into the list, 例如, 包括), one word
    when the other items are one verb each (调研、指导、督促), else as many naming words as fit."""
    ends = range(i, -1, -1) if step < 0 else range(i, len(tokens))
    far = list(ends)[-1]
    if step < 0:
        while far < i and _leads(tokens[far][1]):
            far += 1  # 例如 大安森林公园, 7月中旬 嵩县: the verb or the time that leads into the list is no item's
    if sum(len(tokens[k][0]) for k in range(min(i, far), max(i, far) + 1)) <= room:
        return far
    if verbal:
        return i
    stop_at, size, j = i, len(tokens[i][0]), i + step
    while 0 <= j < len(tokens) and not (_leads if step < 0 else _stops)(tokens[j][1]) and tokens[j][0] not in _JOIN:
        size += len(tokens[j][0])
        if size > room:
            break
        stop_at, j = j, j + step
    return stop_at


def _list_clause(sentence: str, terms: list[tuple[int, int, float]], head: frozenset[int], cut: ListCut = CUT
                 ) -> tuple[int, int] | None:
    """The clause with an enumeration that holds the asked noun, else the most of the question's words (and of the
    ``ListCut.lead_reach`` characters before it)."""
    bounds = [0] + [m.end() for m in _CLAUSE_MARK.finditer(sentence)] + [len(sentence)]
    best, best_mass = None, (False, -1.0)
    for a, b in zip(bounds, bounds[1:]):
        if "、" not in _QUOTED.sub("", sentence[a:b]):
            continue  # no list, or only a quoted name's (“不忘初心、牢记使命”)
        mass = (any(a <= s < b for s in head),
                sum(w for s, _, w in terms if a - cut.lead_reach <= s < b) + sum(w for s, _, w in terms if a <= s < b))
        if mass > best_mass:
            best, best_mass = (a, b), mass
    return best


def enumeration(sentence: str, terms: list[tuple[int, int, float]], head: frozenset[int] = frozenset(),
                cut: ListCut = CUT) -> Span | None:
    """The enumeration (A、B及C) in the clause that holds most of the question's words, its first and last items
    cut where the words stop naming things, neither longer than the longest other item by more than
    ``ListCut.edge_slack`` (阳台、车库及地下室均须配备 -> 阳台、车库及地下室). ``head``: where the terms of the
    asked noun (战场 after 哪几个) start: a clause that holds them goes first."""
    best = _list_clause(sentence, terms, head, cut)
    if best is None:
        return None
    a, b = best
    tokens = _tokens(sentence[a:b].rstrip("，。；：！？,;:!? "))
    marks = [k for k, (w, _, _) in enumerate(tokens) if w == "、"]
    if not marks:
        return None  # the 、 stands inside a quoted name
    last = marks[-1]
    for k in range(last + 2, len(tokens) - 1):  # A、B及C: the item after the conjunction closes the list
        if tokens[k][0] in _JOIN:
            last = k
            break
        if tokens[k][1] == "x" or tokens[k][2] - tokens[last][2] > cut.join_reach:
            break
    closing = next((k for k in range(last + 1, len(tokens)) if tokens[k][0] == "等"), None)
    tokens = tokens[:closing]  # 人道救助等活动: 等 closes the list
    if marks[0] == 0 or last + 1 >= len(tokens):
        return None
    inner = [tokens[x + 1:y] for x, y in zip(marks, marks[1:] + [last]) if y > x + 1]
    sizes = [sum(len(w) for w, _, _ in item) for item in inner] or \
        [len(tokens[marks[0] - 1][0]), len(tokens[last + 1][0])]
    verbal = bool(inner) and all(len(item) == 1 and item[0][1].startswith("v") for item in inner)
    room = max(sizes) + cut.edge_slack
    first = _edge(tokens, marks[0] - 1, -1, room, verbal)
    end = _edge(tokens, last + 1, +1, room, verbal)
    s = a + tokens[first][2]
    e = a + tokens[end][2] + len(tokens[end][0])
    return Span(sentence[s:e], s, e, "list")


# an English question that names one item and asks for the rest: "apart from X, how else …", "besides X, what other …"
_OTHERS_ASKED = re.compile(r"\b(?:apart from|aside from|besides|other than|except|in addition to)\b.*?"
                           r"\b(?:else|other|others|another)\b")


def others_listed(text: str, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """An English question naming one item and asking for the others, over a Chinese enumeration that holds a word of
    the question (外邀教师专题授课、参观红色基地… for "apart from outside teachers, how else"): the whole enumeration,
    which holds the others; None when the question asks no such thing or no item holds its words."""
    if not _OTHERS_ASKED.search(text.lower()):
        return None
    listed = enumeration(sentence, terms)
    if listed is None or not any(listed.start <= a and b <= listed.end for a, b, _ in terms):
        return None
    return listed
