"""An English count over Chinese figures takes the figure whose measure word CC-CEDICT calls a classifier for the
noun counted (index/answering/counted_across.py): how many events over …场次, not the figure after a bridged word
of another sense. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_across import classifier_asked
from reportbot.index.retrieval.bridge import Bridge
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
