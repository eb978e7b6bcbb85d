"""Constructions that mark one Chinese figure of a sentence as the one a count asks for, over its neighbours: the
figure a change reaches (由3个增至5个, asked 增加到几个) and the part 其中 names by a word only the question and
that part say (师资420名，其中高级师资36名, asked 高级师资几名), the value in force after a change (max aid now), the
segment that states the asked condition (60公斤以上), the run of figures one verb gives together (出动约1500次、
5万余人). Pure functions over strings."""
from __future__ import annotations

import functools
import re

from reportbot.corpus.field_kinds import DAY_PART
from reportbot.index.answering.asked import EMAIL
from reportbot.index.answering.figure_bounds import asks_an_end

# a question asking what a change reaches: 增加到几个, 提高至多少, 降到几多
_ASKS_REACHED = re.compile(r"[到至](?:多少|几多|几)")
# a change verb and the 至 / 到 before the figure it reaches (增至5个, 增加到5个, 提高到80%, 降至3人); never a range
# (8至10小时), whose 至 follows a figure
_REACHED = re.compile(r"(?:增|加|提高|提升|扩大|扩|升|降|减少|减|缩减|缩|调整|调)[至到](?=\d|[一二两三四五六七八九十])")
_PART = re.compile(r"其中")


# a question asking the value in force (max aid now, 目前最高多少, 扩建之后有几张): by a word for now or for after the
# change, or for a bound, an end of a range
# as figure_bounds reads one (最高, 至多, minimum) or looser (the most, the cap): of a change the sentence states
# (由5万元提高到8万元), the figure reached is the one in force; one asking the figure before (原来, previously) is not
_ASKS_IN_FORCE = re.compile(r"\b(?:now|current(?:ly)?|at present|today|most|least|cap|limit|upper|lower)\b|"
                            r"现在|目前|现行|如今|\bafter\b|之后|以后|(?:建|改造|扩|改|调整|合并|升级)后")
_ASKS_FORMER = re.compile(r"\b(?:before|previous(?:ly)?|former(?:ly)?|old|original(?:ly)?|used to|from)\b|"
                          r"原来|原先|原定|原本|原计划|以前|之前|此前|从前|调整前|提高前")


def asks_former(question: str) -> bool:
    """Whether a question asks the value a change or a correction replaced (原来, 原定, previously)."""
    return _ASKS_FORMER.search(question.lower()) is not None


def change_target(question: str, sentence: str) -> set[int]:
    """Where the figures a change reaches start, when the question asks what it reaches (增加到几个) or the value in
    force (max aid now, 目前最高多少) and not the one before."""
    text = question.lower()
    in_force = _ASKS_IN_FORCE.search(text) or asks_an_end(text)
    if not (_ASKS_REACHED.search(question) or in_force and not _ASKS_FORMER.search(text)):
        return set()
    return {m.end() for m in _REACHED.finditer(sentence)}


# a correction and the figure it sets (由3,150人次更正为3,420人次): that figure stands, the one before it was wrong
_CORRECTED = re.compile(r"(?:更正|订正|修正|改正|纠正)(?:为|至|到|成)(?=\d|[一二两三四五六七八九十])")


def corrected(question: str, sentence: str) -> set[int]:
    """Where the figures a correction sets start (更正为3,420人次), unless the question asks the figure before it
    (原来, previously): the figure corrected is no answer to the value asked."""
    return set() if _ASKS_FORMER.search(question.lower()) else {m.end() for m in _CORRECTED.finditer(sentence)}


def named_subset(question: str, sentence: str, terms: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The clauses after 其中 that hold a word of the question's own text (not a translation of it) the sentence
    says nowhere before that 其中: the part the question narrows the whole to (高级 in 其中高级师资36名), whose
    figure answers over the whole's."""
    out: list[tuple[int, int]] = []
    for m in _PART.finditer(sentence):
        end = next((e.start() for e in re.finditer(r"[，。；;！？\n]", sentence[m.end():])), len(sentence) - m.end())
        end += m.end()
        before = sentence[:m.start()]
        if any(m.end() <= a < end and b - a >= 2 and sentence[a:b] in question and sentence[a:b] not in before
               for a, b, _ in terms):
            out.append((m.end(), end))
    return out


def without_narrowed_whole(found: list[re.Match], named: set[int], subset: list[tuple[int, int]]) -> list[re.Match]:
    """The figures less each whole the question narrows to a 其中 part of: a figure the asked noun names (``named``,
    by start) before a part (``subset``, from :func:`named_subset`) that gives a figure in its classifier. The
    question's words only the part says ask the part (几个急救站配了除颤仪 over 急救站23个，其中15个配备除颤仪:
    15个, not the 23个 the noun opens); a part in no classifier of the whole leaves it."""
    dropped: set[int] = set()
    for a, b in subset:
        wholes = {m.group("unit"): m.start() for m in found if m.start() in named and m.start() < a and m.group("unit")}
        dropped |= {wholes[m.group("unit")] for m in found if a <= m.start() < b and m.group("unit") in wholes}
    return [m for m in found if m.start() not in dropped]

# a condition stated with a figure and a bound (体重60公斤以上, 年满16周岁以下): the figure, its unit, the bound
_CONDITION = re.compile(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{0,2}?)(?:或|及)?(以上|以下|以内)")
_SEGMENT_MARKS = "；;。"


def condition_segments(question: str, sentence: str) -> list[tuple[int, int]]:
    """The ；-segments of the sentence that state a condition the question states, the same figure with the same
    bound (60公斤以上 over 体重60公斤或以上者…): of figures given for several conditions (51至60公斤的…；60公斤或以上
    者…), the one given for the asked condition answers."""
    out = []
    for c in _CONDITION.finditer(question):
        num, unit, bound = c.groups()
        said = re.compile(rf"(?<![\d.]){re.escape(num)}\s*{re.escape(unit)}\s*(?:或|及)?{bound}")
        for m in said.finditer(sentence):
            start = max(sentence.rfind(mark, 0, m.start()) for mark in _SEGMENT_MARKS) + 1
            ends = [i for i in (sentence.find(mark, m.end()) for mark in _SEGMENT_MARKS) if i >= 0]
            out.append((start, min(ends, default=len(sentence))))
    return out


# what joins the figures of one run: the measures one verb gives together (年均出动约1500次、5万余人)
_RUN_JOIN = re.compile(r"\s*[、和及与]\s*")


def figure_runs(sentence: str, found: list[re.Match]) -> dict[int, re.Match]:
    """For each figure that continues a run of figures joined by 、 (or 和, 及, 与) with nothing else between them,
    the run's first figure: the words before the run point at every figure of it alike (出动约1500次、5万余人 for
    出动多少人: the unit tells them apart, not which comes first)."""
    heads: dict[int, re.Match] = {}
    ordered = sorted(found, key=lambda m: m.start())
    for prev, m in zip(ordered, ordered[1:]):
        if _RUN_JOIN.fullmatch(sentence[prev.end():m.start()]):
            heads[m.start()] = heads.get(prev.start(), prev)
    return heads


# a list's item label at a sentence's start: "1.队员规模…", "2、…", "(3) …", "4) …" (never a decimal: 1.5万)
_ITEM_LABEL = re.compile(r"\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、)）](?!\d))")


# an e-mail or web address (jxhszh@163.com, www.redcross.org.cn/2025/notice): its digits name a host or a page; a
# British postcode (RV3 7QT, TA6 3DX, SW1A 1AA): its digits name a street's district
_OTHER_ADDRESS = r"(?:https?://|www\.)[A-Za-z0-9./:%?=&#~+_-]+|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
_WEB_ADDRESS = re.compile(rf"{EMAIL.pattern}|{_OTHER_ADDRESS}")
# ... searched with an e-mail read only from the start of a run of its local part's characters: from inside a run it
# matches only where it matches from the run's start (its local part runs back over them), and tried from each
# character it read the run to its end each time (a long run of digits or characters: quadratic)
_RUN_START = re.compile(rf"(?<![\w.+-]){EMAIL.pattern}|{_OTHER_ADDRESS}")


def in_web_address(sentence: str, start: int) -> bool:
    """Whether the figure starting at ``start`` is part of an e-mail or web address or a postcode, where it counts
    nothing."""
    return any(a <= start < b for a, b in _addresses(sentence))


@functools.lru_cache(maxsize=64)
def _addresses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The addresses of a sentence, found once for all its figures (not again for each): where
    ``_WEB_ADDRESS.finditer`` finds them. After an address, the next may open right where it ends, inside a run (an
    e-mail's local part after a host: ``a@b.c+d@e.f``), so that place is tried as it is first."""
    out, pos = [], 0
    while pos <= len(sentence):
        m = _WEB_ADDRESS.match(sentence, pos) if pos else None
        m = m or _RUN_START.search(sentence, pos)
        if m is None:
            break
        out.append((m.start(), m.end()))
        pos = m.end()
    return tuple(out)


def item_label(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` labels a list item or step at the sentence's start (1.队员规模扩大到260名):
    the label numbers the item and counts nothing, so it never answers a count."""
    m = _ITEM_LABEL.match(sentence)
    return m is not None and not sentence[:start].strip(" (（") and end <= m.end()


# a clock time: a day part before the hour (上午9时, 下午1点), or the hour's minutes or range after it (9时30分, 9点至)
_HOUR = re.compile(r"[时点](?!钟头)")
_HOUR_ON = re.compile(r"[时点](?:\d{1,2}分|半|[至到—–\-~～])")
_LASTED = re.compile(r"(?:用时|历时|耗时|持续|时长|共|总计)\s*$")  # 用时3时30分: a duration, not a time of day


def clock_time(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a clock time's hour (上午9时, 下午1点, 9时30分): a time of day counts
    nothing, so it never answers how many."""
    if not sentence[start:end].isdigit() or len(sentence[start:end]) > 2 or _LASTED.search(sentence, 0, start):
        return False
    return bool(_HOUR.match(sentence, end) and (DAY_PART.search(sentence, 0, start) or _HOUR_ON.match(sentence, end)))


# a question asking how much a figure changed, not what it reached: 比上年涨了多少, 较去年增长了几, 增加了多少;
# "how much did donations rise", "up by how much", "how much more than"
_ASKS_CHANGE = re.compile(r"(?<![到至])(?:涨|增长|增加|上升|提高|提升|下降|减少|降低|增|降|减)了?"
                          r"(?:多少|几多|几|百分之几)(?![到至])|"
                          r"\bhow much (?:did|has|have|does|do|was|were|had)\b[^?]*?\b(?:ris(?:e|en)|gr[eo]wn?|grow|"
                          r"increase[ds]?|go(?:ne)? up|fall(?:en)?|drop(?:ped)?|decrease[ds]?|climb(?:ed)?|jump(?:ed)?|"
                          r"change[ds]?)\b|\bby how much\b|\bhow much (?:more|less|higher|lower)\b", re.I)
# a change verb and the figure right after it, the amount of the change (增长15.1%, 增加了3个, "rose by 12%", "up 8%"):
# not one it reaches (增至5个, "rose to 40")
_CHANGE_BY = re.compile(r"(?:增长|增加|上升|提高|提升|下降|减少|降低|增|降|减|涨|多|(?<![至最])少)了?"
                        r"(?:约|近|超过)?(?=\d|[一二两三四五六七八九十])|"
                        r"\b(?:increased|rose|grew|climbed|jumped|fell|dropped|decreased|up|down)(?: by)?\s+"
                        r"(?:about |around |nearly |almost )?(?=[$€£¥]?\d)", re.I)


def change_amount(question: str, sentence: str) -> set[int]:
    """Where the figures that state a change's amount start (增长15.1% of 较2024年增长15.1%), when the question asks
    how much a figure changed (比上年涨了多少, how much did it rise); else empty."""
    if not _ASKS_CHANGE.search(question):
        return set()
    return {m.end() for m in _CHANGE_BY.finditer(sentence)}


# the part of a total a year names: 累计命名35个，其中2025年新命名8个 (also 2025年当年, 当年 after the year)
_YEAR_PART = re.compile(r"其中[，,]?\s*((?:19|20)\d{2})年")


def year_part(years: list[str], sentence: str) -> list[tuple[int, int]]:
    """The stretches after 其中 + a year the question names, up to the next clause's end: the figure there is that
    year's part of the total before (累计…35个，其中2025年新命名8个), and the year asked is answered by it."""
    out = []
    for m in _YEAR_PART.finditer(sentence):
        if m.group(1) in years:
            end = re.search(r"[，。；;！？\n]|$", sentence[m.end():])
            out.append((m.end(), m.end() + end.start()))
    return out


_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def question_figures(question: str) -> set[str]:
    """The figures a question states itself (50 of "swim the 50m", 3 of 3公里), as plain digits; none that it guesses
    as its answer (是17座吗, is it 12?)."""
    return {m.group(0).replace(",", "") for m in _DIGITS.finditer(question)
            if not _GUESSED.match(question, m.end()) and not _GUESS_BEFORE.search(question[:m.start()])}


# a figure the question guesses: 吗 a few characters after it ends the question (是17座吗), or "is it" before it
_GUESSED = re.compile(r"[^\d，,。;；]{0,5}?(?:吗|嗎|么|麼)\s*[?？]?\s*$")
_GUESS_BEFORE = re.compile(r"\b(?:is it|was it|or)\s+[$€£¥]?$", re.I)


def not_stated(question: str, figures: list[str], units: list[str] | None = None) -> list[bool]:
    """For each figure's text, whether it is other than every figure the question states: the question's own figure
    (the 50 metres swum) is what it asks about, not the answer, when the sentence gives another (in under 60
    seconds). All True when every figure is stated (the question then names its answer's value).

    With ``units`` (each figure's unit as the sentence writes it), a figure a Chinese question writes as a date (10 of
    1到10月, 12 of 3月12日, 24 of 24年) states only a figure of that date's unit: 1到10月 asked over 捐献10例 says when,
    and the 10 cases still answer."""
    stated = question_figures(question)
    dated = _dated(question)
    plain = _plain_figures(question, stated, dated)
    own = []
    for i, m in enumerate(_DIGITS.search(f) for f in figures):
        number = m.group(0).replace(",", "") if m else None
        if units is None or number not in dated:
            own.append(bool(m) and number in stated)
        else:
            own.append(number in plain or (units[i] or "") in dated[number])
    return [True] * len(figures) if all(own) else [not o for o in own]


# a date a Chinese question writes: a year, a month, a day, or a span of months or days (1到10月, 3—5日)
_DATE = re.compile(r"(?<![\d.])(\d{1,4})(?:\s*(?:到|至|[-—–~～])\s*(\d{1,2}))?\s*([年月日号])")


def _dated(question: str) -> dict[str, set[str]]:
    """Each figure the question writes as a date -> the date units it stands before (10 of 1到10月: 月)."""
    out: dict[str, set[str]] = {}
    for m in _DATE.finditer(question):
        for number in m.group(1, 2):
            if number:
                out.setdefault(number, set()).add(m.group(3))
    return out


def _plain_figures(question: str, stated: set[str], dated: dict[str, set[str]]) -> set[str]:
    """The stated figures the question also writes outside every date (3 of 3月跑3公里)."""
    inside = {i for m in _DATE.finditer(question) for i in range(m.start(), m.end())}
    return {m.group(0).replace(",", "") for m in _DIGITS.finditer(question)
            if m.start() not in inside and m.group(0).replace(",", "") in stated}


def dates_apart(question: str, sentence: str, terms: list[tuple]) -> list[tuple]:
    """``terms`` (the sentence's stretches of the question's words) without a figure that only shares its number with
    a date the question writes: 10 of 1到10月 names 10月, not the 10 of 捐献10例 (the date's unit must follow)."""
    dated = _dated(question)
    if not dated:
        return terms
    plain = _plain_figures(question, question_figures(question), dated)
    apart = set()
    for m in _DIGITS.finditer(sentence):
        number = m.group(0).replace(",", "")
        if number in dated and number not in plain and sentence[m.end():m.end() + 1] not in dated[number]:
            apart.update(range(m.start(), m.end()))
    return [t for t in terms if not apart.issuperset(range(t[0], t[1]))] if apart else terms
