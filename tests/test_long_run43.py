"""A very long run of Chinese characters with no mark between them (an admin's junk file, a question pasted from one)
is read for names written by sound in time that grows with its length (index/retrieval/transliterated.py): the
dictionary's names were looked up in every piece of the run, longest first, its cube in work, minutes at the size
asked here. The names are still found in it, and a short question reads as before. Made-up names only."""
from __future__ import annotations

from reportbot.index.retrieval.transliterated import Transliterations


def test_a_run_of_eleven_thousand_characters_is_read_and_its_names_found():
    names = Transliterations(["kendal", "kirkwall"])
    run = "阿姆斯特丹肯德尔志愿者服务队" * 800  # 11,200 characters, no mark
    assert names.named(run) == ["kendal"]


def test_a_short_question_reads_as_before():
    names = Transliterations(["kendal", "kirkwall"])
    assert names.named("肯德尔分会会长是谁") == ["kendal"]
    assert names.named("柯克沃尔那次活动几点开始") == ["kirkwall"]
    assert names.named("阿姆斯特丹那次会议几点散的") == []
