"""A table row's cell named by the question: "二星志愿者 — 累计服务时长：300小时；可获激励：纪念徽章".

Loaders read a table row with its header as "row — label：value；label：value". A question that names
the row (its first cell) and asks for one column's value is answered by the value of the cell whose
label holds most of the question's words (可获什么激励 -> 纪念徽章); where no label holds a question
word, by the label that shares most of the question's characters (奖励 meets 激励 by 励), as the
alignment of :mod:`.align` matches a character at a time. Rows with a column per year are
:func:`.structure.labelled_value`'s. Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.field_kinds import labels_kind
from reportbot.index.answering.wanted import field_kind
from reportbot.index.retrieval.query import Query


@dataclass(frozen=True)
class FieldReading:
    """How a labelled cell or field is read and when one answers; set by hand on made-up rows and fields
    (tests/test_answer_kinds.py, test_answer_needs.py, test_answer_shapes.py) when each rule was written."""

    label_chars: int = 20    # a label is at most this many characters (more before a colon is a sentence's clause)
    shared_chars: int = 2    # a label sharing this many characters with the noun asked (办公地点 / 办公室) is the one
    # a sentence that is one field ("值班主任：李文华。") answers when the question's words cover at least this share
    # of its label and its value is a name or a figure this short, with no clause in it
    label_held: float = 0.6
    value_chars: int = 16
    # a cell's value the question states, so that it names the row and is no answer: its words cover this share of it
    stated_share: float = 1 / 3


FIELDS = FieldReading()
_ROW = " — "
_CELL = re.compile(r"[^；;]+")
_LABELLED = re.compile(rf"\s*(?P<label>[^：:]{{1,{FIELDS.label_chars}}}?)\s*(?:：|: )\s*(?P<value>\S.*?)\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# an English label runs longer in characters than a Chinese one: up to _LABEL_WORDS words ("Certificate valid for")
_LABELLED_WORDS = re.compile(r"\s*(?P<label>[A-Za-z][\w ,'’()/&-]*?[\w)])\s*: \s*(?P<value>\S.*?)\s*$")


def _labelled(part: str) -> re.Match | None:
    """A labelled part, "label：value": a Chinese label of a few characters, or an English one of a few words."""
    m = _LABELLED.match(part)
    if m is None and (m := _LABELLED_WORDS.match(part)) and len(m.group("label").split()) > _LABEL_WORDS:
        return None
    return m


def cells(sentence: str) -> list[tuple[str, int, int, int]]:
    """The labelled cells after a row's header: (label, label start, value start, value end). A part with no label
    after a labelled cell that reads as the cell's next line (a cell's ``<br>`` is read as ``；``: ``时间：工作日；
    8:30-17:00``; :func:`_continues`) lengthens the cell's value; another (a header-less column's value, a phone
    after a name) is left out of it."""
    at = sentence.find(_ROW)
    if at < 0:
        return []
    out: list[tuple[str, int, int, int]] = []
    for seg in _CELL.finditer(sentence, at + len(_ROW)):
        m = _labelled(seg.group(0))
        if m:
            out.append((m.group("label"), seg.start() + m.start("label"), seg.start() + m.start("value"),
                        seg.start() + m.end("value")))
        elif out and seg.group(0).strip() and _continues(sentence[out[-1][2]:out[-1][3]], seg.group(0)):
            label, ls, vs, _ = out[-1]
            out[-1] = (label, ls, vs, seg.start() + len(seg.group(0).rstrip()))
    return out


# the kinds of a cell's line: a time (a day word, a clock time), a phone number, a list's item, other words
_DAY = re.compile(r"周[一二三四五六日末]|星期|工作日|节假日|假日|全天|每天|每日|上午|下午|晚上|\d{1,2}\s*[月日号]")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1\d{10}(?!\d)")
_ITEM = re.compile(r"\s*[•·●○▪\-*]")


def _line_kind(line: str) -> str:
    """What a cell's line holds: ``phone``, ``time`` (a day word or a clock time), ``item`` (a list's bullet), or
    ``words``."""
    if _PHONE.search(line):
        return "phone"
    if _DAY.search(line) or _CLOCK.search(line):
        return "time"
    return "item" if _ITEM.match(line) else "words"


def _continues(value: str, part: str) -> bool:
    """An unlabelled part is the labelled cell's next line when it holds the same kind of value as the cell's last
    line (周一至周五 then 9:00-16:30, • 冬衣 then • 被褥); a different kind (a phone after a name, 张敏 then
    0571-86001234) is a column of its own that has no header."""
    return _line_kind(re.split(r"[；;]", value)[-1]) == _line_kind(part)


def _shared_chars(label: str, text: str) -> int:
    return sum(1 for c in set(label) if _CJK.match(c) and c in text)


def named_cell(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> tuple[int, int] | None:
    """The value of the cell the question asks for in a row the question names, when one label stands out: the label
    that holds most of the question's words (by weight, then by count); else the label sharing most of its
    characters. A cell whose value the question states (林晓松带的是哪个队 over 组长：林晓松) names the row as its
    header would, and is no answer."""
    found = cells(sentence)
    header = sentence.find(_ROW)
    given = [c for c in found if _stated(c, sentence, terms)]
    # the question names the row: a word of its header, a contraction of it (农补 of 农业补贴), or a value it states
    # (who, over a row named by a value, asks the row's name: row_holder's)
    named = any(a < header for a, _, _ in terms) or _contracts(sentence[:header], q.text)
    if len(found) < 2 or not (named or given and q.kind != "who"):
        return None
    if any(re.search(r"\d{4}", label) for label, *_ in found):
        return None  # a column per year: structure.labelled_value's
    open_cells = [c for c in found if sentence[c[2]:c[3]] not in q.text and c not in given]
    if given and len(open_cells) == 1:
        return open_cells[0][2:]  # a row of two cells whose one the question states: the other is asked
    kind = field_kind(q)
    of_kind = [c for c in open_cells if labels_kind(kind, c[0])]
    if len(of_kind) == 1:
        return of_kind[0][2:]  # where over 培训日期：…；培训地点：…: the place's column, whatever the words meet
    open_cells = of_kind or open_cells
    asked = q.text[len(_header_words(sentence, header, q.text)):]
    scores = []
    for label, lo, s, _ in open_cells:
        held = [(b - a, w) for a, b, w in terms if lo <= a and b <= s]
        # a word the index has no weight for (Cert of Certificate) still names the label; a lone character does not
        scores.append((sum(w for _, w in held), sum(n >= 2 for n, _ in held), _shared_chars(label, asked)))
    if not scores:
        return None
    for key in (0, 1, 2):  # the question's words first; shared characters where no label holds one
        best = max(x[key] for x in scores)
        if best > 0:
            winners = [c for c, x in zip(open_cells, scores) if x[key] == best]
            if len(winners) > 1:  # 哪个队 over 队伍名称：…先锋队 and 在册队员：95人: the value the asked noun heads
                winners = [c for c in winners if _headed(q.text, sentence[c[2]:c[3]])] or winners
            return winners[0][2:] if len(winners) == 1 else None
    headed = [c for c in open_cells if _headed(q.text, sentence[c[2]:c[3]])]
    return headed[0][2:] if given and len(headed) == 1 else None  # 哪个队, no label said: the value a 队 heads


_MEASURE = re.compile(r"\d\s*[%a-zA-Z\u4e00-\u9fff]")  # a figure with its unit


def _stated(cell: tuple[str, int, int, int], sentence: str, terms: list[tuple[int, int, float]],
            one: FieldReading = FIELDS) -> bool:
    """The question states the cell's value, a name (林晓松 of 组长：林晓松): words of the question that its
    row's header does not hold cover a good share of the value (not 南湖 of 南湖龙舟赛救护保障) and outweigh
    those in its label. A value that measures (增加12%, Minimum age 8 years) is what a question asks
    about, not what it states."""
    _, lo, s, e = cell
    header = sentence[:sentence.find(_ROW)].lower()
    if _MEASURE.search(sentence, s, e):
        return False
    held = [(a, b, w) for a, b, w in terms if s <= a and b <= e and sentence[a:b].lower() not in header]
    chars = len(re.sub(r"[\s“”「」『』\"'（）()]", "", sentence[s:e])) or 1
    said = sum(w for *_, w in held)
    return sum(b - a for a, b, _ in held) >= one.stated_share * chars \
        and said > sum(w for a, b, w in terms if lo <= a and b <= s)


def _headed(question: str, value: str) -> bool:
    """The value ends in the noun the question word asks about (哪个队 -> …先锋队)."""
    m = re.search(r"(?:哪个|哪支|哪一|哪|什么|啥)([\u4e00-\u9fff])", question)
    return bool(m) and value.rstrip("”」』）)").endswith(m.group(1))


# a person's name in Latin letters, with a title or without, a surname after Mc, Mac or O' capitalised inside too
# (Luis Ortega, Dr Fiona McAllister, Mr Declan O'Hare; not Mid-Western, a place)
_NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+"
PERSON_EN = re.compile(rf"(?:(?:Dr|Rev|Mr|Ms|Mrs)\.? )?{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")


def row_holder(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> tuple[int, int] | None:
    """Who, over a table row of people: the row's first cell, a person's name, when a cell's value holds the
    question's words and the header none (孙建平 — 职务：监事 for who are the supervisors)."""
    header = sentence.find(_ROW)
    if q.kind != "who" or header <= 0 or any(a < header for a, _, _ in terms):
        return None
    if not any(s <= a and b <= e for _, _, s, e in cells(sentence) for a, b, _ in terms):
        return None
    from reportbot.index.answering.entities import is_person

    name = sentence[:header].strip()
    start = sentence.find(name)
    return (start, start + len(name)) if is_person(name) or PERSON_EN.fullmatch(name) else None


def _contracts(header: str, question: str) -> bool:
    """The question says a row header of three characters or more by two of its characters in order, the first its
    first (农补 of 农业补贴, 营收 of 营业收入): a contraction, the way group members shorten a name."""
    chars = [c for c in header.strip() if _CJK.match(c)]
    return len(chars) >= 3 and any(chars[0] + c in question for c in chars[1:])


def _header_words(sentence: str, header: int, question: str) -> str:
    """The opening of the question up to the end of the row header's last character it holds, so the header's
    own characters (志愿者) do not count as a label's."""
    last = max((question.rfind(c) for c in set(sentence[:header]) if _CJK.match(c)), default=-1)
    return question[:last + 1]


# a line of fields: "发布日期：2025年2月10日 | 总干事：梁咏欣" (a page's byline), "联系人：王老师；电话：…", or fields
# between commas when two or more of its parts are fields ("联系人：王晓岚老师，联系电话：…，办公地点：…")
_FIELD_SEP = re.compile(r"\s*\|\s*|[；;\t]")
_COMMA = re.compile(r"，|,(?!\d)")
# a numbered list's item opening a field's line (``8. 每人680元``): a cell's list, its items lines of one value
_LIST_ITEM = re.compile(r"\s*\d{1,2}[.．、](?!\d)\s*\S")
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?（(]")


def _fields(sentence: str, sep: re.Pattern) -> list[tuple[int, int, int]]:
    """(label start, value start, value end) of the sentence's parts between ``sep`` that are labelled fields."""
    out, at = [], 0
    for part in sep.split(sentence):
        start = sentence.find(part, at)
        at = start + len(part)
        m = _labelled(part)
        if m and part.strip():
            out.append((start + m.start("label"), start + m.start("value"), start + m.end("value")))
        elif out and _LIST_ITEM.match(part) and _LIST_ITEM.match(sentence[out[-1][1]:out[-1][2]]):
            out[-1] = (out[-1][0], out[-1][1], start + len(part.rstrip()))  # (the next item of a list in the cell)
    return out


def line_field(q: Query, sentence: str, terms: list[tuple[int, int, float]], one: FieldReading = FIELDS
               ) -> tuple[int, int] | None:
    """The value of the field, in a line of labelled fields, whose label holds the question's words (总干事是谁
    over "发布日期：… | 总干事：梁咏欣"), when one label holds more of them than any other and its value is not the
    question's own; of a sentence that is one field, when the question's words cover most of its label (值班组长是
    哪位 over 值班组长：周立新). A count or a date asked takes a value with a figure. A table row is
    :func:`named_cell`'s."""
    if _ROW in sentence:
        return None
    fields = _fields(sentence, _FIELD_SEP)
    if len(fields) < 2:
        fields = _fields(sentence, _COMMA) if len(_fields(sentence, _COMMA)) >= 2 else fields
    if not fields:
        return _english_field(q, sentence, terms, one)
    mass = [sum(w for a, b, w in terms if lo <= a and b <= vs) for lo, vs, _ in fields]
    asked = _asked_noun(q.text)
    shared = [_shared_chars(sentence[lo:vs], asked) >= one.shared_chars for lo, vs, _ in fields]
    if shared.count(True) == 1:  # 在哪个会议室 over …联系人：…，会议地点：…: the label the asked noun shares
        lo, vs, ve = fields[shared.index(True)]
    elif (best := max(mass)) <= 0 or mass.count(best) > 1:
        return None
    else:
        lo, vs, ve = fields[mass.index(best)]
    value = sentence[vs:ve].rstrip("。.")
    if value[-1:] in ("）", ")") and value.count(value[-1]) > value.count("（" if value[-1] == "）" else "("):
        value = value[:-1]  # （责任编辑：陈晓宁）: the bracket closes the line around the field, not its value
    if len(fields) == 1 and (_held(lo, vs, sentence, terms) < one.label_held or len(value) > one.value_chars
                             or _CLAUSE_MARK.search(value)):
        return None  # one field answers with a name or a figure, not with the clauses of a sentence
    if not value or value in q.text or (q.kind in ("count", "when") and not _DIGIT.search(value)):
        return None
    return vs, vs + len(value)


# an English line that is one field: a label of words ("Boats repaired before the spring regatta: 17")
_LABELLED_EN = re.compile(r"(?P<label>[A-Za-z][\w ,'’()/&-]*?[\w)])\s*:\s+(?P<value>\S[^:]*?)[\s.]*$")
_LABEL_WORDS = 8  # an English label is at most this many words (a longer run before a colon is a sentence)


def _english_field(q: Query, sentence: str, terms: list[tuple[int, int, float]], one: FieldReading
                   ) -> tuple[int, int] | None:
    """The value of an English line that is one field, when every question word the line holds is in its label
    (the question restates the label: "boats fixed before the regatta" over "Boats repaired before the spring
    regatta: 17") and the value is a short name or figure; labels run longer in English words than Chinese
    characters."""
    m = _LABELLED_EN.fullmatch(sentence.strip())
    if m is None or not terms or len(m.group("label").split()) > _LABEL_WORDS:
        return None
    at = sentence.find(m.group(0))
    value_start, value_end = at + m.start("value"), at + m.end("value")
    if any(b > at + m.end("label") for _, b, _ in terms) or len(terms) < 2:
        return None  # a question word in the value: the value is what it asks about, not its answer
    value = sentence[value_start:value_end]
    if len(value) > one.value_chars or _CLAUSE_MARK.search(value) or value in q.text \
            or (q.kind in ("count", "when") and not _DIGIT.search(value)):
        return None
    return value_start, value_end


def _asked_noun(question: str) -> str:
    """The words right after the question word (会议室 of 在哪个会议室): the noun it asks about."""
    m = re.search(r"(?:哪个|哪一|哪|什么|啥)([\u4e00-\u9fff]{2,4})", question)
    return m.group(1) if m else ""


def _held(lo: int, vs: int, sentence: str, terms: list[tuple[int, int, float]]) -> float:
    """The share of a label's characters (before its colon) that the question's words cover."""
    label = sentence[lo:vs].rstrip("：: ")
    hit = {i for a, b, _ in terms for i in range(max(a, lo), min(b, lo + len(label)))}
    return len(hit) / max(len(label), 1)
