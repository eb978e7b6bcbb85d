"""How much of a question an evidence sentence holds, in either language: what ranks a passage's sentences
(``evidence.rank_sentences``). Moved from ``signals.py``, which weighs whole answers. Pure functions.
"""
from __future__ import annotations

import re

from reportbot.index.answering.align import alignment
from reportbot.index.answering.figures_en import is_english
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem


def english_alignment(q: Query, sentence: str) -> float:
    """Share of an English question's translated groups with a word in the sentence; a Latin word the Chinese
    sentence writes as the question does (AED, SOS) counts as one more group held."""
    groups = [g for g in q.groups if any(not t.isascii() for t in g)]
    lowered = sentence.lower()
    latin = 0 if is_english(sentence) else \
        sum(any(_latin_word(t, lowered) for t in g) for g in q.groups if all(t.isascii() for t in g))
    if not groups and not latin:
        return 0.0
    return (sum(any(t in lowered for t in g) for g in groups) + latin) / (len(groups) + latin)


def _latin_word(term: str, lowered: str) -> bool:
    """A Latin term of three letters or more standing as a word of its own in a (Chinese) sentence."""
    return len(term) >= 3 and term[:1].isalpha() and _after_no_letter(term, lowered)


def _after_no_letter(term: str, text: str) -> bool:
    """The term stands in the text with no Latin letter a-z right before it (what ``(?<![a-z])term`` finds, read
    with ``str.find``: a pattern compiled for each new term costs more than the search)."""
    at = text.find(term)
    while at >= 0:
        if at == 0 or not "a" <= text[at - 1] <= "z":
            return True
        at = text.find(term, at + 1)
    return False


def _own_words_held(q: Query, sentence: str) -> float:
    """English over English: the share of the question's own word groups (stems) that a word of the sentence
    stems to (give -> giving, weight -> weigh is no match: stems must agree)."""
    groups = [g for g in q.groups if all(t.isascii() and t[:1].isalpha() for t in g)]
    if not groups:
        return 0.0
    stems = {stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}
    return sum(any(t in stems for t in g) for g in groups) / len(groups)


def sentence_alignment(q: Query, sentence: str) -> float:
    """How much of the question the sentence holds: characters in pieces for Chinese over Chinese, else the
    share of the question's word groups (with their translations) that the sentence has a word of."""
    if q.lang == "en":
        return _own_words_held(q, sentence) if is_english(sentence) else english_alignment(q, sentence)
    if not is_english(sentence):
        return alignment(q.text, sentence)
    groups = [g for g in q.groups if any(t.isascii() and t[:1].isalpha() for t in g)]
    lowered = sentence.lower()
    return sum(any(t in lowered for t in g if t.isascii()) for g in groups) / len(groups) if groups else 0.0


# a line that opens with its label: "普通科门诊：每次诊金…" (a service, an item, a field), not a FAQ's 问： / 答：
_LABEL = re.compile(r"^\s*([^：:，,。；;！？!?\s]{2,12})\s*[：:]")


def label_share(q: Query, sentence: str) -> float:
    """How much of a labelled line's label a Chinese question says (普通科看一次几钱 over 普通科门诊：…: 3 of 5): the
    label names what the line is about, as a heading does its passage."""
    m = _LABEL.match(sentence)
    if m is None or q.lang != "zh" or is_english(sentence):
        return 0.0
    return alignment(m.group(1), q.text)


_ITEM_END = ("；", ";")  # a list's item that another follows


def list_label(sentences: list[str], i: int) -> str:
    """The label of the labelled line whose ；-list sentence ``i`` continues (身体检查计划：基本套餐…； then
    全面套餐…): every item of the list is about what the label names, not only the first; "" when the sentence
    continues no labelled list or has a label of its own."""
    if _LABEL.match(sentences[i]):
        return ""
    j = i - 1
    while j >= 0 and sentences[j].rstrip().endswith(_ITEM_END):
        if m := _LABEL.match(sentences[j]):
            return m.group(1)
        j -= 1
    return ""


_NEGATING = "非"  # a prefix that makes a noun its complement (非会员, 非工作日, 非本市户籍)
_NEGATED_EN = re.compile(r"\bnon[- ]\w", re.I)  # the same prefix in an English question (non-members, non volunteers)


def says_negated(q: Query, sentence: str) -> bool:
    """A Chinese word of the question that the sentence says only with a negating prefix the question does not
    write (会员 over 非会员…): the sentence is about the word's complement, not what is asked."""
    if _NEGATED_EN.search(q.text):
        return False  # "the fee for non-members": the question asks the complement itself
    words = {t for g in q.groups for t in g if len(t) >= 2 and not t.isascii()}
    for word in words:
        at = [i for i in range(len(sentence)) if sentence.startswith(word, i)]
        if at and all(i > 0 and sentence[i - 1] == _NEGATING for i in at) and _NEGATING + word not in q.text:
            return True
    return False


# a prefix that makes a role word the name of a lesser role (副主席 for 主席, Vice-Chair or Deputy Chair for chair)
_LESSER_ZH = "副"
_LESSER_EN = re.compile(r"\b(?:vice|deputy|assistant)[- ]$")
_LESSER_ASKED = re.compile(r"副|\b(?:vice|deputy|assistant)\b", re.I)


def says_lesser(q: Query, sentence: str) -> bool:
    """A word of the question (in either language) that the sentence says only as the tail of a lesser role the
    question does not name (主席 over 副主席…, chair over "Mr X — Vice-Chair"): the line of a longer role that holds
    the asked one is another person's, not the one asked about."""
    if _LESSER_ASKED.search(q.text):
        return False  # who is the vice-chair, 副会长是谁: the lesser role itself is asked
    lowered = sentence.lower()
    # the question's own words: an English question's in English (the bridge's Chinese words for "head" are loose:
    # 主任, 总监), a Chinese question's role it asks about (主席 of 主席是谁), in either language
    groups = [q.groups[i] for i in q.focus if i < len(q.groups)] if q.lang == "zh" and q.focus else q.groups
    for word in {t for g in groups for t in g if q.lang == "zh" or t.isascii()}:
        latin = word.isascii()
        if len(word) < (3 if latin else 2) or latin and not word.isalpha():
            continue
        at = [i for i in range(len(lowered)) if lowered.startswith(word, i)
              and not (latin and i and lowered[i - 1].isalpha())]
        if at and all(_LESSER_EN.search(lowered, 0, i) if latin else i > 0 and sentence[i - 1] == _LESSER_ZH
                      for i in at):
            return True
    return False


# an absence asked ("members who have not paid", "a month without a shift", 多久没有登录) and one stated
# (连续3个月未登录, "has not renewed"); 不 alone is left out (不超过, 不少于 bound a figure, they state no absence)
_ABSENCE_EN = re.compile(r"\bwithout\b|\bnot\b|\bno longer\b|\bnever\b|n't\b", re.I)
_ABSENCE_ASKED = re.compile(r"没有|没|未|不再|从未")
_ABSENCE_SAID = re.compile(r"未|没有|不再|无(?!偿)")
# jieba's tags of a word that names a thing (a noun, a place, a time, a name, a set phrase): 未来, 无锡, 未成年人,
# 无人机 hold a negating character and state no absence; the character as a word of its own always negates (jieba
# tags 未 of 未登录 as a time word too)
_NAMING_TAG = re.compile(r"[ntsl]")


def negates(text: str, negator: re.Pattern[str]) -> bool:
    """The Chinese text states that something is not (done): a word holding ``negator`` that is the negation
    itself or a verb, adverb or idiom that opens with it (未登录, 尚未缴费, 无故缺席), not a word naming a thing
    (未来, 无锡)."""
    from reportbot.index.retrieval.tagging import tagged

    if not negator.search(text):
        return False
    for word, flag in tagged(text):
        m = negator.search(word)
        if m and (m.group() == word or not _NAMING_TAG.match(flag)):
            return True
    return False


def states_absence(q: Query, sentence: str) -> bool:
    """The question asks about something not done (a month without a shift, 多久没登录) and the sentence states one
    (连续3个月未登录者): of a passage's sentences, the one about the absence the question names. A place or a time
    that holds a negating character (无锡, 未来) is no absence."""
    asked = _ABSENCE_EN.search(q.text) or negates(q.text, _ABSENCE_ASKED)
    return bool(asked) and bool(_ABSENCE_EN.search(sentence) or negates(sentence, _ABSENCE_SAID))
