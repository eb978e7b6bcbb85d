"""tools/refusal_lack.py: a lacking candidate judged as a gate in front of a held-out decider. Made-up rows."""
from __future__ import annotations

from tests.tools_module import load_tool


def _rows(oos_value: float, right_value: float) -> list[dict]:
    """Per set: two near misses the decider answers (lacking ``oos_value``), two right answers (``right_value``)."""
    return [{"set": s, "id": f"{s}{i}", "x": [1.0], "y": int(i >= 2), "forced": False, "right": i >= 2,
             "lack": {"lack_nmax_pass": oos_value if i < 2 else right_value}} for s in "abc" for i in range(4)]


def test_a_gate_that_refuses_only_near_misses_is_chosen_in_every_fold():
    tool = load_tool("refusal_lack")
    kept_refused = tool.gate(_rows(0.2, 0.9), lambda r: True, "lack_nmax_pass")
    assert kept_refused == [6, 6, 0, 6, 6]  # every near miss refused, every right answer kept


def test_a_gate_that_costs_right_answers_is_not_chosen():
    tool = load_tool("refusal_lack")
    assert tool.gate(_rows(0.2, 0.2), lambda r: True, "lack_nmax_pass") == [0, 6, 0, 6, 6]
