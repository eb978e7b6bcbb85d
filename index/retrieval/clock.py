"""几点: asking the hour (几点开门, 几点钟, 几点前) or not (哪几点要求, 提出几点建议: points; 几点零版: a version).

One rule, read where the question is analysed (:func:`.asked_for.question_kind`: a "when" question) and where the
answer's shape is checked (:func:`reportbot.index.answering.shape.asks_date`): both layers import it from here. By
position and jieba's tags: the word after 几点 alone does not tell (散场 and 开馆 are tagged nouns, 要求 a verb). Pure
functions.
"""
from __future__ import annotations

from functools import lru_cache

from reportbot.index.retrieval.tagging import tagged


def _counts_points(words: list[tuple[str, str]], i: int) -> bool:
    """几点 (``words[i]``) counting points, not asking the hour: after 哪 or a particle (哪几点, 提了几点, 会议的几点),
    or after a verb and before a noun (提出几点措施)."""
    before = words[i - 1] if i > 0 else ("", "")
    after = words[i + 1] if i + 1 < len(words) else ("", "")
    if before[0] == "哪" or before[1] in ("ul", "ug", "uj"):
        return True
    return before[1].startswith("v") and (after[1][:1] == "n" or after[1] == "vn")


@lru_cache(maxsize=256)
def asks_hour(text: str) -> bool:
    """The normalised question asks a clock time with 几点 (几点开门, 几点钟, 几点前, 几点到几点), not points counted
    (哪几点要求, 提了几点意见) nor a version number (几点零版, x.0)."""
    if "几点" not in text:
        return False
    words = tagged(text)
    for i, (w, _) in enumerate(words):
        if not w.startswith("几点"):
            continue
        rest = w[2:] or (words[i + 1][0] if i + 1 < len(words) else "")
        if rest.startswith("零"):  # 几点零版: which x.0 version
            continue
        if w != "几点" or not _counts_points(words, i):
            return True
    return False
