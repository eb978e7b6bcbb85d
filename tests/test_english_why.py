"""tools/english_why.py: an English miss's words sorted by how the bridge read them against the evidence's passage,
and the side of the search that lost; made-up readings and scores, no index."""
from __future__ import annotations

from tests.tools_module import load_tool


def test_a_word_read_in_a_sense_the_passage_does_not_write_is_misread():
    why = load_tool("english_why")
    passage = "全市共有社区服务站120个，全部建立了党组织。"
    groups = [{"社区": 1.0}, {"支部": 0.7, "支": 0.25}, {"建立": 0.7}]
    got = why.words_against(groups, [["community"], ["branches"], ["set", "up"]], ["outposts"], passage)
    assert got == {"unread": ["outposts"], "misread": ["branches"], "read": ["community", "set up"]}


def test_the_losing_side_is_told_from_the_scores():
    why = load_tool("english_why")
    first = {"gold": False, "keyword": 0.6, "dense": 0.85}
    assert why.losing_side([first, {"gold": True, "keyword": 0.7, "dense": 0.80}]) == "fusion"
    assert why.losing_side([first, {"gold": True, "keyword": 0.5, "dense": 0.86}]) == "dense"
    assert why.losing_side([first, {"gold": True, "keyword": 0.5, "dense": 0.80}]) == "both"
    assert why.losing_side([first]) == "unranked"


def test_misses_are_counted_by_their_worst_word():
    why = load_tool("english_why")
    rows = [{"unread": ["outposts"], "misread": ["branches"], "side": "both"},
            {"unread": [], "misread": ["level"], "side": "fusion"},
            {"unread": [], "misread": [], "side": "fusion"}]
    assert why.kinds(rows) == {"a word unread": 1, "a word misread": 1, "every word read": 1,
                               "side: both": 1, "side: fusion": 2}


def test_traditional_evidence_is_found_in_the_simplified_index_text():
    why = load_tool("english_why")
    assert why.holds("臺中市公車5路", "搭乘台中市公车5路至校门口")
    assert not why.holds("臺中市公車7路", "搭乘台中市公车5路至校门口")
