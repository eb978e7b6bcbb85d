"""Cutting the question word's slot at constituent boundaries: the answer inside an aligned sentence.

:func:`reportbot.index.answering.align.find_slot` finds where the question word sits between its
aligned neighbours; this module turns that span into an answer: a quoted name, an enumeration, a
noun phrase with its head noun, a parenthetical gloss, a person or a role. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.align import (
    _CLAUSE,
    _QUOTE,
    CLASSIFIERS,
    QWORD_ZH,
    TUNING,
    Slot,
    Tuning,
    find_slot,
    wants_list,
)
from reportbot.index.answering.figures_en import LABEL
from reportbot.index.answering.lists import first_items
from reportbot.index.answering.spans import Span
from reportbot.index.answering.subjects import WHO, acts_before, leading_nouns, opens, subject_end
from reportbot.index.retrieval.tagging import words as tagged_words

_EDGE_LEAD = "的是了为在把被将对与和及、：:，,以由从 ”》」』"
_BY = "依按据经凭"  # prepositions that open the body a who question asks for (依市政府公布的…)
_EDGE_TAIL = "的了是和与及、等，, “《「『"


def _quotes(sentence: str) -> list[tuple[int, int]]:
    return [(q.start(), q.end()) for q in _QUOTE.finditer(sentence)]


def _strip(sentence: str, s: int, e: int) -> tuple[int, int]:
    cut = sentence.find("等", s, e)
    if cut > s:
        e = cut
    label = LABEL.match(sentence, s)
    if label and label.end() < e:
        s = label.end()  # 第六条 区民政局: the article's label opens the clause, it is no answer
    while s < e and sentence[s] in _EDGE_LEAD:
        s += 1
    while e > s and sentence[e - 1] in _EDGE_TAIL:
        e -= 1
    return s, e


def _own(question: str, inner: str) -> bool:
    """The quote is the question's own term, not its answer."""
    return inner in question


def _quote_run(sentence: str, quotes: list[tuple[int, int]], s: int, e: int) -> tuple[int, int] | None:
    """The quotes inside [s, e) when they are one run (“三救”“三献”), else None."""
    inside = [(a, b) for a, b in quotes if s <= a and b <= e]
    if not inside:
        return None
    a, b = inside[0][0], inside[-1][1]
    if any(x[0] - y[1] > 0 for x, y in zip(inside[1:], inside)):
        return None
    return a, b


def _quoted_anchor(question: str, sentence: str, slot: Slot, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A neighbour inside a quoted name: the name is the answer (六讲啥 -> “六讲六做”)."""
    for anchor, st in ((slot.left, slot.left_at), (slot.right, slot.right_at)):
        if anchor is None:
            continue
        for a, b in quotes:
            if a < st and anchor.end(st) < b and not _own(question, sentence[a + 1:b - 1]):
                return a, b
    return None


def _adjacent_quote(question: str, sentence: str, slot: Slot, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """X叫啥 / X获得啥: a quoted name right next to X, when the words after X are no quote."""
    anchor = slot.left or slot.right
    st = slot.left_at if slot.left else slot.right_at
    for a, b in quotes:
        near = 0 <= st - b <= 1 or 0 <= a - anchor.end(st) <= 1
        if near and not _own(question, sentence[a + 1:b - 1]):
            return a, b
    return None


_JOIN = re.compile(r"以及|和|与|及|并")


def _conjunct(sentence: str, slot: Slot, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A slot that holds two joined phrases of the same build, each with its own head (当好A的“守护者”和B的“暖心人”
    for 当好谁的暖心人), when the question word modifies the head after it (谁的暖心人) and that neighbour is the
    stronger and stands right after the slot: the phrase next to it, the one its head belongs to. Joined phrases
    the question word stands for whole (以A和B为重点 for 以啥为重点) and a 、-list are kept whole."""
    s, e = slot.start, slot.end
    if slot.left is None or slot.right is None or slot.right.score <= slot.left.score or e != slot.right_at \
            or not slot.right.piece.startswith("的"):
        return s, e
    outside = [m for m in _JOIN.finditer(sentence, s, e) if not any(a < m.start() < b for a, b in quotes)]
    if not outside or "的" not in sentence[s:outside[-1].start()] or any(
            c == "、" and not any(a < i < b for a, b in quotes) for i, c in enumerate(sentence[s:e], s)):
        return s, e
    return (outside[-1].end(), e) if e - outside[-1].end() >= 2 else (s, e)


def slot_answer(question: str, sentence: str, lang: str = "zh", t: Tuning = TUNING) -> tuple[int, int, float] | None:
    """The span of ``sentence`` that fills the question word's slot, cut at constituent boundaries.

    Returns (start, end, strength): strength is 1 for a slot between two neighbours, else the lone
    neighbour's score over ``Tuning.strong_anchor`` (a neighbour far from the question word is weak).
    """
    slot = find_slot(question, sentence, t)
    if slot is None:
        return None
    glossed = _gloss(sentence, slot)
    if glossed:
        return glossed[0], glossed[1], 1.0  # the sentence itself says what the term means
    found = _fill(question, sentence, slot, lang, t)
    if found is None:
        return None
    lone = slot.left or slot.right if slot.left is None or slot.right is None else None
    return found[0], found[1], max(0.0, min(1.0, lone.score / t.strong_anchor)) if lone else 1.0


def _fill(question: str, sentence: str, slot: Slot, lang: str, t: Tuning) -> tuple[int, int] | None:
    quotes = _quotes(sentence)
    many = wants_list(question, lang)
    inside = _quoted_anchor(question, sentence, slot, quotes)
    if inside:
        return inside
    s, e = _strip(sentence, *_conjunct(sentence, slot, quotes) if not many else (slot.start, slot.end))
    run = _quote_run(sentence, quotes, s, e) if e > s else None
    if run and _own(question, sentence[run[0] + 1:run[1] - 1]):
        run = None
    if run and not many and run[0] > s and (cut := sentence.find("、", s, run[0])) > s:
        # 做“甲乙”的啥 over 做“甲乙”守护者、“丙丁”引领者: the item the slot opens, not the next one's name
        run, e = None, cut
    one_sided = slot.left is None or slot.right is None
    if one_sided and not many and not (run and run[0] == s) and "谁" not in question:  # 谁 wants a person, not a title
        near = _adjacent_quote(question, sentence, slot, quotes)
        if near:
            return near
    if slot.left is None and slot.right is not None and e > s and (WHO.search(question) or opens(question)):
        e = subject_end(sentence, s, e)  # 哪些人可以申请 over …独居老人可向街道办事处申请: the subject, not its modal
        if opens(question) and acts_before(question, slot.right.gap) and not many \
                and (cut := leading_nouns(sentence, s, e)) - s >= 2:
            # 哪个小组得了…奖 over 东城区青年志愿服务小组荣获2022年度“…”奖: the subject, before its verb (when the
            # neighbour is the question's own noun, 省委书记 of 哪个省委书记, the name next to it answers instead)
            e = cut
    if many:
        return _list_span(sentence, slot, s, e, t)
    if e <= s:
        return None
    if "谁" in question and not run and sentence[s:s + 1] in _BY \
            and s + 3 <= (cut := leading_nouns(sentence, s + 1, e)) < e:
        return s + 1, cut  # 看谁的通知 over 依市政府公布的通知办理: the body after 依, before its verb
    if "谁" in question and slot.right is None:
        return s, leading_nouns(sentence, s, e)  # 组长是哪位 over 组长孙立平获评“…”: the name, not the honour
    if "谁" in question and not run and leading_nouns(sentence, s, e) - s >= 2:
        e = leading_nouns(sentence, s, e)  # 由谁编制 over 由董事会办公室负责编制: the body, not its verb
    if run:
        return run
    head = _head_noun(question)
    words = _head_words(question, sentence, slot)
    if slot.right and len(slot.right.piece) == 1 and slot.left and slot.end == slot.right_at:
        e = slot.end + 1  # 哪个县 -> 安吉县: a one-character head noun belongs to the answer
    elif head and slot.left is None and head in sentence[s:e]:
        e = sentence.index(head, s) + 1  # 哪个县救援队 over 安吉县红十字救援队 -> 安吉县
    elif words and e == slot.end:
        if slot.left is None:  # the modifier of the head noun only, not the clause before it (…子场景得到省委书记)
            s = _trailing_nouns(sentence, s, e)
        e += len(words)  # 哪支服务队荣获 over 东城区青年志愿服务队荣获 -> …志愿服务队
    return (s, e) if e - s <= t.max_answer else None


_WHICH = re.compile(r"哪个|哪一|什么|啥|哪")


def _head_words(question: str, sentence: str, slot: Slot) -> str:
    """The noun that 哪支 / 什么 asks about when the sentence has it right after the slot (服务队 of 哪支服务队)."""
    if slot.right is None:
        return ""
    import jieba

    m = QWORD_ZH.search(question)
    if not m or not _WHICH.fullmatch(m.group(0)):
        return ""
    at = question.find(slot.right.piece, m.end())
    between = question[m.end():at]
    if at < 0 or len(between) > 1 or (between and between not in CLASSIFIERS):
        return ""
    cut = jieba.lcut(slot.right.piece) or [""]
    word = cut[0] + cut[1] if len(cut[0]) == 1 and len(cut) > 1 else cut[0]  # 副 市长: one noun, 副市长
    return word if len(word) >= 2 and sentence.startswith(word, slot.end) else ""


def _trailing_nouns(sentence: str, s: int, e: int) -> int:
    """Where the modifier of the head noun after [s, e) begins: nowhere (e) when a verb closes the span (…子场景得到
    省委书记: the head noun is the verb's object, nothing before it modifies it), else at s (…应急搜救队党支部)."""
    words = list(tagged_words(sentence[s:e]))
    closes_with_verb = bool(words) and words[-1].flag.startswith(("v", "p")) and words[-1].flag != "vn"
    return e if closes_with_verb else s


def _gloss(sentence: str, slot: Slot) -> tuple[int, int] | None:
    """X指啥 over …X（gloss）…: the words in brackets right after the term explain it."""
    if slot.left is None or slot.right is not None:
        return None
    for st in slot.left.starts:
        at = slot.left.end(st)
        if sentence[at:at + 1] in ("（", "("):
            close = sentence.find("）" if sentence[at] == "（" else ")", at)
            if 1 < close - at <= 30:
                return at + 1, close
    return None


def _head_noun(question: str) -> str | None:
    """The one-character noun right after 哪个 / 什么 / 啥 (县 in 哪个县救援队), if the question has one."""
    m = re.search(r"(?:哪个|哪一|什么|啥|哪)([\u4e00-\u9fff])", question)
    if not m or m.group(1) in "些几个一位种样么":
        return None
    return m.group(1)


_ITEM_END = re.compile(r"[；;]")


def _items_end(sentence: str, start: int, t: Tuning) -> int:
    """Where the enumeration after a colon ends: the first ；-item (包括：A、B、C；…), unless three or more ；-items
    make the list, then as many whole items as an answer may hold (下列权利：A；B；C。 -> A；B；C)."""
    close = sentence.find("。", start)
    close = len(sentence) if close < 0 else close
    stops = [b.start() for b in _ITEM_END.finditer(sentence, start, close)] + [close]
    if len(stops) < 3:
        return stops[0]
    fits = [b for b in stops if b - start <= t.max_list]
    return fits[-1] if fits else stops[0]


def _list_span(sentence: str, slot: Slot, s: int, e: int, t: Tuning) -> tuple[int, int] | None:
    """For 哪些 / which ones: the whole enumeration the slot opens, to the end of its clause."""
    if slot.left is not None:
        bounds = [b.start() for b in _CLAUSE.finditer(sentence) if b.start() >= slot.start]
        e2 = min(bounds, default=len(sentence))
        if sentence[e2:e2 + 1] in ("：", ":"):
            end = _items_end(sentence, e2 + 1, t)
            s, e = _strip(sentence, e2 + 1, end)  # 包括：A、B、C — the enumeration follows the colon, to its clause end
            return _fitted(sentence, s, e, t) if e > s else None
        region = sentence[s:e2]
        if "、" in region or "和" in region or "及" in region or "”“" in region:
            s, e = _strip(sentence, s, e2)
    if e <= s:
        return None
    return _fitted(sentence, s, e, t)


def _fitted(sentence: str, s: int, e: int, t: Tuning) -> tuple[int, int]:
    """The enumeration [s, e), or its first whole items when it is longer than a list answer may be."""
    if e - s <= t.max_list:
        return s, e
    kept = first_items(Span(sentence[s:e], s, e), sentence, t.max_list)
    return (kept.start, kept.end) if kept is not None else (s, s + t.max_list)
