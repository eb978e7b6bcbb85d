"""Where an English question writes a place's English name only in appearance, so it names no such place.

Two readings, both of the question's words around the name:

- **inside a longer place name**: "new taipei" is 新北's English name, and it holds "taipei", 台北's. A question
  about the New Taipei branch names New Taipei only; held to 台北 too, its answer (a passage of 新北市's document)
  was refused for a place it never meant. A name counts as written when it stands once outside every longer place
  name the question writes.
- **a syllable of a Chinese phrase spelled out**: an English question writes a Chinese campaign's or a motto's name
  in pinyin ("boai song wanjia" for 博爱送万家); one of its syllables may be a place's English name too ("song":
  嵩县). A common English word standing next to a word spelled wholly in pinyin that is neither an English word nor
  a place's name is a syllable of that phrase, not a place.

Pure functions over the question's text, given the places the index knows (:mod:`.gazetteer`).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.gazetteer import places_by_name

_WORD = re.compile(r"[a-z][a-z'’.-]*")  # as gazetteer reads English names
_NAME_WORDS = 3  # as gazetteer.named_in_english reads them: a place's English name of one to three words


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _at(words: list[str], name: tuple[str, ...]) -> list[int]:
    n = len(name)
    return [i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == name]


def within_longer(text: str, form: str, places: frozenset[str]) -> bool:
    """Whether every place ``text`` writes the English name ``form`` lies inside a longer English name of a place of
    ``places`` that it writes too (new taipei holds taipei). False when it does not write ``form`` at all."""
    words, name = _words(text), tuple(_words(form))
    at = _at(words, name) if name else []
    names = places_by_name(places)

    def inside(i: int) -> bool:
        return any(tuple(words[s:s + k]) in names
                   for k in range(len(name) + 1, _NAME_WORDS + 1)
                   for s in range(max(0, i + len(name) - k), i + 1) if s + k <= len(words))

    return bool(at) and all(inside(i) for i in at)


def in_spelled_phrase(text: str, form: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether every place ``text`` writes the one-word English name ``form`` is a syllable of a phrase spelled in
    pinyin: ``form`` is a common English word and a word next to it is spelled wholly in pinyin, no English word, and
    no place's English name (boai song wanjia; not the hubei song, where hubei names a place)."""
    from reportbot.index.retrieval.places_en import common_word
    from reportbot.index.retrieval.romanised import spelled_in_pinyin

    words, name = _words(text), tuple(_words(form))
    if len(name) != 1 or not common_word(name[0]):
        return False
    at = _at(words, name)
    named = {n[0] for n in places_by_name(places)} if places else set()

    def syllable(w: str) -> bool:
        return spelled_in_pinyin(w) and not common_word(w) and w not in named

    return bool(at) and all(any(0 <= j < len(words) and syllable(words[j]) for j in (i - 1, i + 1)) for i in at)


def written_apart(text: str, forms: tuple[str, ...], places: frozenset[str]) -> bool:
    """Whether an English question writes one of a place's English ``forms`` as a name of its own: neither only
    inside a longer place name (:func:`within_longer`) nor only as a syllable of a spelled phrase
    (:func:`in_spelled_phrase`). True when it writes none of them as words (the place was reached otherwise)."""
    shown = [f for f in forms if f.isascii() and _at(_words(text), tuple(_words(f)))]
    return not shown or any(not within_longer(text, f, places) and not in_spelled_phrase(text, f, places)
                            for f in shown)


def named_by_phrase(text: str, places: frozenset[str]) -> set[str]:
    """The places of ``places`` that ``text`` names by an English name of two words or more (new taipei, hong
    kong): a phrase names its place even where a word of it is a common English word (new)."""
    words, names = _words(text), places_by_name(places)
    return {p for k in range(2, _NAME_WORDS + 1) for i in range(len(words) - k + 1)
            for p in names.get(tuple(words[i:i + k]), ())}
