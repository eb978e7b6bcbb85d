"""An English count over Chinese figures takes the figure whose measure word CC-CEDICT calls a classifier for the
noun counted (index/answering/counted_across.py): how many events over …场次, not the figure after a bridged word
of another sense. Made-up sentences in the documents' style."""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_across import classifier_asked
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.counted import counted_head
from reportbot.index.retrieval.query import analyse


def test_a_figure_in_a_classifier_for_the_counted_noun_answers_an_english_count():
    # events: 场 is CC-CEDICT's classifier for events; 项目 (a bridged word for event, as a sports event) opens 312个
    bridge = Bridge.build({"项目": 2.0, "志愿": 2.0, "服务": 1.0, "公益": 1.0},
                          to_english={"项目": [("event", 1.0)]})
    sentence = "全年为企业开展救护培训2100余场次，实施公益项目312个，开展志愿服务1.8万场次。"
    assert extract(analyse("how many volunteer service events were run", bridge), sentence).text == "1.8万场次"


def test_a_classifier_is_asked_only_for_the_noun_it_classifies():
    assert classifier_asked(analyse("how many events were held"), "场次")
    assert not classifier_asked(analyse("how many boats does the team have"), "艘")  # its gloss says ships
    assert not classifier_asked(analyse("how many drones does the team have"), "起")
    assert not classifier_asked(analyse("how many people took part"), "名")  # a unit the question names: EN_UNITS'


def test_a_measure_word_in_brackets_after_its_figure_opens_no_figure():
    # 学时 closes （16学时）: it measures the figure before it, and the 三类 after the bracket counts no hours
    bridge = Bridge.build({"学时": 2.0, "救护": 1.5, "培训": 1.0}, to_english={"学时": [("hour", 1.0)]})
    sentence = "课程分为普及培训（4学时）、救护员培训（16学时）和复训（8学时）三类，面向18至60岁人群免费开展。"
    got = extract(analyse("how many class hours is the first aider course", bridge), sentence).text
    assert got.endswith("学时")


def test_an_english_count_of_events_reads_the_classifier_over_a_gloss_of_another_sense():
    # 场 classifies events; 项目 (event, as a sports event) opens 405个, and 实施 (run) and 公益 (public service)
    # stand before it: the words of the question crowd the wrong figure
    bridge = Bridge.build({"项目": 2.0, "志愿": 2.0, "服务": 1.0, "公益": 2.0, "实施": 2.0},
                          to_english={"项目": [("event", 1.0)], "公益": [("service", 1.0)], "实施": [("run", 1.0)]})
    sentence = "开展“千百万”行动，为企业开展应急救护培训3700余场次，实施公益项目405个，开展志愿服务2.5万场次。"
    idf = {"公益": 5.0, "实施": 5.0, "项目": 3.0, "志愿": 2.0, "服务": 1.0}  # rare words, as a library weighs them
    q = analyse("how many volunteer service events did the red cross run", bridge)
    assert extract(q, sentence, idf).text == "2.5万场次"



@pytest.mark.parametrize("question", ["linhai volunteer groups how many roughly",
                                      "volunteer groups how many are there"])
def test_a_count_asked_after_its_noun_counts_that_noun(question):
    # the noun stands before the question word, an adverb or "are there" after it: the figure counts groups
    bridge = Bridge.build({"团体": 2.0, "志愿": 2.0, "服务": 1.0, "克难": 1.0},
                          to_english={"团体": [("group", 1.0)], "克难": [("roughly", 1.0)]})
    q = analyse(question, bridge)
    assert counted_head(question) == "groups"
    assert [g for i in q.focus for g in q.groups[i]][0] in ("group", "团体")
    sentence = "建成基层组织超1.3万个，发展成人会员41.2万名，志愿服务团体（组织）近1100个，注册志愿者19.6万名，" \
               "克难攻坚。"
    assert extract(q, sentence).text == "近1100个"


def test_a_figure_in_the_classifier_for_the_counted_noun_is_the_kind_asked():
    # the refusal reads 2.5万场次 as a count of events, whatever unit the documents usually give the question's words
    span = Span("2.5万场次", 0, 7, "figure")
    assert typed_ok(analyse("how many volunteer service events did the red cross run"), span, usual="人") == 1.0
    assert typed_ok(analyse("how many volunteers did the red cross train"), span, usual="人") < 1.0


def test_the_nouns_a_classifier_heads_come_from_the_lexicon_not_the_whole_dictionary(monkeypatch):
    # how many cases over …3万余件: 件 heads 案件 (case); a serving process reads that from its lexicon's tables, so
    # no user's first English count waits while CC-CEDICT is parsed whole (about half a second)
    from reportbot.index.retrieval import cedict, lexicon

    assert "case" in cedict.headed_nouns_table()["件"]
    assert "headed" in lexicon._tables()
    served = {"件": ("case",)}
    cedict.headed_nouns.cache_clear()
    monkeypatch.setattr(lexicon, "table", lambda name: served if name == "headed" else None)
    monkeypatch.setattr(cedict, "_cedict_entries", lambda: pytest.fail("CC-CEDICT parsed whole on a question"))
    try:
        assert cedict.headed_nouns()["件"] == frozenset({"case"})
    finally:
        cedict.headed_nouns.cache_clear()
