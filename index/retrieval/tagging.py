"""A text's words with jieba's part-of-speech tags, read once per text.

Several checks read a Chinese question's tagged words (the thing it counts, the persons it names, the category it
asks, a clock time, 几号), and the answer kinds read the evidence sentence's (a person's name, a place, a role): the
same texts, each tagged by several checks of one question, and the same passages' sentences by later questions. The
tagger is the costliest step among them (its hidden Markov model reads each stretch the dictionary lacks), so the
words are kept for the last texts read. The dictionary jieba tags by does not change at run time, so a text's words
do not either; ``lru_cache`` keeps the tables whole under the bot's concurrent questions (a text two threads tag at
once is tagged twice, to the same words).
"""
from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=2048)  # a sentence's words take a few kB: some MB at most
def words(text: str) -> tuple:
    """``text``'s words as ``jieba.posseg.cut`` gives them (``pair`` objects: ``.word``, ``.flag``), spaces kept.

    Shared by every caller: read them, never change them.
    """
    import jieba.posseg  # 0.3 s to import: loaded when the first text is tagged

    return _names_after_roles(tuple(jieba.posseg.cut(text)))


# a role a person's name follows (会长, 秘书长, 党组书记, 办公室主任, 委员): a noun ending so
_ROLE_END = re.compile(r"(?:长|书记|主任|主席|委员|干事|经理|理事|监事|总监|代表|教授|院士|医生|主管|助理)$")
# what a place's name ends in (县, 山, 路, 港, 谷): a word so ended stays a place wherever it stands
PLACE_END = frozenset("省市县区镇乡村州岛山河湖江海港湾路街道屯庄寨堡沟坡岭峰口桥城关寺园门台里洲滩营塘谷")


def _names_after_roles(found: tuple) -> tuple:
    """``found`` with a person's name the dictionary holds as a place read as a name where a role stands right
    before it: jieba tags 马建国 ``ns``, but 会长马建国 names the president; a name of two or three characters with
    no place's ending (马鞍山 stays a place)."""
    from jieba.posseg import pair

    out = list(found)
    for i in range(1, len(out)):
        w, before = out[i], out[i - 1]
        if w.flag == "ns" and 2 <= len(w.word) <= 3 and w.word[-1] not in PLACE_END \
                and before.flag.startswith("n") and _ROLE_END.search(before.word):
            out[i] = pair(w.word, "nr")
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s (word, tag) pairs, as ``jieba.posseg.lcut`` gives them, without the words that are only spaces."""
    return tuple((w.word, w.flag) for w in words(text) if w.word.strip())


def placed(text: str) -> list[tuple[str, str, int]]:
    """(word, tag, start) of each word :func:`tagged` reads in ``text``: where it starts in the text (found from the
    end of the word before; 0 for a word the tagger rewrote)."""
    out, at = [], 0
    for word, tag in tagged(text):
        start = text.find(word, at)
        at = max(start, at) + len(word)
        out.append((word, tag, max(start, 0)))
    return out
