"""tools/chinese_why.py: which of a Chinese question's words the bridge carried to the English evidence."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from chinese_why import english_text, reached  # noqa: E402


def test_a_miss_tells_the_words_the_evidence_says_from_those_it_does_not():
    assert english_text("In August the pantry served 412 households") and not english_text("全年服务412户家庭")
    groups = [{"食物": 1.0, "food": 0.8}, {"银行": 1.0}, {"八月": 1.0, "august": 0.8}, {"pantry": 1.0}]
    read, unread = reached(groups, "In August the pantry handed out food to 412 households")
    assert read == ["食物>food", "八月>august"] and unread == ["银行"]  # the Latin word typed is no Chinese word
