"""Chinese questions reaching English text through what CC-CEDICT writes beside a gloss and what jieba cuts apart:
a gloss's abbreviation (CPR), a compound cut in two (心肺 / 复苏), and a place read by meaning held to the English
name a document writes (南港 -> Southport). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.cedict import _gloss_keys, abbreviation
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

COURSE = """Lifesaver Course Handbook

1. Adult CPR

Kneel beside the casualty and compress the chest 5 cm deep, at 100 to 120 a minute.

2. Adult burns

Kneel beside the casualty and cool the burn under running water for 20 minutes.

3. Branches

The Southport branch raised 40,000 dollars for the flood appeal in May.
"""
CLUB = """星海市登山协会2024年工作简报

一、活动开展

全年组织登山活动36次，参加人数4100人次，活动在市中心广场举行。
"""


def test_an_abbreviation_written_after_a_gloss_is_a_gloss_of_its_own():
    assert abbreviation("cardiopulmonary resuscitation (CPR)") == "cpr"
    assert ("cpr",) in _gloss_keys("cardiopulmonary resuscitation (CPR)")
    # a label in capitals is no abbreviation of the words before it, and one spelt as a common word is not kept
    assert abbreviation("AAA battery (PRC)") is None and abbreviation("san'ao decoction (TCM)") is None
    assert ("who",) not in _gloss_keys("World Health Organization (WHO)")
    # a cross-reference to another headword is no gloss ("blood donor/also called 供血者" reached "also")
    assert _gloss_keys("also called 供血者") == []


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(COURSE, "course.md"), parse_text(CLUB, "club.txt")]
    emb = HashEmbedder()
    return Searcher(PassageIndex.build(docs, emb, tmp_path_factory.mktemp("joins") / "ix"), emb)


def test_a_compound_jieba_cuts_in_two_reaches_the_abbreviation_the_english_text_writes(searcher):
    groups = searcher.analyse("给成人做心肺复苏要压几厘米").groups
    assert sum("cpr" in g for g in groups) == 2  # 心肺 and 复苏, each of the one compound
    # the fake embedder's cosines are noise: the keyword side is what the compound moves (both passages say adult)
    best = max(searcher.search("给成人做心肺复苏要压几厘米", k=10).hits, key=lambda h: h.keyword)
    assert "CPR" in best.paragraph.text


def test_a_place_read_by_meaning_agrees_with_the_english_name_and_one_no_document_writes_does_not(searcher):
    hits = searcher.search("南港分会为洪灾筹了多少钱", k=10).hits
    southport = [h for h in hits if "Southport" in h.paragraph.text]
    assert southport and southport[0].constraints_ok
    # 东港 reads as Eastport, which no document writes: nothing agrees, as for any place no document covers
    assert not any(h.constraints_ok for h in searcher.search("东港分会为洪灾筹了多少钱", k=10).hits)
