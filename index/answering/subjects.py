"""The subject a Chinese question word opening its question asks for: where the words that open a span end
(a name or a role before its verb), and where a subject ends before its modal and preposition. Pure functions
over strings, with jieba's part-of-speech tags."""
from __future__ import annotations

import re

from reportbot.index.answering.align import QWORD_ZH, asked_end
from reportbot.index.answering.entities import acts
from reportbot.index.retrieval.tagging import PLACE_END
from reportbot.index.retrieval.tagging import words as tagged_words


def leading_nouns(sentence: str, s: int, e: int) -> int:
    """Where the words that open [s, e) end: a name or a role, before the verb that says what it did."""
    end, prev, shut = s, "", -1
    words = list(tagged_words(sentence[s:e]))
    for i, (word, flag) in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if end < shut:
            pass  # inside a bracket that the phrase holds
        elif word in "（(" and prev.startswith("n") and (shut := _closing(sentence, end, e)) > 0:
            pass  # 省红十字（仙居）应急搜救队: a bracket after a noun is part of the name
        elif word in _JOINS and nxt is not None and prev.startswith("n") and _noun_follows(words, i + 1):
            pass  # 独居老人及低保家庭: nouns joined into one answer
        elif word == "的" and nxt is not None and not prev.startswith("nr") and _noun_follows(words, i + 1):
            pass  # 年满18周岁的居民: 的 joins a modifier to its noun inside the phrase
        elif flag.startswith("v") and nxt is not None and nxt.flag.startswith("n") and \
                (len(nxt.word) == 1 or words[i - 1].word in ("的", *_JOINS) and i):
            pass  # 搜救 队: a verb before a one-character noun makes a noun with it; after 的 or 及 it modifies one
        elif flag.startswith(("v", "p", "c", "u", "x", "d")) and (flag != "vn" or prev.startswith("nr")):
            break  # a verb ends the name or role; after a person's name a verbal noun acts (何美玲获颁…)
        elif flag.startswith("nr") and acts(sentence[:e], end + len(word)):
            break  # the tagger calls some verbs names (荣膺): a word that takes a figure or a title as object acts
        end, prev = end + len(word), flag
    return end if end > s else e


_JOINS = ("及", "和", "与", "以及")
_NOUN_FLAGS = ("n", "nt", "nz", "ns", "nl", "ng")  # nouns, not verbal ones (救灾 vn): what a place may modify


def nouns_after(sentence: str, s: int, e: int, question: str = "") -> int:
    """Where the nouns that start at ``s`` (before ``e``) end: a place followed by them names a thing in that place
    (浙江政务服务网), not the place alone; ``s`` when a verb or a mark follows (河南救灾); a word the question says
    is no part of its answer (上线 of 在哪上线)."""
    end = s
    for word, flag in tagged_words(sentence[s:e]):
        # 白石 谷: a place's one-character ending the tagger read as a surname with no given name after it
        ending = flag == "nr" and end > s and len(word) == 1 and word in PLACE_END
        if flag not in _NOUN_FLAGS and not ending or word in question:
            break
        end += len(word)
    return end


def _noun_follows(words: list, i: int) -> bool:
    """A noun stands at ``i``, or a verb that a noun completes (独居 老人): the head that a 的 before it modifies."""
    return words[i].flag.startswith("n") or (words[i].flag.startswith("v") and i + 1 < len(words)
                                              and words[i + 1].flag.startswith("n"))


def _closing(sentence: str, at: int, e: int) -> int:
    """Just past the bracket that closes the one opening at ``at``, if it closes before ``e``; else -1."""
    close = sentence.find("）" if sentence[at] == "（" else ")", at, e)
    return close + 1 if close > 0 else -1


# a question word that asks for people (谁 after the dialect's 边个 is read as Mandarin, 哪些人, 哪位)
WHO = re.compile(r"谁|哪(?:些|个|一)?(?:人|位)|什么人|啥人")
# words that stand between a subject and its verb without being part of it: modal verbs (jieba tags 可以 a
# conjunction, 可 and 应当 verbs) and adverbs (tagged d: 均, 都)
_MODAL = frozenset("可 可以 能 能够 应 应当 应该 须 需 需要 必须 将 会 要 得".split())


def opens(question: str) -> bool:
    """The question word opens the question or its clause: it asks for the subject (哪个小组得了…)."""
    m = QWORD_ZH.search(question)
    return m is not None and (m.start() == 0 or question[m.start() - 1] in "，,：: ")


def acts_before(question: str, gap: int) -> bool:
    """The question's words between its question word and its right neighbour hold a verb (哪个小组 得了 …奖): the
    neighbour is what the asked subject did, not the asked noun itself."""
    m = QWORD_ZH.search(question)
    start = asked_end(question, m)
    pos = 0
    for w in tagged_words(question):
        if start <= pos < start + gap and w.flag.startswith("v") and w.flag != "vn":
            return True
        pos += len(w.word)
    return False


def _modal(word) -> bool:
    """A modal verb or an adverb: what stands between a subject and its verb or preposition (可向, 均由); a
    preposition after a noun with neither is a conjunction joining two bodies (市红十字会与县民政局)."""
    return word.word in _MODAL or word.flag == "d"


def subject_end(sentence: str, s: int, e: int) -> int:
    """Where the subject that opens [s, e) ends when the span runs on into what precedes its verb: a modal, an
    adverb, a preposition and its object (年满六十五周岁的独居老人可向街道办事处 -> …独居老人)."""
    words = list(tagged_words(sentence[s:e]))
    k = next((i for i in range(1, len(words)) if words[i].flag.startswith("p") and _modal(words[i - 1])
              and all(w.flag.startswith(("n", "r")) for w in words[i + 1:])), len(words))
    while k > 1 and _modal(words[k - 1]):
        k -= 1
    return s + sum(len(w.word) for w in words[:k])
