"""Whether the figure a count question gets counts the thing it asks about, or a neighbour's thing.

A report sentence gives several counts in a row (年均出动约1500次、5万余人，调派队员紧急出勤超过10万人次，受益群众
60万人次), and a near miss asks a count the documents never give (全省无偿献血多少人次; how many volunteer hours):
the search finds the sentence by its place and measure words, and the extraction takes a figure of the asked measure
that counts something else. What a figure counts is written next to it, in its own clause (受益群众60万人次), or
scopes over the sentence from its first clause (2023年，全省…); a table row's label stands in the row's clause.

So the question's counted thing, the focus of the analysed question (the word before or after 多少 / 几, the head of
"how many …", with the bridge's words for it in the other language), is looked for in the answer's clause
(:func:`.near.answer_clause`) and in what names the passage (its heading path and title). When none of its words
stands there, the figure counts something else. Measure words are no counted thing (人次 asked and 人次 found says
nothing about what is counted). Pure functions over the analysed question and strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.counts import cases_counted, counted_action, kind_said
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.near import answer_clause
from reportbot.index.answering.spans import Span, _clauses, stands_in
from reportbot.index.answering.unsaid import _person, said
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.counted import counted_head, unit_of
from reportbot.index.retrieval.measured import MEASURE_WORDS, starts_word
from reportbot.index.retrieval.query import QUESTION_WORD_ZH, Query
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tokenize import english_words, stem

# measure words and units: what a figure is given in, not what it counts (多少人次, 几个, how many times)
_MEASURE = re.compile("^(?:" + "|".join(map(re.escape, MEASURE_WORDS | {"块", "钱", "钟", "万", "亿", "%"})) + ")$")


# words between a counted thing and its question word that are no thing: totals and tenses (一共有多少, 现在有多少),
# a comparison with another period (总支出同比涨了多少: the change of the total)
_NO_THING = re.compile(r"^(?:一共|总共|共有|累计|合计|总计|现在|目前|如今|一年|每年|全年|同比|环比)$")
_THING_TAG = re.compile(r"^(?:n(?!s)|vn|i|j|l|eng)")


def _thing(word: str, flag: str) -> bool:
    """A word that can name a counted thing: a noun, a noun-like idiom or abbreviation, a Latin name (AED), not a
    place (the constraints weigh places) nor a word of grammar."""
    return (len(word) >= 2 and bool(_THING_TAG.match(flag)) and not _NO_THING.match(word)
            and not QUESTION_WORD_ZH.search(word) and not _MEASURE.match(word) and word[0] != "被"
            and (word.isascii() or lexicon.frequency(word) > 0))  # a word the dictionary lacks may be a typo


# an age or a length of time asked (几多岁, 多少个小时, 几天): what it measures is no counted thing, as "how many years"
# is none in English (``counted_groups``)
_AGE_OR_TIME = re.compile(r"[多个]?(?:周岁|岁|小时|分钟|工作日|学时|课时|天|周|月|年)")


def counted_word_zh(text: str) -> str | None:
    """The thing a Chinese count question counts: the noun right after its question word and measure word (多少名
    队员, 几条冲锋舟), else the nearest thing before it in its clause (基层组织建了多少个, 无偿献血多少人次)."""

    words = tagged(text)
    at = next((i for i, (w, _) in enumerate(words) if QUESTION_WORD_ZH.search(w)), None)
    if at is None:
        return None
    if re.match(r"[是为占]", words[at][0]) or at and re.search(r"[是为占]$", words[at - 1][0]):
        return None  # X是多少 asks the value of an attribute (比例, 门槛), X占多少 a share: no count of things
    after = at + 1
    while after < len(words) and words[after][1] in ("q", "m") and len(words[after][0]) <= 2:
        after += 1  # the measure word (名, 张; 多个 as jieba cuts 几多个)
    own = words[at][0][QUESTION_WORD_ZH.search(words[at][0]).end():]  # 多少岁 as jieba cuts it
    measured = own + "".join(w for w, _ in words[at + 1:after]) \
        or (words[after][0] if after < len(words) else "")
    if _AGE_OR_TIME.fullmatch(measured):
        return None  # 义工几多岁可以报名 asks an age, 间隔多少天 a length of time: a measure, no count of a thing
    for w, f in words[after:after + 2]:  # 多少受困群众: a modifier may stand between
        if _thing(w, f) or (len(w) == 1 and f == "n" and not _MEASURE.match(w)):
            return w
        if at + 1 == after == len(words) - 1 and len(w) >= 2 and f == "n" and not _MEASURE.match(w):
            return None  # 收了多少血袋: a noun the dictionary lacks closes the question; no word before it is counted
        if re.search(r"[，。？！,.?!\s]", w):
            break
    people = words[at][0][-1] in "人名位" or at + 1 < len(words) and words[at + 1][0] in ("人", "名", "位")
    for w, f in reversed(words[:at]):
        if re.search(r"[，。？！,.?!\s]", w):
            break
        if _thing(w, f):
            # 机构包班最少几多人 counts people, not the body they are in: a thing before a people count names people
            return w if not people or _person(w, f) else None
    return None


def counted_groups(q: Query) -> list[dict[str, float]]:
    """The forms of the thing a count question counts: the Chinese word (with its group's words in English, for
    English passages), or the head of "how many X" (its stem, with the bridge's Chinese words for it); empty when
    the question counts no thing by name, or only a measure (how many people, times, years: the measure gate's)."""
    if q.kind != "count":
        return []
    if q.lang == "zh":
        word = counted_word_zh(q.text)
        if word is None:
            return []
        return [{word: 1.0}] + [g for g in q.groups if word in g]
    head = counted_head(q.text)
    if head is None or unit_of(head) is not None:  # how many hrs: a unit typed short is a unit too
        return []
    out = [{stem(head): 1.0}]
    for i in q.focus:
        if i < len(q.groups):
            out.append({t: w for t, w in q.groups[i].items() if not _MEASURE.match(t)})
    return out


def _holds(term: str, text: str, words: frozenset[str]) -> bool:
    """The text says the term: an English term as one of its stemmed words, a Chinese one as :func:`.unsaid.said`
    reads it (in order, a few characters apart at most: 红会 in 红十字会)."""
    if term.isascii():
        return stem(term.lower()) in words or term.lower() in words
    return said(term, text)


# a clause that compares with the figure of the clause before (总支出3,526.8万元，较上年增长6.6%): its subject is there
_COMPARED = re.compile(r"\s*(?:较|比|同比|环比)")


def _continued(sentence: str, span: Span) -> str:
    """The clause before the answer's when the answer's clause continues it: it gives a figure of the same measure
    word (新增配置AED 1200台，累计配置达5620台: the total counts what the clause before counts), or it compares with
    that clause's figure (总支出3,526.8万元，较2024年增长6.6%: the change is the total's); else ''."""
    parts = _clauses(sentence, colons=False)
    at = next((k for k, (a, b) in enumerate(parts) if a <= span.start < b), None)
    unit = re.search(r"\d\s*[万亿千百]?\s*([^\d\s]{1,2})$", span.text)
    if not at or unit is None:
        return ""
    before = sentence[slice(*parts[at - 1])]
    if _COMPARED.match(sentence[slice(*parts[at])]) and re.search(r"\d", before):
        return before
    return before if re.search(rf"\d\s*[万亿千百]?\s*[余多]?{re.escape(unit.group(1))}", before) else ""


def counted_said(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a count question's counted thing (:func:`counted_groups`) stands neither in the answer's clause (nor
    the clause it continues) nor in ``context`` (what names the passage: its title and heading path), though the
    question names it; else 1. Asked of a passage in the question's own language only: the bridge's words for a
    thing are too few to tell that another language's clause does not name it (classes for 培训)."""
    if not stands_in(sentence, span) or is_english(sentence) != (q.lang == "en"):
        return 1.0
    groups = counted_groups(q)
    if not groups:
        return 1.0
    clause = f"{answer_clause(sentence, span.start, span.end)}\n{_continued(sentence, span)}"
    text = f"{clause}\n{context}".lower()
    words = frozenset(stem(w) for w in english_words(text)) | frozenset(english_words(text))
    if any(_holds(t, text, words) for g in groups for t in g):
        return 1.0
    action = counted_action(q.text) if q.lang == "zh" else None  # times of an action: the action counts them
    thing = next(iter(groups[0]))  # a fee counted by a figure whose clause says its kind (费用) and its qualifier
    if action is not None and action in clause or kind_said(thing, clause, text):
        return 1.0
    case = cases_counted(q.text) if q.lang == "zh" else None  # 再植了几例 over …成功再植19例: the cases of the act
    return 1.0 if case and sentence[:span.start].rstrip().endswith(case) else 0.0  # said right before its figure


# people counted by head: members of a body or a trade (队员, 宣讲员, 志愿者, 医师), not a crowd (群众, 居民)
_MEMBER_END = tuple("员者长师生士手官工")


def heads_counted(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a Chinese question counts people by head and the answer counts person-times (人次: turnouts, visits):
    the question counts them with 名 (heads only), or asks 多少 or 多少人 after members it names before it (队员有多少,
    党员队员有多少人: :data:`_MEMBER_END`: a body's members are a stock of heads). 多少人 said of others counts
    either (受益群众多少人), a crowd (群众) is counted in visits, and English does not tell them apart."""
    if q.lang != "zh" or q.kind != "count" or span is None or "人次" not in span.text:
        return 1.0
    m = re.search(r"(?:多少|几多|几)(人次|名|人|位)?", q.text)
    measure = m and m.group(1) and not starts_word(q.text, m.start(1), m.end(1)) and m.group(1)  # not 名额
    if m is None or measure in ("人次", "位"):
        return 1.0
    if measure == "名":
        return 0.0
    word = counted_word_zh(q.text)
    return 0.0 if word and word.endswith(_MEMBER_END) and q.text.find(word) < m.start() else 1.0


# a figure of a physical quantity: a volume, a weight, a length (6.1万升, 200 ml, 15 kg, 5 km)
_PHYSICAL = re.compile(r"\d\s*[万千]?\s*(?:毫升|升|公升|公斤|千克|克|吨|公里|厘米|毫米|米|"
                       r"kg|g|ml|l|litres?|liters?|km|cm|mm|m|tonnes?|tons?)(?![a-z])", re.I)
# counting things: "how many", or 多少 / 几 with a classifier of things, people or events (多少台, 几名, 多少次)
_COUNTS = re.compile(r"\bhow many\b|(?:多少|几多|几)(?:个|名|位|人|支|家|所|项|座|件|台|部|张|条|次|场|户|例)")
_UNIT_HEAD = re.compile(r"\bhow many (?:\w+ )?(?:litres?|liters?|millilit\w*|ml|kilo\w*|kg|grams?|tonnes?|tons?|"
                        r"met(?:er|re)s?|km|cm|mm)\b")


def counted_not_measured(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a question counts things (how many units, 多少台) and the answer is a physical quantity (6.1万升): a
    volume or a weight counts no units, unless the question counts the unit itself (how many litres)."""
    if q.kind != "count" or span is None or not _PHYSICAL.search(span.text):
        return 1.0
    text = q.text.lower()
    return 0.0 if _COUNTS.search(text) and not _UNIT_HEAD.search(text) else 1.0
