"""Answers that a document's structure gives: the title of one of its parts, and the page a passage is on.

Headings are no passages (they make up each passage's heading path), so "第二部分的标题叫啥" or
"what is the title of part two" is answered from the headings of the document the search found:
by the part's number when the question gives one, else by the heading that holds most of the
question. "On which page …" is answered by the page the best passage stands on (PDFs have pages).
Pure functions over the question and the passages.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reportbot.corpus.document import Paragraph
from reportbot.corpus.field_kinds import FIELD_KINDS
from reportbot.index.answering.align import alignment
from reportbot.index.retrieval.editions import asks_latest
from reportbot.index.retrieval.query import Query, chinese_to_int
from reportbot.index.retrieval.tokenize import english_words, stem

_PART_ZH = re.compile(r"第([一二三四五六七八九十\d]+)(?:个)?(?:部分|章|节|篇|板块|块)")
_ORDINALS_EN = {"one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
                "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8}
_NUM_EN = r"(\d+|" + "|".join(_ORDINALS_EN) + ")"
_PART_EN = re.compile(rf"\b(?:part|section|chapter) {_NUM_EN}\b|\b{_NUM_EN} (?:part|section|chapter)\b")
_ASKS_HEADING = re.compile(r"标题|题目|\btitle\b|\bheading\b|\bheadline\b")
_SECTION_WORD = re.compile(r"部分|章节|小节|板块|那块|\bpart\b|\bsection\b|\bchapter\b|\bheading\b")
_PAGE_NAMED = re.compile(r"第\s*([一二三四五六七八九十\d]+)\s*页|\bpage\s+(\d+)\b|\bp\.\s*(\d+)\b")
_PAGE_ASKED = re.compile(r"第几页|哪一?页|页码|\b(which|what) page\b|\bpage number\b")


def part_number(q: Query) -> int | None:
    """The number of the part a question names (第二部分, part two, the second section), if any."""
    m = _PART_ZH.search(q.text)
    if m:
        n = m.group(1)
        return int(n) if n.isdigit() else chinese_to_int(n)
    m = _PART_EN.search(q.text.lower())
    if m:
        n = m.group(1) or m.group(2)
        return int(n) if n.isdigit() else _ORDINALS_EN[n]
    return None


def asks_section_title(q: Query) -> bool:
    """The question asks for the heading of a part of a document, not for the document's title."""
    text = q.text if q.lang == "zh" else q.text.lower()
    return bool(_ASKS_HEADING.search(text)) and (part_number(q) is not None or bool(_SECTION_WORD.search(text)))


def sections(paragraphs: Sequence[Paragraph]) -> list[tuple[str, Paragraph]]:
    """A document's top-level headings in order, each with the first passage under it."""
    out: list[tuple[str, Paragraph]] = []
    for p in paragraphs:
        if p.path and (not out or out[-1][0] != p.path[0]) and all(h != p.path[0] for h, _ in out):
            out.append((p.path[0], p))
    return out


def section_title(q: Query, paragraphs: Sequence[Paragraph]) -> tuple[str, Paragraph] | None:
    """The heading a section-title question asks for, and the first passage under it."""
    parts = sections(paragraphs)
    if not parts:
        return None
    n = part_number(q)
    if n is not None:
        return parts[n - 1] if 1 <= n <= len(parts) else None
    heading, first = max(parts, key=lambda x: _held(q, x[0]))
    return (heading, first) if _held(q, heading) > 0 else None


def _held(q: Query, heading: str) -> float:
    """How much of the question a heading holds: aligned characters for Chinese, content words for English; the
    words that ask for a part's heading (第二部分, 标题, part two, title) are no part of what it is about."""
    if q.lang == "zh":
        return alignment(_SECTION_WORD.sub("", _ASKS_HEADING.sub("", _PART_ZH.sub("", q.text))), heading)
    asking = set(english_words(" ".join(m.group(0) for m in _PART_EN.finditer(q.text.lower()))))
    words = sum(w in heading.lower() for w in q.content
                if w not in asking and not _ASKS_HEADING.search(w) and not _SECTION_WORD.search(w))
    # over a Chinese heading, the question's words in translation (a group's Chinese words, one phrase each)
    return words + sum(any(len(t) >= 2 and not t.isascii() and t in heading for t in g) for g in q.groups)


def section_title_among(q: Query, documents: Sequence[Sequence[Paragraph]]) -> tuple[str, Paragraph] | None:
    """:func:`section_title` over several documents (the best passage's first): the part whose heading holds
    most of the question ("第一部分讲政治建设的那个标题": the part one whose heading says 政治建设, not the English
    manual's "1. Scene Safety" that the search put first); the first document's when no heading holds any."""
    found = [part for part in (section_title(q, d) for d in documents) if part is not None]
    best = max(found, key=lambda part: _held(q, part[0]), default=None)
    if best is not None and _held(q, best[0]) > 0:
        return best
    return section_title(q, documents[0]) if documents else None


def asks_page(q: Query) -> bool:
    """The question asks on which page something stands."""
    return bool(_PAGE_ASKED.search(q.text if q.lang == "zh" else q.text.lower()))


def page_section(q: Query, paragraphs: Sequence[Paragraph], title: str) -> tuple[str, Paragraph] | None:
    """The part an "on which page" question names: the heading that holds most of the question's words, each
    word weighing one over the number of headings holding it (words of the document's title name the document,
    not a part), with the first passage under it; None when no heading holds any."""
    parts = sections(paragraphs)
    words = [{stem(w) for w in english_words(h)} for h, _ in parts]
    named = {stem(w) for w in english_words(title)}

    def holds(term: str, i: int) -> bool:
        return term in words[i] if term.isascii() else len(term) >= 2 and term in parts[i][0]
    score = [0.0] * len(parts)
    for term in {t for g in q.groups for t in g if t not in named and not (not t.isascii() and t in title)}:
        at = [i for i in range(len(parts)) if holds(term, i)]
        for i in at:
            score[i] += 1 / len(at)
    best = max(range(len(parts)), key=lambda i: score[i], default=None)
    if best is None or score[best] <= 0 or score.count(score[best]) > 1:
        return None
    return parts[best]


def named_page(q: Query) -> int | None:
    """The page number a question names (第5页, page 6), if any."""
    m = _PAGE_NAMED.search(q.text if q.lang == "zh" else q.text.lower())
    if not m:
        return None
    n = next(g for g in m.groups() if g)
    return int(n) if n.isdigit() else chinese_to_int(n)


def beyond_pages(q: Query, paragraphs: Sequence[Paragraph]) -> bool:
    """The question names a page the document (paged, as a PDF is) does not have: nothing there answers it."""
    n = named_page(q)
    pages = [p.page for p in paragraphs if p.page is not None]
    return n is not None and bool(pages) and not 1 <= n <= max(pages)


def beyond_parts(q: Query, paragraphs: Sequence[Paragraph]) -> bool:
    """The question names a part (第十章, chapter 10) past the document's last top-level part."""
    n = part_number(q)
    parts = sections(paragraphs)
    return n is not None and len(parts) > 1 and n > len(parts)


def page_answer(q: Query, p: Paragraph) -> str | None:
    """The page the passage stands on, as the asker reads it (第4页, page 4); None for a file without pages."""
    if p.page is None:
        return None
    return f"第{p.page}页" if q.lang == "zh" else f"page {p.page}"


# a form's field: "办公地点：东湖校区学生活动中心305室", "Venue: Boardroom 3B"; the label words that say what
# kind of value a field holds are :data:`.field_kinds.FIELD_KINDS`
_FIELD = re.compile(r"^\s*(?P<label>[^：:，,。；;\d]{1,12}?)\s*[：:]\s*(?P<value>\S[^；;\n]*?)\s*[。.；;]?$")


def field_value(kind: str, sentence: str) -> tuple[int, int] | None:
    """(start, end) of a form field's value when the sentence is one field whose label names the asked kind of
    value (a where question over "办公地点：…", a when question over "报名时间：…"), or a table row read with its
    header one of whose cells is such a field ("第三期 — 培训日期：…；培训地点：光谷校区体育馆")."""
    pattern = FIELD_KINDS.get(kind)
    if pattern is None:
        return None
    at = sentence.find(" — ")
    if at >= 0:  # a table row: its cells, each with its header
        for seg in _SEGMENT.finditer(sentence, at + 3):
            m = _FIELD.match(seg.group(0))
            if m and pattern.search(m.group("label")):
                return seg.start() + m.start("value"), seg.start() + m.end("value")
        return None
    m = _FIELD.match(sentence)
    if m is None or not pattern.search(m.group("label")):
        return None
    return m.start("value"), m.end("value")


_SEGMENT = re.compile(r"[^；;]+")
# a change asked between two figures (how many more, by how much, 多了多少, 增长了多少), and a table's column of one
# a change asked, or a column of one: also year on year, as annual reports head it (Year-on-year, YoY, 同比, 环比)
_YEAR_ON_YEAR = r"\byear[- ]on[- ]year\b|\byoy\b|同比|环比"
_CHANGE_ASKED = re.compile(r"\bhow (?:many|much) (?:more|fewer|less)\b|\bby how much\b|\b(?:change|difference)\b|"
                           rf"(?:多|少|增加|减少|增长|下降|变化|变动)了?(?:多少|几多|几)|{_YEAR_ON_YEAR}", re.I)
_CHANGE_LABEL = re.compile(rf"增减|变动|变化|增长|\bchange\b|\bdifference\b|{_YEAR_ON_YEAR}", re.I)


def _shares_two(header: str, question: str) -> bool:
    """The question holds two of the header's Chinese characters in the header's order (营收 of 营业收入)."""
    chars = [c for c in header if "\u4e00" <= c <= "\u9fff"]
    pairs = {a + b for i, a in enumerate(chars) for b in chars[i + 1:]}
    return any(question[i] + question[j] in pairs
               for i in range(len(question)) for j in range(i + 1, min(i + 3, len(question))))


def labelled_value(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> tuple[int, int] | None:
    """A table row read with its header ("现金流量净额 — 2023年：4.35亿元；2022年：3.62亿元"): the value in the
    column whose year the question names, when the row has a column per year. Of several columns of that year
    (2024年营业收入, 2024年毛利率), the one whose label holds the question's words (毛利率); when the question names no
    column's year, the one column whose label holds its words ("2024-25 actual: …; 2025-26 budget: …" for 今年预算)."""
    found, change = [], []
    for seg in _SEGMENT.finditer(sentence):
        m = re.match(r"(?P<label>[^：]+?)(?:：|: )\s*(?P<value>\S.*?)\s*$", seg.group(0))
        label = m.group("label").rsplit(" — ", 1)[-1] if m else ""
        if m and re.search(r"\d{4}", label):
            found.append((label, seg.start() + m.end("label") - len(label), seg.start() + m.start("value"),
                          seg.start() + m.end("value")))
        elif m and _CHANGE_LABEL.search(label):
            change.append((seg.start() + m.start("value"), seg.start() + m.end("value")))
    header = sentence.find(" — ")
    named_row = header >= 0 and (any(a < header for a, _, _ in terms) or _shares_two(sentence[:header], q.text))
    if len(found) == 1 and named_row:
        return _one_dated(q, sentence, terms, found[0])
    if len(found) < 2 or not named_row:
        return None  # the question names the row: a word of its header, or a contraction of it (营收 of 营业收入)
    if len(change) == 1 and _CHANGE_ASKED.search(q.text.lower()):
        return change[0]  # how many more, 增加了多少: the row's column of the change between its years
    named = [(lo, s, e) for label, lo, s, e in found if _years_named(label, q.text)]
    if not named:  # no column's year named (今年预算多少): the one column whose label holds the question's words
        named = [(lo, s, e) for _, lo, s, e in found]
    if len(named) > 1:
        mass = [sum(w for a, b, w in terms if lo <= a and b <= s) for lo, s, _ in named]
        named = [x for x, m in zip(named, mass) if m == max(mass) > 0]
    if len(named) > 1 and asks_latest(q.text):  # 今年1到9月 over 2024年1—9月 and 2025年1—9月: the latest year's
        latest = [max(re.findall(r"\d{4}", sentence[lo:s]), default="") for lo, s, _ in named]
        named = [x for x, y in zip(named, latest) if y == max(latest)]
    return named[0][1:] if len(named) == 1 else None


# a year written as a financial year, 2023/24 or 2023–24: the question may write it short (23/24年, 23-24)
_FINANCIAL = re.compile(r"(?<!\d)(?P<century>\d{2})(?P<first>\d{2})\s?[/／–—-]\s?(?P<second>\d{2})(?!\d)")


def _years_named(label: str, question: str) -> bool:
    """Whether the question names every year of a column's label: each financial year (2023/24) written whole or
    short (23/24, 2023-24), each other year (2024) written."""
    if all(y in question for y in re.findall(r"\d{4}", label)):
        return True  # (2024 names 2024/25, as it did: its first year)
    fiscal = list(_FINANCIAL.finditer(label))
    return bool(fiscal) and all(re.search(rf"(?<!\d)(?:{m['century']})?{m['first']}\s?[/／–—-]\s?{m['second']}(?!\d)",
                                          question) for m in fiscal) \
        and all(y in question for y in re.findall(r"\d{4}", _FINANCIAL.sub(" ", label)))


def _one_dated(q: Query, sentence: str, terms: list[tuple[int, int, float]], column: tuple[str, int, int, int]
               ) -> tuple[int, int] | None:
    """A row with one dated column among undated ones (温州市 — 累计配置：5100；2025年新增：1020；…): its value when the
    question names that column's year and another word of its label (2025年新增了几台), else None."""
    label, lo, s, e = column
    years = re.findall(r"\d{4}", label)
    said = any(lo <= a and b <= s and not re.fullmatch(r"\d{4}年?|年", sentence[a:b]) for a, b, _ in terms)
    return (s, e) if years and all(y in q.text for y in years) and said else None

