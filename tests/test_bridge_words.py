"""The English question's words as the bridge reads them: ordinals, contractions, a phrase's derived last word."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.tokenize import english_words


def test_an_ordinal_suffix_and_a_contraction_without_apostrophe_are_no_content_words():
    assert english_words("whats the 3rd meeting's 21st item") == ["what", "the", "meeting", "item"]
    assert english_words("thats where hes from") == ["that", "where", "he", "from"]
    assert english_words("its hers") == ["it", "hers"]  # only a question word or pronoun + s is read so


def test_a_phrase_whose_last_word_derives_from_a_gloss_phrase_finds_its_word():
    bridge = Bridge.build({"急救": 3.0, "培训": 2.0})
    groups, matched, unmatched = bridge.translate("which first aiders were trained in the 2nd year")
    assert any("急救" in g for g in groups) and "aiders" in matched
    assert unmatched == ["year"]  # "2nd" left no "nd" behind
    # alone, "aiders" is too short a stem to be read as a relative of "aid": only the phrase says so
    groups, _, unmatched = bridge.translate("aiders")
    assert not any("急救" in g for g in groups)


def test_a_participle_right_after_a_plural_ends_the_counted_noun():
    from reportbot.index.retrieval.query import analyse

    bridge = Bridge.build({"救生员": 3.0, "培训": 2.0})
    q = analyse("how many lifeguards trained last summer", bridge)  # no "were": lifeguards are counted
    assert [list(q.groups[i]) for i in q.focus] == [["救生员"]]


def test_a_verb_object_gloss_is_found_in_noun_order():
    # CC-CEDICT: 救灾 "to relieve disaster"; English names the act "disaster relief" (relief: a relative of relieve)
    bridge = Bridge.build({"救灾": 3.0, "街道": 2.0})
    groups, matched, unmatched = bridge.translate("which street office sent disaster relief volunteers")
    assert "relief" in matched and "relief" not in unmatched
    assert any("救灾" in g for g in groups)
    # a phrasal verb has no object to turn round: "to set up" is no "up set"
    from reportbot.index.retrieval.cedict import _gloss_keys
    assert ("up", "set") not in _gloss_keys("to set up") and ("blood", "donat") in _gloss_keys("to donate blood")


def test_the_head_of_a_made_up_gloss_alone_reaches_its_word_weaker():
    # 献血站 is no CC-CEDICT entry: glossed by its parts, "donate blood station"; "stations" alone finds it
    bridge = Bridge.build({"献血站": 3.0, "街道": 2.0})
    groups, _, unmatched = bridge.translate("how many stations are there")
    assert "stations" not in unmatched
    (group,) = [g for g in groups if "献血站" in g]
    assert 0 < group["献血站"] < 0.45  # weaker than a partial match of a dictionary gloss


def test_an_abbreviation_entry_is_glossed_by_what_it_stands_for():
    from reportbot.index.retrieval.cedict import _gloss_keys

    # "abbr. for 世界博览会, World Expo": the English after the expanded headword is the gloss
    assert ("world", "expo") in _gloss_keys("abbr. for 世界博覽會|世界博览会[Shi4 jie4 Bo2 lan3 hui4], World Expo")
    assert _gloss_keys("abbr. for 七言律詩|七言律诗") == []


def test_british_spelling_meets_the_dictionary_s_american_both_ways():
    from reportbot.index.retrieval.bridge_en import english_glosses
    from reportbot.index.retrieval.spelling import american
    from reportbot.index.retrieval.tokenize import stem

    assert [american(w) for w in ("centre", "harbour", "programme", "haemorrhage", "immobilised", "hour")] == [
        "center", "harbor", "program", "hemorrhage", "immobilized", "hour"]
    # a Chinese question reaches English text written the British way (CC-CEDICT: 中心 center, 港口 harbor)
    text = ("The harbour branch runs a blood centre and a first aid programme for the whole city; volunteers "
            "learn to control haemorrhage, immobilise a fracture and call the ambulance at once.")
    from reportbot.index.retrieval.tokenize import tokenize

    tokenize("中心")  # jieba's dictionary loaded: a headword it never cuts is never looked up
    written = set(english_words(text))
    glosses = english_glosses(written, {stem(w) for w in written})
    assert stem("centre") in dict(glosses["中心"]) and stem("harbour") in dict(glosses["港口"])
    # and an English question written so reaches the Chinese word
    bridge = Bridge.build({"中心": 3.0, "项目": 2.0})
    assert any("中心" in g for g in bridge.translate("which centre runs it")[0])


def test_words_sharing_a_gloss_come_in_the_corpus_s_order_of_use():
    # 捐赠 and 捐献 both gloss "to donate": equal weights; the documents' more frequent word (lower idf) first
    bridge = Bridge.build({"捐献": 3.0, "捐赠": 1.2})
    assert [w for w, _ in bridge.phrases["donat"]][:2] == ["捐赠", "捐献"]
    assert Bridge.build({"捐献": 1.2, "捐赠": 3.0}).phrases["donat"][0][0] == "捐献"


def test_a_hyphenated_compound_is_one_word_of_a_gloss():
    # CC-CEDICT: 急救箱 "first-aid kit", two words as a reader counts them, so it reaches the manual's "kit"
    from reportbot.index.retrieval.bridge_en import english_glosses
    from reportbot.index.retrieval.tokenize import stem, tokenize

    text = ("Keep a first aid kit in the car and at home. Check the kit every 6 months and replace expired items; "
            "a kit holds gloves, gauze pads, bandages, scissors and a face shield for rescue breaths.")
    tokenize("急救箱")
    written = set(english_words(text))
    assert stem("kit") in dict(english_glosses(written, {stem(w) for w in written})["急救箱"])


def test_an_english_count_question_also_looks_for_the_measure_word_it_counts_in():
    from reportbot.index.retrieval.counted import with_unit
    from reportbot.index.retrieval.query import analyse
    from reportbot.index.retrieval.tuning import DEFAULT

    bridge = Bridge.build({"救援队": 2.0, "出动": 3.0, "次": 1.0, "场次": 2.5, "志愿": 1.5})
    times = analyse("how many times a month did the rescue teams head out", bridge)
    assert {"次": DEFAULT.unit_weight} in with_unit(times, {"次", "场次"}.__contains__).groups
    sessions = analyse("How many volunteer training sessions did the club run?", bridge)
    assert {"场次": DEFAULT.unit_weight} in with_unit(sessions, {"次", "场次"}.__contains__).groups
    # a measure word the documents never write adds nothing; nor does a question that counts nothing
    assert with_unit(sessions, {"次"}.__contains__).groups == sessions.groups
    who = analyse("who leads the rescue teams", bridge)
    assert with_unit(who, {"次", "场次"}.__contains__).groups == who.groups


def test_the_kind_of_place_in_a_place_name_reaches_no_place_alone():
    bridge = Bridge.build({"亚东": 2.0, "县": 1.0, "仙居": 3.0})  # CC-CEDICT: 亚东 "Yadong county in Tibet"
    groups, _, _ = bridge.translate("which county offices opened")
    assert groups and "县" in groups[0] and "亚东" not in groups[0]
    groups, _, _ = bridge.translate("volunteers from Xianju")
    assert any("仙居" in g for g in groups)  # the name still reaches its place


def test_a_count_of_years_finds_the_figure_written_with_its_unit():
    from reportbot.index.retrieval.counted import counted_words, with_unit
    from reportbot.index.retrieval.query import analyse
    from reportbot.index.retrieval.tuning import DEFAULT

    assert counted_words("年", {"五年", "两年", "青年", "2023", "每年"}) == ["两年", "五年"]
    q = analyse("Over how many years did the plan run?", Bridge.build({"五年": 2.0, "计划": 1.0}))
    widened = with_unit(q, lambda t: False, DEFAULT, {"五年", "青年"})
    assert {"五年": DEFAULT.unit_weight} in widened.groups


def test_a_chinese_title_reaches_the_verb_the_english_text_writes():
    from reportbot.index.retrieval.bridge_en import english_glosses
    from reportbot.index.retrieval.tokenize import stem, tokenize

    tokenize("主席")  # loads jieba's dictionary, whose words alone are looked up
    text = ("The council formed a Grants Panel, chaired by Ola Berg, with two members and a clerk. Notes were "
            "kept; the session opened at seven, heard the treasurer, adopted the yearly accounts and closed after "
            "a vote on the new parking rules.")
    written = set(english_words(text))
    glossed = english_glosses(written, {stem(w) for w in written})
    assert stem("chair") in dict(glossed["主席"])  # CC-CEDICT: chairman, chairperson


def test_a_phrase_written_by_its_modifier_alone_still_counts_weaker():
    bridge = Bridge.build({"县级": 2.0, "县": 1.0, "办公室": 3.0})  # CC-CEDICT: 县级 "county level", 县 "county"
    groups, _, _ = bridge.translate("which county level offices opened")
    county = next(g for g in groups if "县级" in g)
    assert 0 < county["县"] < county["县级"]  # a text writing 县（市、区） is found, the whole word still first


def test_a_verb_right_after_who_reaches_the_word_for_its_doer():
    # CC-CEDICT: 队长 "captain; team leader" -- "who leads the team" asks for the leader
    bridge = Bridge.build({"队长": 3.0, "带领": 2.0, "游泳": 2.0})
    groups, _, _ = bridge.translate("who leads the swimming team")
    assert "队长" in groups[0] and groups[0]["队长"] <= max(w for k, w in groups[0].items() if k != "队长")
    groups, _, _ = bridge.translate("which swimming club leads")  # not asked after "who": the verb alone
    assert not any("队长" in g for g in groups)
