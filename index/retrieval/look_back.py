"""A later document's look back at a year its own body's report covers: another period's document for a question
that names the year.

A progress update of 2025 often opens a section on the year before (二、2024年部分数据更正, 2024年数据核定说明) that
restates the 2024 report's figures, corrected or not, in fewer and closer words. By its heading that section's period
is 2024 (:meth:`.doc_periods.Periods.passage`), so for a question naming 2024 both documents are of the asked period
and the update's look back often comes first. A question that names the year, and asks neither the corrected nor the
latest figure (``revision.asks_revised``, ``editions.asks_latest``: those prefer the later document) nor the plan set
for a year (``editions.asks_plan``), asks the year's own report. The later document is then another period's, as
:meth:`.Periods.other_period` counts one, and loses the same (``SearchTuning.other_period``); only when a candidate of
the year's own report agrees with the question (its constraints), as there.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from reportbot.index.retrieval.editions import asks_latest, asks_plan
from reportbot.index.retrieval.revision import asks_revised


def looked_back(text: str, asked: set[int], stated: Sequence[tuple[tuple[int, int], ...]], kin: np.ndarray,
                docs: np.ndarray, ok: np.ndarray, on: bool = True) -> np.ndarray:
    """:func:`looking_back` for a question ``text`` that asks neither the corrected, the latest nor the planned
    figure (those prefer the later document); none when ``on`` is false (``SearchTuning.look_back``)."""
    if not on or asks_revised(text) or asks_latest(text) or asks_plan(text):
        return np.zeros(len(docs), bool)
    return looking_back(asked, stated, kin, docs, ok)


def looking_back(asked: set[int], stated: Sequence[tuple[tuple[int, int], ...]], kin: np.ndarray, docs: np.ndarray,
                 ok: np.ndarray) -> np.ndarray:
    """Per candidate: its document states a period wholly after every asked year, and a document of its body
    that states an asked year has a candidate that agrees with the question.

    Args:
        asked: the years the question names (four figures).
        stated: each document's stated period (``doc_periods.stated_period``), by document number.
        kin: each document's body (``editions.Editions.kin``: the first document number of one body's dated
            documents, -1 for a document of no such body), by document number.
        docs: each candidate's document number.
        ok: per candidate, whether it agrees with the question's constraints.
    """
    none = np.zeros(len(docs), bool)
    if not asked or not len(docs):
        return none
    own = np.array([any(a <= y <= b for y in asked for a, b in p) for p in stated], bool)
    later = np.array([bool(p) and min(a for a, _ in p) > max(asked) for p in stated], bool)
    body = kin[docs]
    held = np.unique(body[own[docs] & ok & (body >= 0)])
    if not len(held):
        return none
    return later[docs] & (body >= 0) & np.isin(body, held)
