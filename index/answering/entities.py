"""People and places in an evidence sentence: the extractors that need jieba's part-of-speech tagger.

Kept apart from :mod:`spans` because the tagger costs 0.3 s to load; it is imported only when a
who or where question needs it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.normalize import to_simplified
from reportbot.corpus.surnames import SURNAMES
from reportbot.index.answering.name_extent import name_end, names_listed, surnames_joined
from reportbot.index.answering.spans import _NAME_STOP, _QUOTE, Span, _clauses, _proximity
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import words as tagged_words
from reportbot.index.retrieval.tokenize import initialize


@dataclass(frozen=True)
class EntityChoice:
    """How a Chinese person or place that answers is chosen; set by hand when the extractors were written (the dev
    set, made-up sentences), not fitted."""

    after_term: float = 2.0  # a name right after a question word (队长方浙): this many times that word's weight,
    after_base: float = 1.0  # plus this (any such name beats a tagged name elsewhere as near: it is also the bar a
    #                          name must pass when the question names a person itself),
    person: float = 1.0      # plus this when the tagger reads it as a person
    tagged: float = 0.5      # a person the tagger finds elsewhere: this plus its proximity to the question's words
    asked_level: float = 3.0  # a place of the level the question asks (哪个县) counts this many times as much,
    place_suffix: float = 2.0  # one with a place's suffix (县, 市) this many times: the tagger calls some verbs places


ENTITIES = EntityChoice()


def extract_name(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """A person's name: the words right after the role the question names, else a tagged name."""
    initialize()
    candidates: list[tuple[float, int, int]] = []
    # the name that follows the question's last matched words ("队长方浙", "“最美救护员”夏振辉")
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence)]
    for _, b, w in sorted(terms, key=lambda t: t[1]):
        if any(a < b < e - 1 for a, e in quoted):
            continue  # the term ends inside a quoted name: what follows is the rest of that name
        rest = sentence[b:]
        lead = len(rest) - len(rest.lstrip("”’」』） "))
        lead += len(re.match(r"(?:由|是|为|系)?", rest[lead:]).group(0))  # 队长由X担任, 队长是X: X
        m = re.match(r"[\u4e00-\u9fff]{2,4}", rest[lead:])
        if m:
            name = m.group(0)
            cut = _NAME_STOP.search(name)
            name = name[:cut.start()] if cut else name
            if len(name) >= 2:
                s = b + lead
                e = s + len(name)
                after = re.match(r"[\u4e00-\u9fff]{2,6}", sentence[e:])
                if after and not is_person(sentence[s:e]) and is_person(after.group(0)):
                    e += name_length(after.group(0))  # 工会主席陈晓东: the role and the name
                # several names in a row ("闵华、吴坚强")
                e = names_listed(sentence, e)
                person = ENTITIES.person if is_person(sentence[s:e].split("、")[0]) else 0.0
                candidates.append((w * ENTITIES.after_term + ENTITIES.after_base + person, s, e))
    pos = 0
    named = False  # the question itself names a person ("Who is Xia Zhenhui?")
    for word, flag in surnames_joined(list(tagged_words(sentence))):
        if flag == "nr" and len(word) >= 2 and not acts(sentence, pos + len(word)):
            end = name_end(sentence, pos, pos + len(word))
            if any(a < end and pos < b for a, b, _ in terms):
                named = True
            else:
                candidates.append((ENTITIES.tagged + _proximity(pos, end, terms, _clauses(sentence)), pos, end))
        pos += len(word)
    if named and not any(c[0] > ENTITIES.after_base for c in candidates[:1]):
        return None  # then what is said of that person, the clause, answers
    if not candidates:
        return None
    _, s, e = max(candidates)
    return Span(sentence[s:e], s, e, "name")


def is_person(word: str) -> bool:
    """A person's name opens the word (夏振辉, not 康 of 华瑞康红十字; 林 志远 cut apart by the tagger counts)."""
    words = list(tagged_words(word))[:3]
    if not words:
        return False
    if words[0].flag.startswith("nr") and len(words[0].word) >= 2:
        # nr, and nrfg / nrt: names the dictionary holds as such (梁咏 欣: a given name cut short), unless it acts
        return not acts(word, len(words[0].word))
    # 周 建华 (t, nz): the tagger cuts a surname off a given name it does not know as one; 何 建平 获评 (r, n, v),
    # 韩 立国 获评 (j, ns, v): a surname the tagger reads as another word, before a two-character noun or place that a
    # verb follows
    if len(words) < 2 or len(words[0].word) != 1:
        return False
    given = words[1].flag.startswith("nr") or (words[1].flag == "nz" and len(words[1].word) <= 2) \
        or (words[1].flag in ("n", "ns") and len(words[1].word) == 2 and len(words) == 3
            and words[2].flag.startswith("v"))  # 韩 立国 获评: a given name the tagger reads as a place
    return given and _surname(words[0].word, words[0].word + words[1].word)


def holds_person(text: str) -> bool:
    """A person's name stands somewhere in the text (工会主席陈晓东), by jieba's tagger."""
    pos = 0
    for w in tagged_words(text):
        pos += len(w.word)
        if w.flag.startswith("nr") and len(w.word) >= 2 and not acts(text, pos):
            return True
    return False


def name_close(text: str) -> int | None:
    """Where the first person's name in ``text`` ends when 的 or a verb follows it (市长王明主持会议 -> after 王明):
    what follows says what the person did, not who; None when no name is followed so (张三、李四 stays whole)."""
    pos = 0
    words = list(tagged_words(text))
    for i, w in enumerate(words):
        pos += len(w.word)
        if w.flag.startswith("nr") and len(w.word) >= 2 and not acts(text, pos):
            if _open_quote(text[:pos]):
                return None  # a word of a quoted title (《关于…的意见》), no person
            after = words[i + 1] if i + 1 < len(words) else None
            return pos if after is not None and (after.word == "的" or after.flag.startswith("v")) else None
    return None


def role_before(sentence: str, at: int) -> tuple[int, int] | None:
    """The role written before a person's name that starts at ``at`` (…救援队队长张三等 -> 救援队队长): the run of
    nouns and places that ends at the name, within its clause; None when a verb or a mark comes right before it."""
    start = max(sentence.rfind(mark, 0, at) for mark in "，。；：、,;:") + 1
    words = list(tagged_words(sentence[start:at]))
    s = at
    for w in reversed(words):
        if not (w.flag.startswith(("n", "b")) or w.flag == "j") or w.flag.startswith("nr"):
            break
        s -= len(w.word)
    return (s, at) if at - s >= 2 else None


def _open_quote(text: str) -> bool:
    """A quote or title mark is opened in ``text`` and not closed."""
    return any(text.count(a) > text.count(b) for a, b in ("“”", "《》", "「」", "『』"))


# what follows a verb and never a person's name: a figure or a quoted title
_OBJECT = re.compile(r"\s*[\d“《「\"]")


def acts(text: str, end: int) -> bool:
    """The word the tagger calls a person's name that ends at ``end`` takes an object, a figure or a quoted title
    (荣膺2022年度“…”, 荣获“…”): it is a verb (jieba's dictionary tags 荣膺 and 荣获 as names). A name is followed by
    的, a mark, a role or a verb. The one test of the tagger's names: extractors, subjects and roles use it."""
    return bool(_OBJECT.match(text, end))


def name_length(text: str) -> int:
    """How many characters the person's name that opens ``text`` takes (林志远担任 -> 3)."""
    words = list(tagged_words(text))
    first = len(words[0].word)
    if first == 2 and words[0].flag.startswith("nr") and len(words) >= 3 and len(words[1].word) == 1 \
            and words[1].flag[0] not in "vpcdu" and _NAME_ENDS.match(words[2].word):
        return 3  # 赵国 栋 等: a given name the tagger cut short, its last character before 等 or a mark
    return first if first >= 2 else first + len(words[1].word)


# what may follow a person's name in a list or before a role (赵国栋等, 赵国栋、李明, 赵国栋和李明)
_NAME_ENDS = re.compile(r"[等和与及、，。；,;（(]")


def dictionary_word(word: str) -> bool:
    """jieba's dictionary holds the word (董事长, 秘书长): a post or a thing, not an unknown person's name. Asked
    through the lexicon, which serves the dictionary a first character at a time: jieba's own table holds only
    the groups of the characters cut so far."""
    from reportbot.index.retrieval.lexicon import frequency

    return frequency(word) > 0


def _surname(char: str, word: str = "") -> bool:
    """The character is a surname opening ``word`` (the name it would open): one CC-CEDICT lists as a surname, or one
    of the common surnames the loaders read a signatory's name by (:mod:`reportbot.corpus.surnames`, in simplified
    or traditional form: 張, 荆) where its first two characters of ``word`` are no dictionary word (荆志豪, not
    普通, 衣服, 简介: the list holds characters that mostly open other words)."""
    from reportbot.index.answering.glosses import cedict_entries

    if any(d.lower().startswith("surname") for _, defs in cedict_entries(char) for d in defs.split("/")):
        return True
    return len(char) == 1 and char in SURNAMES and len(word) >= 2 and word[0] == char \
        and not dictionary_word(to_simplified(word[:2]))


_WHICH_EN = re.compile(r"\b(?:which|what)\s+[a-z]")


def role_and_name(q: Query, sentence: str) -> Span | None:
    """English "which official / what secretary …" over Chinese: a translated question word that the sentence
    follows with a person's name is the role, and the role with the name answers (省委书记袁家军)."""
    if q.lang != "en" or not _WHICH_EN.search(q.text.lower()):
        return None
    terms = {t for g in q.groups for t in g if len(t) >= 2 and not t.isascii()}
    pos, words = 0, []
    for word in tagged_words(sentence):
        words.append((pos, word.word))
        pos += len(word.word)
    for start, word in words[:-1]:
        if not any(t in word for t in terms) or is_person(word):
            continue
        after = sentence[start + len(word):start + len(word) + 6]
        if re.match(r"[\u4e00-\u9fff]{2}", after) and is_person(after):
            end = start + len(word) + name_length(after)
            if not acts(sentence, end):
                return Span(sentence[start:end], start, end, "name")
    return _any_role_and_name(q, words, sentence)


_WHICH_NOUN_EN = re.compile(r"\bwhich ((?:[a-z-]+ ){0,2}[a-z-]+)")
_PERSON_SUFFIX = ("员", "者", "人", "官", "长", "师")  # not 家: 国家 is a country


def _names_people(noun: str) -> bool:
    """CC-CEDICT renders the English noun by a Chinese word for people (official: 官员; leader: 领导人)."""
    from reportbot.index.answering.glosses import headwords_glossed

    return any(w.endswith(_PERSON_SUFFIX) for w in headwords_glossed(noun))


def asks_people_en(q: Query) -> bool:
    """An English "which …" asks for people: a word of its noun phrase names people (which top provincial official:
    the asked noun after its modifiers), not a thing (which project)."""
    m = _WHICH_NOUN_EN.search(q.text.lower())
    return m is not None and any(_names_people(w) for w in m.group(1).split())


def _any_role_and_name(q: Query, words: list[tuple[int, str]], sentence: str) -> Span | None:
    """"Which city official visited …" where no translated word names the role: when the asked noun names people,
    the role that the sentence follows with a person's name (省委书记袁家军)."""
    if not asks_people_en(q):
        return None
    for (start, word), (at, name) in zip(words, words[1:]):
        if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and not is_person(word) and is_person(name):
            end = at + name_length(sentence[at:at + 6])
            if not re.match(r"\s*[\d“《「\"]", sentence[end:]):
                return Span(sentence[start:end], start, end, "name")
    return None


_MARKS = "“”《》「」—-–·… "


def names_no_one(span: Span, sentence: str) -> bool:
    """A who-answer in Chinese that starts inside a word of its sentence (援队队长 of 救援队队长, 主义思想 of
    社会主义思想) or ends in a verb, adjective, adverb or attribute (迭代升级, 绘新篇): a piece of a clause that the
    question's words fell next to, not a person, a role or a body."""
    text = span.text.strip(_MARKS)
    if not re.search(r"[\u4e00-\u9fff]", text) or sentence[span.start:span.end] != span.text:
        return False
    start, pos = span.start + span.text.find(text), 0
    for word in tagged_words(sentence):
        if pos < start < pos + len(word.word):
            return True
        pos += len(word.word)
    if all(len(name) <= 4 for name in text.split("、")) and is_person(text):
        return False  # 梁咏 欣: a name whose last character the tagger reads as a verb; 闵华、吴坚强: names listed
    tagged = [w for w in tagged_words(text) if w.word.strip(_MARKS)]
    return bool(tagged) and tagged[-1].flag[0] in "vadb"



# a name that ends at a mark or at 等 (…队长林海等一批骨干): two or three characters, whatever the tagger makes of them
_NAME_BEFORE_MARK = re.compile(r"[\u4e00-\u9fff]{2,3}?(?=等|[、，。；,;（(]|$)")


def person_after(sentence: str, end: int) -> Span | None:
    """A who-answer that names a body followed by its holder (东岭救援队队长林海): the role, a noun ending in a word
    for people (队长, 工作者), and the person's name that follow the body; None when the body is not followed so.
    The name is one the tagger reads as a name, or two or three characters from a surname up to a mark or 等."""
    words = list(tagged_words(sentence[end:end + 12]))
    if len(words) < 2 or not (words[0].flag.startswith("n") and not words[0].flag.startswith("nr")
                              and len(words[0].word) >= 2 and words[0].word.endswith(_PERSON_SUFFIX)):
        return None
    at = end + len(words[0].word)
    close = at + len(words[1].word)
    if not (holds_person(sentence[end:close]) and not acts(sentence, close)):
        m = _NAME_BEFORE_MARK.match(sentence, at)
        if m is None or not _surname(m.group(0)[0], m.group(0)):
            return None
        close = m.end()
    return Span(sentence[end:close], end, close, "name")
