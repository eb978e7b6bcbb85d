"""tools/refusal_rules.py: the vetoes as terms of the refusal model, from made-up rows, no index."""
from __future__ import annotations

import random

from reportbot.index.answering.signals import FEATURES

from tests.tools_module import load_tool


def _rows() -> list[dict]:
    """Four halves: coverage tells answerable from near misses only roughly; ``placed`` fires on near misses alone,
    ``label_checked`` on answerable questions whose answer with every veto off is right."""
    rnd, rows = random.Random(3), []
    for s in range(4):
        for i in range(40):
            answerable = i % 2 == 0
            x = [0.5] * len(FEATURES)
            x[FEATURES.index("coverage")] = rnd.uniform(0.3, 1.0) if answerable else rnd.uniform(0.0, 0.7)
            why = ["placed"] if not answerable and i % 8 == 1 else ["counted:label_checked"] if i % 8 == 0 else []
            rows.append({"set": f"library_tune{s + 2}.jsonl", "answerable": answerable, "refused": bool(why),
                         "why": why, "would": answerable if why else None, "right": answerable and not why,
                         "x": x, "header": False})
    return rows


def test_a_veto_that_stops_near_misses_weighs_and_one_that_refuses_right_answers_does_not():
    tool = load_tool("refusal_rules")
    rows = _rows()
    names = tool.vetoes(rows)
    assert names == ["label_checked", "placed"]
    terms = list(FEATURES) + [f"holds:{n}" for n in names]
    model = tool.full_fit(rows, names, terms)
    weight = dict(zip(terms, model["weights"]))
    assert weight["holds:placed"] > 0.3 and weight["holds:label_checked"] == 0.0
    # the shipped vetoes refuse the right answers label_checked fires on; weighed, they are kept
    shipped = tool.tally(rows, [not r["refused"] for r in rows])
    weighed = tool.tally(rows, tool.decisions(rows, names, True, terms))
    assert weighed["right kept"] > shipped["right kept"]
