"""Units: their families, the unit a question names after its question word, the unit the documents give a thing.

A count question is answered by a figure of the measure it asks for. 多少名党员 asks for people, and
60万人次 (person-times) answers something else; 多少捐款 names no unit, but the documents give
donations in 元, so 68.05万名 does not answer it either. These are read from the units' grammar and
from the documents' own sentences, never from a list of question words.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

# people and person-times (人次: visits, donations) are different measures; things counted with a classifier
# (个, 支, 家) are neither people nor money
_MEASURES = ({"人", "名", "位", "余人", "万人", "多人"}, {"人次"}, {"元"}, {"次", "场次", "场"}, {"%"},
             {"年", "月", "天", "小时", "分钟"}, {"个", "支", "家", "所", "项", "座", "件", "台"})


# a figure and its unit a few characters after a word (not a year: 2023年 dates the figure, it is not its unit)
_FIGURE_AFTER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[万亿千百]*[余多]?"
                           r"(人次|场次|余人|万人|多人|%|个|名|支|次|人|元|件|项|家|所|座|场|位|台|年|月|天|小时|分钟)")
_NAMED_UNIT = re.compile(r"(?:多少|几多|几)个?(小时|分钟|天|年|月|%|元|人次|钱)")  # 几个小时: the unit after 个
_WINDOW = re.compile(r"[^，。；！？\n]{0,16}")
_MONEY = re.compile(r"[$¥€£]\s?\d|\d\s*(?:yuan|dollars?)\b")  # money in English text: "a budget of $4.85 million"


def named_unit(text: str) -> str | None:
    """A measure a Chinese question names after its question word (多少小时, 几个小时, 几分钟; 多少钱 asks for 元;
    几多 is Cantonese for 多少)."""
    m = _NAMED_UNIT.search(text)
    return None if not m else "元" if m.group(1) == "钱" else m.group(1)


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
                if f is None and _MONEY.search(window):
                    family = _MEASURES.index({"元"})
                if family is not None:
                    counts[family] += 1
    if not counts:
        return None
    family, n = counts.most_common(1)[0]
    if n < least or n / sum(counts.values()) < share:
        return None
    return sorted(_MEASURES[family], key=len)[0]


def other_measure(unit: str | None, text: str) -> bool:
    """The answer measures something else than the question asks (人 asked, 元 found; 名 asked, 人次 found)."""
    asked = next((m for m in _MEASURES if unit in m), None)
    if asked is None:
        return False
    found = [m for m in _MEASURES if any(u in text for u in m) and not (m is _MEASURES[0] and "人次" in text
                                                                         and text.count("人") == 1)]
    return bool(found) and asked not in found


# English question words that name the unit of a count (moved from spans.py; nouns mapped to their measure
# words by hand before the rule on question words: review-4 left them, see its report)
_EN_UNITS = {stem(k): v for k, v in {
    "times": "次", "people": "人", "persons": "人", "members": "名", "teams": "支", "yuan": "元", "money": "元",
    "percent": "%", "percentage": "%", "rate": "%", "cities": "市", "counties": "县", "items": "个",
    "projects": "个", "sessions": "场次", "volunteers": "名"}.items()}
_PHRASE_END = frozenset("is are was were be been have has had do does did in of on at by for from to with that "
                        "which who there".split())


def question_unit(q: Query) -> str | None:
    """The measure word a count question asks for (多少次 -> 次, how many times -> 次)."""
    if q.lang == "zh":
        m = re.search(r"(?:多少|几多|几)(人次|场次|个|名|支|次|人|元|件|项|家|所|座|场|位|户|市|县|万|亿)?(市|县|区|省|人|小时|月|星期|工作日)?", q.text)  # noqa: E501 (CJK text counts double)
        if not m:
            return None
        return m.group(2) or m.group(1)  # 几个市: the noun, not the classifier
    m = re.search(r"how (?:many|much) ((?:[a-z'-]+ ?)+)", q.text.lower())
    if m:
        words = []
        for w in m.group(1).split():
            if w in _PHRASE_END:
                break
            words.append(w)
        if words:  # the head of the noun phrase: "how many city volunteer service stations" -> station
            return _EN_UNITS.get(stem(words[-1]))
    if re.search(r"\b(amount|cost|price|fee|budget|funding)\b", q.text.lower()):
        return "元"  # an amount of money
    return "%" if re.search(r"\b(rate|percentage|percent)\b", q.text.lower()) else None
