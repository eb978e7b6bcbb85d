"""Question analysis: language, the kind of answer wanted, and keyword terms."""
from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass, field, replace

from reportbot.corpus.normalize import is_chinese, normalize
from reportbot.index.retrieval.asked_for import QUESTION_WORD_ZH, Kind, Lang, focus_en, focus_zh, question_kind
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_en import joined
from reportbot.index.retrieval.dialect import mandarin, question_words
from reportbot.index.retrieval.numerals import zh_value
from reportbot.index.retrieval.spoken import written
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem, tokenize_spans
from reportbot.index.retrieval.years import full_years

MAX_QUESTION_CHARS = 500

_CN_NUMBER = re.compile(r"[零一二两三四五六七八九十百千]{2,}(?=[个名项次支家所位人市县年月日万亿])|十(?=[个名项次支家所位人市县年月日])")  # noqa: E501 (CJK text counts double)


def chinese_to_int(s: str) -> int | None:
    """Value of a Chinese numeral (一百二十三 -> 123, 三百万 -> 3000000); None if it is not one (千百, 十百): the
    one reading of :func:`.numerals.zh_value`."""
    return zh_value(s)


def arabic_numerals(text: str) -> str:
    """Write counted Chinese numerals (十一个, 一百二十三支) as digits, as documents usually do."""
    def repl(m: re.Match) -> str:
        s = m.group(0)
        if not any(u in s for u in "十百千"):
            return s
        v = chinese_to_int(s)
        return str(v) if v is not None else s
    return _CN_NUMBER.sub(repl, text)


@dataclass(frozen=True)
class Query:
    """An analysed question.

    Attributes:
        raw: what the user typed.
        text: normalised (simplified, half-width) question.
        lang: ``zh`` when the question is mostly Chinese, else ``en``.
        kind: the kind of answer wanted.
        groups: keyword groups, one per concept of the question: alternative corpus
            words with weights (Chinese words, also for English questions).
        content: the question's content words, in its own language.
        unmatched: English content words no corpus word was found for.
        quoted: terms the question puts in quotes.
        focus: indexes into ``groups`` of the words the question asks about most
            directly: the word just before 多少/什么 (捐赠款物投入使用了多少 -> 使用), the
            word after 哪个 or "how many"/"which" (哪个党支部, how many cities).
        concepts: one id per group, shared by an English question's word and the bridge's group
            for it (empty: every group its own concept).
    """

    raw: str
    text: str
    lang: Lang
    kind: Kind
    groups: tuple[dict[str, float], ...]
    content: tuple[str, ...]
    unmatched: tuple[str, ...] = ()
    quoted: tuple[str, ...] = field(default=())
    focus: tuple[int, ...] = field(default=())
    concepts: tuple[int, ...] = field(default=())

    def concept_groups(self) -> list[dict[str, float]]:
        """The groups merged that stand for one concept (an English word and the corpus words the bridge translates
        it to), each term at its best weight: a passage in either language can hold the concept whole. A group
        without a concept id (added after analysis: a counted unit) is a concept of its own."""
        ids = list(self.concepts[:len(self.groups)])
        fresh = max(ids, default=-1) + 1
        ids += range(fresh, fresh + len(self.groups) - len(ids))
        merged: dict[int, dict[str, float]] = {}
        for cid, group in zip(ids, self.groups):
            into = merged.setdefault(cid, {})
            for t, w in group.items():
                into[t] = max(into.get(t, 0.0), w)
        return list(merged.values())

    @property
    def terms(self) -> dict[str, float]:
        """Every keyword term with its best weight."""
        out: dict[str, float] = {}
        for g in self.groups:
            for t, w in g.items():
                out[t] = max(out.get(t, 0.0), w)
        return out

    @property
    def coverage_possible(self) -> float:
        """Share of the content words the keyword side could express at all."""
        if not self.content:
            return 0.0
        return 1 - len(self.unmatched) / len(self.content)


# an article, chapter, section or part typed with digits (第11条, 第3章): Chinese rules and regulations number them
# in Chinese numerals (第十一条, 第三章), as the NPC's drafting rules (立法技术规范) ask
_ORDINAL = re.compile(r"第(\d{1,3})(?=[条章节编])")


def chinese_numeral(n: int) -> str:
    """1..999 in Chinese numerals as an ordinal writes them: 11 -> 十一, 20 -> 二十, 105 -> 一百零五."""
    digits = "零一二三四五六七八九"
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones or not out else "")


def chinese_ordinals(text: str) -> str:
    """第11条 -> 第十一条, 第3章 -> 第三章 (:data:`_ORDINAL`)."""
    return _ORDINAL.sub(lambda m: "第" + chinese_numeral(int(m.group(1))), text)


@functools.lru_cache(maxsize=256)  # search embeds it and analyse reads it: one question, read once
def question_text(question: str) -> str:
    """The normalised text of a question: what is embedded and what :func:`analyse` reads."""
    # Cantonese, spoken and typed-otherwise words read as the documents write them
    read = question_words(written(mandarin(normalize(question[:MAX_QUESTION_CHARS])), keep=QUESTION_WORD_ZH))
    return full_years(chinese_ordinals(arabic_numerals(read)))


def analyse(question: str, bridge: Bridge | None = None) -> Query:
    """Analyse a question for search and answer extraction.

    Args:
        question: the user's text (any script, any width).
        bridge: the index's English-to-corpus-word map, for English questions.
    """
    text = question_text(question)
    lang: Lang = "zh" if is_chinese(text) else "en"
    kind = question_kind(text, lang)
    quoted = tuple(q for q in re.findall(r"[“\"《「]([^”\"》」]{1,30})[”\"》」]", text))
    spans = tokenize_spans(text)
    groups = [g for _, _, g in spans]
    unmatched: tuple[str, ...] = ()
    focus: list[int] = []
    concepts: list[int] = []
    if lang == "zh":
        content = tuple(t for g in groups for t in list(g)[:1])
        focus = focus_zh(text, spans)
        if bridge is not None and bridge.to_english:
            groups = [bridge.english_alternatives(g) for g in groups]  # the same concept in English text
            groups = joined(text, spans, groups, bridge.to_english)  # 心肺 / 复苏 -> CPR, as one compound
    else:
        content = tuple(w for w in english_words(text) if w not in STOPWORDS_EN)
        # English words as they are (for English documents) and Chinese words typed
        # inside the question; then the bridge's translations, one group a phrase
        if bridge is not None:
            zh_groups, _, missing, starts, spanned = bridge.translate_positions(text)
            focus = [len(groups) + i for i in focus_en(text, starts)]
            concepts = _concepts(groups, spanned)
            groups = groups + zh_groups
            unmatched = tuple(missing)
    return Query(question, text, lang, kind, tuple(groups), content, unmatched, quoted, tuple(focus),
                 tuple(concepts))


def _concepts(english: list[dict[str, float]], spanned: list[list[str]]) -> list[int]:
    """One concept id per group, the English words' groups first, then the bridge's: a bridge group shares its id
    with the groups of the English words it translates (found by stem, in order)."""
    ids = list(range(len(english)))
    free: dict[str, list[int]] = {}
    for i, group in enumerate(english):
        for t in group:
            free.setdefault(t, []).append(i)
    for j, words in enumerate(spanned):
        cid = len(english) + j
        ids.append(cid)
        for w in words:
            own = free.get(stem(w))
            if own:
                ids[own.pop(0)] = cid
    return ids


# a question word inside a word jieba cut (几次, 几多日, 系边位): Mandarin's, and Cantonese 咩, 乜 and 边 (边个, 边位)
ASKING_ZH = re.compile(r"多少|几|什么|啥|哪|谁|何|怎么|如何|咋|咩|乜|边")


def without_asking(q: Query, known: Container[str]) -> Query:
    """A Chinese question without the words that only ask: a word the documents never write that holds a question
    word (几次, 几多日, 系边位, 几耐要) can match nothing and is no part of what is asked about, yet it counted
    against the share of the question a passage covers (and so against the keyword side's weight)."""
    if q.lang != "zh":
        return q
    def only_asks(group: dict[str, float]) -> bool:
        chinese = [t for t in group if not t.isascii()]
        return bool(chinese) and all(t not in known and ASKING_ZH.search(t) for t in chinese)

    keep = [i for i, g in enumerate(q.groups) if not only_asks(g)]
    if not keep or len(keep) == len(q.groups):
        return q
    at = {old: new for new, old in enumerate(keep)}
    return replace(q, groups=tuple(q.groups[i] for i in keep), focus=tuple(at[i] for i in q.focus if i in at))
