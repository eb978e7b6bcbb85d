"""Places as CC-CEDICT writes them: which Chinese words are places, and their English names.

jieba's dictionary knows 江苏省 and so 江苏, but no district or county without its suffix (萧山, 拱墅, 仙居), and
pinyin is not how English writes every place: 陕西 and 山西 are both "shanxi", and 香港, 澳门, 台北 and 九龙 are
Hong Kong, Macau, Taipei and Kowloon. CC-CEDICT's proper-noun entries say both: "Xiaoshan district of Hangzhou
city", "Shaanxi (formerly Shensi), province in northwest China", "Taibei or Taipei, capital of Taiwan", "Kowloon
district of Hong Kong". A word is a place here when one of its proper glosses names it as an administrative place
(a province, city, county, district…) and it has no common sense (和平 "peace" is also a district of Shenyang);
its English names are the names its proper glosses give, for every place (香港 "Hong Kong" too).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
# "Xiamen or Amoy, subprovincial city in Fujian"; "Kowloon district of Hong Kong"; "Anhui Province in ..."
_KIND = (r"(?:sub-?provincial |prefecture[- ]level |county[- ]level |autonomous |special administrative )*"
         r"(?:province|city|county|district|prefecture|municipality|town|township|region|capital)\b")
_PLACE_GLOSS = re.compile(rf"^(?P<name>{_NAME}?)(?: or (?P<alt>{_NAME}?))?\s*,?\s+(?i:{_KIND})")
# a bare name: the whole gloss one to three capitalised words ("Hong Kong", "Macau")
_BARE = re.compile(rf"^{_NAME}$")
# where a district or county lies: "Kowloon district of Hong Kong", "Hualien county in east Taiwan"
_HOLDS = re.compile(rf"\b(?:district|county) (?:of|in) (?:(?:north|south|east|west|central)\w* )?(?P<name>{_NAME})")
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,5}$")


@dataclass(frozen=True)
class GazetteerReading:
    """Which CC-CEDICT places count; set by hand (lead, review-8), on the seed's county names and made-up questions."""

    # an English name shorter than this is a common word or an abbreviation in running text (US, Ho)
    name_letters: int = 4
    # a place word jieba's dictionary tags as a common word (开封 v "to unseal", 山上 s, 天府 n) at least this often
    # is read as that word, not as the place (仙居 n 4, 天台 n 91 stay places: counties the documents name); no tune
    # question's search hit changes with it (tools/fit_readings.py, fitted/readings.json), so they cannot decide it
    common_freq: int = 100


READING = GazetteerReading()
# jieba's tags of proper nouns: a place, a person's name, another proper name, an organisation
_PROPER_TAGS = ("ns", "nr", "nz", "nt")


def _common_words() -> frozenset[str]:
    """Words jieba's dictionary tags as common words (not proper nouns) at least ``READING.common_freq`` times."""
    from reportbot.index.retrieval.lexicon import dict_entries

    return frozenset(word for word, freq, tag in dict_entries()
                     if freq >= READING.common_freq and not tag.startswith(_PROPER_TAGS))


def parse_gazetteer() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(the words CC-CEDICT names as administrative places, English names of its proper nouns that name places).

    The names are lower case (``香港`` -> ``("hong kong",)``, ``台北`` -> ``("taibei", "taipei")``); a proper noun
    with a bare-name gloss gets its names too, for a place jieba knows (香港).
    """
    from reportbot.index.retrieval.cedict import _cedict_entries

    places: set[str] = set()
    names: dict[str, tuple[str, ...]] = {}
    common = _common_words()
    holders = _holders()
    for word, entries in _cedict_entries().items():
        if not _CJK.match(word) or not any(proper for proper, _ in entries):
            continue
        found: list[str] = []
        placed = False
        for proper, defs in entries:
            glosses = [" ".join(_PAREN.sub(" ", d).split()) for d in defs.split("/")] if proper else []
            bare = all(_BARE.match(d) for d in glosses)  # a name's entry ("Macao/Aomen/Macau"), not 唐山's "China"
            for d in glosses:
                m = _PLACE_GLOSS.match(d)
                if m:
                    placed = True
                    found += [x for x in (m.group("name"), m.group("alt")) if x]
                elif bare:
                    found.append(d)
        # a name alone ("Hong Kong") is a place when districts or counties are said to lie in it
        placed = placed or any(d.lower() in holders for proper, defs in entries if proper for d in defs.split("/"))
        if placed and not any(not proper for proper, _ in entries) and word not in common:
            places.add(word)
        found = [n.lower() for n in found if len(n) >= READING.name_letters]
        if found:
            names[word] = tuple(dict.fromkeys(found))
    return frozenset(places), _without_others(names)


def _holders() -> frozenset[str]:
    """The names CC-CEDICT's proper glosses say a district or county lies in, lower case ("hong kong", "taiwan")."""
    from reportbot.index.retrieval.cedict import _cedict_entries

    return frozenset(m.group("name").lower() for entries in _cedict_entries().values() for proper, defs in entries
                     if proper for d in defs.split("/") for m in _HOLDS.finditer(_PAREN.sub(" ", d)))


def _without_others(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``names`` without a name that is another headword's pinyin and not this one's (南开区 is glossed "Hebei
    district of Tianjin": hebei is 河北's), so one place's English name does not stand for a place elsewhere."""
    from pypinyin import lazy_pinyin

    pinyin = {w: "".join(lazy_pinyin(w)).lower() for w in names}
    by_pinyin: dict[str, set[str]] = {}
    for w, p in pinyin.items():
        by_pinyin.setdefault(p, set()).add(w)
    out = {}
    for w, ns in names.items():
        kept = tuple(n for n in ns if (k := n.replace(" ", "").replace("'", "")) == pinyin[w] or k not in by_pinyin)
        if kept:
            out[w] = kept
    return out


@functools.lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """:func:`parse_gazetteer`, from the data folder's lexicon where one serves (parsed: about a second)."""
    from reportbot.index.retrieval import lexicon

    served = lexicon.table("gazetteer")
    return parse_gazetteer() if served is None else served


@functools.lru_cache(maxsize=1)
def _named_places() -> dict[str, frozenset[str]]:
    """An English name, one word without spaces or apostrophes -> the places CC-CEDICT gives that name."""
    out: dict[str, set[str]] = {}
    for place, names in gazetteer()[1].items():
        for n in names:
            out.setdefault(n.replace(" ", "").replace("'", ""), set()).add(place)
    return {k: frozenset(v) for k, v in out.items()}


def names_another(name: str, place: str) -> bool:
    """Whether ``name`` (one word) is the English name of a place other than ``place`` (shanxi: 山西, not 陕西)."""
    return bool(_named_places().get(name, frozenset()) - {place})


def english_names(place: str) -> tuple[str, ...]:
    """A Chinese place's English names, lower case (陕西 -> shaanxi; 香港 -> hong kong); () when CC-CEDICT gives
    none."""
    return gazetteer()[1].get(place, ())


@functools.lru_cache(maxsize=4)
def places_by_name(places: frozenset[str]) -> dict[tuple[str, ...], frozenset[str]]:
    """English name as its words -> the places of ``places`` that CC-CEDICT writes so."""
    out: dict[tuple[str, ...], set[str]] = {}
    for place, names in gazetteer()[1].items():
        if place in places:
            for n in names:
                out.setdefault(tuple(_WORD.findall(n)), set()).add(place)
    return {k: frozenset(v) for k, v in out.items() if k}


_WORD = re.compile(r"[a-z][a-z'’.-]*")


def named_in_english(text: str, places: frozenset[str]) -> set[str]:
    """The places of ``places`` that English ``text`` names by their English names (Baoding -> 保定)."""
    names = places_by_name(places)
    words = _WORD.findall(text.lower())
    return {p for n in (1, 2, 3) for i in range(len(words) - n + 1) for p in names.get(tuple(words[i:i + n]), ())}
