"""Spans of round 46: an ordinal asked 第几 answered with its 第, a count asked after a change answered with the
figure it reached. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_an_ordinal_asked_with_di_keeps_its_di():
    # 第几期 over 2024年第12期（总第203期）: the issue as written, 第12期, not 12期
    sentence = "2024年第12期（总第203期）"
    assert extract(analyse("这份通讯编在第几期"), sentence).text == "第12期"


def test_a_count_asked_after_a_change_is_the_figure_it_reached():
    # 改造之后 over 由6个增至10个: the state after the change, not the one before it
    sentence = "改造后献血屋采血位由6个增至10个，日均可接待献血者约150人"
    assert extract(analyse("改造之后献血屋有几个采血位"), sentence).text.startswith("10")


def test_a_count_asked_before_a_change_stays_the_figure_it_left():
    sentence = "改造后献血屋采血位由6个增至10个，日均可接待献血者约150人"
    assert extract(analyse("改造之前献血屋有几个采血位"), sentence).text.startswith("6")


def test_a_count_asked_after_a_change_in_traditional_script():
    sentence = "改建後候診座位由20個增至36個，每日可服務約300名市民"
    assert extract(analyse("改建之後有幾多個候診座位"), sentence).text.startswith("36")


_BRANCHES = ("各红十字救援队团支部充分发挥青年突击队作用，年均开展志愿服务约300场，"
             "省红十字（东湖）水上救援队团支部获评“全省青年文明号”")


def test_a_which_question_answers_the_noun_it_asks_whole():
    # 哪个团支部 over …水上救援队团支部获评…: the branch, not a slot cut inside 团支部
    answer = extract(analyse("哪个团支部获评全省青年文明号"), _BRANCHES).text
    assert answer == "省红十字（东湖）水上救援队团支部"


def test_a_which_question_asking_what_of_a_team_answers_it_whole():
    # 哪个队的团支部 over …水上救援队团支部获评…: the team's branch the question asks
    answer = extract(analyse("哪个队的团支部获评全省青年文明号"), _BRANCHES).text
    assert answer == "省红十字（东湖）水上救援队团支部"


def test_a_classifier_jieba_joins_to_the_counted_noun_counts_with_the_figure():
    # 几支队 (jieba: 几 + 支队) over "…18支救援队中有5支橡皮艇…": the 5 counts teams (支 of 救援队 in the clause)
    from reportbot.index.answering.counts import counts_asked
    from reportbot.index.answering.spans import Span

    sentence = "救援装备老化，18支救援队中有5支橡皮艇使用年限超过10年。"
    at = sentence.index("5支橡皮艇")
    span = Span("5支橡皮艇", at, at + 5, "figure")
    assert counts_asked(analyse("橡皮艇用超过10年的有几支队"), sentence, span, "") == 1.0


def test_a_count_of_another_thing_still_counts_nothing_asked():
    from reportbot.index.answering.counts import counts_asked
    from reportbot.index.answering.spans import Span

    sentence = "全市新建应急救护站5个，配置担架40副。"
    at = sentence.index("40副")
    assert counts_asked(analyse("全市有几支队"), sentence, Span("40副", at, at + 3, "figure"), "") == 0.0


_HONOURS = "城东区红十字会被评为全市红十字系统先进单位，城西区救护队队长周海涛获评“全市最美救护员”。"


def test_an_honour_asked_is_what_the_verb_of_conferring_gives():
    # 什么称号 over 被评为…: the honour, not the clause around it (nor the other clause's honour)
    assert extract(analyse("城东区红会获得过什么荣誉"), _HONOURS).text == "全市红十字系统先进单位"


def test_an_honour_asked_of_the_other_clause_is_that_clauses():
    assert extract(analyse("周海涛获评了什么"), _HONOURS).text.strip("“”") == "全市最美救护员"


def test_an_english_agent_noun_counts_people_for_a_chinese_count_of_people():
    # 多少人: "responders" is glossed nowhere, but "to respond" is, so 58 responders are people; the branches are not
    sentence = "Q: How did the 2024 meeting go? A: 12 branches sent 58 responders to the 2024 meeting."
    assert extract(analyse("2024年会议到场多少人"), sentence).text == "58 responders"


def test_an_english_thing_named_by_an_agent_noun_counts_no_people():
    from reportbot.index.answering.counted_zh_en import names_people

    assert names_people("responder") and names_people("volunteer") and names_people("attendee")
    assert not names_people("container") and not names_people("computer") and not names_people("shelter")


def test_a_name_the_tagger_reads_as_a_surname_and_a_place_is_a_name_after_its_role():
    # 韩 + 立国 (tagged j + ns) before a verb: a surname and a given name, as 何 + 建平 (r + n) before 获评 is;
    # 队长的名字 is the leader's name, not the honour the clause gives
    sentence = "城北区红十字会被评为全市先进集体，城北救援队队长韩立国获评“全市最美救护员”。"
    assert extract(analyse("城北救援队的队长名字是什么"), sentence).text == "韩立国"


def _counts(question: str, sentence: str, answer: str) -> float:
    from reportbot.index.answering.counts import counts_asked
    from reportbot.index.answering.spans import Span

    at = sentence.index(answer)
    return counts_asked(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"), "")


_DONATIONS = "新增角膜捐献志愿者登记860人，实现捐献22例，其中东城区捐献6例。"


def test_a_figure_of_the_verb_a_count_asks_by_counts_the_verbs_object_the_sentence_names():
    # 角膜捐了几例 over …角膜捐献志愿者…，实现捐献22例: the figure counts donations of the cornea named before it
    assert _counts("城南2024年角膜捐了几例", _DONATIONS, "22例") == 1.0


def test_a_verbs_object_the_sentence_never_names_still_counts_nothing():
    assert _counts("城南2024年肾脏捐了几例", _DONATIONS, "22例") == 0.0


def test_a_percentage_answers_a_share_asked():
    sentence = "医疗耗材仍是公司第一大业务，2024年实现收入6,120万元，占营业收入的37.5%。"
    assert _counts("医疗耗材的收入比例是多少", sentence, "37.5%") == 1.0
