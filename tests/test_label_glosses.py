"""A Chinese question over an English table row whose label the bridge gives no word for (收费: "to charge a fee", a
phrase no English document writes whole) finds the label by the word's CC-CEDICT senses
(index/answering/label_glosses.py): 收费吗 over "…; Fee: Free" answers Free, not the row's first clause. Made-up
rows in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.label_glosses import label_terms
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

ROW = ("River Safety Evening — Date: Thursday 3 April 2025; Time: 7:00 pm - 9:00 pm; Venue: Millbank Hall; "
       "Fee: Free; Seats: 40")
BRIDGE = Bridge.build({"河流": 2.0, "安全": 2.0}, to_english={"河流": [("river", 1.0)], "安全": [("safeti", 1.0)]})


def test_a_label_a_question_word_s_sense_names_is_the_cell_asked():
    assert extract(analyse("河流安全讲座收费吗", BRIDGE), ROW).text == "Free"
    assert extract(analyse("河流安全讲座在什么地点", BRIDGE), ROW).text == "Millbank Hall"


def test_only_labels_the_bridge_left_unnamed_are_read_by_senses():
    q = analyse("河流安全讲座收费吗", BRIDGE)
    found = [ROW[a:b] for a, b, _ in label_terms(q, ROW, [(0, 5, 1.0), (6, 12, 1.0)])]
    assert found == ["Fee"]  # river and safety stand in the header already; 讲座 (lecture) names no label
    assert label_terms(analyse("river safety evening fee", BRIDGE), ROW, []) == []  # English asks in English
