"""A quoted name whose numeral the question word stands for: 提升政治几力 over 不断提升政治“三力”, 以几个地的使命 over
以“三个地”的使命担当. Reports coin such names (“三力”, “四个100”); a count question that asks 几 in their place asks
the name, not a figure elsewhere in the sentence. Pure functions over a question and one sentence."""
from __future__ import annotations

import functools
import re

from reportbot.index.answering.align import CLASSIFIERS
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# the question word and what follows it in the name: a classifier (个) and one character
_ASKED = re.compile(r"(?:几|多少)(个)?([\u4e00-\u9fff])")
_NUMERAL = r"[一二两三四五六七八九十百千\d]+"
_MAGNITUDES = "十百千万亿"


@functools.lru_cache(maxsize=256)  # compiled once per tail: re's own cache is shared and small
def _quoted_numbered(tail: str) -> re.Pattern:
    """A quoted name that opens with a numeral and then ``tail`` (“三力”, “三个地…”)."""
    return re.compile(rf"[“「『]{_NUMERAL}{re.escape(tail)}[^”」』]{{0,6}}[”」』]")


def numbered_name(q: Query, sentence: str) -> Span | None:
    """The quoted name in ``sentence`` that writes a numeral where the question writes its question word, followed
    by the same words (几力 -> “三力”, 几个地 -> “三个地”); None when the sentence quotes none."""
    if q.lang != "zh":
        return None
    for m in _ASKED.finditer(q.text):
        if m.group(2) in CLASSIFIERS or m.group(2) in _MAGNITUDES:
            continue  # 有几个 counts things; 几万场次 asks a figure's size: neither is part of a name
        hit = _quoted_numbered((m.group(1) or "") + m.group(2)).search(sentence)
        if hit and hit.group(0)[1:-1] not in q.text:  # a name the question says is what it counts, not its answer
            return Span(hit.group(0), hit.start(), hit.end(), "numbered")
    return None
