"""Candidate refusal signals judged held out before they are measured in the engine: each a property of the shapes
of the question, the evidence sentence and the answer, read from the fields ``refusal_loso.py``'s cached rows keep.

    pip install -e '.[tools]'
    python tools/refusal_extra.py --rows FILE [--add NAME ...] [--models NAME ...] [--jobs N] [--list]

For each candidate set, every family of ``refusal_families.py`` named is judged as ``refusal_models.py`` judges it
(for each tune half, setting and threshold chosen by leave one set out inside the others, then fitted on them and
deciding the held-out half), over the shipped signals plus the ``--add`` candidates; the shipped model file's own
decisions on the same rows lead the table (the yardstick of the adoption rule: right answers kept + near misses
refused). A candidate is a pure function of a row's question, language, answer, evidence sentence and the answer's
source (how extraction found it), never of a question's words: no rule or list here names one. ``--list`` prints
each candidate's score statistic at the shipped model (how much of what it leaves unexplained the candidate takes
up: positive, a candidate that raises P(answerable); in standard deviations) and its mean over right answers and
near misses. Tune halves only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import refusal_families  # noqa: E402
import refusal_models  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.align import alignment  # noqa: E402
from reportbot.index.answering.figures_en import is_english  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402

_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIGURE = re.compile(r"\d[\d,.]*")


def sentence_alignment(r: dict) -> float:
    """Share of a Chinese question's characters the evidence sentence itself holds in pieces (not its document's
    title or headings, which the ``alignment`` signal counts too); 0 for an English question."""
    return alignment(r["question"], r["evidence"] or "") if r["lang"] != "en" else 0.0


def answer_names(r: dict) -> float:
    """Share of the answer's Chinese characters the question also has: the answer's phrase carries the asked
    thing (60支救援队 for 几支救援队), not only a figure beside some other noun."""
    asked = set(_HAN.findall(r["question"]))
    own = _HAN.findall(r["answer"] or "")
    return sum(c in asked for c in own) / len(own) if asked and own else 0.0


def not_clause(r: dict) -> float:
    """1 unless extraction fell back to a whole clause (it found no narrower span of the asked kind)."""
    return float(r["source"] != "clause")


def slot(r: dict) -> float:
    """1 when the answer is what the sentence holds between the question's aligned neighbours (``align.py``)."""
    return float(r["source"] == "slot")


def short_answer(r: dict) -> float:
    """1 less the share of the evidence sentence the answer takes."""
    return 1 - min(1.0, len(r["answer"] or "") / max(1, len(r["evidence"] or "")))


def few_figures(r: dict) -> float:
    """1 less a tenth of the figures the evidence sentence gives (at most ten): one figure among many is the near
    miss's usual pick."""
    return 1 - min(len(_FIGURE.findall(r["evidence"] or "")), 10) / 10


def same_language(r: dict) -> float:
    """1 when the evidence sentence is in the question's language (English with English, Chinese with Chinese)."""
    return float((r["lang"] == "en") == is_english(r["evidence"] or "x"))


CANDIDATES: dict[str, Callable[[dict], float]] = {
    f.__name__: f for f in (sentence_alignment, answer_names, not_clause, slot, short_answer, few_figures,
                            same_language)}


def with_candidates(rows: list[dict], names: list[str]) -> list[dict]:
    """The rows with ``extra``: the candidates' values (rows without signals keep none)."""
    return [dict(r, extra=[CANDIDATES[n](r) for n in names]) if r["x"] is not None else r for r in rows]


def _arrays(rows: list[dict]) -> tuple[np.ndarray, ...]:
    x = np.array([r["x"] + r.get("extra", []) for r in rows], float)
    return (x, np.array([r["y"] for r in rows]), np.array([r["set"] for r in rows]),
            np.array([r["forced"] for r in rows], bool))


def judge(rows: list[dict], names: list[str], families: list[str], jobs: int) -> dict[str, dict]:
    """Held-out deciders of each family over the shipped signals plus ``names`` (``refusal_models.run``)."""
    refusal_families.FEATURES = tuple(FEATURES) + tuple(names)  # the families read the signal names from here
    refusal_models.arrays = _arrays
    try:
        results = refusal_models.run(families, with_candidates(rows, names), jobs)
    finally:
        refusal_families.FEATURES, refusal_models.arrays = FEATURES, _arrays_shipped
    tag = "+" + "+".join(names) if names else ""
    return {m + tag: d for m, d in refusal_models.deciders(results).items()}


_arrays_shipped = refusal_models.arrays


def shipped(rows: list[dict]) -> dict:
    """The shipped model file's probability and threshold for every row it decides."""
    m = refusal.load()
    return {(r["set"], r["id"]): (m.probability(Signals(*r["x"])), m.threshold) for r in rows if r["x"] is not None}


def score_statistics(rows: list[dict]) -> None:
    """Each candidate's score statistic at the shipped model over the rows it decides (class-balanced)."""
    use = [r for r in rows if r["x"] is not None and not r["forced"] and not refusal.contradicted(Signals(*r["x"]))]
    y = np.array([r["y"] for r in use])
    p = np.array([v[0] for v in shipped(use).values()])
    w = np.where(y == 1, len(y) / (2 * y.sum()), len(y) / (2 * (len(y) - y.sum())))
    right = np.array([bool(r["y"] and r["right"]) for r in use])
    for name, f in CANDIDATES.items():
        col = np.array([f(r) for r in use])
        z = (col - col.mean()) / (col.std() or 1.0)
        stat = (w * (y - p)) @ z / np.sqrt((w * p * (1 - p)) @ z ** 2)
        print(f"{name:20} {stat:+6.2f}   right {col[right].mean():.3f}  near misses {col[y == 0].mean():.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="refusal_loso.py's cache of the tune halves' signals")
    ap.add_argument("--add", nargs="*", action="append", default=None,
                    help="candidates judged together (repeat --add for another set)")
    ap.add_argument("--models", nargs="*", default=["logistic"], help="families of refusal_families.py")
    ap.add_argument("--jobs", type=int, default=1, help="processes fitting at once")
    ap.add_argument("--list", action="store_true", help="print the candidates' score statistics and stop")
    args = ap.parse_args(argv)
    cached = json.loads(args.rows.read_text(encoding="utf-8"))
    if cached["features"] != list(FEATURES):
        sys.exit(f"{args.rows} holds other signals: recompute it with refusal_loso.py --refresh")
    rows = cached["rows"]
    if args.list:
        score_statistics(rows)
        return
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    models = {"shipped file": shipped(rows)}
    for names in [[]] + (args.add or []):
        models |= judge(rows, names, args.models, args.jobs)
    print(refusal_models.table(rows, models))
    for m, scored in models.items():
        print(f"{m}: held-out AUC {refusal_models.auc(rows, scored):.3f}")


if __name__ == "__main__":
    main()
