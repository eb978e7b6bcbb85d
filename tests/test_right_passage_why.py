"""tools/right_passage_why.py: a miss on the right passage told by kind from the gold answers, the quoted sentence,
the span read there and the refusal; made-up rows, no index."""
from __future__ import annotations

from tests.tools_module import load_tool

SENTENCE = "全年救援队出动236次，参与队员7800人次。"


def test_each_kind_of_miss_on_the_right_passage():
    why = load_tool("right_passage_why")
    assert why.kind(["236次"], SENTENCE, "236次", refused=True) == "right span refused"
    assert why.kind(["236次"], SENTENCE, "7800人次", refused=False) == "right sentence, wrong span"
    assert why.kind(["1260名"], SENTENCE, "7800人次", refused=False) == "wrong sentence"
    # a clause longer than the scorer shows holds the name but is no short answer
    said = "Anna Lee retired as treasurer after nine years of service to the branch and was succeeded by Tom Ward"
    assert why.kind(["Tom Ward"], said, said, refused=False) == "right sentence, wrong span"


def test_misses_read_only_the_tune_rows_with_the_right_passage(tmp_path):
    why = load_tool("right_passage_why")
    rows = [{"set": "library_tune9.jsonl", "id": "a", "answerable": True, "hit1": True, "ok": False},
            {"set": "library_tune9.jsonl", "id": "b", "answerable": True, "hit1": True, "ok": True},
            {"set": "library_tune9.jsonl", "id": "c", "answerable": False, "hit1": False, "ok": False}]
    (tmp_path / "run-t-lib9.jsonl").write_text("\n".join(__import__("json").dumps(r) for r in rows), encoding="utf-8")
    assert [r["id"] for r in why.misses("run", tmp_path)["lib9"]] == ["a"]


def test_the_signal_that_pulls_a_refusal_down_most():
    from types import SimpleNamespace

    from reportbot.index.answering.refusal import Model
    from reportbot.index.answering.signals import FEATURES

    why = load_tool("right_passage_why")
    a, b = FEATURES[0], FEATURES[1]
    model = Model((a, b), (2.0, 1.0), 0.0, 0.5, (0.5, 0.5), (1.0, 1.0))
    low_a = SimpleNamespace(vector=lambda: [0.0, 0.6] + [0.0] * (len(FEATURES) - 2))
    assert why.pulled_by(model, low_a) == a  # 2 * (0 - 0.5) is the lowest term
    high = SimpleNamespace(vector=lambda: [1.0, 1.0] + [0.0] * (len(FEATURES) - 2))
    assert why.pulled_by(model, high) == ""  # nothing lowers it


def test_the_signals_that_alone_would_let_a_refused_right_span_answer():
    from types import SimpleNamespace

    from reportbot.index.answering.refusal import Model
    from reportbot.index.answering.signals import FEATURES

    why = load_tool("right_passage_why")
    a, b = FEATURES[0], FEATURES[1]
    model = Model((a, b), (2.0, 1.0), 0.0, 0.5, (0.5, 0.5), (1.0, 1.0))
    # z = 2 * (0 - 0.5) + (0.6 - 0.5) = -0.9: refused; a at 1 gives z = 1.1 (answers), b at 1 gives z = -0.5
    low_a = SimpleNamespace(vector=lambda: [0.0, 0.6] + [1.0] * (len(FEATURES) - 2))
    assert why.flipped_by(model, low_a) == [a]
