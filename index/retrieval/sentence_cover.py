"""The share of a question's words a passage says together: its best sentence's share of the groups' mass.

BM25 sums the terms a passage holds, so across languages (the question's words read through the bridge) a passage
that repeats one translated word can outscore the one that says several of the question's words in one sentence.
Each candidate's best sentence's share of the question's idf-weighted concept groups (``coverage.group_mass``) is
added to the fused score at ``SearchTuning.sentence_cover`` (a tie-break: fitted by tools/bridged_cover.py on the
tune halves and measured end to end by tools/sentence_cover_end.py; 0 turns it off).
"""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.passage_index import PassageIndex


def sentence_rows(index: PassageIndex, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sentence rows of the paragraphs ``rows`` in order, and how many each paragraph has."""
    starts, counts = index.sent_start[rows], index.sent_count[rows]
    if not len(rows) or not counts.sum():
        return np.zeros(0, np.int64), counts
    return np.concatenate([np.arange(s, s + c) for s, c in zip(starts, counts)]).astype(np.int64), counts


def group_hits(index: PassageIndex, masses: list[dict[str, float]], srows: np.ndarray) -> np.ndarray:
    """Per group (axis 0) and sentence of ``srows`` (axis 1), the group's best term weight the sentence holds."""
    out = np.zeros((len(masses), len(srows)), np.float32)
    for g, m in enumerate(masses):
        for t, v in m.items():
            out[g] = np.maximum(out[g], np.where(index.sent_bm25.contains(t, srows), v, 0.0))
    return out


def best_sentence(index: PassageIndex, masses: list[dict[str, float]], total: float,
                  rows: np.ndarray) -> tuple[np.ndarray, list[list[int]]]:
    """Each paragraph of ``rows``: its best sentence's share of the groups' mass, and the groups that sentence holds."""
    srows, counts = sentence_rows(index, rows)
    per = group_hits(index, masses, srows)
    mass = per.sum(axis=0) / total if total else np.zeros(len(srows))
    best, groups, at = np.zeros(len(rows)), [], 0
    for i, c in enumerate(counts):
        if c:
            j = at + int(np.argmax(mass[at:at + c]))
            best[i] = mass[j]
            groups.append([g for g in range(len(masses)) if per[g, j] > 0])
        else:
            groups.append([])
        at += int(c)
    return best, groups


def lift(index: PassageIndex, weight: float, masses: list[dict[str, float]], total: float,
         rows: np.ndarray) -> np.ndarray | float:
    """What each candidate of ``rows`` gains: ``weight`` times its best sentence's share (0 when off)."""
    if weight <= 0 or not total or not len(rows):
        return 0.0
    srows, counts = sentence_rows(index, rows)
    if not len(srows):
        return 0.0
    mass = group_hits(index, masses, srows).sum(axis=0) / total
    has = counts > 0
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[has]
    out = np.zeros(len(rows))
    out[has] = np.maximum.reduceat(mass, starts)
    return weight * out
