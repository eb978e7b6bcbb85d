"""Tunables say how they were set: every fitted file names what it was fitted on, and the stages use its values."""
from __future__ import annotations

import dataclasses
import json
from importlib import resources


def _fitted(name: str) -> dict:
    return json.loads((resources.files("reportbot.index.retrieval") / "fitted" / f"{name}.json").read_text())


def test_every_fitted_file_names_the_sets_it_was_fitted_on():
    folder = resources.files("reportbot.index.retrieval") / "fitted"
    names = [p.name for p in folder.iterdir() if p.name.endswith(".json")]
    assert "answer_weights.json" in names
    for name in names:
        sets = json.loads((folder / name).read_text())["fitted_on"]
        files = [s["file"] if isinstance(s, dict) else s for s in sets]
        assert files and not any("check" in f for f in files), name  # never a check half


def test_the_answer_weights_in_use_are_the_fitted_ones():
    from reportbot.index.answering.figures_zh import FIGURES
    from reportbot.index.retrieval.tuning import DEFAULT

    fit = _fitted("answer_weights")
    assert DEFAULT.unit_weight == fit["unit_weight"]
    assert (FIGURES.segment_weight, FIGURES.segment_reach) == (fit["figure"]["segment_weight"],
                                                               fit["figure"]["segment_reach"])
    assert {"objective", "date", "commit"} <= fit.keys()
    assert fit["unit"]["leave_one_set_out"]["per_set"]  # the held-out figures are kept with the fit


def test_the_tunables_that_shape_an_index_are_frozen_and_recorded():
    from reportbot.index.retrieval.passage_texts import tunables

    recorded = tunables()
    assert {"pdf_layout", "plain_layout", "script", "bridge", "limits"} <= recorded.keys()
    json.dumps(recorded)  # the manifest is JSON
    from reportbot.corpus.pdf_pages import LAYOUT

    assert dataclasses.is_dataclass(LAYOUT) and LAYOUT.__dataclass_params__.frozen
