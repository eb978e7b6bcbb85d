"""What an English count question counts, as the documents' measure word (how many times -> 次).

Chinese writes a count with a measure word after the figure (1500次, 2.5万场次, 123支); an English
question names the thing counted instead ("how many times", "how many sessions"). The measure word
for the head of the counted noun phrase is one more keyword for the question (:func:`unit_group`),
and the unit an answer's figure must carry (``answering.units.question_unit``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from reportbot.index.retrieval.asked_for import PHRASE_END, plural, trails
from reportbot.index.retrieval.morphology import shortened
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem
from reportbot.index.retrieval.tuning import DEFAULT, SearchTuning

# English nouns that name the unit of a count, to their measure words (moved from answering/units.py, where
# they were set by hand before the rule on question words)
EN_UNITS = {stem(k): v for k, v in {
    "times": "次", "people": "人", "persons": "人", "members": "名", "teams": "支", "yuan": "元", "money": "元",
    "percent": "%", "percentage": "%", "rate": "%", "cities": "市", "counties": "县", "items": "个",
    "projects": "个", "sessions": "场次", "volunteers": "名",
    # durations: a count of years, months or days is written with its unit (五年, 6个月, 7个工作日)
    "years": "年", "months": "月", "days": "天", "hours": "小时"}.items()}


def counted_phrase(text: str, asks: str = "many|much") -> list[str]:
    """The words of the noun phrase a "how many / how much / the number of" question counts, its head last ("how many
    city volunteer service stations are …" -> city, volunteer, service, stations); ``asks``: the question words read
    ("many" reads "number of" too)."""
    # "the number of X" asks what "how many X" does
    number_of = r"|\bnumber of" if "many" in asks.split("|") else ""
    m = re.search(rf"(?:how (?:{asks}){number_of}) ((?:[a-z'-]+ ?)+)", text.lower())
    before = re.search(rf"((?:[a-z'-]+ )+)how (?:{asks})\b((?: [a-z'-]+)*)\W*$", text.lower())
    if before and trails(["x", "how", "many", *before.group(2).split()], 1):
        return _phrase_before(before.group(1).split())  # "volunteer groups how many roughly": groups
    if not m:
        return []
    words = []
    for w in m.group(1).split():
        if w in PHRASE_END:
            break
        words.append(w)
        if plural(w) or _short_unit(w):
            break  # the head: a plural ends the noun phrase ("how many cities built the …" -> cities; ppl trained)
    return words


def counted_head(text: str) -> str | None:
    """The head of the noun phrase a "how many / how much" question counts ("how many city volunteer service
    stations are …" -> stations), or None."""
    words = counted_phrase(text)
    return words[-1] if words else None


def counted_unit(text: str) -> str | None:
    """The measure word of the noun a count question counts (how many sessions -> 场次), or None."""
    head = counted_head(text)
    return unit_of(head) if head else None


def unit_of(noun: str) -> str | None:
    """The measure word of an English counted noun, typed whole or short for speed as the bridge reads a shortening
    (ppl -> people -> 人, yrs -> years -> 年, hrs -> hours -> 小时: ``morphology.shortened`` over the nouns of
    :data:`EN_UNITS`), or None."""
    return EN_UNITS.get(stem(noun)) or _short_unit(noun)


def _short_unit(word: str) -> str | None:
    """The measure word of a counted noun typed short (ppl, yrs), or None (a word the unit map holds whole too)."""
    if stem(word) in EN_UNITS or not word.isalpha():
        return None
    readings = {EN_UNITS[k] for k in shortened(word, EN_UNITS, frozenset())}
    return readings.pop() if len(readings) == 1 else None


def _phrase_before(words: list[str]) -> list[str]:
    """The noun phrase that ends right before a trailing "how many": its words back to a verb or preposition."""
    start = max((k + 1 for k, w in enumerate(words) if w in PHRASE_END), default=0)
    return words[start:]


_NUMERAL = "零一二两三四五六七八九十百千万"


def counted_words(unit: str, words: Iterable[str]) -> list[str]:
    """The documents' words that are a figure in Chinese numerals and the unit, which jieba keeps whole (五年,
    两年: the figure of "how many years" is inside the word, and 年 alone is no word of the text)."""
    return sorted(w for w in words if len(w) > len(unit) and w.endswith(unit)
                  and all(c in _NUMERAL for c in w[:-len(unit)]))


def with_unit(q: Query, known: Callable[[str], bool], tuning: SearchTuning = DEFAULT,
              words: Iterable[str] = ()) -> Query:
    """An English count question with its measure word as one more keyword group (how many times: 次), where
    the documents write it (``known``), else their words that hold it after a figure in numerals (``words``: the
    documents' words, :func:`counted_words`), and no group holds it already, at ``tuning.unit_weight``."""
    unit = counted_unit(q.text) if q.lang == "en" and q.kind == "count" else None
    if unit is None or any(unit in g for g in q.groups):
        return q
    group = {w: tuning.unit_weight for w in ([unit] if known(unit) else counted_words(unit, words))}
    return replace(q, groups=(*q.groups, group)) if group else q
