"""A word the documents never write that holds a question word (几次, 几多日, 系边位) is no part of what is asked
about: it leaves the question's keyword groups, so it no longer counts against the share a passage covers (made-up
documents and questions)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import analyse, without_asking
from reportbot.testing.fakes import HashEmbedder

KNOWN = {"登山队", "每年", "出动", "队长", "王立新"}


def test_an_unwritten_word_that_asks_leaves_the_groups_and_the_focus_follows():
    q = analyse("登山队每年出动几次")
    assert any("几次" in g for g in q.groups)
    out = without_asking(q, KNOWN)
    assert not any("几次" in g for g in out.groups)
    assert [next(iter(g)) for g in out.groups] == ["登山队", "每年", "出动"]
    assert all(0 <= i < len(out.groups) for i in out.focus)
    # a word the documents write stays, question word or not (几何 would be theirs); English questions are as they were
    assert without_asking(q, KNOWN | {"几次"}).groups == q.groups
    en = analyse("how many times a year")
    assert without_asking(en, KNOWN) == en


CLUB = """星海市登山协会2024年工作简报

一、队伍建设

协会现有会员820名，登山救援队年均出动36次，队长由王立新担任。

二、活动开展

全年组织登山活动52场，参加人数4100人次。
"""


def test_the_passage_is_found_with_the_asking_word_gone(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    doc = parse_text(CLUB, "club.txt")
    emb = HashEmbedder()
    searcher = Searcher(PassageIndex.build([doc], emb, tmp_path / "ix"), emb)
    assert any("几次" in g for g in analyse("救援队一年出动几次").groups)
    r = searcher.search("救援队一年出动几次", k=2)
    assert not any("几" in t for g in r.query.groups for t in g)
    assert "36次" in r.top.paragraph.text
