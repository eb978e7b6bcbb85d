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
