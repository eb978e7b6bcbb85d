"""Refusal rows with what an analysis measured at each ask's main signals (refusal_lack.py, refusal_counting.py).

The engine's ``ask`` and ``signals`` are wrapped so the first ``signals`` call of each question (its main answer,
not the alternatives asked after it) hands ``measure(engine, q, hit, sentence, span)`` its materials; every tune
half's refusal rows (``refusal_rows.collect_all``) are then written to ``path``, each with the measure under ``key``.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import refusal_rows
from reportbot.index.answering import engine as engine_module
from reportbot.index.answering.signals import FEATURES


def collect(path: Path, jobs: int, data: Path | None, library_data: Path | None, key: str,
            measure: Callable) -> None:
    import fit_refusal

    first: dict[str, object] = {}
    ask, signals = engine_module.Engine.ask, engine_module.Engine.signals

    def patched_ask(self, question, *a, **kw):
        self._recorded_question = question
        first.pop(question, None)
        return ask(self, question, *a, **kw)

    def patched_signals(self, q, hit, coverage, dense, sentence, span):
        asked = getattr(self, "_recorded_question", None)
        if asked is not None and asked not in first:
            first[asked] = measure(self, q, hit, sentence, span)
        return signals(self, q, hit, coverage, dense, sentence, span)

    engine_module.Engine.ask, engine_module.Engine.signals = patched_ask, patched_signals
    row = refusal_rows.row
    refusal_rows.row = lambda name, q, a: dict(row(name, q, a), **{key: first.get(q["question"])})
    seed, library = fit_refusal._defaults(argparse.Namespace(seed=None, library=None))
    rows = refusal_rows.collect_all(seed, library, data, library_data, jobs)
    names = sorted(p.name for p in seed + library)
    path.write_text(json.dumps({"features": list(FEATURES), "sets": names, "rows": rows}, ensure_ascii=False),
                    encoding="utf-8")


def judge(rows: list[dict], names: list[str], jobs: int, chosen: list[list[str]] | None, gates: list[str] | None,
          shipped_gates: bool = False) -> None:
    """Judge candidate signals (``names``, registered in refusal_extra.CANDIDATES) held out, by the refusal model's
    protocol: the shipped file, the shipped signals refitted leaving one set out, each of ``gates`` (default: every
    candidate) as a gate in front of the refitted model (and of the shipped file, ``shipped_gates``), and each set of
    ``chosen`` added to the model (default: none, then each candidate alone). Prints a line each."""
    import os

    import refusal_extra
    import refusal_lack
    import refusal_loso
    import refusal_models

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    fixed = refusal_loso._model(json.loads(refusal_loso.refusal.MODEL_FILE.read_text(encoding="utf-8")))
    line, totals = refusal_lack.line, refusal_lack.totals
    print(line("shipped file", totals(rows, lambda r: refusal_loso.answered(r, fixed))), flush=True)
    gates = gates if gates is not None else list(names)
    models = refusal_loso.leave_one_out(rows) if gates else {}

    def refitted(r):
        return refusal_loso.answered(r, models[r["set"]][0])

    if gates:
        print(line("shipped signals refitted", totals(rows, refitted)), flush=True)
    for n in gates:
        if shipped_gates:
            print(line(f"gate {n} + shipped", refusal_lack.gate(rows, lambda r: refusal_loso.answered(r, fixed), n)),
                  flush=True)
        print(line(f"gate {n} + refitted", refusal_lack.gate(rows, refitted, n)), flush=True)
    for names_ in chosen if chosen is not None else [[]] + [[n] for n in names]:
        for label, d in refusal_extra.judge(rows, names_, ["logistic"], jobs).items():
            print(line(label, totals(rows, lambda r, d=d: refusal_models.decide(r, d))), flush=True)

