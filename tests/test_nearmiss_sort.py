"""tools/nearmiss_sort.py: a near miss answered sorted by what the question names or asks that the answer and its
document do not give; made-up rows and documents, no index."""
from __future__ import annotations

from tests.tools_module import load_tool

DOCUMENT = """青山区红十字会2025年工作总结

救援队实行队长负责制，现任队长周立新，政委王秀英。2025年，救援队队员增至260名，全年出动48次。

2025年新建应急驿站12个，其中沿海驿站5个。

决赛定于2025年6月12日在青山区红十字培训中心举行。"""


def test_each_kind_of_near_miss():
    sort = load_tool("nearmiss_sort")
    assert sort.near_kind("青山区竞赛决赛几点结束", "2025年6月12日", DOCUMENT) == "hour"
    assert sort.near_kind("青山区红十字会会长是谁", "党组书记", DOCUMENT) == "role"
    assert sort.near_kind("青山区救援队副队长是谁", "王秀英", DOCUMENT) == "person"
    assert sort.near_kind("白沙区救援队队员有多少名", "260名", DOCUMENT) == "name"
    assert sort.near_kind("青山区救援队2023年队员有多少名", "260名", DOCUMENT) == "year"
    assert sort.near_kind("青山区救援队有多少艘冲锋舟", "260名", DOCUMENT) == "thing"
    assert sort.near_kind("2025年新建应急驿站花了多少钱", "12个", DOCUMENT) == "measure"  # money asked, stations given
    assert sort.near_kind("青山区救援队夜间出动多少次", "48次", DOCUMENT) == "qualifier"  # nothing says at night
    assert sort.near_kind("青山区沿海驿站有多少个", "12个", DOCUMENT) == "qualifier"  # its clause names no 沿海


def test_only_near_misses_of_tune_halves_are_read():
    sort = load_tool("nearmiss_sort")
    rows = [{"set": "library_tune5.jsonl", "answerable": False, "refused": False},
            {"set": "library_tune5.jsonl", "answerable": False, "refused": True},
            {"set": "library_tune5.jsonl", "answerable": True, "refused": False},
            {"set": "library_check5.jsonl", "answerable": False, "refused": False}]
    assert sort.near_misses(rows) == rows[:1]
