"""English names a Chinese question translates by meaning (南港 for Southport, 港城 for Harbour City: calques.py),
on made-up documents and questions."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.calques import capitalised_pairs, joined_names, phrase_names
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

DONORS = """Blood Donor Sites

1. Where to give

The Eastgate Mall donor station is on Level 3, next to the food court; it opens at 11:00 every day.

2. Mobile sessions

The blood bus visits Central Plaza on weekdays and parks by the north entrance from 10:00.

3. Appeals

The Harbour City branch raised 40,000 dollars for the Southport flood appeal in May.
"""
CLUB = """星海市登山协会2024年工作简报

一、活动开展

全年组织登山活动36次，参加人数4100人次，活动在市中心广场举行。
"""


def test_a_name_two_characters_spell_by_their_glosses_is_reached_from_them():
    joined = joined_names({"eastgate", "southport", "station", "weekdays"})
    assert ("eastgat", 1.0) in joined["东门"] and ("southport", 1.0) in joined["南港"]
    # a word the dictionary's glosses use is no name (week + days), nor is a pair CC-CEDICT has a sense for
    assert all(w != "weekday" for found in joined.values() for w, _ in found)
    assert "东西" not in joined_names({"eastwest"})  # 东西: "thing", its own sense
    pairs = capitalised_pairs([DONORS])
    assert "harbour city" in pairs and "eastgate mall" in pairs and "the eastgate" not in pairs
    assert {w for w, _ in phrase_names(pairs)["港城"]} == {"harbour", "citi"}


def test_a_chinese_question_finds_the_english_passage_naming_the_place_it_translates(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(DONORS, "donors.md"), parse_text(CLUB, "club.txt")]
    emb = HashEmbedder()
    searcher = Searcher(PassageIndex.build(docs, emb, tmp_path / "ix"), emb)
    assert any("eastgat" in g for g in searcher.analyse("东门商场献血点在几楼").groups)
    # the fake embedder's cosines are noise: the keyword side is what the names move
    for question, said in (("东门商场献血点在几楼", "Level 3"), ("南港洪灾筹了多少钱", "40,000")):
        hits = searcher.search(question, k=10).hits
        best = max(hits, key=lambda h: h.keyword)
        assert best.keyword > 0 and said in best.paragraph.text


def test_a_dictionary_place_calqued_as_a_two_word_name_is_held_to_it():
    # the place constraint of a place the dictionaries know reads the documents' capitalised pairs as the named
    # constraint does (calque_places.calqued_forms): 港城 may be written "Harbour City"
    from reportbot.index.retrieval.bridge import Bridge
    from reportbot.index.retrieval.context import question_constraints

    bridge = Bridge({}, {}, set(), to_english={"港城": [("harbour", 1.0), ("citi", 1.0)]},
                    written=frozenset({"harbour", "city", "branch"}), pairs=frozenset({"harbour city"}))
    found = question_constraints("港城分会筹了多少钱", ({"港城": 1.0},), frozenset({"港城"}), bridge=bridge)
    assert [c.kind for c in found] == ["place"] and "harbour city" in found[0].forms
