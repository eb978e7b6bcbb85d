"""An English word typed short for speed (ppl, orgs, avg, yrs) reaches the Chinese word of the gloss it shortens."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.cedict import english_vocabulary
from reportbot.index.retrieval.morphology import shortened


def test_a_shortening_is_read_as_the_word_it_begins_or_whose_consonants_it_keeps():
    keys = ["peopl", "year", "averag", "organiz", "gradu", "comfort", "yarn", "avoid"]
    english = english_vocabulary()
    assert shortened("orgs", keys, english) == ["organiz"]       # its first letters, a plural s kept on
    assert shortened("grad", keys, english) == ["gradu"]
    assert shortened("ppl", keys, english) == ["peopl"]          # first letter and consonants: p-p-l
    assert shortened("yrs", keys, english) == ["year"]           # y-r, with its plural s
    assert shortened("avg", keys, english) == ["averag"]         # a-v-g in order in a-v-r-g
    # initials, an English word and a word whose vowels no key keeps are no shortenings
    assert shortened("rc", keys, english) == []
    assert shortened("bus", keys, english) == []
    assert shortened("cfo", keys, english) == []


def test_an_english_question_typed_short_finds_the_chinese_words():
    # made-up corpus words: 年均 "annual average", 组织 "to organize; organization", 群众 "the masses"
    bridge = Bridge.build({"年均": 3.0, "组织": 2.0, "基层": 2.5, "群众": 2.0})
    groups, matched, unmatched = bridge.translate("how many grassroots orgs go out on avg")
    assert any("组织" in g for g in groups) and any("年均" in g for g in groups)
    assert "orgs" in matched and "avg" in matched and "avg" not in unmatched
    # weaker than the word written whole
    (short,) = [g for g in groups if "组织" in g]
    (whole,) = [g for g in bridge.translate("how many grassroots organizations")[0] if "组织" in g]
    assert short["组织"] < whole["组织"]


def test_a_word_no_gloss_begins_stays_unmatched():
    bridge = Bridge.build({"年均": 3.0, "组织": 2.0})
    _, _, unmatched = bridge.translate("who is the cfo of the rc")
    assert "cfo" in unmatched and "rc" in unmatched


def test_initials_typed_in_capitals_and_a_skeleton_ending_otherwise_are_no_shortenings():
    english = english_vocabulary()
    assert shortened("agm", ["augment", "agenc"], english) == []   # a-g-m-n-t does not end as agm ends
    bridge = Bridge.build({"增加": 3.0, "年均": 2.0})                # 增加 "to augment": an agm would reach it
    assert bridge.translate("when is the AGM")[2] == ["agm"]
    assert "avgs" in bridge.translate("AVGs per year")[2]          # capitals: initials, whatever they spell
    assert "avg" not in bridge.translate("the avg per year")[2]
