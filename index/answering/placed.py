"""Whether a place the question names scopes the answer, or only stands somewhere in its passage.

The search's constraints (``retrieval.context``) ask that a place the question names occur in the passage or its
document's context. A passage often names a second place in passing: a province's report gives 全省红十字系统共募集
社会捐赠款物2.35亿元 and, in the next clause, 圆满完成杭州第19届亚运会保障任务, and a question about the city's own
donations agrees with it. The place scopes a figure when it stands in the answer's own clause or in the sentence's
first clause, whose topic or time scopes over the sentence (as ``near`` reads a sentence:
:func:`.near.answer_clause`), or in what names the document (its title, heading path and own places). Otherwise the
answer is about something else, and the question is not answered from it. A place that stands in the answer's
clause only as one item of a list of places (在甲市及乙市、丙市3个协办城市共布设救护站95个) shares a figure
given for all of them: it does not scope it either. A place also scopes the answer through the thing the passage
names it with: 杭州亚运会 in one sentence, 亚运会期间，全省共派出志愿者2700名 in the next answers about the Hangzhou
Asian Games. Pure functions over strings.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from reportbot.index.answering.near import answer_clause
from reportbot.index.answering.spans import Span, _clauses, stands_in
from reportbot.index.retrieval.context import Constraint, agrees


def places_placed(constraints: Iterable[Constraint], sentence: str, span: Span | None, context: str,
                  passage: str = "") -> bool:
    """Whether every place of ``constraints`` is written in the answer's clause (with the sentence's first clause)
    or in ``context`` (the document's title, heading path and own places); True when there is nothing to place.

    Args:
        constraints: the question's constraints (places and years: years are left to the search's check, since a
            paragraph's year scopes all its sentences).
        sentence: the evidence sentence; ``span``: the answer in it.
        context: what names the evidence's document.
        passage: the evidence's passage, where the thing a place is named with may stand (杭州亚运会).
    """
    places = tuple(c for c in constraints if c.kind == "place")
    if not places or not stands_in(sentence, span):
        return True
    clause = _unlisted(f"{answer_clause(sentence, span.start, span.end)}，{_topic_after_date(sentence)}".lower(),
                       places)
    return all(agrees((c,), f"{clause}\n{context.lower()}") or _named_with(c, passage.lower(), clause)
               for c in places)


# a clause that only dates its sentence: a year, month or day, a part of a month (下旬) or a period of a few
# characters (梅雨期间, 汛期以来): 2026年3月, 5月中旬汛期期间
_DATE_ONLY = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上中下]旬|初|底|末)?"
                        r"(?:[\u4e00-\u9fff]{1,4}(?:期间|以来|前后))?")


def _topic_after_date(sentence: str) -> str:
    """The sentence's second clause when its first only dates it (2026年3月，柳溪县遭遇强降雨，…): that clause is the
    sentence's topic, scoping it as a first clause does; else nothing."""
    parts = _clauses(sentence, colons=False)
    if len(parts) < 2:
        return ""
    first = sentence[parts[0][0]:parts[0][1]].strip()
    return sentence[parts[1][0]:parts[1][1]] if first and _DATE_ONLY.fullmatch(first) else ""


# what a place is written with: an administrative suffix and an ordinal (杭州市, 杭州第19届亚运会) skipped, a named
# event (亚运会, 马拉松赛, 文化节): a word ending in an event's morpheme, of which the first two characters are what a
# later clause calls it by (亚运会期间, 马拉松期间); a body (红十字会, 协会) is no event, nor whatever follows the place
_NAMED_THING = re.compile(r"[市省县区]?(?:第[\d一二三四五六七八九十]+[届次期])?"
                          r"(?=[\u4e00-\u9fff]{0,4}?(?:[运动]会|博览会|峰会|赛|节|展))([\u4e00-\u9fff]{2})")


def _named_with(place: Constraint, passage: str, clause: str) -> bool:
    """Whether the passage writes the place with a thing (杭州亚运会) that the answer's clause names (亚运会期间)."""
    for form in place.forms:
        for m in re.finditer(re.escape(form), passage):
            thing = _NAMED_THING.match(passage, m.end())
            if thing and thing.group(1) in clause:
                return True
    return False


def _unlisted(clause: str, places: tuple[Constraint, ...]) -> str:
    """The clause with each place form that stands as a whole item of a list of places blanked out (、温州、; not
    、武夷山红十字山地救援队队长吴建峰等, an item that only begins with a place). A list whose every item is a place
    the question names (在城口、巫溪等地新建博爱家园23个 asked of 城口 and 巫溪) is the question's own: it is kept."""
    if _own_list(clause, places):
        return clause
    for c in places:
        for form in c.forms:
            clause = _listed(form).sub(" ", clause)
    return clause


@functools.lru_cache(maxsize=1024)
def _listed(form: str) -> re.Pattern:
    """The place form as a whole item of a list of places (compiled once per form)."""
    return re.compile(rf"(?<=[、及和]){re.escape(form)}(?=[市省县区]?[、及和等\d])|{re.escape(form)}(?=[市省县区]?、)")


def _own_list(clause: str, places: tuple[Constraint, ...]) -> bool:
    """Whether the clause writes a list of places the question names and no other: each item one of them, joined by
    、及和, no item before or after (城口、巫溪等地; not 杭州及宁波、温州 asked of 宁波 and 温州)."""
    forms = sorted({f for c in places for f in c.forms}, key=len, reverse=True)
    item = "(?:" + "|".join(map(re.escape, forms)) + ")[市省县区]?"
    return re.search(rf"(?<![、及和]){item}(?:[、及和]{item})+(?![市省县区]?[、及和])", clause) is not None
