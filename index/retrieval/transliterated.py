"""Foreign names a Chinese question writes by sound (肯德尔 for Kendal, 韦克斯福德 for Wexford).

A Chinese reader of an English document writes its place by sound, and CC-CEDICT lacks most such transliterations
(it has 阿姆斯特丹 Amsterdam, not 肯德尔 Kendal nor 柯克沃尔 Kirkwall), so the question reached no
word the document writes and another place's document answered. A transliteration spells each syllable of the name
with a character read alone: a run of characters no dictionary word spans two of. Its consonants, read from the
characters' pinyin, are compared with those of the Latin names the documents give themselves (their title, file
name and header card, :mod:`.card_words`), each spelled as a Chinese ear hears it (Kendal k-n-t-l, 肯德尔 ken-de-er
k-n-t-l; Wexford w-k-s-f-t, 韦克斯福德 wei-ke-si-fu-de w-k-s-f-t). A run whose consonants are a name's, spelled with
the characters CC-CEDICT spells foreign names with (not 大是哪年开, whose consonants are Taichung's), names that
name's document as a place would.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

# pinyin initials by the consonant an English name writes for them; y is a glide, zh/ch/sh/j/q/x/z/c a sibilant
_INITIALS = (("zh", "s"), ("ch", "s"), ("sh", "s"), ("b", "p"), ("p", "p"), ("d", "t"), ("t", "t"), ("g", "k"),
             ("k", "k"), ("f", "f"), ("h", "h"), ("m", "m"), ("n", "n"), ("l", "l"), ("r", "l"), ("j", "s"),
             ("q", "s"), ("x", "s"), ("z", "s"), ("c", "s"), ("s", "s"), ("w", "w"), ("y", ""))
_LATIN = {"v": "w", "b": "p", "d": "t", "g": "k", "z": "s", "j": "s", "q": "k", "c": "k"}
_DIGRAPHS = (("ph", "f"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("ck", "k"), ("qu", "kw"), ("x", "ks"))
_VOWELS = "aeiouy"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
LEAST = 3      # consonants a name must have (Wexford w-k-s-f-t; not Opito p-t: 跑题 is p-t too); set by hand
# set by hand: syllables a name of fewer consonants must have, one character each (Opito 0-p-t): a short name
# written by sound in three characters or more, not a two-character run common words spell as often
SYLLABLES = 3
SPAN = (3, 5)  # characters a transliteration spans (肯德尔 .. 韦克斯福德); set by hand
# the share of a character's CC-CEDICT words that are foreign names (斯 0.84, 卡 0.46, 汤 0.14; 是 0.01, 红 0.05)
# a run's characters must reach on average: 0.52 to 0.59 for the four names of the tune libraries, at most 0.1 for
# the runs of common characters whose consonants matched a name (大是哪年开 for Taichung, 红十字会); set by hand
FOREIGN_SHARE = 0.4


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _syllable(s: str) -> str:
    if s == "er":  # 尔, the -l / -r of a name's end (Kendal: 肯德尔)
        return "l"
    lead = next(((i, k) for i, k in _INITIALS if s.startswith(i)), ("", ""))
    return lead[1] + ("n" if s.endswith(("n", "ng")) else "")


@functools.lru_cache(maxsize=1 << 14)
def _sound(char: str) -> str:
    from pypinyin import lazy_pinyin

    return _syllable(lazy_pinyin(char)[0])


def han_consonants(word: str) -> str:
    """The consonants a run of characters spells: each syllable's initial, and n for a nasal final (汤 tang: t-n)."""
    from pypinyin import lazy_pinyin

    return _collapse("".join(_syllable(p) for p in lazy_pinyin(word)))


def _digraphs_folded(word: str) -> str:
    """An English name in lower case with its digraphs written as the one sound each is heard as (ph f, th t, x ks)."""
    w = word.lower()
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    return w


def latin_consonants(word: str) -> str:
    """The consonants a Chinese ear hears in an English name: an r before a consonant, a w after a vowel and a
    silent h drop (Cardiff k-t-f, Townsville t-n-s-w-l); voiced and voiceless stops are one (d as t)."""
    w = _digraphs_folded(word)
    w = re.sub(r"c(?=[eiy])", "s", w)
    out = []
    for i, ch in enumerate(w):
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if ch in _VOWELS or not ch.isalpha():
            continue
        if ch == "r":
            out.append("l" if i == 0 or (nxt and nxt in _VOWELS) else "")
        elif ch == "w":
            out.append("w" if nxt and nxt in _VOWELS else "")
        elif ch == "h":
            out.append("h" if i == 0 and nxt and nxt in _VOWELS else "")
        else:
            out.append(_LATIN.get(ch, ch))
    return _collapse("".join(out))


def latin_onsets(word: str) -> str:
    """Each syllable's onset in an English name, as :func:`latin_consonants` hears it, 0 for a syllable that opens
    on its vowel (Opito 0-p-t): a short name's consonants alone are too few to tell it from common characters'."""
    w = _digraphs_folded(word)
    return "".join(_LATIN.get(c[-1], c[-1]) if c else "0" for c, _ in re.findall(r"([^aeiouy]*)([aeiouy]+)", w))


def han_onsets(run: str) -> str:
    """Each character's initial as :func:`han_consonants` reads it, 0 for none (奥皮托 ao-pi-tuo: 0-p-t)."""
    from pypinyin import lazy_pinyin

    return "".join(next((k for i, k in _INITIALS if p.startswith(i)), "") or "0" for p in lazy_pinyin(run))


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from reportbot.index.retrieval.cedict import _cedict_entries

    return frozenset(w for w in _cedict_entries() if len(w) >= 2)


@functools.lru_cache(maxsize=1)
def foreign_shares() -> dict[str, float]:
    """Each character's share of the CC-CEDICT words it is part of (two characters or more) that are a foreign
    name (:func:`_foreign`)."""
    from reportbot.index.retrieval.cedict import _cedict_entries

    foreign: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for word, entries in _cedict_entries().items():
        if len(word) < 2:
            continue
        chars = set(word)
        every.update(chars)
        if _foreign(entries):
            foreign.update(chars)
    return {c: foreign[c] / n for c, n in every.items()}


def _foreign(entries) -> bool:
    """Whether CC-CEDICT entries make a word a foreign name: a proper noun glossed first by a capitalised word that
    is no pinyin (斯里兰卡 Sri Lanka, 阿姆斯特丹 Amsterdam; not 杭州)."""
    from reportbot.index.retrieval.romanised import spelled_in_pinyin

    return any(proper and (m := _NAME.match(d)) and not spelled_in_pinyin(m.group(1)) for proper, d in entries)


@functools.lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """The foreign names CC-CEDICT writes in three characters or more (阿姆斯特丹, 布宜诺斯艾利斯): a run a question
    writes so is one name, read whole."""
    from reportbot.index.retrieval.cedict import _cedict_entries

    return frozenset(w for w, entries in _cedict_entries().items() if len(w) >= SPAN[0] and _foreign(entries))


@functools.lru_cache(maxsize=1)
def _longest_name() -> int:
    """The characters of the longest name :func:`foreign_words` holds: how far a name or a part may reach."""
    return max(map(len, foreign_words()), default=SPAN[1])


def _dictionary_names(run: str) -> dict[int, list[int]]:
    """Where ``run`` writes a foreign name the dictionary knows (:func:`foreign_words`): each span's ends by its
    start. Only pieces as long as the longest name are looked up, so a long run (a file's unbroken junk) costs time
    in its length, not its cube."""
    words, most = foreign_words(), _longest_name()
    out: dict[int, list[int]] = {}
    for i in range(len(run)):
        for j in range(i + SPAN[0], min(len(run), i + most) + 1):
            if run[i:j] in words:
                out.setdefault(i, []).append(j)
    return out


def _overlaps(i: int, j: int, spans: dict[int, list[int]]) -> bool:
    """Whether characters ``i`` to ``j`` lie inside a span of ``spans`` (ends by start) or cross one's edge; a part
    that holds a span whole (a longer name around a shorter one) does not. Only spans starting within a name's reach
    of ``i`` can meet it."""
    reach = max(_longest_name(), SPAN[1])
    return any(i < e and (i, j) != (s, e) and not (i <= s and e <= j)
               for s in range(max(0, i - reach), j) for e in spans.get(s, ()))


_NAME = re.compile(r"([A-Z][a-z]+)")


def sounds_foreign(run: str) -> bool:
    """Whether ``run``'s characters are on average those CC-CEDICT spells foreign names with (肯德尔; not 是哪年)."""
    shares = foreign_shares()
    return sum(shares.get(c, 0.0) for c in run) / len(run) >= FOREIGN_SHARE


def read_alone(run: str) -> bool:
    """Whether no dictionary word spans two of ``run``'s characters (肯德尔; not 志愿者)."""
    words = _words()
    return not any(run[i:j] in words for i in range(len(run)) for j in range(i + 2, len(run) + 1))


class Transliterations:
    """The documents' Latin names by their consonants, and the ones a Chinese question writes by sound."""

    def __init__(self, names: Iterable[str]):
        self.by_sound: dict[str, set[str]] = {}
        self.by_onsets: dict[str, set[str]] = {}  # names of fewer consonants, by their syllables' onsets
        from reportbot.index.retrieval.romanised import spelled_in_pinyin

        for n in names:  # a Chinese place spelled in pinyin (zhejiang) is read from its characters
            key = latin_consonants(n)
            if spelled_in_pinyin(n):
                continue
            if len(key) >= LEAST and len(n) >= 4:
                self.by_sound.setdefault(key, set()).add(n)
            elif len(onsets := latin_onsets(n)) >= SYLLABLES and len(n) >= 4:  # Opito: a syllable for each character
                self.by_onsets.setdefault(onsets, set()).add(n)

    @functools.cached_property
    def by_part_sense(self) -> dict[tuple[str, str], set[str]]:
        """Names whose head is an English word and whose tail is spelled by sound (Bridgeton: bridge + t-n), by the
        character glossing the head and the tail's consonants: 桥顿, 桥 for bridge and 顿 for -ton."""
        from reportbot.index.retrieval.calques import MIN_PART, characters_by_gloss

        chars = characters_by_gloss()
        out: dict[tuple[str, str], set[str]] = {}
        for n in {n for names in (*self.by_sound.values(), *self.by_onsets.values()) for n in names}:
            for i in range(MIN_PART, len(n) - 1):
                tail = latin_consonants(n[i:])
                for c in chars.get(n[:i], ()) if tail and n[i] not in _VOWELS else ():
                    out.setdefault((c, tail), set()).add(n)
        return out

    def _part_sense(self, part: str, sounds: list[str]) -> set[str] | None:
        """The names ``part`` writes as a head by sense and a tail by sound (桥顿: Bridgeton), if any."""
        found = self.by_part_sense.get((part[0], _collapse("".join(sounds[1:]))))
        return found if found and sounds_foreign(part[1:]) else None

    def named(self, text: str) -> list[str]:
        """The names ``text`` (a normalised Chinese question) writes by sound, longest run first."""
        if not self.by_sound and not self.by_onsets:
            return []
        from reportbot.corpus.normalize import to_simplified

        out: list[str] = []
        for m in _HAN_RUN.finditer(to_simplified(text)):
            run = m.group(0)
            sounds = [_sound(c) for c in run]  # each character read once, each part's consonants joined
            # a name the dictionary writes whole (阿姆斯特丹) is read whole, never in parts (斯特丹) nor half of it
            # with the words after it (丹那次 of 阿姆斯特丹那次); a name heard in a run keeps the runs it overlaps out
            taken = _dictionary_names(run)
            for size in range(min(SPAN[1], len(run)), SPAN[0] - 1, -1):
                for i in range(len(run) - size + 1):
                    part = run[i:i + size]
                    if _overlaps(i, i + size, taken):
                        continue
                    found = self.by_sound.get(_collapse("".join(sounds[i:i + size]))) or \
                        self.by_onsets.get(han_onsets(run[i:i + size]))
                    if found and (part in foreign_words() or read_alone(part)) and sounds_foreign(part):
                        out += sorted(found - set(out))
                        taken.setdefault(i, []).append(i + size)
            for i in range(len(run) - 1):  # a head by sense, a tail of one or two characters by sound
                for size in (2, 3):
                    part = run[i:i + size]
                    if len(part) == size and not _overlaps(i, i + size, taken) and read_alone(part) and \
                            (found := self._part_sense(part, sounds[i:i + size])):
                        out += sorted(found - set(out))
        return out

    def constraints(self, text: str, constraints: tuple) -> tuple:
        """A place constraint for each name ``text`` writes by sound that no constraint of ``constraints`` holds."""
        from reportbot.index.retrieval.context import Constraint
        from reportbot.index.retrieval.tokenize import stem

        held = {f for c in constraints for f in c.forms}
        out = []
        for name in self.named(text):
            forms = tuple(dict.fromkeys((name, stem(name))))
            if not held.intersection(forms):
                held.update(forms)
                out.append(Constraint("named", forms))
        return tuple(out)


def document_names(titles: Iterable[str], sources: Iterable[str], cards: Iterable[str]) -> list[str]:
    """The Latin names documents give themselves in their titles, file names and header cards, lower case: the
    words no common English word spells (townsville, cardiff; not annual, review, handbook)."""
    from reportbot.index.retrieval.card_words import file_words
    from reportbot.index.retrieval.places_en import common_word

    text = " ".join(f"{t} {file_words(s)} {c}" for t, s, c in zip(titles, sources, cards)).lower()
    return sorted(w for w in set(re.findall(r"[a-z]{4,}", text)) if not common_word(w))
