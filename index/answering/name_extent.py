"""Where a person's name ends by the text's shape, not by the word cutter's cut (索南才 让 获评 -> 索南才让): the
cutter splits a name it does not know (a Tibetan, a Mongolian name) into a name and lone characters."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import _NAME_STOP, Span
from reportbot.index.retrieval.tagging import words as tagged_words

# what closes a name whose last characters the tagger cut off: a word a name is followed by (获评, 被, 等), or a 、
_AFTER_NAME = re.compile(r"、|等|和|与|及|作为|获|被|担任")
# adverbs that stand between a subject and its verb (王明也被评为): never the rest of a name
_SUBJECT_ADVERBS = frozenset("也曾还均都又再已亦皆")


def name_end(sentence: str, start: int, end: int) -> int:
    """Where a tagged name [start, end) ends by the text's shape, not the tagger's cut: through the one or two lone
    characters the tagger cut off a name it does not know (索南才 让 获评, 索朗 才 让 等 -> 索南才让, 索朗才让), up
    to four characters in all, when a word that closes a name follows them (获, 被, 等, 、); an adverb, a
    preposition, a particle or a mark is no part of a name (王明也被 stays 王明)."""
    if end - start == 2 and (last := _given_name_last(sentence, end)):
        return last
    at = end
    for w in tagged_words(sentence[end:end + 4]):
        if _AFTER_NAME.match(sentence, at):
            return at
        if len(w.word) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]", w.word) or w.flag[0] in "pcum" \
                or w.word in _SUBJECT_ADVERBS or _NAME_STOP.match(w.word) or at + 1 - start > 4:
            return end
        at += 1
    return end



def _given_name_last(sentence: str, end: int) -> int | None:
    """The end of a two-character name's third character that the tagger cut off as a lone noun before a verb of two
    or more characters (陈美 珊 捐赠 -> 陈美珊): a given name's last character, as a verb seldom follows a noun of one
    character; None otherwise (王明 来到: 来 is no noun)."""
    words = list(tagged_words(sentence[end:end + 6]))[:2]
    if len(words) == 2 and len(words[0].word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", words[0].word) \
            and words[0].flag in ("n", "ng") and words[1].flag.startswith("v") and len(words[1].word) >= 2:
        return end + 1
    return None

# one more name in a list of names: two or three characters closed by a mark or 等 (闵华、吴坚强，)
_LISTED_NAME = re.compile(r"、([\u4e00-\u9fff]{2,3})(?=[，、。；等])")


def names_listed(sentence: str, end: int) -> int:
    """Where a run of names joined by 、 ends, from the end of its first (闵华、吴坚强，… -> after 吴坚强)."""
    while m := _LISTED_NAME.match(sentence, end):
        end = m.end()
    return end


# a count that a clause after it names (新增救援队1支，为隆德县六盘山救援队): 为, 即 or 是 and the thing itself
_NAMED_AFTER = re.compile(r"[，,]\s*(?:为|即|是|系)([^，。；,;]{2,40})")


def named_after_count(sentence: str, span: Span) -> Span | None:
    """Which one, over a count the next clause names (新增的救援队是哪个 over 新增救援队1支，为…六盘山救援队): the
    name after 为; None when the span is no bare count or no clause names it."""
    if not _COUNT.fullmatch(span.text) or (m := _NAMED_AFTER.match(sentence, span.end)) is None:
        return None
    return Span(m.group(1), m.start(1), m.end(1), "slot", span.strength)


_COUNT = re.compile(r"[\d一二两三四五六七八九十]+[\u4e00-\u9fff]?")  # a figure and its classifier (1支, 两个)


def surnames_joined(words: list) -> list[tuple[str, str]]:
    """The tagger's words, a one-character surname joined to the given name it cut off (周 海燕 -> 周海燕; 林 海燕,
    the surname tagged a noun: :func:`_lone_surname`)."""
    out: list[tuple[str, str]] = []
    for w in words:
        if out and w.flag == "nr" and len(out[-1][0]) == 1 and len(w.word) <= 2 \
                and (out[-1][1] == "nr" or _lone_surname(out[-1], w.word)):
            out[-1] = (out[-1][0] + w.word, "nr")
        else:
            out.append((w.word, w.flag))
    return out


def _lone_surname(word: tuple[str, str], given: str) -> bool:
    """A character the tagger reads as a noun or a morpheme (林 ng, 刘 zg) that is a surname before a given name it
    tagged as a name; a function word or a verb (向, 和, 请) is none."""
    from reportbot.index.answering.entities import _surname  # entities reads names through this module

    return word[1][:1] in ("n", "z", "g") and _surname(word[0], word[0] + given)
