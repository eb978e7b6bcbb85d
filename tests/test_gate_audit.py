"""tools/gate_audit.py: each forced refusal's precision counted from made-up rows, no index."""
from __future__ import annotations

from tests.tools_module import load_tool


def _row(set_name: str, answerable: bool, why: list[str], would: bool | None) -> dict:
    return {"set": set_name, "answerable": answerable, "why": why, "would": would, "refused": bool(why),
            "right": False}


def test_a_veto_is_charged_with_the_right_answers_and_near_misses_it_alone_refuses():
    audit = load_tool("gate_audit")
    rows = [_row("seed_tune2.jsonl", True, ["shape:someone"], True),           # a right answer it alone refuses
            _row("seed_tune2.jsonl", True, ["shape:someone", "model"], True),  # refused by the model as well
            _row("seed_tune2.jsonl", True, ["shape:someone"], False),          # a wrong answer: not charged
            _row("seed_tune2.jsonl", False, ["shape:someone"], None),          # a near miss it alone refuses
            _row("library_tune14.jsonl", False, ["placed", "model"], None)]
    got = audit.table(rows)
    assert got["shape:someone"]["seed"] == {"right": 2, "right!": 1, "near": 1, "near!": 1}
    assert got["placed"]["fresh"] == {"near": 1, "near!": 0}
    assert got["model"]["seed"]["right!"] == 0


def test_the_fresh_halves_are_told_apart_from_the_tuned_ones():
    audit = load_tool("gate_audit")
    assert [audit.group_of(n) for n in ("seed_tune9.jsonl", "seed_tune3.jsonl", "library_tune5.jsonl")] == \
        ["fresh", "seed", "library"]


def test_the_audit_rows_are_written_as_the_refusal_fit_reads_them():
    audit = load_tool("gate_audit")
    x = [0.5] * 3
    rows = [dict(_row("seed_tune2.jsonl", True, ["model"], True), id="a", question="?", x=x, header=False),
            dict(_row("seed_tune2.jsonl", True, ["model", "placed"], True), id="b", question="?", x=x, header=False),
            dict(_row("seed_tune2.jsonl", False, [], None), id="c", question="?", x=x, header=False, right=False),
            dict(_row("seed_tune2.jsonl", True, [], None), id="d", question="?", x=None, header=False)]
    rows[3]["refused"] = True  # refused before any span was found
    got = audit.fit_rows(rows)
    assert [(r["forced"], r["right"], r["y"]) for r in got] == [(False, True, 1), (True, True, 1), (False, False, 0),
                                                                 (True, False, 1)]
