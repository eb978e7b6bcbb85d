"""A passage's document context, and the constraints a question puts on it.

A paragraph rarely repeats its document's place, organisation or year: the title says
them once. So every passage is searched together with its context (its document's title
and date, and its heading path), and the places and years a question names must agree
with the passage's text or that context.

Places are the words jieba's own dictionary tags as place names (``ns``), read once at
build time and kept with the index, so a place no document mentions (a third province)
is still known to be a place.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reportbot.corpus.document import Paragraph

# a fiscal or school year: FY 2025-26, 2024/25, 2023-2024
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-/–]\s*\d{2,4}(?!\d)")
# a span of years, its ends four figures each, written with a dash or a word for "to" (2018-2023, 2018—2023年,
# 2023年至2025年, 2022 to 2024): a question about the span agrees with a passage that names any year of it
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:[-/–—~～]|至|到|\bto\b)\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# a year written with two figures in a Chinese question (24年营收, 23年度): 2024, 2023; not a duration or a count of
# years (满10年, 近20年, 10年来, 30年以上, 每12年; after an aspect particle or 连续 / 坚持: 超过10年, 干了20年)
_SHORT_YEAR = re.compile(r"(?<![\d.满近超逾约第共每过了续持])([1-4]\d)年(?![以多来内左之后前间里半])")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# administrative suffixes: 江苏省 is 江苏 for the purpose of agreeing
_SUFFIXES = ("省", "市", "县", "区", "州", "自治区", "特别行政区")
_ADMIN_SUFFIX = re.compile(f"({'|'.join(_SUFFIXES)})$")


def context_text(title: str, date: str | None, paragraph: Paragraph) -> str:
    """What a passage says about itself beyond its text: title, date and heading path."""
    parts = [title, date or "", paragraph.section or ""]
    return " ".join(p for p in parts if p)


def constraint_context(title: str, date: str | None, paragraph: Paragraph) -> str:
    """The context a passage's places and years are checked against: :func:`context_text`, without the date when
    the title names a year. A report's title says the year it is about (华信精工2023年年度报告); its date says when
    it came out (2024年4月12日), and a question about 2024 is not about the 2023 report's passages."""
    return context_text(title, None if _YEAR.search(title) else date, paragraph)


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

    return {w: "".join(lazy_pinyin(w)).lower() for w in places | {_short(p) for p in places}}


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
class Constraint:
    """One thing a question names that its answer must agree with: any of ``forms`` must occur."""

    kind: str  # "place" or "year"
    forms: tuple[str, ...]


def question_constraints(text: str, groups: tuple[dict[str, float], ...], places: frozenset[str],
                         unmatched: tuple[str, ...] = (), bridge=None) -> tuple[Constraint, ...]:
    """The years (and year ranges: FY 2025-26) and places a normalised question names; a Chinese place may also be
    written in its pinyin (青岛 or qingdao: a passage in English writes it so).

    Args:
        text: the normalised question.
        groups: its keyword groups (Chinese words, also the bridge's translations of English words).
        places: the place names known to the index.
        unmatched: an English question's words no document writes in either language; one that is a place's
            English name (Shaanxi, Macau) names a place no document covers, and no group stands for it.
        bridge: the index's bridge; a place a Chinese question names by an English name's meaning (南港 ->
            Southport, calques.py) may be written so.
    """
    spans = year_spans(text)
    ranges = dict.fromkeys(m.group(0) for m in _YEAR_RANGE.finditer(text) if not _inside(m.group(0), spans))
    out = [Constraint("year", forms) for forms in spans.values()]
    out += [Constraint("year", range_forms(r)) for r in ranges]
    years = _YEAR.findall(text) + ["20" + y for y in _SHORT_YEAR.findall(text)]
    covered = [f for r in ranges for f in range_forms(r)] + list(spans)  # 2024-25年度: 25年 is the range's end
    out += [Constraint("year", (y,)) for y in dict.fromkeys(years)
            if not any(y in r for r in covered)]
    seen: set[str] = set()
    for g in groups:
        # the group's own word (its best-weighted term) must be a place: a broad gloss's
        # alternatives (city -> 城市, 东湖, 南湖) do not make the question name a place
        top = max(g.values(), default=0.0)
        names = [t for t, w in g.items() if w >= top and t in places]
        if not names:
            continue
        forms = tuple(dict.fromkeys(_short(t) for t in names))
        forms += tuple(dict.fromkeys(e for f in forms for e in _english(f)))
        forms += _calqued(names, bridge)
        if seen.intersection(forms):
            continue
        seen.update(forms)
        out.append(Constraint("place", forms))
    for place in _named_unwritten(text, unmatched, places):
        forms = (_short(place),) + _english(_short(place))
        if not seen.intersection(forms):
            seen.update(forms)
            out.append(Constraint("place", forms))
    return tuple(out)


def _calqued(names: list[str], bridge) -> tuple[str, ...]:
    """The English names the documents write that a place's characters translate by meaning (calques.py)."""
    if bridge is None or not bridge.to_english or bridge.written is None:
        return ()
    from reportbot.index.retrieval.calques import calque_forms

    return tuple(dict.fromkeys(f for n in names
                               for f in calque_forms(n, (w for w, _ in bridge.to_english.get(n, ())), bridge.written)))


def year_spans(text: str) -> dict[str, tuple[str, ...]]:
    """Each span of years a question names (2018-2023, 2023年至2025年) with the years it covers: a span of three years
    or more asks about all of them, and a passage that names any one agrees (a review of 2018—2023 answers a question
    on 2018-2023; a 2023 summary one on 2022-2024). Two years in a row (2024-2025) are a fiscal or school year, held to
    how it is written (:data:`_YEAR_RANGE`)."""
    out = {}
    for m in _YEAR_SPAN.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if last - first >= 2 and last - first <= 30:
            out[m.group(0)] = tuple(str(y) for y in range(first, last + 1))
    return out


_DASHES = ("-", "–", "—", "/")


def range_forms(written: str) -> tuple[str, ...]:
    """A fiscal or school year as the question writes it, then as a document may write the same two years: another
    dash, the second year in two or four figures (2025-26: 2025—2026 in a title that says 2025—2026学年)."""
    first, second = re.split(r"\s*[-/–]\s*", written, maxsplit=1)
    year = first[-4:]
    ends = dict.fromkeys((second, second[-2:], year[:2] + second[-2:]))
    return tuple(dict.fromkeys((written, *(f"{year}{d}{e}" for e in ends for d in _DASHES))))


def _inside(written: str, spans: dict[str, tuple[str, ...]]) -> bool:
    return any(written in s for s in spans)


def _named_unwritten(text: str, unmatched: tuple[str, ...], places: frozenset[str]) -> list[str]:
    """The places an English question names by an English name CC-CEDICT gives them (Shaanxi: 陕西) whose words are
    all among ``unmatched``, words no document writes: the bridge, which reaches only the documents' own words, has
    no group for them."""
    if not unmatched:
        return []
    from reportbot.index.retrieval.gazetteer import english_names, named_in_english

    missing = {u.lower() for u in unmatched}
    return sorted(p for p in named_in_english(text, places)
                  if any(set(n.replace("'", " ").split()) <= missing for n in english_names(p)))


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


def _english(place: str) -> tuple[str, ...]:
    """How English writes a Chinese place: the names CC-CEDICT gives it (陕西 -> shaanxi, 香港 -> hong kong) and its
    pinyin when that is long enough to stand out and names no other place (青岛 -> qingdao, 新疆 -> xinjiang);
    () for a place written in Latin letters."""
    from reportbot.index.retrieval.gazetteer import english_names, names_another

    if place.isascii():
        return ()
    names = english_names(place)
    pinyin = _romanised(place)
    if len(pinyin) < PLACE_FORMS.romanised_letters or pinyin in names or \
            names_another(pinyin, place) and any(_spelled_apart(pinyin, n) for n in names):
        return names  # 陕西 is spelled Shaanxi to tell it from 山西, Shanxi: shanxi is not one of 陕西's forms
    return names + (pinyin,)  # 新疆: Uighur (CC-CEDICT) and xinjiang


def _spelled_apart(pinyin: str, name: str) -> bool:
    """The dictionary writes a place's name as its pinyin respelled (shaanxi for shanxi): to tell it from another."""
    import difflib

    return difflib.SequenceMatcher(None, pinyin, name.replace(" ", "")).ratio() >= PLACE_FORMS.respelled


def _romanised(place: str) -> str:
    """A Chinese place as English writes it: its toneless pinyin, one word (青岛 -> qingdao)."""
    if place.isascii():
        return ""
    known = _romanised_table().get(place)
    if known is not None:
        return known
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(place)).lower()


def _short(place: str) -> str:
    """江苏省 -> 江苏: the form both the full and the short name contain."""
    short = _ADMIN_SUFFIX.sub("", place)
    return short if len(short) >= 2 else place


def agrees(constraints: tuple[Constraint, ...], text: str) -> bool:
    """Whether every constraint has one of its forms in ``text`` (a passage with its context, lower case); a form in
    Latin letters as a word of its own (macau, not the "macau" of "macaulay")."""
    return all(_agrees(c, text) for c in constraints)


def _agrees(c: Constraint, text: str) -> bool:
    if c.kind in ("whole year", "period"):  # the part of a year (periods.py)
        from reportbot.index.retrieval.periods import part_agrees, whole_year_agrees

        return whole_year_agrees(c, text) if c.kind == "whole year" else part_agrees(c, text)
    return any(written(f, text) for f in c.forms)


def written(form: str, text: str) -> bool:
    """Whether ``form`` is in ``text``; one in Latin letters as a word of its own."""
    at = text.find(form)
    if at < 0 or not form.isascii() or not form[:1].isalpha():
        return at >= 0
    return re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", text) is not None

