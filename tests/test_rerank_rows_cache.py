"""tools/rerank_end_to_end.py's kept rows: read back only when measured with today's reranker features and refusal
signals (a cache written by an older feature list is asked again, never scored against other columns)."""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
e2e = importlib.import_module("rerank_end_to_end")

ROWS = [{"set": "made_up.jsonl", "id": "q1", "x": [0.5], "y": 1, "rr": None}]


def test_rows_kept_with_todays_features_are_read_back(tmp_path):
    path = tmp_path / "rows.json"
    e2e.keep_rows(path, ROWS)
    assert e2e.cached(path) == ROWS


@pytest.mark.parametrize("kept", [
    {"features": ["an_old_feature"], "signals": list(e2e.SIGNALS), "rows": ROWS},
    {"features": list(e2e.FEATURES), "signals": ["an_old_signal"], "rows": ROWS},
    ROWS,  # the bare list an earlier version of the tool kept
])
def test_rows_kept_with_other_features_are_asked_again(tmp_path, kept):
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(kept), encoding="utf-8")
    assert e2e.cached(path) is None


def test_no_cache_is_no_rows(tmp_path):
    assert e2e.cached(tmp_path / "missing.json") is None
