"""Units: their families, the unit a question names after its question word, the unit the documents give a thing.

A count question is answered by a figure of the measure it asks for. 多少名党员 asks for people, and
60万人次 (person-times) answers something else; 多少捐款 names no unit, but the documents give
donations in 元, so 68.05万名 does not answer it either. These are read from the units' grammar and
from the documents' own sentences, never from a list of question words.

What dimension a question asks a figure in is read in :mod:`.unit_dimensions`, and whether it asks a total in
:mod:`.totals_asked`. Pure functions over strings; the extractors weigh their candidates with them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reportbot.index.answering.unit_dimensions import LENGTH_UNITS, TIME_UNITS, WEIGHT_UNITS
from reportbot.index.retrieval.asked_for import PHRASE_END
from reportbot.index.retrieval.counted import counted_head, unit_of
from reportbot.index.retrieval.measured import PAID  # paying asks for money (交多少, 花了多少)
from reportbot.index.retrieval.numerals import CURRENCY_ZH, NUMERAL_ZH
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import IRREGULAR_PAST

# a figure in these is a duration, not a count (5个工作日 is days, counted with the general classifier)
DURATIONS = frozenset({"年", "月", "天", "小时", "分钟", "工作日"})
# people and person-times (人次: visits, donations) are different measures; things counted with a classifier
# (个, 支, 家) are neither people nor money
_MEASURES = ({"人", "名", "位", "余人", "万人", "多人"}, {"人次"}, {"元"}, {"次", "场次", "场"}, {"%"},
             set(DURATIONS), {"个", "支", "家", "所", "项", "座", "件", "台"})


# a figure and its unit a few characters after a word (not a year: 2023年 dates the figure, it is not its unit)
_FIGURE_AFTER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[万亿千百]*[余多]?"
                           r"(人次|场次|余人|万人|多人|%|个|名|支|次|人|元|件|项|家|所|座|场|位|台|年|月|天|小时|分钟)")
# a Chinese question word asking how many: 多少, 几, Cantonese 几多 (幾 as it is written in Hong Kong and Taiwan);
# the one prefix the readers of an asked unit build on (here, ``evidence`` and ``dimension_said``)
HOW_MANY_ZH = r"(?:多少|[几幾]多?)"
# 几个小时: the unit after 个; 几个钟 (头) is hours, as Cantonese and spoken Mandarin say them
_NAMED_UNIT = re.compile(rf"{HOW_MANY_ZH}个?(小时|分钟|天|年|月|%|元|人次|钱|钟(?!点))")
# the measures of the unit tables (time, length, weight) as a question names them after its question word
_TABLE_UNIT = re.compile("|".join(sorted({u for units in (TIME_UNITS, LENGTH_UNITS, WEIGHT_UNITS)
                                          for u in units[0].split("|")}, key=len, reverse=True)))
_WINDOW = re.compile(r"[^，。；！？\n]{0,16}")
# money: a currency sign, name or code before a figure ("a budget of $4.85 million", 港币300, 人民币50, 新台币三百万元,
# HK$220, RM186,400), 元, 块 or yuan / dollars after one (1.62亿元, 50块, 三百万元: Chinese numerals that end in a
# magnitude, as 一元化 and 二元 do not)
MONEY = re.compile(rf"[$¥€£]\s?\d|(?:{CURRENCY_ZH}|RMB|HKD|NTD|(?<![A-Za-z])(?:RM|MYR|SGD|AUD|USD))\s?"
                   rf"(?:\d|[{NUMERAL_ZH}])|"
                   rf"\d\s*[万亿千百]*[港美欧日澳]?[元块]|[〇零一二两三四五六七八九][{NUMERAL_ZH}]*[十百千万亿][港美欧日澳]?[元块](?!化)|"
                   r"\d\s*(?:yuan|dollars?)\b", re.I)


def named_unit(text: str) -> str | None:
    """A measure a Chinese question names after its question word (多少小时, 几个小时, 几分钟; 多少钱 asks for 元;
    几多 is Cantonese for 多少)."""
    m = _NAMED_UNIT.search(text)
    return None if not m else {"钱": "元", "钟": "小时"}.get(m.group(1), m.group(1))


def usual_unit(terms: list[str], texts: Iterable[str], least: int = 2, share: float = 0.6) -> str | None:
    """The measure the documents give a thing: the unit of the figures that follow its word (捐赠款物 … 1.62亿元
    -> 元), when at least ``least`` figures say so and ``share`` of them agree."""
    counts: Counter[int] = Counter()
    for text in texts:
        text = text.lower()
        for t in terms:
            for m in re.finditer(re.escape(t), text):
                window = _WINDOW.match(text, m.end()).group(0)
                f = next((f for f in _FIGURE_AFTER.finditer(window)
                          if not (f.group(2) == "年" and len(f.group(1)) == 4)), None)
                family = next((i for i, fam in enumerate(_MEASURES) if f and f.group(2) in fam), None)
                if f is None and MONEY.search(window):
                    family = _MEASURES.index({"元"})
                if family is not None:
                    counts[family] += 1
    if not counts:
        return None
    family, n = counts.most_common(1)[0]
    if n < least or n / sum(counts.values()) < share:
        return None
    return sorted(_MEASURES[family], key=len)[0]


_CLASSIFIED_DURATION = re.compile(r"个(月|小时|工作日)")


def other_measure(unit: str | None, text: str) -> bool:
    """The answer measures something else than the question asks (人 asked, 元 found; 名 asked, 人次 found)."""
    asked = next((m for m in _MEASURES if unit in m), None)
    if asked is None:
        return False
    text = _CLASSIFIED_DURATION.sub(r"\1", text)  # 3个月, 5个工作日: a duration, the 个 only counts its units
    found = [m for m in _MEASURES if any(u in text for u in m) and not (m is _MEASURES[0] and "人次" in text
                                                                         and text.count("人") == 1)]
    return bool(found) and asked not in found


# English counts people where Chinese counts person-times when it asks what happened to them (benefited, were
# dispatched, did … reach: a past verb after how many); a stock (how many members does it have, are in) is people
# (an irregular past too, as the stemmer reads it: got, were sent)
_EVENT_EN = re.compile(rf"\bhow many\b.*\b(?:did|[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b", re.I)
_STOCK_EN = re.compile(r"\b(?:have|has|had|are|is)\b", re.I)


def person_times_asked(q: Query, unit: str | None, answer: str) -> bool:
    """An English question counting people by what happened to them, answered in person-times (300万人次)."""
    return q.lang == "en" and unit in ("人", "名", "位") and "人次" in answer \
        and _EVENT_EN.search(q.text) is not None and _STOCK_EN.search(q.text) is None


def _person_noun(text: str, last: bool = False) -> bool:
    """The word that opens the text (``last``: that closes it) names people by its suffix (工作人员, 志愿者, 好人)."""
    import jieba

    words = list(jieba.cut(text)) or [""]
    word = words[-1] if last else words[0]
    return len(word) >= 2 and word.endswith(("人", "员", "者"))


# what may close a question after its 几个 (a particle, a question mark), and what stands between the thing it counts
# and 几个 when the thing comes first (…中国好人的有几个, 热心人有多少个)
_CLOSES = re.compile(r"[啊呀呢吗？?]*")
_TOPIC_TAIL = re.compile(r"的?(?:一共|总共|共|总|都)?(?:有|是)?$")


# a share: 比例, 占比, 比重, a rate (率), a percentage (百分之几); a change year on year (同比…多少) is one
# a change year on year is a share only when nothing counted follows its question word: 同比增加多少人 counts people
_SHARE = re.compile(r"百分之(?:几|多少)|(?:比例|比率|百分比|占比|比重|率)(?:是|为|有)?(?:多少|几多|几)"
                    r"|同比[^，。？?]{0,6}(?:多少|几多)"
                    r"(?!人|名|位|次|场|个(?!百分点)|支|件|项|家|所|座|户|元|万|亿)")
# X数 asks for a count of X, the measure word X (时数: 小时)
# the classifiers goods and vehicles are counted by (多少台AED, 几袋血, 多少顶帐篷), each where it opens no other word
# (台湾, 包括, 本地, 期间 are words, not a classifier and its noun)
_GOODS = "台(?![湾风州北南中东])|辆|袋|箱|桶|瓶|盒|顶|床|双|副|张|包(?!括)|套|吨|册|篇|批(?!次|准)"
_COUNT_OF = re.compile(r"(?:(人|次|天|户|台|场|年)|小?时)数")


# the nouns that name money in an English question (the fee, its cost, the budget)
MONEY_NOUNS = "cost|price|fee|fare|budget|funding|income"
_MONEY_WORD = re.compile(rf"\b(amount|{MONEY_NOUNS}|dollar)s?\b(?:\s+([a-z'-]+))?"
                         r"(?:\s+(?:the\s+|a\s+)?([a-z'-]+))?")
# what "amount of" measures when it is money ("the amount of funding"; "the amount of water" is no money)
_MONEY_NOUN = re.compile(r"money|cash|fund|funding|donation|budget|fee|grant|subsid|spending|payment|compensation|"
                         r"salar|wage|income|revenue|investment|aid$")


# an amount a participle of paying, insuring or raising names, before or after it
# donations raised are money too, as are gifts "in cash and kind"
_PAID_AMOUNT = re.compile(r"\b(?:insured|paid|payable|donated|raised|reimbursed|awarded|granted)[ -]amounts?\b|"
                          r"\bamounts? (?:paid|insured|payable|donated|raised|reimbursed|awarded|granted)\b|"
                          r"\bdonations? (?:raised|received|collected)\b|\bin cash (?:and|or) (?:in[ -])?kind\b|"
                          # how much a body raised, spent or paid ("how much did the charity run raise"), with no
                          # noun after "how much" (how much blood did they collect asks blood)
                          r"\bhow much (?:money )?(?:did|do|does|was|were|has|have|had|will)\b[^?]*?"
                          r"\b(?:raise[ds]?|spen[dt]|spends|pa(?:y|id|ys)|donated?|fundrais\w*)\b")


def money_head(text: str) -> bool:
    """A money word heads its noun phrase ("what is the budget", "the fee for a card"), it does not qualify another
    noun ("the funding panel", "the fee waiver" ask about the panel and the waiver); "amount of" is money only before
    a money noun ("the amount of water" asks a volume); an amount paid, insured or raised is money."""
    if _PAID_AMOUNT.search(text):
        return True  # "the insured amount of the policy", "the amount paid"
    for m in _MONEY_WORD.finditer(text):
        if m.group(1) == "amount" and m.group(2) == "of":
            if m.group(3) and _MONEY_NOUN.match(m.group(3)):
                return True  # the amount of funding
        elif m.group(2) is None or m.group(2) in PHRASE_END:
            return True
    return False


_PERSON_TIMES = re.compile(r"\bperson[- ]?times\b")


def question_unit(q: Query) -> str | None:
    """The measure word a count question asks for (多少次 -> 次, how many times -> 次)."""
    if q.lang == "zh":
        if PAID.search(q.text) or named_unit(q.text) == "元":
            return "元"  # 要交多少, 缴纳多少: what is paid is money; 多少钱, 几钱 ask money
        if _SHARE.search(q.text):
            return "%"  # 报销比例是多少, 合格率多少: a share
        if counted := _COUNT_OF.search(q.text):
            return counted.group(1) or "小时"  # 服务时数几多: a count of hours; 人数 of people
        m = re.search(r"(?:多少|几多|几)(人次|场次|台次|架次|车次|个|名|支|次|人|元|件|项|家|所|座|场|位|户|例|市|县|"
                      rf"万|亿|{_GOODS})?(市|县|区|省|人|小时|月|星期|工作日|日(?!期))?", q.text)
        if not m:
            return None
        if not (m.group(1) or m.group(2)) and (table := _TABLE_UNIT.match(q.text, m.end())):
            return table.group(0)  # 多少课时, 几公里, 多少公斤: a measure of the unit tables, no classifier
        if m.group(1) == "个" and not m.group(2) and (_person_noun(q.text[m.end():]) or _CLOSES.fullmatch(
                q.text, m.end()) and _person_noun(_TOPIC_TAIL.sub("", q.text[:m.start()]), last=True)):
            return "人"  # 多少个工作人员, 评上中国好人的有几个: people, counted with 个
        if m.group(2) == "日":
            return "天"  # 几多日, 几日: days, as Cantonese and written Chinese count them
        return m.group(2) or m.group(1)  # 几个市: the noun, not the classifier
    head = counted_head(q.text)
    if _YEAR_ON_YEAR_EN.search(q.text.lower()) and not (head and unit_of(head)):
        # a change year on year is a share of the year before (up by how much yoy: +42.1%), not money; a counted noun
        # is counted still (how many more members than the year before: members)
        return "%"
    if head and _PERSON_TIMES.search(q.text.lower()):
        return "人次"  # person-times, as English writes 人次 (visits, turnouts), not times alone
    if head:  # the head of the noun phrase: "how many city volunteer service stations" -> station
        return unit_of(head)
    if money_head(q.text.lower()):
        return "元"  # an amount of money
    # a rate, a percentage, a ratio or a proportion of a whole (payout ratio): a share
    return "%" if re.search(r"\b(rate|percentage|percent|ratio|proportion)\b", q.text.lower()) else None


_YEAR_ON_YEAR_EN = re.compile(r"\byoy\b|\byear[- ]on[- ]year\b|\bfrom the year before\b")
