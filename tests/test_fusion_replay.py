"""tools/fusion_replay.py: per-question fusions replayed over made-up candidate rows, no index."""
from __future__ import annotations

import numpy as np

from tests.tools_module import load_tool


def _row(dense, keyword, w) -> dict:
    from reportbot.index.retrieval.fusion import fuse

    d, k = np.array(dense, np.float64), np.array(keyword, np.float64)
    final = fuse(d, k, w, 0.08).astype(np.float64)
    return {"set": "library_tune5.jsonl", "dense": d, "keyword": k, "w": np.array(w, np.float32), "final": final,
            "right": np.array([False, True, False]), "same": np.ones(3, bool), "doc": ["a.md"] * 3, "lang": "en"}


def test_the_shipped_point_replays_the_shipped_order_and_a_move_keeps_its_place():
    replay = load_tool("fusion_replay")
    row = _row([0.80, 0.78, 0.70], [0.50, 0.45, 0.10], 0.5)
    assert replay.table_of([row], "margin", 0.08)[(0.0,)] == {"library_tune5.jsonl": 0}
    row["final"][1] = row["final"][0] + 1e-6  # a later step (prose_first) put the second just above the first
    assert replay.pins(row["final"], row["final"] - replay.variant("margin", 0.0, 0.08)(
        row["dense"], row["keyword"], 0.5)) == [(1, 0)]
    # the rank bonus favours the passage first on both sides; the move still holds the second above it
    assert all(v == {"library_tune5.jsonl": 1} for v in replay.table_of([row], "rank", 0.08).values())


def test_the_surer_side_decides_more_under_the_margin_family():
    replay = load_tool("fusion_replay")
    # the keyword side is sure of its first (a wide gap), the dense side barely prefers another
    d, k = np.array([0.800, 0.801, 0.70]), np.array([0.2, 0.9, 0.1])
    shipped = replay.variant("margin", 0.0, 0.08)(d, k, 0.3)
    tilted = replay.variant("margin", 0.5, 0.08)(d, k, 0.3)
    assert tilted[1] - tilted[0] > shipped[1] - shipped[0]


def test_the_odds_document_margin_and_regret_families_tilt_towards_the_surer_side():
    replay = load_tool("fusion_replay")
    # one document's two passages: the keyword side is sure of the second, the dense side barely prefers the first;
    # another document's passage is the dense side's clear runner-up overall
    d, k = np.array([0.800, 0.799, 0.70]), np.array([0.2, 0.9, 0.1])
    mine = np.array([True, True, False])
    for family in ("odds", "docmargin", "regret"):
        shipped = replay.variant(family, 0.0, 0.08)(d, k, 0.3, mine)
        tilted = replay.variant(family, 0.5, 0.08)(d, k, 0.3, mine)
        assert tilted[1] - tilted[0] > shipped[1] - shipped[0], family
        assert np.allclose(shipped, replay.variant("margin", 0.0, 0.08)(d, k, 0.3)), family


def test_the_folds_are_counted_won_lost_and_tied_against_the_shipped_point():
    replay = load_tool("fusion_replay")
    record = {"leave_one_set_out": {"a": {"held_out": 5, "shipped": 4}, "b": {"held_out": 3, "shipped": 4},
                                    "c": {"held_out": 4, "shipped": 4}, "d": {"held_out": 6, "shipped": 6}}}
    assert replay.folds(record) == {"won": 1, "lost": 1, "tied": 2}
