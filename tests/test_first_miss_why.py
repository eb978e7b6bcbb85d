"""tools/first_miss_why.py: a first-passage miss sorted by where it lost, which side lost it and the languages."""
from __future__ import annotations

from tests.tools_module import load_tool


def test_a_miss_is_put_down_to_the_side_that_preferred_the_first_passage():
    side = load_tool("first_miss_why").side
    first = {"keyword": 0.4, "dense": 0.86}
    # the keyword side ranked the right passage at least as high, the dense side did not: the dense side lost it
    assert side({"keyword": 0.6, "dense": 0.85}, first) == "keyword only"
    assert side({"keyword": 0.3, "dense": 0.87}, first) == "dense only"
    assert side({"keyword": 0.3, "dense": 0.80}, first) == "neither"
    assert side({"keyword": 0.5, "dense": 0.90}, first) == "both"
    assert side(None, first) == "not a candidate"


def test_the_languages_and_the_data_folder_are_read_as_the_run_asked():
    tool = load_tool("first_miss_why")
    assert tool.language({"lang": "en"}, "全市红十字救援队全年出动186次") == "en on zh"
    assert tool.language({"lang": "zh-hant"}, "Check the kit every 6 months.") == "zh on en"
    assert tool.language({"lang": "zh"}, "全市红十字救援队全年出动186次") == "same"
    assert tool.folder_tag("library_tune3.jsonl") == "lib"
    assert tool.folder_tag("library_tune21.jsonl") == "lib21"
    assert tool.folder_tag("seed_tune9.jsonl") == "seed"
    assert tool.folder_tag("seed_tune5 in the library") == "lib9"
    assert tool.set_file("seed_tune5 in the library") == "seed_tune5.jsonl"


def test_evidence_written_as_a_table_row_or_in_bold_is_found_in_the_passage_as_read():
    # a passage reads a row with its header (新建救护站 — 单位：个；2026年：42) and drops Markdown's bold: evidence
    # copied from the file as written (a pipe-table row, **bold**) is still that passage's
    holds = load_tool("first_miss_why").holds
    row = "新建救护站 — 单位：个；2026年1—6月：42\n| 新建救护站 | 个 | 42 |"
    assert holds("新建救护站 | 个 | 42", row.split("\n")[0])
    assert holds("| Night patrols | 2025-26 | 318 |", "Night patrols — 2025-26: 318")
    assert holds("间隔不少于 **90天**", "两次献血小板间隔不少于90天。")
    assert not holds("新建救护站 | 个 | 43", row.split("\n")[0])
