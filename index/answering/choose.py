"""Choosing the short answer: the question word's aligned slot first, typed extractors as candidates.

Counts and years come from the typed extractors (the figure that belongs to the question's
words); for the other kinds the slot that alignment finds (:mod:`.align`) answers when it is
a constituent, and the extractors (names, places, quotes, the best clause) answer when it is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.agent import cleft_agent, passive_agent
from reportbot.index.answering.align import QWORD_ZH, wants_list
from reportbot.index.answering.asked import EMAIL, asked_number, asks_fax, asks_yes_no
from reportbot.index.answering.bounds import bounded, said_after
from reportbot.index.answering.cause import reason_given
from reportbot.index.answering.cells import line_field, row_holder
from reportbot.index.answering.dates import extract_date
from reportbot.index.answering.durations import with_minutes, with_weeks
from reportbot.index.answering.entities import (
    asks_people_en,
    extract_name,
    holds_person,
    is_person,
    name_close,
    person_after,
    role_and_name,
    role_before,
)
from reportbot.index.answering.expression import formula_asked
from reportbot.index.answering.figures_en import extract_figure, is_english, tidy
from reportbot.index.answering.figures_zh import extract_number
from reportbot.index.answering.fill import slot_answer
from reportbot.index.answering.frequency import extract_frequency
from reportbot.index.answering.honours import honour_given
from reportbot.index.answering.identifiers import whole_identifier
from reportbot.index.answering.kind_quoted import quoted_of_kind
from reportbot.index.answering.label_glosses import glossed_span, row_cell
from reportbot.index.answering.label_value import label_value
from reportbot.index.answering.labelled_number import with_asked_noun
from reportbot.index.answering.levels import level_asked
from reportbot.index.answering.lists import enumeration, others_listed
from reportbot.index.answering.name_extent import named_after_count, names_listed
from reportbot.index.answering.name_opening import asks_holder, opening_name_end
from reportbot.index.answering.named import NAME_ASKED, name_after_focus
from reportbot.index.answering.names_en import extract_name_en, extract_place_en, named_of_kind, wants_name
from reportbot.index.answering.numbered import numbered_name
from reportbot.index.answering.org_extent import organisation_whole
from reportbot.index.answering.phones import extract_phone
from reportbot.index.answering.places import extract_place
from reportbot.index.answering.possessor import asks_possessor, possessor
from reportbot.index.answering.quote_kind import quote_with_kind
from reportbot.index.answering.ranges import whole_range
from reportbot.index.answering.role_asked import role_asked_of
from reportbot.index.answering.row_named import row_named
from reportbot.index.answering.signed import who_only
from reportbot.index.answering.slot_en import english_slot, subject_before
from reportbot.index.answering.spans import Span, best_clause, extract_quote, extract_which, one_field, trimmed
from reportbot.index.answering.structure import field_value
from reportbot.index.answering.subjects import nouns_after
from reportbot.index.answering.terms import term_positions, unguessed
from reportbot.index.answering.two_asks import both_figures
from reportbot.index.answering.units import question_unit
from reportbot.index.answering.verb_figures import figure_before_predicate, verb_figure
from reportbot.index.answering.wanted import asks_figure, asks_quantity, field_kind, names_a_thing
from reportbot.index.answering.which_whole import which_whole
from reportbot.index.retrieval.query import Query


@dataclass(frozen=True)
class SlotChoice:
    """When the aligned slot answers; set by hand by reading seed_tune's answers, not fitted."""

    # a slot found from one neighbour weaker than this (a word far from the question word) yields to the typed
    # extractors and the best clause
    least_strength: float = 0.5


SLOT = SlotChoice()


def typed(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The typed extractors' answer for the question's kind."""
    if q.kind == "count":
        return extract_number(q, sentence, terms)
    if q.kind == "who":
        return extract_name(q, sentence, terms)
    if q.kind == "where":
        return extract_place(q, sentence, terms)
    if q.kind == "when":
        return extract_date(q, sentence, terms)
    if q.kind in ("what", "other"):
        return honour_given(q.text, sentence, terms) or extract_quote(q, sentence, terms) \
            or extract_which(q, sentence, terms)  # 什么称号 over 被评为…: what it confers
    return None


# a ratio written as two figures (5 to 1, 3:2): what a question asking a ratio wants, before any percentage
_RATIO = re.compile(r"\d\s*(?:to|:|：)\s*\d")


def extract(q: Query, sentence: str, idf: dict[str, float] | None = None) -> Span:
    """The short answer in ``sentence`` for question ``q``.

    Figures with their unit and qualifier for counts and years for when; otherwise, for a Chinese question, the
    words that fill its question word's slot; names, places and quoted names where no slot is found; the best
    clause where nothing shorter fits; two figures asked apart (多少人 占比多少), both.
    """
    terms = unguessed(q, sentence, term_positions(q, sentence, idf))
    english = is_english(sentence)
    if asks_yes_no(q.text):
        clause = glossed_span(q, sentence, terms) or best_clause(q, sentence, terms)  # whether: a cell, the clause
        return tidy(said_after(sentence, terms, clause) or clause, sentence)
    span = reason_given(q, sentence) or _laid_out(q, sentence, terms, english) \
        or _asked_for(q, sentence, terms, english)  # a reason asked (咋没完成): the clause of cause first
    span = whole_range(q, sentence, bounded(q, sentence, terms, english, span))  # 18周岁 of 18周岁至55周岁: both
    span = with_weeks(sentence, with_minutes(sentence, span))  # 40秒 of 3分40秒, 4 of 4星期: the whole duration
    span = quote_with_kind(q, sentence, span)  # 啥奖 over “平安之星”提名奖: the quote and its kind
    span = with_asked_noun(q, sentence, span)  # which gate over "radios at Gate 7": Gate 7, not 7
    if q.kind == "who":
        span = organisation_whole(sentence, span)  # 楚信 of 湖北楚信会计师事务所: the organisation whole
    span = both_figures(q, sentence, span, lambda part: extract(part, sentence, idf))  # 多少人 占比多少: both
    # 11892 of "charity number 11892 0613 RR0001": all of it; who: Dr. Amara Nwosu of "Dr. Amara Nwosu, Chair of …"
    # (no gap kept at its ends; a slot is the field it opens: 林志豪 of 队长　林志豪　记嘉奖二次)
    # a field's label read (Newest depot of "Newest depot: Ashby, …"): the value after its colon
    return trimmed(one_field(label_value(q, sentence, who_only(q, whole_identifier(sentence, terms, span)))))


def _laid_out(q: Query, sentence: str, terms: list[tuple[int, int, float]], english: bool = False) -> Span | None:
    """The answer the sentence's layout gives: a table row's cell, a labelled field, a Chinese question's slot."""
    if q.lang == "zh" and (row := row_named(q.text, sentence, terms)) is not None:
        return row  # 李明带的是哪个队 over "…救援队 — 队长：李明；队员：40人": the row, not a cell
    cell = row_cell(q, sentence, terms) or line_field(q, sentence, terms)
    if cell:
        return Span(sentence[cell[0]:cell[1]], cell[0], cell[1], "cell")  # a table row: the value its label names
    if row := row_holder(q, sentence, terms):
        return Span(sentence[row[0]:row[1]], row[0], row[1], "row")  # who, over a row of people: the row's name
    field = field_value(field_kind(q), sentence)
    if field:
        return Span(sentence[field[0]:field[1]], field[0], field[1], "field")  # 办公地点：… answers where
    named = name_after_focus(q, sentence, terms) if q.lang == "zh" and q.kind in ("what", "other", "who") \
        and NAME_ASKED.search(q.text) else None
    if named is not None:
        return named  # 组长叫什么 over 组长孙立平
    if q.kind == "count" and not english and (name := numbered_name(q, sentence)) is not None:
        return name  # 提升政治几力 over 提升政治“三力”: the name the question word stands in, not a figure
    if not english and (often := extract_frequency(q, sentence, terms)) is not None:
        return often  # 多久开一次 over …每年专题召开…: the period it recurs in, not the clause or another figure
    if q.lang != "zh" or english or (q.kind in ("count", "when") and not wants_list(q.text, q.lang)):
        return None  # a Chinese question's slot is aligned a character at a time: English text has none to align
    if q.kind == "who" and (agent := cleft_agent(q, sentence)) is not None:
        return agent
    if (at := role_asked_of(q, sentence)) is not None and (role := role_before(sentence, at)) is not None:
        return Span(sentence[role[0]:role[1]], role[0], role[1], "name")  # 张三是做什么的 over …副会长张三: the role
    if asks_quantity(q) and (figure := verb_figure(q, sentence, terms)) is not None:
        return figure  # 借多久 over …凭证借阅，借期不超过30天: the figure in the clause of the verb it measures
    if asks_quantity(q) and (figure := figure_before_predicate(q, sentence, terms)) is not None:
        return figure  # 多久能再借 over …，归还满7天后可再借: the figure right before the predicate it measures
    if (honour := honour_given(q.text, sentence, terms)) is not None:
        return honour  # 授予过什么称号 over …被评为…: what the verb confers, not the slot with the verb in it
    found = slot_answer(q.text, sentence, q.lang)
    if not found or found[2] < SLOT.least_strength:
        return None
    span = which_whole(q.text, sentence, Span(sentence[found[0]:found[1]], found[0], found[1], "slot", found[2]))
    if wants_list(q.text, q.lang) and "、" not in span.text and (listed := _listed_past_slot(q, sentence, terms)):
        return listed  # 有哪些形式 over 采取A、B、C等形式: the enumeration the question names an item of, not the verb
    if q.kind == "where":
        place = extract_place(q, span.text, [])
        if place is None:
            return None  # a where question's slot that holds no place (the sentence orders its words otherwise)
        if len(place.text) < len(span.text) and not _ADDRESS.match(span.text, place.start):
            at = span.start + place.start  # 驰援河南救灾 -> 河南: the place the slot holds (an address stays whole)
            end = nouns_after(sentence, at + len(place.text), span.end, q.text)  # 浙江政务服务网: the thing there
            span = Span(sentence[at:end], at, end, "slot", span.strength)
    if q.kind == "who":  # 有谁 over “最美志愿者”闵华、吴坚强: the names listed, all of them
        span = _person_over_slot(q, sentence, terms, span)
        span = Span(sentence[span.start:end], span.start, end, span.source, span.strength) \
            if (end := names_listed(sentence, span.end)) > span.end and holds_person(span.text) else span
    elif not asks_quantity(q) and (named := named_after_count(sentence, span)) is not None:
        span = named  # 新增的救援队是哪个 over 新增救援队1支，为…六盘山救援队: the one named, not the count
    if NAME_ASKED.search(q.text) and (close := name_close(span.text) or (
            opening_name_end(span.text) if asks_holder(q.text) else None)) is not None:
        # 队长叫什么名字 over 队长由工会主席陈晓东担任: the role and the name, not the verb after them
        span = Span(span.text[:close], span.start, span.start + close, "slot", span.strength)
    return _figure_of_slot(q, sentence, terms, span) if asks_quantity(q) else span


# an address: a place and the street and number that follow it (台北市内湖区成功路二段49号, 学生活动中心305室)
_ADDRESS = re.compile(r"[^，。；]{0,24}?\d+(?:号|室|楼|弄|栋|幢)")


def _asked_for(q: Query, sentence: str, terms: list[tuple[int, int, float]], english: bool) -> Span:
    """The answer of the kind the question asks for (a phone number, a figure, a name, a place), else the best
    clause."""
    span = None
    contact = asked_number(q.text).contact
    if contact == "phone":
        span = extract_phone(sentence, terms, fax=asks_fax(q.text))  # a phone number reads the same in any language
    if span is None and contact == "email" and (m := EMAIL.search(sentence)):
        span = Span(m.group(0), m.start(), m.end(), "figure")
    if span is None and english and q.lang == "en" and names_a_thing(q) and not wants_name(q, sentence):
        span = english_slot(q, sentence)  # "Which committee approved the budget?": a committee, not an amount
    if span is None and english and (q.kind in ("count", "when") or asks_figure(q)):
        span = extract_figure(q, sentence, terms)
        if q.kind == "count" and question_unit(q) == "%" and (span is None or "%" not in span.text
                                                           and not _RATIO.search(span.text)):
            span = _share(sentence, terms) or span  # 报销比例 over "RMB 100 applies …, and 90% … is reimbursed"
    if span is None and not english and q.kind not in ("count", "when") \
            and (asks_quantity(q) or q.lang == "en" and asks_figure(q)):
        # a figure asked in other words: "how tall must a rider be" over 身高须达到1.2米
        span = extract_number(q, sentence, terms)
    if span is None and not english and q.lang == "zh" and wants_list(q.text, q.lang):
        # 哪几个地方 over 卧室、厨房及楼梯间建议各装一个; no enumeration: the clause, never one quoted name of it
        span = enumeration(sentence, terms, _focus_starts(q, sentence, terms)) or best_clause(q, sentence, terms)
    if span is None and english and q.lang == "zh":
        span = named_of_kind(q, sentence, terms)  # 哪条河 over "… the Juma River rose …"
    if span is None and not english and q.lang == "en":
        # "which official praised …" over …省委书记袁家军的肯定: people asked, the role and its holder first; "which
        # project" over …“红色根脉强基工程”; "apart from X, how else" over the list that holds X
        span = (role_and_name(q, sentence) if q.kind in ("what", "other") and asks_people_en(q) else None) \
            or quoted_of_kind(q, sentence, terms) or others_listed(q.text, sentence, terms)
    if span is None and english and q.kind == "where":
        span = extract_place_en(q, sentence, terms)
    if span is None and english and q.kind not in ("count", "when") and wants_name(q, sentence):
        span = extract_name_en(q, sentence, terms)
    if span is None and not english and asks_possessor(q):
        span = possessor(q, sentence)  # "the guardian of what" over 生命健康的“守护者”
    if span is None and not english and q.kind in ("what", "other"):
        span = role_and_name(q, sentence)  # "which party secretary praised …" over 省委书记袁家军的肯定
    if span is None and q.lang == "en" and q.kind == "who" and not english:
        span = _person(q, sentence, terms) or subject_before(q, sentence)
        if span is not None and not holds_person(span.text):
            span = person_after(sentence, span.end) or span  # "who leads the team" over 救援队队长林海: its holder
    if span is None and english and q.lang == "en" and q.kind in ("what", "other", "where"):
        span = english_slot(q, sentence)  # "What documents do I need to bring?" over "You need to bring …"
    return span or level_asked(q, sentence) or formula_asked(q, sentence) \
        or typed(q, sentence, terms) or best_clause(q, sentence, terms)  # 几级响应 over …启动IV级应急响应: IV级


def _listed_past_slot(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The sentence's enumeration when one of its items is the question's (集中授课 of 除了集中授课还有哪些)."""
    listed = enumeration(sentence, terms, _focus_starts(q, sentence, terms))
    items = re.split(r"[、及和与]", listed.text) if listed is not None else []
    return listed if any(len(item) >= 2 and item in q.text for item in items) else None


def _focus_starts(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> frozenset[int]:
    """Where the sentence holds the noun the question word asks about (场馆 of 哪几座场馆: after the question word)."""
    m = QWORD_ZH.search(q.text)
    after = q.text[m.end():] if m else ""
    return frozenset(a for a, b, _ in terms if b - a >= 2 and sentence[a:b] in after)


_SHARE = re.compile(r"\d+(?:\.\d+)?\s?%")


def _share(sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The share (90%) nearest the question's words, for a question that asks one."""
    found = [m for m in _SHARE.finditer(sentence) if not any(a <= m.start() < b for a, b, _ in terms)]
    if not found:
        return None
    m = min(found, key=lambda m: min((abs(a - m.start()) for a, _, _ in terms), default=0))
    return Span(m.group(0), m.start(), m.end(), "figure")


def _figure_of_slot(q: Query, sentence: str, terms: list[tuple[int, int, float]], slot: Span) -> Span | None:
    """多久 over a slot: the figure inside it (连续18个月未 -> 18个月; 提前两天…，每次不超过3小时 for 每次多久 -> 3小时,
    not the figure nearer the question's other words); a slot with no figure is no answer."""
    return extract_number(q, sentence[:slot.end], terms, within=(slot.start, slot.end))


def _person(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """A person's name next to the question's words (“优秀队员”陆文涛), before any subject clause."""
    def person(span: Span | None) -> bool:  # read with what follows it: 何建平获评 is a name, 何建平 alone no
        return span is not None and (is_person(span.text) or is_person(sentence[span.start:span.end + 2]))

    span = extract_name(q, sentence, terms)
    if not person(span):
        # a place's words come first (萧山 of 萧山区…救援队队长何建平): the name after the words a person follows
        before = [t for t in terms if is_person(sentence[t[1]:t[1] + 6])]
        span = extract_name(q, sentence, before) if before else None
        span = span if span is not None and len(span.text) <= 3 else None  # a name is short (党风廉政 is tagged one)
    return span if person(span) else None


def _person_over_slot(q: Query, sentence: str, terms: list[tuple[int, int, float]], slot: Span) -> Span:
    """谁 over a slot that holds no person while a person's name stands after the question's role word
    (组长由办公室主任孙立平兼任 for 哪位当组长, the slot having found the group's quoted name): the name."""
    if holds_person(slot.text):
        return slot
    # 谁带领救援队 over …救援队队长林海带领: the body's holder right after it
    name = person_after(sentence, slot.end) or extract_name(q, sentence, terms)
    if name is None or not holds_person(name.text) or (name.start < slot.end and slot.start < name.end):
        return passive_agent(sentence, slot) or slot  # 培训费谁出 over 培训费、教材费由市红十字会承担: the payer
    return name
