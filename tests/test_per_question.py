"""bench/per_question.py: the questions whose outcome changed between two runs, and the sums the README reports."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("per_question", Path(__file__).resolve().parents[1] / "bench" /
                                              "per_question.py")
per_question = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(per_question)


def _row(qid: str, hit1: bool, ok: bool, refused: bool, answerable: bool = True) -> dict:
    return {"set": "made_up_tune", "id": qid, "question": f"how many lanterns hang on bridge {qid}?",
            "answerable": answerable, "hit1": hit1, "ok": ok, "refused": refused, "answer": "", "top": "a.md"}


def test_only_changed_outcomes_are_listed():
    old = [_row("1", True, True, False), _row("2", True, False, False), _row("3", False, False, True, False)]
    new = [_row("1", True, True, False), _row("2", True, False, True), _row("3", False, False, True, False)]
    assert [(a["id"], b["refused"]) for a, b in per_question.changes(old, new)] == [("2", True)]


def test_sums_split_answerable_from_near_misses():
    rows = [_row("1", True, True, False), _row("2", False, False, True), _row("3", False, False, True, False),
            _row("4", False, False, False, False)]
    assert per_question.totals(rows) == {"hit@1": 1, "right": 1, "answerable refused": 1, "near misses refused": 1}


def test_a_judged_question_becomes_a_row():
    q = {"id": "7", "question": "who lit the lanterns?"}
    result = {"answer": "the ferryman", "passages": [{"source": "harbour_notes.md"}]}
    r = per_question.row("made_up_tune", q, result, {"answerable": True, "hit1": True, "answer_ok": True,
                                                     "refused": False})
    assert (r["top"], r["ok"], r["answer"]) == ("harbour_notes.md", True, "the ferryman")
