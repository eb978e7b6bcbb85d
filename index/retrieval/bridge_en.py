"""Chinese question words to the English words that occur in the corpus (the bridge's other direction).

A Chinese question about an English document (董事会 -> board, 手套 -> glove) finds it through
CC-CEDICT too: every entry whose gloss consists of English words the corpus uses (stemmed)
maps its headword to those words. Built per index, kept in its bridge file.

A single character's one-word glosses the corpus uses are kept too (检 -> check, 查 -> check): a two-character
word none of whose own glosses the corpus uses (检查: inspect, examine; the manual says "check") is read through
the glosses its two characters share (:func:`shared_glosses`), as a Chinese reader reads an unfamiliar compound.
"""
from __future__ import annotations

import functools
import math
import re

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.calques import calques
from reportbot.index.retrieval.cedict import _cedict_entries, _gloss_keys_of
from reportbot.index.retrieval.lexicon import frequency
from reportbot.index.retrieval.morphology import RELATIVES, is_relative
from reportbot.index.retrieval.spelling import american
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem

_WORD = re.compile(r"[a-z]+")
_HYPHENED = re.compile(r"\b([a-z]+)-([a-z]+)\b")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=1)
def _headwords_by_word() -> dict[str, tuple[str, ...]]:
    """Each English word CC-CEDICT's glosses use -> the headwords (two characters or more) it glosses."""
    inverted: dict[str, list[str]] = {}
    for simp, entries in _cedict_entries().items():
        if len(simp) >= 2:
            for w in {w for _, defs in entries for w in _WORD.findall(defs.lower())}:
                inverted.setdefault(w, []).append(simp)
    return {w: tuple(v) for w, v in inverted.items()}


def english_glosses(words: set[str], vocabulary: set[str], pairs: frozenset[str] = frozenset()
                    ) -> dict[str, list[tuple[str, float]]]:
    """Chinese word -> [(English corpus stem, weight)] for every entry whose gloss the corpus can express.

    Args:
        words: the corpus's English words as written (lower case).
        vocabulary: the corpus's keyword terms (English ones stemmed).
        pairs: the corpus's capitalised pairs of words in a row ("harbour city", :func:`.calques.capitalised_pairs`),
            the names a Chinese question may translate by meaning.
    """
    english = set(english_terms(vocabulary))
    if len(english) < BRIDGE.min_english_words:
        return {}
    british = _british_stems(words, english)
    english |= british.keys()  # a gloss's American stem stands for the corpus's British one (center: centre)
    index = _headwords_by_word()
    base = _gloss_bases(english)
    # a headword jieba never cuts out of a question is never looked up
    looked_up = words | english | {american(w) for w in words} | _gloss_words_of(base)
    candidates = {h for w in looked_up if w not in STOPWORDS_EN and len(index.get(w, ())) <= BRIDGE.max_headwords
                  for h in index.get(w, ()) if frequency(h) or joinable(h)}
    out: dict[str, list[tuple[str, float]]] = _as_written(_character_glosses(english), british)
    derived = _derived_forms(english)
    for simp in candidates:
        joined = _hyphen_pairs(simp)
        keys = [k for k in _gloss_keys_of(simp) if _units(k, joined) <= BRIDGE.max_gloss_words
                and all(w in english or w in base for w in k)]
        if not keys:
            continue
        spread = 1 / math.sqrt(len(keys))
        weights: dict[str, float] = {}
        for k in keys:
            for w in k:
                # a gloss word derived from the corpus's word (chairman: the minutes write "chaired") counts as
                # a relative does
                x = spread * (1.0 if len(k) == 1 else BRIDGE.gloss_part) * (1.0 if w in english
                                                                             else RELATIVES.relative_weight)
                w = w if w in english else base[w]
                weights[w] = max(weights.get(w, 0.0), round(x, 4))
        out[simp] = _with_relatives(sorted(weights.items(), key=lambda x: (-x[1], x[0]))[:4], derived)
    _extended(out)
    for pair, found in calques(words, pairs).items():  # 南港 -> Southport, 港城 -> Harbour City (calques.py)
        out.setdefault(pair, [(w, x) for w, x in found if w in english])
    return _as_written({k: v for k, v in out.items() if v}, british)


def joinable(word: str) -> bool:
    """Whether a question reaches a headword jieba's dictionary lacks by joining two of its words (:func:`joined`):
    the headword is two words jieba knows written together (时 / 长 -> 时长), or all but its last character is, each
    of two characters or more (心肺 / 复苏 -> 心肺复苏术, "cardiopulmonary resuscitation (CPR)")."""
    return any(frequency(word[:i]) and frequency(word[i:]) for i in range(1, len(word))) or any(
        frequency(word[:i]) and frequency(word[i:-1]) for i in range(2, len(word) - 2))


def _extended(out: dict[str, list[tuple[str, float]]]) -> None:
    """A headword's glosses also under all but its last character where that is no headword and two words jieba
    knows (心肺复苏 for 心肺复苏术): the compound a question writes without the ending the dictionary adds."""
    found: dict[str, dict[str, float]] = {}
    for simp in sorted(out):
        short = simp[:-1]
        if len(simp) >= 5 and short not in out and not _cedict_entries().get(short) and any(
                frequency(short[:i]) and frequency(short[i:]) for i in range(2, len(short) - 1)):
            for w, x in out[simp]:
                found.setdefault(short, {})[w] = max(found.get(short, {}).get(w, 0.0), x)
    out.update({k: sorted(v.items(), key=lambda x: (-x[1], x[0])) for k, v in found.items()})


def joined(text: str, spans, groups: list[dict[str, float]], to_english: dict[str, list[tuple[str, float]]]
           ) -> list[dict[str, float]]:
    """A Chinese question's groups with the English words two adjacent words reach written together, added to both.

    jieba cuts a compound CC-CEDICT knows whole into two words (心肺 / 复苏, 造血 / 干细胞); neither reaches what the
    English text writes for the compound ("CPR", "stem cells"), the pair does.

    Args:
        text: the normalised question, which ``spans`` index.
        spans: (start, end, group) per question word (``tokenize.tokenize_spans``).
        groups: the groups search uses, one per span, English alternatives included.
        to_english: the bridge's Chinese word -> English corpus stems (:func:`english_glosses`).
    """
    if len(spans) != len(groups):
        return groups
    out = [dict(g) for g in groups]
    for i, ((a, b, _), (c, d, _)) in enumerate(zip(spans, spans[1:])):
        pair = text[a:d]
        if b != c or not _CJK.fullmatch(pair) or pair in groups[i] or pair in groups[i + 1]:
            continue
        for at in (i, i + 1):
            own = max(groups[at].get(text[a:b] if at == i else text[c:d], 0.0), 0.0) or 1.0
            for w, x in to_english.get(pair, ()):
                out[at][w] = max(out[at].get(w, 0.0), round(own * x * BRIDGE.to_english, 4))
    return out


@functools.lru_cache(maxsize=1)
def _gloss_word_stems() -> dict[str, tuple[str, ...]]:
    """Each stem of a word CC-CEDICT's glosses use -> those words (chairman -> chairman)."""
    out: dict[str, list[str]] = {}
    for w in _headwords_by_word():
        out.setdefault(stem(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


# endings that make a noun of the one who does or holds a thing (chairman, chairperson, treasurer's office): a
# compound's second word (understand, auditorium, referendum) is none of them
_AGENTS = frozenset("man woman person er or ist ian ship".split())


def _gloss_bases(english: set[str]) -> dict[str, str]:
    """Each gloss stem the corpus does not write that is one of its stems and an ending of :data:`_AGENTS`
    (chairman <- chair): gloss stem -> the corpus's stem (the longest)."""
    by_start: dict[str, list[str]] = {}
    for e in english:
        if len(e) >= RELATIVES.prefix:
            by_start.setdefault(e[:RELATIVES.prefix], []).append(e)
    out = {}
    for g in _gloss_word_stems():
        if g not in english and len(g) > RELATIVES.prefix:
            found = [e for e in by_start.get(g[:RELATIVES.prefix], ()) if g.startswith(e) and g[len(e):] in _AGENTS]
            if found:
                out[g] = max(found, key=len)
    return out


def _gloss_words_of(base: dict[str, str]) -> set[str]:
    """The gloss words (as written) whose stems :func:`_gloss_bases` reaches."""
    stems = _gloss_word_stems()
    return {w for g in base for w in stems.get(g, ())}


def _hyphen_pairs(simp: str) -> frozenset[tuple[str, str]]:
    """The stemmed word pairs a headword's glosses join with a hyphen ("first-aid kit" for 急救箱)."""
    return frozenset((stem(a), stem(b)) for _, defs in _cedict_entries().get(simp, ())
                     for a, b in _HYPHENED.findall(defs.lower()))


def _units(key: tuple[str, ...], joined: frozenset[tuple[str, str]]) -> int:
    """A gloss key's length in words, a hyphenated compound counting as one ("first-aid kit": 2)."""
    return len(key) - sum((a, b) in joined for a, b in zip(key, key[1:]))


def english_terms(vocabulary) -> frozenset[str]:
    """The English keyword terms (stems of two letters or more) of a vocabulary."""
    return frozenset(t for t in vocabulary if t.isascii() and t.isalpha() and len(t) > 1)


def _british_stems(words: set[str], english: set[str]) -> dict[str, str]:
    """The American spelling's stem of each corpus word written the British way -> the corpus's stem."""
    out = {}
    for w in words:
        spelt = american(w)
        if spelt != w and stem(w) in english and stem(spelt) != stem(w):
            out[stem(spelt)] = stem(w)
    return out


def _as_written(glosses: dict[str, list[tuple[str, float]]], british: dict[str, str]
                ) -> dict[str, list[tuple[str, float]]]:
    """The glosses with each American stem replaced by the stem the corpus writes."""
    if not british:
        return glosses
    return {simp: [(british.get(w, w), x) for w, x in found] for simp, found in glosses.items()}


def _derived_forms(english: set[str]) -> dict[str, list[str]]:
    """Each corpus stem -> the corpus stems derived from it by an ending (attend -> attende, from "attendees")."""
    by_start: dict[str, list[str]] = {}
    for e in english:
        by_start.setdefault(e[:RELATIVES.prefix], []).append(e)
    return {e: sorted(d for d in by_start.get(e[:RELATIVES.prefix], ()) if is_relative(e, d))
            for e in english if len(e) >= RELATIVES.prefix}


def _with_relatives(glosses: list[tuple[str, float]], derived: dict[str, list[str]]) -> list[tuple[str, float]]:
    """A word's glosses with the corpus's words derived from them (出席 -> attend, and attendees' stem), weaker."""
    out = dict(glosses)
    for w, weight in glosses:
        for d in derived.get(w, ()):
            out.setdefault(d, round(weight * RELATIVES.relative_weight, 4))
    return list(out.items())


def _character_glosses(english: set[str]) -> dict[str, list[tuple[str, float]]]:
    """Each single character -> its one-word glosses the corpus uses (weight 1), for :func:`shared_glosses`."""
    out: dict[str, list[tuple[str, float]]] = {}
    for simp in _cedict_entries():
        if len(simp) == 1:
            words = sorted({k[0] for k in _gloss_keys_of(simp) if len(k) == 1 and k[0] in english})
            if words:
                out[simp] = [(w, 1.0) for w in words]
    return out


def shared_glosses(word: str, to_english: dict[str, list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """The English corpus words both characters of a two-character ``word`` gloss (检查 -> check), weighed
    ``BridgeWeights.shared_gloss`` shared among them; none for another length or when the characters share none."""
    if len(word) != 2 or word[0] not in to_english or word[1] not in to_english:
        return []
    both = sorted({w for w, _ in to_english[word[0]]} & {w for w, _ in to_english[word[1]]})
    return [(w, round(BRIDGE.shared_gloss / math.sqrt(len(both)), 4)) for w in both]
