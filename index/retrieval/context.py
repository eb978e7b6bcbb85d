"""A passage's document context, and the constraints a question puts on it.

A paragraph rarely repeats its document's place, organisation or year: the title says
them once. So every passage is searched together with its context (its document's title
and date, and its heading path), and the places and years a question names must agree
with the passage's text or that context.

Which words are places, and how a passage may write one, is :mod:`.place_names`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval.place_names import english_forms, short_name

# a fiscal or school year: FY 2025-26, 2024/25, 2023-2024
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-/–]\s*\d{2,4}(?!\d)")
# a span of years, its ends four figures each, written with a dash or a word for "to" (2018-2023, 2018—2023年,
# 2023年至2025年, 2022 to 2024): a question about the span agrees with a passage that names any year of it
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:[-/–—~～]|至|到|\bto\b)\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# a year written with two figures in a Chinese question (24年营收, 23年度): 2024, 2023; not a duration or a count of
# years (满10年, 近20年, 10年来, 30年以上, 每12年; after an aspect particle or 连续 / 坚持: 超过10年, 干了20年)
# a fiscal or school year a question writes with two figures each, before 年 (23/24年度, 24-25年): two years in a row
_SHORT_RANGE = re.compile(r"(?<![\d.])([1-4]\d)\s*[/\-–—]\s*([1-4]\d)(?=\s*年)")
_SHORT_YEAR = re.compile(r"(?<![\d.满近超逾约第共每过了续持])([1-4]\d)年(?![以多来内左之后前间里半])")



def context_text(title: str, date: str | None, paragraph: Paragraph) -> str:
    """What a passage says about itself beyond its text: title, date and heading path, and, for a passage standing
    apart from its text (a list of names, a closing), the sentence it is read under (``Paragraph.lead``)."""
    parts = [title, date or "", paragraph.section or "", paragraph.lead]
    return " ".join(p for p in parts if p)


def constraint_context(title: str, date: str | None, paragraph: Paragraph, card: str | None = None) -> str:
    """The context a passage's places and years are checked against: :func:`context_text`, without the date when
    the title names a year, and with its document's header card (``card``: its title, byline, the names its title
    block prints). A report's title says the year it is about (华信精工2023年年度报告); its date says when it came out
    (2024年4月12日), and a question about 2024 is not about the 2023 report's passages. An FAQ's byline or a
    review's title block is often the only place it names its organisation (中華民國紅十字會彰化縣支會 over
    志工與捐血常見問答, Townsville & North Queensland Branch under Annual Review 2023-24): a question naming that
    place is about every one of its passages."""
    text = context_text(title, None if _YEAR.search(title) else date, paragraph)
    return f"{text} {card}" if card else text


def constraint_contexts(paragraphs, docs) -> list[str]:
    """Each of ``paragraphs``' :func:`constraint_context`, its document's header card among them (``docs``: each
    document's record by id, with its title and date)."""
    cards = {p.doc_id: p.text for p in paragraphs if p.is_header}
    return [constraint_context(docs[p.doc_id].title, docs[p.doc_id].date, p, cards.get(p.doc_id))
            if p.doc_id in docs else "" for p in paragraphs]


@dataclass(frozen=True)
class Constraint:
    """One thing a question names that its answer must agree with: any of ``forms`` must occur."""

    kind: str  # "place" or "year"; "named": a place a document's own name (title, card, file name) writes, which
    #          every passage of that document agrees with and the answer's clause need not repeat
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
    short = [c for c in map(_short_range, _SHORT_RANGE.finditer(text)) if c and not _inside(c.forms[0], spans)]
    out += short
    years = _YEAR.findall(text) + ["20" + y for y in _SHORT_YEAR.findall(text)]
    covered = [f for r in ranges for f in range_forms(r)] + list(spans)  # 2024-25年度: 25年 is the range's end
    covered += [f for c in short for f in c.forms]  # 23/24年度: 24年 is the range's end
    out += [Constraint("year", (y,)) for y in dict.fromkeys(years)
            if not any(y in r for r in covered)]
    seen: set[str] = set()
    glossed = False
    for g in groups:
        # the group's own word (its best-weighted term) must be a place: a broad gloss's
        # alternatives (city -> 城市, 东湖, 南湖) do not make the question name a place
        top = max(g.values(), default=0.0)
        names = [t for t, w in g.items() if w >= top and t in places]
        if not names:
            continue
        forms = tuple(dict.fromkeys(short_name(t) for t in names))
        forms += tuple(dict.fromkeys(e for f in forms for e in english_forms(f)))
        if not _names_in(text, names, forms):  # the bridge's gloss of a common word (city -> 宁波, now -> 长安)
            glossed = True
            continue
        forms += _calqued(names, bridge)
        if seen.intersection(forms):
            continue
        seen.update(forms)
        out.append(Constraint("place", forms))
    written_en = _written_english(text, places) if glossed else []  # the place a gloss swallowed (cities in zhejiang)
    for place in [*written_en, *_named_unwritten(text, unmatched, places)]:
        forms = (short_name(place),) + english_forms(short_name(place))
        if not seen.intersection(forms):
            seen.update(forms)
            out.append(Constraint("place", forms))
    return tuple(out)


def _written_english(text: str, places: frozenset[str]) -> list[str]:
    """The places an English question writes by an English name CC-CEDICT gives them (Zhejiang, Taichung), not by
    a common English word (islands, 离岛's; sheng, 嵊县's: the first syllable of a Chinese phrase spelled out)."""
    from reportbot.index.retrieval.gazetteer import named_in_english
    from reportbot.index.retrieval.places_en import common_word

    words = re.findall(r"[a-z][a-z'’.-]*|[^a-z]+", _ASKING.sub(" ", text.lower()))
    return sorted(named_in_english("".join("·" if w[0].isalpha() and common_word(w) else w for w in words), places))


def _names_in(text: str, names: list[str], forms: tuple[str, ...]) -> bool:
    """Whether a question writes a place it is read as naming: a Chinese question does (its own word, or one it
    mistyped: 杭洲 for 杭州); an English one when it writes one of the place's English forms or its pinyin
    ("zhejiang", "Chang'an", "hong kong"), that typed with a flat tongue too (cangsa). An English question's common
    word that the bridge reads as a place (city, in 宁波's gloss "city in Zhejiang"; now, in 长安's; island, 海岛)
    names none: held to it, the question's own place
    (Zhejiang, which that gloss swallowed) no longer reached its document."""
    if _HAN.search(text):
        return True
    words = re.sub(r"[^a-z]+", " ", text.lower()).split()
    runs = {"".join(words[i:i + k]) for k in (1, 2, 3) for i in range(len(words))}  # hong kong, chang an, xi an
    if any(re.sub(r"[^a-z]+", "", f.lower()) in runs for f in forms if f.isascii()):
        return True
    from reportbot.index.retrieval.place_names import pinyin_of
    from reportbot.index.retrieval.romanised import ALIKE_LEAST, flat_key

    spelled = {pinyin_of(f) for f in (*names, *forms) if not f.isascii()}
    flat = {flat_key(r) for r in runs if len(r) >= ALIKE_LEAST}  # cangsa: changsha typed with a flat tongue
    return bool(spelled & runs) or any(flat_key(p) in flat for p in spelled)


_HAN = re.compile(r"[\u3400-\u9fff]")


def _calqued(names: list[str], bridge) -> tuple[str, ...]:
    """The English names the documents write that a place's characters translate by meaning (calque_places.py)."""
    from reportbot.index.retrieval.calque_places import calqued_forms

    return tuple(dict.fromkeys(f for n in names for f in calqued_forms(n, bridge)))


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


def _short_range(m: re.Match) -> Constraint | None:
    """A fiscal year written with two figures each (23/24年度) as the range it is (2023/24, 2023-24, 2023—2024 …);
    None for two figures not a year apart."""
    first, second = m.groups()
    if int(second) != int(first) + 1:
        return None
    return Constraint("year", tuple(dict.fromkeys((*range_forms(f"20{first}/{second}"), m.group(0)))))


def _inside(written: str, spans: dict[str, tuple[str, ...]]) -> bool:
    return any(written in s for s in spans)


# the words an English question asks with: "how" and the adjective or adverb it measures by
_ASKING = re.compile(r"\bhow\s+[a-z]+", re.I)


def _named_unwritten(text: str, unmatched: tuple[str, ...], places: frozenset[str]) -> list[str]:
    """The places an English question names by an English name CC-CEDICT gives them (Shaanxi: 陕西) whose words are
    all among ``unmatched``, words no document writes: the bridge, which reaches only the documents' own words, has
    no group for them."""
    if not unmatched:
        return []
    from reportbot.index.retrieval.gazetteer import english_names, named_in_english

    missing = {u.lower() for u in unmatched}
    asking = _ASKING.sub(" ", text)  # "how long", "how far": the words that ask, not Long county or a Far town
    return sorted(p for p in named_in_english(asking, places)
                  if any(set(n.replace("'", " ").split()) <= missing for n in english_names(p)))


def agrees(constraints: tuple[Constraint, ...], text: str) -> bool:
    """Whether every constraint has one of its forms in ``text`` (a passage with its context, lower case); a form in
    Latin letters as a word of its own (macau, not the "macau" of "macaulay")."""
    return all(_agrees(c, text) for c in constraints)


def _agrees(c: Constraint, text: str) -> bool:
    if c.kind in ("whole year", "period"):  # the part of a year (periods.py)
        from reportbot.index.retrieval.periods import part_agrees, whole_year_agrees

        return whole_year_agrees(c, text) if c.kind == "whole year" else part_agrees(c, text)
    if any(written(f, text) for f in c.forms):
        return True
    from reportbot.index.retrieval.fiscal_years import ended_agrees  # FOR THE YEAR ENDED 31 MARCH 2025: 2024-25

    return c.kind == "year" and ended_agrees(c.forms, text)


def written(form: str, text: str) -> bool:
    """Whether ``form`` is in ``text``; one in Latin letters as a word of its own."""
    at = text.find(form)
    if at < 0 or not form.isascii() or not form[:1].isalpha():
        return at >= 0
    return re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", text) is not None

