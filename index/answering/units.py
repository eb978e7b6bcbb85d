"""Units: their families, the unit a question names after its question word, the unit the documents give a thing.

A count question is answered by a figure of the measure it asks for. 多少名党员 asks for people, and
60万人次 (person-times) answers something else; 多少捐款 names no unit, but the documents give
donations in 元, so 68.05万名 does not answer it either. These are read from the units' grammar and
from the documents' own sentences, never from a list of question words.

What a figure measures, and what the question asks it to measure (a length, a duration, a
temperature, a total): "What compression depth …" over "Give 30 compressions …, pressing down 5–6 cm
deep" wants the figure in centimetres, not the count; "how many AEDs in total" over "新增配置AED 1200台，
累计配置达5620台" wants the figure marked as a total. Pure functions over strings; the extractors weigh
their candidates with them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reportbot.index.retrieval.asked_for import PHRASE_END
from reportbot.index.retrieval.counted import counted_head, unit_of
from reportbot.index.retrieval.measured import PAID  # paying asks for money (交多少, 花了多少)
from reportbot.index.retrieval.numerals import CURRENCY_ZH, NUMERAL_ZH
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem

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
_EVENT_EN = re.compile(r"\bhow many\b.*\b(?:did|[a-z]{3,}ed)\b", re.I)
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


# a share: 比例, 占比, 比重, a rate (率); a change year on year (同比…多少) is given as one
# a change year on year is a share only when nothing counted follows its question word: 同比增加多少人 counts people
_SHARE = re.compile(r"(?:比例|比率|百分比|占比|比重|率)(?:是|为|有)?(?:多少|几多|几)|同比[^，。？?]{0,6}(?:多少|几多)"
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


# the units of length and of time as they stand after a figure, Chinese and English: the one table both readers of a
# figure's dimension build on (here, and ``dimension_said``)
LENGTH_UNITS = ("厘米|公分|毫米|米|公里", r"cm|mm|m|km|metres?|meters?|centimet(?:re|er)s?|inch(?:es)?|feet|foot")
TIME_UNITS = ("秒|分钟|小时|天|周|个月|学时|课时|工作日",
              r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?")
# time words that also date a figure (2023年, 3月16日, 星期三) or are spoken (几个钟头): an answer's unit may be one of
# them, but a sentence's figure before them is not read as a duration (:func:`holds_dimension`)
CALENDAR_UNITS_ZH = "年|月|日|星期|个小时|钟|钟头"
# a body's or a load's weight (不少于45公斤, at least 50 kg): not grams, which measure a haemoglobin level (120 g/L)
WEIGHT_UNITS = ("公斤|千克|斤", r"kg|kgs|kilos?|kilograms?|lbs?|pounds?|stones?")


def _units(units: tuple[str, str]) -> re.Pattern:
    """A pair of the table (Chinese, English) as a pattern: Chinese found inside a unit (个月未), English whole."""
    zh, en = units
    return re.compile(rf"^(?:{en})$|{zh}")


_DIMENSIONS = {
    "length": (re.compile(r"\b(deep|depth|far|distance|height|high|tall|wide|width|thick|long is|length)\b|"
                          r"多深|深度|多远|距离|多高|高度|多宽|宽度|多厚|多长(?!时间)"),
               _units(LENGTH_UNITS)),
    "time": (re.compile(r"\bhow long\b|\bduration\b|\bfor how long\b|多久|多长时间|几分钟|几小时|几天"),
             _units(TIME_UNITS)),
    "weight": (re.compile(r"\bhow heavy\b|\bweigh(?:s|t)?\b|多重|几重|体重"), _units(WEIGHT_UNITS)),
    "rate": (re.compile(r"\brate\b|\bhow fast\b|\bper (?:minute|hour|second)\b|频率|速率|每分钟多少"),
             re.compile(r"^per [a-z]+$|^/(?:min|h|s)$|每分钟|每小时|次/分")),
    "temperature": (re.compile(r"\btemperature\b|\bhow (hot|cold)\b|\bdegrees?\b|温度|多少度|体温"),
                    re.compile(r"°|℃|\bdegrees?\b|度")),
}
_TOTAL_ASKED = re.compile(r"\b(in total|total|altogether|cumulative(ly)?|overall|all told)\b|"
                          r"总共|一共|累计|总数|合计|总计|共有")
_TOTAL_MARK = re.compile(r"(累计|共计|总计|合计|总共|一共|(?<![公中])共(?![产青同享建识])|总数|a total of|in total|"
                         r"total(?:ling)?|altogether)[^\d，。；,;]{0,12}$", re.I)  # 共派出…志愿者3100名


# a figure read with its qualifier starts at the mark of a total (累计76个): marked as one as much as 累计达76个
_TOTAL_OPENS = re.compile(r"累计|共计|总计|合计|总共|一共")


def asked_dimension(q: Query) -> str | None:
    """The dimension the question asks a figure in (length, time, temperature), if it names one."""
    text = q.text.lower()
    return next((name for name, (asked, _) in _DIMENSIONS.items() if asked.search(text)), None)


def asked_dimensions(q: Query) -> set[str]:
    """Every dimension the question's words may ask a figure in ("how long is the training": a length or a
    time, English does not say which)."""
    text = q.text.lower()
    return {name for name, (asked, _) in _DIMENSIONS.items() if asked.search(text)}


def unit_dimension(unit: str) -> str | None:
    """The dimension a figure's unit measures ("cm" -> length, 分钟 -> time), if it is one of them."""
    unit = unit.strip().lower()
    return next((name for name, (_, units) in _DIMENSIONS.items() if unit and units.search(unit)), None)


_FIGURE_UNIT = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:[万亿千百]|million|thousand)?\s*[余多]?"
                          r"(?P<unit>[a-zA-Z°℃]+|[\u4e00-\u9fff%°℃]{1,4})")


def holds_dimension(sentence: str, dimension: str) -> bool:
    """A figure in the sentence has a unit of that dimension (不少于4学时 for a time, 5–6 cm for a length)."""
    for m in _FIGURE_UNIT.finditer(sentence):
        unit = m.group("unit")
        prefixes = [unit] if unit.isascii() else [unit[:n] for n in range(1, len(unit) + 1)]  # 个月 of 个月未
        if any(unit_dimension(u) == dimension for u in prefixes):
            return True
    return False


def of_dimension(q: Query, units: list[str]) -> list[bool]:
    """Which figures (by their units) may answer: those in the dimension the question asks for, when any is
    ("what depth" over "30 compressions …, 5–6 cm deep": the centimetres; "how long is the training" over "a 4-hour
    induction … on 2 journeys": a length or a time, English does not say which); otherwise all of them."""
    asked = asked_dimensions(q)
    fits = [unit_dimension(u) in asked for u in units] if asked else [False] * len(units)
    return fits if any(fits) else [True] * len(units)


def totals_only(q: Query, sentence: str, starts: list[int]) -> list[int]:
    """A question that asks for a total keeps only the figures the sentence marks as one (累计…, a total of …),
    when it marks any; otherwise every figure stays. Takes and returns the figures' start positions."""
    if not _TOTAL_ASKED.search(q.text.lower()):
        return starts
    asked = {stem(w) for w in english_words(q.text.lower())}
    marked = [s for s in starts if _TOTAL_OPENS.match(sentence, s)
              or (m := _TOTAL_MARK.search(sentence[max(0, s - 16):s])) and not _other_noun(m.group(0), asked)]
    return marked or starts


def _other_noun(mark: str, asked: set[str]) -> bool:
    """The English words between a total's mark and its figure name a thing the question does not ("total costs to
    £94.9 million" for the total income): that total is another thing's."""
    if not mark[:1].isascii():
        return False  # a Chinese mark (共派出AED志愿者): what it counts is read by the figure's measure word
    words = english_words(re.sub(r"^(?:a total of|in total|total(?:ling)?|altogether)", "", mark, flags=re.I).lower())
    return any(w not in STOPWORDS_EN and stem(w) not in asked for w in words)


def marks_total(q: Query, sentence: str) -> bool:
    """The question asks for a total and the sentence marks a figure as one (一共多少学时 over 培训共56学时)."""
    if not _TOTAL_ASKED.search(q.text.lower()):
        return False
    return any(_TOTAL_MARK.search(sentence[max(0, m.start() - 16):m.start()]) for m in re.finditer(r"\d+", sentence))
