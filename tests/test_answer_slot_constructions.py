"""Short answers read off the construction around the question word (eighteenth round): a figure in a run of figures
one verb gives is told by its unit, not by coming first; a slot of two joined phrases keeps the one the question's
head noun heads; a cleft's agent is read in the clause of the verb that says the question; a place keeps the nouns
it modifies; a body of people answers who. Made-up sentences in the documents' style, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.shape import names_someone
from reportbot.index.retrieval.query import analyse

RUN = "各服务队积极响应，年均出动约800次、2万余人，受益群众30万人次。"


def test_a_figure_in_a_run_of_figures_is_told_by_its_unit():
    assert extract(analyse("服务队每年出动多少人"), RUN).text == "2万余人"
    assert extract(analyse("服务队每年出动多少次"), RUN).text == "约800次"


def test_two_joined_phrases_in_a_slot_give_the_one_the_head_noun_heads():
    sentence = "三年来，区红十字会争当应急救护的“排头兵”和孤寡老人的“贴心人”。"
    assert extract(analyse("要争当谁的贴心人"), sentence).text == "孤寡老人"
    whole = "实施“暖心家园”建设工程，以提高社区救护站覆盖率和培育志愿者骨干队伍为重点，形成品牌。"
    assert "提高社区救护站覆盖率和培育志愿者骨干队伍" in extract(analyse("建设工程以啥为重点"), whole).text


def test_a_cleft_agent_is_read_in_the_clause_that_says_the_question():
    sentence = "开展“平安校园”行动，为社区开展防溺水宣讲120余场，发放手册5000份。"
    assert extract(analyse("120余场防溺水宣讲是给谁开展的"), sentence).text == "社区"


def test_a_where_answer_keeps_the_nouns_its_place_modifies():
    sentence = "8个便民事项在宁波政务服务网上线，办件量2万余件。"
    assert extract(analyse("便民事项在哪上线的"), sentence).text == "宁波政务服务网"
    assert extract(analyse("救援队去哪救灾"), "按总会要求，救援队驰援安徽救灾。").text != "安徽政务服务网"


def test_a_body_of_people_answers_who():
    assert names_someone("困难群众") and names_someone("企业") and names_someone("居民")
    assert not names_someone("设备") and not names_someone("资金") and not names_someone("癌症")


def test_a_count_asked_in_place_of_a_quoted_names_numeral_gives_the_name():
    sentence = "坚持“第一议题”制度，采取领学、自学等形式深化学习，不断增强干部“四力”，开展宣讲活动25场。"
    assert extract(analyse("要不断增强干部几力"), sentence).text == "“四力”"
    assert extract(analyse("开展宣讲活动多少场"), sentence).text.startswith("25场")
    named = "全省有“五个100”先进典型8个。"
    assert extract(analyse("五个100先进典型有几个"), named).text.startswith("8个")  # the name is what it counts


def test_a_role_asked_of_a_name_at_some_time_is_the_role_before_the_name():
    sentence = "开展全域试点，作为“数字社区”子场景得到市委书记王建国的肯定。"
    assert extract(analyse("王建国当时是啥职务"), sentence).text == "市委书记"


def test_a_quoted_name_an_english_question_begins_is_its_answer_alone_in_its_clause():
    sentence = "市红十字会将深入学习新思想，大力推进“蓝海护航示范工程”，为全市红十字事业发展提供坚强保障。"
    assert extract(analyse("which programme will they push, 蓝海护航 something"), sentence).text == "“蓝海护航示范工程”"


def test_a_count_naming_its_measure_after_the_question_word_takes_a_figure_in_it_from_another_sentence():
    from reportbot.index.answering.evidence import _in_unit

    assert _in_unit(analyse("急救员笔试考几分算合格"), "80分")  # the passage's line that gives a figure in 分
    assert not _in_unit(analyse("急救员笔试考几分算合格"), "2部分")
    sized = "开展“千百万”行动，开展志愿服务3.5万场次。"
    assert extract(analyse("志愿服务开展了几万场次"), sized).text.startswith("3.5万")  # a size asked, no name
