"""The administrative places jieba's dictionary knows, and the forms a passage may write one in.

Places are the words jieba's own dictionary tags as place names (``ns``), read once at build time and kept with the
index (:func:`jieba_places`), so a place no document mentions (a third province) is still known to be a place. A
place is also written without its administrative suffix (:func:`short_name`: 江苏省, 江苏) and, in English text, by
the names CC-CEDICT gives it or its pinyin (:func:`english_forms`). Split from :mod:`.context`, which reads a
question's places and years against a passage.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# administrative suffixes: 江苏省 is 江苏 for the purpose of agreeing
_SUFFIXES = ("省", "市", "县", "区", "州", "自治区", "特别行政区")
_ADMIN_SUFFIX = re.compile(f"({'|'.join(_SUFFIXES)})$")


@functools.lru_cache(maxsize=1)
def jieba_places() -> frozenset[str]:
    """:func:`parse_jieba_places`, from the data folder's lexicon where one serves (read whole: 0.1 s)."""
    from reportbot.index.retrieval import lexicon

    served = lexicon.table("places")
    return parse_jieba_places() if served is None else served


@functools.lru_cache(maxsize=1)
def romanised_places() -> frozenset[str]:
    """:func:`place_pinyin` of :func:`jieba_places`, from the lexicon where one serves (made: 0.3 s)."""
    from reportbot.index.retrieval import lexicon

    served = lexicon.table("place_pinyin")
    return place_pinyin(jieba_places()) if served is None else served


def place_pinyin(places: frozenset[str]) -> frozenset[str]:
    """Toneless pinyin of places (jiangsu, guangdong): how English writes them."""
    from pypinyin import lazy_pinyin

    return frozenset("".join(lazy_pinyin(w)).lower() for w in places)


def romanise_places(places: frozenset[str]) -> dict[str, str]:
    """Each place, and its form without an administrative suffix, with its toneless pinyin (江苏省 and 江苏 ->
    jiangsu): made once with the lexicon, so a question that names a place does not import pypinyin (0.16 s)."""
    from pypinyin import lazy_pinyin

    return {w: "".join(lazy_pinyin(w)).lower() for w in places | {short_name(p) for p in places}}


@functools.lru_cache(maxsize=1)
def _romanised_table() -> dict[str, str]:
    """:func:`romanise_places` of every place the index knows, from the data folder's lexicon ({} without one)."""
    from reportbot.index.retrieval import lexicon

    return lexicon.table("romanised") or {}


def parse_jieba_places() -> frozenset[str]:
    """Administrative place names in jieba's dictionary: 江苏省, 杭州市, and 江苏, 杭州 (with 省/市 forms there).

    jieba tags many common words as places too (城市, 普及, 新建); a name counts only when it
    carries an administrative suffix itself or has a form with one in the dictionary.
    """
    from reportbot.index.retrieval.lexicon_key import dict_path

    tagged = set()
    with open(dict_path(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "ns" and _CJK_WORD.match(parts[0]):
                tagged.add(parts[0])
    out = {w for w in tagged if len(w) >= 3 and _ADMIN_SUFFIX.search(w)}
    out |= {w for w in tagged if any(w + s in out for s in _SUFFIXES)}
    return frozenset(out)


@dataclass(frozen=True)
class PlaceForms:
    """How a place a question names may be written in a passage; set by hand (ab06efe: a shorter pinyin is inside
    too many English words; checked on library_tune5)."""

    # a place's pinyin counts as one of its forms (beside CC-CEDICT's names) when that has at least this many
    # letters (青岛 -> qingdao): an English passage writes a Chinese place so; a shorter one (xi'an -> xian) is
    # inside too many other words
    romanised_letters: int = 5
    # a dictionary name this close to a place's pinyin (difflib ratio) respells it to tell it from another place
    # with that pinyin (陕西 shaanxi, 山西 shanxi); set by hand (lead, review-8) on those two and 新疆 / 新绛: no tune
    # question's place forms change with it (tools/fit_readings.py, fitted/readings.json), so they cannot decide it
    respelled: float = 0.8


PLACE_FORMS = PlaceForms()


def english_forms(place: str) -> tuple[str, ...]:
    """How English writes a Chinese place: the names CC-CEDICT gives it (陕西 -> shaanxi, 香港 -> hong kong) and its
    pinyin when that is long enough to stand out and names no other place (青岛 -> qingdao, 新疆 -> xinjiang);
    () for a place written in Latin letters."""
    from reportbot.index.retrieval.gazetteer import english_names, names_another

    if place.isascii():
        return ()
    names = english_names(place)
    pinyin = pinyin_of(place)
    if len(pinyin) < PLACE_FORMS.romanised_letters or pinyin in names or \
            names_another(pinyin, place) and any(_spelled_apart(pinyin, n) for n in names):
        return names  # 陕西 is spelled Shaanxi to tell it from 山西, Shanxi: shanxi is not one of 陕西's forms
    return names + (pinyin,)  # 新疆: Uighur (CC-CEDICT) and xinjiang


def _spelled_apart(pinyin: str, name: str) -> bool:
    """The dictionary writes a place's name as its pinyin respelled (shaanxi for shanxi): to tell it from another."""
    import difflib

    return difflib.SequenceMatcher(None, pinyin, name.replace(" ", "")).ratio() >= PLACE_FORMS.respelled


def pinyin_of(place: str) -> str:
    """A Chinese place as English writes it: its toneless pinyin, one word, however short (青岛 -> qingdao, 西安 ->
    xian): how an English question may spell it."""
    if place.isascii():
        return ""
    known = _romanised_table().get(place)
    if known is not None:
        return known
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(place)).lower()


def short_name(place: str) -> str:
    """江苏省 -> 江苏: the form both the full and the short name contain."""
    short = _ADMIN_SUFFIX.sub("", place)
    return short if len(short) >= 2 else place
