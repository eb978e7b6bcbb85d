"""Near-duplicate questions grouped for admins: pure functions over (question, lang, reason, time) rows."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reportbot.corpus.normalize import normalize


@dataclass(frozen=True)
class Grouping:
    """How alike two questions must be to count as one.

    Attributes:
        min_similarity: Jaccard overlap of character bigrams (Chinese) or words (English)
            above which two questions are one; set by hand so that "有多少志愿者？" and
            "志愿者有多少名" meet while questions about different things stay apart.
    """

    min_similarity: float = 0.5


GROUPING = Grouping()


@dataclass(frozen=True)
class QuestionGroup:
    """Questions asked in near-identical words.

    Attributes:
        question: the most recent wording.
        lang: its language.
        count: how many times it was kept.
        last: when it was last kept (seconds since the epoch).
        reasons: refused and/or downvoted.
    """

    question: str
    lang: str
    count: int
    last: float
    reasons: tuple[str, ...]


_NOISE = re.compile(r"[\W_]+")


def question_key(text: str) -> str:
    """The question without case, width, script variant, spaces and punctuation."""
    text = unicodedata.normalize("NFKC", normalize(text)).lower()
    return _NOISE.sub(" ", text).strip()


def features(key: str) -> frozenset[str]:
    """Words of English text, character bigrams of Chinese text (single characters for one-character keys)."""
    words = key.split()
    out: set[str] = set()
    for w in words:
        if w.isascii():
            out.add(w)
        else:
            out.update(w[i:i + 2] for i in range(max(len(w) - 1, 1)))
    return frozenset(out)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def group_questions(rows: Iterable[tuple[str, str, str, float]], grouping: Grouping = GROUPING) -> list[QuestionGroup]:
    """Group near-identical questions; the most frequent first, then the most recent.

    Args:
        rows: (question, lang, reason, time), in any order.
    """
    clusters: list[dict] = []
    for question, lang, reason, at in sorted(rows, key=lambda r: r[3]):
        feats = features(question_key(question))
        best = max(clusters, key=lambda c: similarity(c["feats"], feats), default=None)
        if best is None or similarity(best["feats"], feats) < grouping.min_similarity:
            best = {"feats": feats, "count": 0, "reasons": set()}
            clusters.append(best)
        best.update(question=question, lang=lang, last=at)
        best["count"] += 1
        best["reasons"].add(reason)
    groups = [QuestionGroup(c["question"], c["lang"], c["count"], c["last"], tuple(sorted(c["reasons"])))
              for c in clusters]
    return sorted(groups, key=lambda g: (-g.count, -g.last))
