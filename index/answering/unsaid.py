"""A thing the question names that the evidence's document never says: the near miss's usual shape.

A near miss names a thing the documents nearly hold: rural homes where the report counts homes in town
and country alike, overseas revenue where the annual report gives revenue by product, the president of a
society whose report names no president. Coverage and alignment weigh such a word like any other word
the evidence lacks, and an answerable question in other words lacks words too (its own paraphrase, a
typo, a colloquial word). What tells them apart is the kind of word and where it is missing: a noun of the
dictionary that qualifies or names what is asked, which no passage of the chosen document says at all.

Read by grammar (jieba's part-of-speech tags and the words next to it), never by a list of content words.
A noun is left out when it is the asked category (什么文件, 哪个平台; 那个文件叫啥: the answer is the
thing it names), a verb the tagger calls a noun (经历了), the document or a part of it (a noun before 里 or 中,
one that speaks, one counted by 篇; a person who speaks is still weighed: a mayor's words are in the text), a
place (the constraints weigh places), a passive (被扣), or a word the dictionary lacks (a typo, a fragment
jieba cut out of one). A word the document writes in its full form (红会 for 红十字会, 县市区 for
县（市、区）) is said, and so is one it writes in another form: a word CC-CEDICT gives the same first sense that
shares a character with it (志工 said by 志愿者, 捐血 by 献血, 住址 by 地址; not 分会 by 树枝, both "branch": a
shared sense without a shared character is a pun of the English more often than one thing). A noun jieba cut out
of a figure and its measure word (12分会: 12分 + 会) names nothing.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.numerals import UNIT_ZH
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.senses import other_forms
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tokenize import english_words, stem

# the word before a noun asks for it (什么文件, 哪个平台, 几支队伍, Cantonese 咩/乜): the noun is the answer's kind
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|咩|乜|干嘛")
# the words after a noun name it as what the answer is (那个文件叫啥, 全称是啥). Not 是多少: the noun before it is
# the measure asked (预算是多少, 满意率多少), and a document that never says it is the near miss's usual shape
_NAMED_AS = re.compile(r"^(?:叫|是|指|叫做|称为)?(?:啥|什么|咩|乜)")
# which + a classifier before a noun (哪支队伍, 什么样): jieba cuts the classifier off on its own. Not 多少 / 几 +
# classifier (多少名管理员): that noun is the thing counted, and a count of a thing never said is a near miss
_WHICH = re.compile(r"^(?:哪|什么|啥)$")
_CLASSIFIER = re.compile(r"^[\u4e00-\u9fff]$")
_VERB_AFTER = re.compile(r"^[了过着]")          # 经历了: used as a verb
_CONTAINER_AFTER = re.compile(r"^[里中裡内上]")  # 文章里, 手册中: the document itself or a part of it
# a noun that speaks (the next word one of these verbs, whole: not 写作) or is counted by 篇 is the document or a
# part of it, unless it names a person (a role or a kind of people: 市长说, 志愿者提到)
_SPEAKS = frozenset("说 写 讲 提到 提及 指出 说到 写到 讲到 说道 写道".split())
# the last character of a noun for people: a role or a trade (队长, 专家, 医生, 记者, 负责人, 队员, 护士, 选手)
PERSON_END = tuple("人员者长家师生士手官民工众")
_DOCUMENT_MEASURE = "篇"
_CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")
_FIGURE = re.compile(r"^[\d.,]+$")
_UNIT_FIRST = re.compile(rf"^(?:{UNIT_ZH})(?=.)")
# a contraction's characters stand in the full form in order, a few characters apart at most (红会: 红十字会)
_GAP_CHARS = 3  # at most this many characters between two of the contraction's
_GAP_SET = "（）()、"  # what may stand between them besides Chinese characters


def _noun(flag: str) -> bool:
    """A noun by jieba's tag (n, nz, nt, nr…, vn: a verb used as a noun, s: a place word like 海外), not a place
    name (ns: the constraints weigh places)."""
    return (flag[0] == "n" and flag != "ns") or flag in ("vn", "s")


def said(word: str, text: str) -> bool:
    """The text says the word, or says it in full with the word's characters in order (红会 in 红十字会)."""
    if word in text:
        return True
    at = text.find(word[0])
    while at >= 0:
        if _rest_follows(word, 0, text, at):
            return True
        at = text.find(word[0], at + 1)
    return False


def _rest_follows(word: str, k: int, text: str, at: int) -> bool:
    """``word[k]`` stands at ``text[at]`` and the rest of the word follows it in order, each character after at most
    ``_GAP_CHARS`` of ``_GAP_SET`` (what ``word[0] (_GAP word[i])…`` searched as a pattern finds; read directly, as
    compiling that pattern's wide class for each new word costs more than the search)."""
    if k == len(word) - 1:
        return True
    for j in range(at + 1, min(at + _GAP_CHARS + 2, len(text))):
        if text[j] == word[k + 1] and _rest_follows(word, k + 1, text, j):
            return True
        if not _gap_char(text[j]):
            return False
    return False


def _gap_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in _GAP_SET


def naming_nouns(q: Query) -> list[str]:
    """The nouns of a Chinese question that name or qualify what it asks about (not its asked category)."""
    if q.lang != "zh":
        return []

    words = tagged(q.text)
    out = []
    for i, (w, flag) in enumerate(words):
        if len(w) < 2 or not _CHINESE.match(w) or not _noun(flag) or _ASKS.search(w) or w[0] == "被":
            continue
        after = "".join(x for x, _ in words[i + 1:i + 3])
        if (i and _ASKS.search(words[i - 1][0])) or _asked_by_classifier(words, i) or _NAMED_AS.match(after) \
                or _VERB_AFTER.match(after) or _CONTAINER_AFTER.match(after) or _document_named(words, i) \
                or _cut_from_figure(words, i):
            continue
        if lexicon.frequency(w):
            out.append(w)
    return out


def _cut_from_figure(words: Sequence[tuple[str, str]], i: int) -> bool:
    """The ``i``-th word opens with a measure word right after a figure in digits: jieba cut the figure's unit
    into it (扣满12分会咋样: 12分 + 会, not 分会)."""
    return i > 0 and _FIGURE.match(words[i - 1][0]) is not None and _UNIT_FIRST.match(words[i][0]) is not None


def said_in_some_form(word: str, text: str) -> bool:
    """The text says the word (:func:`said`), or another word CC-CEDICT gives its first sense that shares one of its
    characters (志工 said by 志愿者, 捐血 by 献血)."""
    return said(word, text) or any(w in text for w in other_forms(word) if set(w) & set(word))


def _asked_by_classifier(words: Sequence[tuple[str, str]], i: int) -> bool:
    """The ``i``-th word follows which and a classifier cut off alone (哪 + 支 + 队伍): the asked category."""
    return i >= 2 and _CLASSIFIER.match(words[i - 1][0]) is not None and _WHICH.match(words[i - 2][0]) is not None


def _document_named(words: Sequence[tuple[str, str]], i: int) -> bool:
    """The ``i``-th word, a noun, names the document or a part of it by grammar: it speaks and is no person, or 篇
    counts it (jieba may cut 那篇文章 as 那 + 篇文章)."""
    word, flag = words[i]
    before = words[i - 1][0] if i else ""
    if word.startswith(_DOCUMENT_MEASURE) or before.endswith(_DOCUMENT_MEASURE):
        return True
    # it speaks, or is asked who made it (这文章谁写的: the question word stands between the noun and the verb)
    speaks = i + 1 < len(words) and (words[i + 1][0] in _SPEAKS
                                     or _ASKS.fullmatch(words[i + 1][0]) is not None
                                     and i + 2 < len(words) and words[i + 2][0] in _SPEAKS)
    return speaks and not _person(word, flag)


def _person(word: str, flag: str) -> bool:
    """The noun names a person or people: the tagger's person (nr), a name the entity test reads, or a noun for
    people by its last character."""
    if flag.startswith("nr") or word.endswith(PERSON_END):
        return True
    from reportbot.index.answering.entities import is_person

    return is_person(word)


def unsaid(q: Query, document: str) -> list[str]:
    """The question's naming nouns that the evidence's document (its passages and their contexts) never says."""
    return [w for w in naming_nouns(q) if not said_in_some_form(w, document)]


def said_signal(q: Query, document: str, passage: str = "", vectors: Vectors | None = None) -> float:
    """1 when the document says every noun the question names its thing by, else 0 (the refusal model's ``said``).

    With ``vectors`` (the engine's embedder), a noun the document never says is said when the evidence's passage
    writes a word close to it that shares one of its characters (:func:`said_nearby`)."""
    missing = unsaid(q, document)
    if not missing:
        return 1.0
    least = nearby_least()
    if vectors is None or least is None or not passage:
        return 0.0
    return 1.0 if said_nearby(missing, passage_words(passage), vectors, least) else 0.0


# the embedder's question encoder: words -> normalised vectors, one row each
Vectors = Callable[[list[str]], np.ndarray]
NEARBY_FILE = Path(__file__).with_name("said_nearby.json")


@functools.lru_cache(maxsize=1)
def nearby_least() -> float | None:
    """The least similarity at which a passage's word says an unsaid noun (fitted by ``tools/fit_said_nearby.py``
    on tune halves, recorded with what it was fitted on); None without the file."""
    if not NEARBY_FILE.is_file():
        return None
    return float(json.loads(NEARBY_FILE.read_text(encoding="utf-8"))["least"])


def passage_words(passage: str) -> list[str]:
    """The passage's Chinese words of two characters or more, as jieba cuts them, each once in order."""
    return list(dict.fromkeys(w for w, _ in tagged(passage) if len(w) >= 2 and _CHINESE.match(w)))


def other_form_candidates(word: str, words: Sequence[str]) -> list[str]:
    """The words that may write ``word`` in another form: they share one of its characters and are no part of it
    (收入 is not 总收入: the qualifier a part lacks is what a near miss names), of two characters or more."""
    return [w for w in words if len(w) >= 2 and w != word and w not in word and set(w) & set(word)]


def said_nearby(missing: Sequence[str], words: Sequence[str], vectors: Vectors, least: float) -> bool:
    """Every word of ``missing`` has a candidate among ``words`` (:func:`other_form_candidates`) whose vector's
    cosine with its own is ``least`` or more: 暴雨 said by a passage's 强降雨, 现金 by 资金. The words and all their
    candidates are embedded in one call, and only when each word has one."""
    found = {w: other_form_candidates(w, words) for w in missing}
    if not missing or not all(found.values()):
        return False
    texts = list(dict.fromkeys([*missing, *(c for cs in found.values() for c in cs)]))
    matrix = np.asarray(vectors(texts), dtype=np.float32)
    row = {t: matrix[i] for i, t in enumerate(texts)}
    return all(max(float(row[w] @ row[c]) for c in cs) >= least for w, cs in found.items())


class DocumentTexts:
    """Everything each document says (its title, its passages and their headings), made on its first answer."""

    def __init__(self, paragraphs: Sequence[Paragraph], titles: Mapping[str, str]):
        self._paragraphs, self._titles, self._made, self._stems = paragraphs, titles, {}, {}

    def __call__(self, doc_id: str) -> str:
        if doc_id not in self._made:
            parts = [f"{p.section or ''}\n{p.text}" for p in self._paragraphs if p.doc_id == doc_id]
            self._made[doc_id] = "\n".join([self._titles.get(doc_id, ""), *parts])
        return self._made[doc_id]

    def stems(self, doc_id: str) -> frozenset[str]:
        """The stems of the English words a document says anywhere (made on its first English count answer)."""
        if doc_id not in self._stems:
            self._stems[doc_id] = frozenset(stem(w) for w in english_words(self(doc_id)))
        return self._stems[doc_id]
