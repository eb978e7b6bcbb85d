"""Spans and checks of round 47: an honour asked answered without its verb of conferring, a bonus or a meeting asked
no honour, a counted verb said whole, "so far" no length, a headcount a count of people, a count in one classifier
not answered by another thing's figure, the edition cues' words read once. Made-up sentences in the documents'
style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

_HONOURS = "城南区红十字会被评为全市红十字系统先进单位，城北区救护队队长吴志刚获评“全市最美救护员”。"


def test_an_honour_asked_drops_the_verb_of_conferring():
    # 授予过什么称号 over …被评为全市…: the honour, not the slot with 评为 at its head
    assert extract(analyse("城南区红十字会被授予过什么称号"), _HONOURS).text == "全市红十字系统先进单位"


def test_a_bonus_or_a_meeting_asked_is_no_honour():
    from reportbot.index.answering.honours import asks_honour

    assert asks_honour("城南区红会被授予过什么称号")
    assert asks_honour("志愿者获得过哪些荣誉")
    assert not asks_honour("救护员每月发什么奖金")
    assert not asks_honour("哪个表彰大会在五月召开")


def test_a_counted_verb_is_said_whole_not_its_first_character():
    # 巡逻艇出航 counted over …燃油支出12次: 支出 says 出, not the verb the question counts by
    from reportbot.index.answering.count_readings import object_of_counted_verb

    said = "汛期巡逻艇共出航46次"
    assert object_of_counted_verb("巡逻艇出航了几次", said, "共出航46次", said.index("46"))
    other = "汛期巡逻艇燃油支出12次"
    assert not object_of_counted_verb("巡逻艇出航了几次", other, "燃油支出12次", other.index("12"))


def test_so_far_asks_no_length():
    from reportbot.index.answering.unit_dimensions import asked_dimension

    assert asked_dimension(analyse("how many volunteers has the branch trained so far")) is None
    assert asked_dimension(analyse("how far is the first aid post from the gate")) == "length"


def test_a_headcount_is_not_answered_with_money():
    from reportbot.index.answering.measure_class import measure_answers
    from reportbot.index.answering.spans import Span

    sentence = "Staff costs in 2023 were $4.2 million across the Riverside branch."
    at = sentence.index("$4.2")
    span = Span("$4.2 million", at, at + 12, "figure")
    assert not measure_answers(analyse("what headcount did the riverside branch report for 2023"), sentence, span)


def test_a_count_in_one_classifier_is_not_answered_by_another_things_figure():
    # 几张折叠床 over 640个物资包: 个 counts packs, not the beds 张 asks
    from reportbot.index.answering.measure_class import measure_answers
    from reportbot.index.answering.spans import Span

    sentence = "向安置点发放640个物资包，棉被1,200床。"
    at = sentence.index("640")
    assert not measure_answers(analyse("安置点发了几张折叠床"), sentence, Span("640个", at, at + 4, "figure"))
    beds = "向安置点调拨5辆救护车。"
    at = beds.index("5")
    assert measure_answers(analyse("向安置点调拨了几台救护车"), beds, Span("5辆", at, at + 2, "figure"))
    # the noun before the figure (农家乐120家 for 几间农家乐); a noun the question word opens (家 of 家用药箱)
    farms = "试点覆盖农家乐120家。"
    at = farms.index("120")
    assert measure_answers(analyse("试点要覆盖几间农家乐"), farms, Span("120家", at, at + 4, "figure"))
    packs = "为受灾群众发放家用药箱800个。"
    at = packs.index("800")
    assert measure_answers(analyse("受灾群众领到多少家用药箱"), packs, Span("800个", at, at + 4, "figure"))


def test_the_edition_cues_read_a_questions_words_once():
    # the latest cue and the revision cue of one question: one dictionary look-up per word, not one per cue
    from reportbot.index.retrieval import cedict
    from reportbot.index.retrieval.editions import asks_latest
    from reportbot.index.retrieval.revision import asks_revised

    asked: list[str] = []
    inner = cedict.entries_of

    def counting(word):
        asked.append(word)
        return inner(word)

    cedict.entries_of = counting
    try:
        question = "南湖镇救护站目前调整后的开放时间是几点"
        assert asks_latest(question) and asks_revised(question)
    finally:
        cedict.entries_of = inner
    assert len(asked) == len(set(asked)), asked
