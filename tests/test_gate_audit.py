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
    got = audit.table(rows, fresh={"library_tune14.jsonl"})
    assert got["shape:someone"]["seed"] == {"right": 2, "right!": 1, "near": 1, "near!": 1}
    assert got["placed"]["fresh"] == {"near": 1, "near!": 0}
    assert got["model"]["seed"]["right!"] == 0


def test_the_fresh_halves_are_told_apart_from_the_tuned_ones():
    audit = load_tool("gate_audit")
    fresh = {"seed_tune9.jsonl"}
    assert [audit.group_of(n, fresh) for n in ("seed_tune9.jsonl", "seed_tune3.jsonl", "library_tune5.jsonl")] == \
        ["fresh", "seed", "library"]


def test_the_fresh_halves_are_the_newest_commit_that_added_tune_halves():
    audit = load_tool("gate_audit")
    log = ("@c3\n\nbench/data/library_tune31.jsonl\nbench/data/seed_tune20.jsonl\n"
           "@b2\n\nbench/data/library_tune30.jsonl\n@a1\n\nbench/data/seed_tune.jsonl\n")
    assert audit.newest_added(log) == {"library_tune31.jsonl", "seed_tune20.jsonl"}
    assert audit.newest_added("") == frozenset()
    assert audit.fresh_sets() <= {p.name for p in audit.DATA.glob("*_tune*.jsonl")}  # this checkout's, if any


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


def test_a_rule_is_judged_on_the_sets_that_landed_after_it_was_written():
    eras = load_tool("gate_eras")
    sets = {"seed_tune2.jsonl": 100, "library_tune9.jsonl": 300}
    rules = {"placed": 200, "counted:time_said": 200, "shape:date": 50}
    rows = [_row("seed_tune2.jsonl", False, ["placed"], None),                # before the rule: not its test
            _row("seed_tune2.jsonl", False, ["placed"], None),
            _row("library_tune9.jsonl", True, ["placed"], True),              # a right answer it alone refuses
            _row("library_tune9.jsonl", True, ["counted:time_said"], False),  # a wrong answer it alone refuses
            _row("library_tune9.jsonl", False, ["counted:time_said"], None),  # a near miss it alone refuses
            _row("library_tune9.jsonl", False, ["shape:date", "model"], None)]
    got = eras.era_table(rows, sets, rules)
    assert got["placed"]["earlier"]["near!"] == 2 and got["placed"]["later"]["right!"] == 1
    later = got["counted:time_said"]["later"]
    assert [later[k] for k in ("right", "right!", "wrong", "wrong!", "near", "near!")] == [0, 0, 1, 1, 1, 1]
    assert "model" not in got  # a reason of unknown date is left out
    assert [eras.verdict(got[r].get("later")) for r in ("placed", "counted:time_said", "shape:date")] == \
        ["loses", "earns", "untested"]
    assert eras.later_sets(sets, 200) == ["library_tune9.jsonl"]


def test_every_reason_the_audit_names_has_a_rule_to_date():
    audit, eras = load_tool("gate_audit"), load_tool("gate_eras")
    from reportbot.index.answering import refusal

    named = {f"counted:{name}" for name, _, _ in audit.counted_checks()} | \
        {g for g in refusal.GATES if g != "shape"} | {"constraints", "beyond", "placed", "stated", "dated"} | \
        {"new or total", "part of year"}
    assert named <= set(eras.RULES)


def test_the_fitted_model_is_judged_on_the_sets_it_was_not_fitted_on():
    eras = load_tool("gate_eras")
    rows = [_row("seed_tune2.jsonl", True, ["model"], True), _row("library_tune9.jsonl", False, ["model"], None)]
    got = eras.era_table(rows, {"seed_tune2.jsonl": 100, "library_tune9.jsonl": 300}, {},
                         {"model": {"library_tune9.jsonl"}})
    assert got["model"]["later"]["right!"] == 1 and got["model"]["earlier"]["near!"] == 1


def test_a_chinese_answer_whose_year_only_stands_in_a_comparison_is_charged_to_dated():
    """The audit tells a Chinese question refused because its year only stands in a comparison (years_placed) as
    ``dated``, as refusal_why does, and dates that rule."""
    audit, eras = load_tool("gate_audit"), load_tool("gate_eras")
    from reportbot.index.answering.spans import Span
    from reportbot.index.retrieval.context import question_constraints

    question = "2030年基金会年末净资产是多少"
    sentence = "2031年，基金会全年总收入2,418.6万元，较2030年的2,107.3万元增长14.8%；年末净资产5,372.9万元。"
    start = sentence.index("5,372.9万元")
    span = Span("5,372.9万元", start, start + len("5,372.9万元"), "clause")
    found = audit.chinese_reasons(question, question_constraints(question, (), frozenset()), sentence, span,
                                  "基金会年度报告", sentence)
    assert found == ["dated"]
    asked = "2031年基金会年末净资产是多少"
    assert audit.chinese_reasons(asked, question_constraints(asked, (), frozenset()), sentence, span,
                                 "基金会年度报告", sentence) == []
    assert "dated" in eras.RULES
