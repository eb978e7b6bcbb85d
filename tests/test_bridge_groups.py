"""How the English bridge reads a question's words into keyword groups: a British spelling as strongly as the
American one CC-CEDICT glosses with, and a corpus word two question words both reach counted once. Made-up text."""
from __future__ import annotations

import pytest
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.bridge import Bridge

# made-up corpus words: 组织 "to organize; organization", 组建 "to organize; to set up", 建立 "to set up"
VOCABULARY = {"组织": 2.0, "组建": 2.5, "建立": 2.0, "基层": 2.5, "志愿者": 2.0}


def _weight(bridge: Bridge, question: str, word: str) -> float:
    return max(g.get(word, 0.0) for g in bridge.translate(question)[0])


def test_a_british_spelling_reads_as_strongly_as_the_american_one():
    bridge = Bridge.build(VOCABULARY)
    for british, american in (("how were the volunteers organised", "how were the volunteers organized"),
                              ("how many grassroots organisations", "how many grassroots organizations")):
        assert _weight(bridge, american, "组织") > 0.5
        assert _weight(bridge, british, "组织") == pytest.approx(_weight(bridge, american, "组织"))


def test_a_corpus_word_two_question_words_reach_counts_in_one_group_only():
    groups = Bridge.build(VOCABULARY).translate("how many grassroots organizations were set up")[0]
    holding = [g for g in groups if "组建" in g]
    assert len(holding) == 1 and "建立" in holding[0]  # kept where it weighs most: beside "set up"'s 建立
    assert any("组织" in g and "组建" not in g for g in groups)  # "organizations" still reads 组织
    # a word that is a group's only reading stays in it, whatever another group holds
    alone = Bridge.build({"组建": 2.5}).translate("organizations set up")[0]
    assert len(alone) == 2 and all("组建" in g for g in alone)


BRIEF = """临江市红十字会2025年工作简报

一、宣讲工作
组建青年宣讲团，深入基层宣讲红十字知识40场。

二、组织建设
建立基层组织1200个，覆盖全市乡镇和社区，发展会员3.1万名。
""".encode()


def test_an_english_question_finds_the_paragraph_that_writes_each_of_its_words(tmp_path, hash_embedder):
    # the first paragraph writes 组建 ("organize; set up") once, for two of the question's words; the second writes
    # 基层, 组织 and 建立, one for each: the paragraph with the figure asked. The hash embedder stands in for the
    # model, so the keyword side decides.
    root, seeds = tmp_path / "data", tmp_path / "seeds"
    seeds.mkdir()
    library = Library(root, seeds)
    library.add(BRIEF, "linjiang_brief.txt", "admin")
    library.build(hash_embedder)
    service = QAService(root, seeds, embedder=hash_embedder)
    hits = service.ask("how many grassroots organisations were set up").hits
    assert "1200" in hits[0].paragraph.text
