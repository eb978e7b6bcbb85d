"""Short answers cut where the asked thing ends (tenth round): a name asked ends at the name, a role asked is the
role before the name, a who question's body stands after its preposition, the figure the asked noun opens, a bound
asked is the bound, days counted as working days or as hours in Cantonese are the asked measure. Made-up sentences
in the documents' styles, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.answering.together import measure_agrees
from reportbot.index.answering.units import named_unit
from reportbot.index.retrieval.dialect import mandarin
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


@pytest.mark.parametrize("question, sentence, answer", [
    ("市长叫什么名字", "会议由市长王明主持，副市长李华出席。", "王明"),
    ("那位书记叫什么名字", "相关工作得到市委书记李建国的批示肯定。", "李建国"),
    ("队长叫什么名字", "队长由工会主席陈晓东担任。", "工会主席陈晓东"),
    ("市里发的文件叫什么", "市政府办公厅印发《关于高水平推进某项工作的实施意见》，品牌逐步形成。",
     "《关于高水平推进某项工作的实施意见》"),  # a word of a quoted title is no person
])
def test_a_name_asked_ends_at_the_name_not_at_what_the_person_did(question, sentence, answer):
    assert ask(question, sentence) == answer


def test_a_role_asked_is_the_role_written_before_the_name():
    assert ask("张三是做什么的", "会上，市红十字会副会长张三作了讲话。") == "市红十字会副会长"


def test_who_after_a_preposition_is_the_body_not_its_clause():
    assert ask("停课看谁公告", "是否停课依市政府公布的停课信息办理。") == "市政府"


def test_the_figure_the_asked_noun_opens_and_the_bound_a_verdict_starts_at():
    s = "全年募集捐赠款物3.28亿元，其中资金2.41亿元、物资折价0.87亿元。"
    assert ask("捐赠款物里资金占多少", s) == "2.41亿元"
    assert ask("理论考试几分算合格", "理论考试满分100分，80分以上为合格。") == "80分"


def test_working_days_and_cantonese_hours_are_the_measure_asked():
    q = analyse("保证金几天退还")
    assert measure_agrees(q, "5个工作日", named_unit(q.text)) == 1.0
    assert named_unit(mandarin("要做够几多个钟")) == "小时"
    assert "哪一年" in mandarin("救援队系边一年攞奖")


def test_how_long_after_a_verb_skips_the_verb_inside_a_word_of_another_sense():
    assert ask("访客车可以停多久", "遇台风须暂停服务5天，访客车辆停留不超过3小时。") == "超过3小时"
    assert ask("图书每次可以借多久", "读者每次可借30天。") == "30天"


def test_who_did_it_is_the_agent_before_the_verb_not_the_thing_done():
    s = "市“两办”印发《关于推进某项工作的实施意见》，品牌逐步形成。"
    assert ask("推进某项工作的实施意见是谁印发的", s) == "市“两办”"
    assert ask("活动是谁主办的", "本次活动由市红十字会主办，各区协办。") == "市红十字会"



def test_a_surname_the_tagger_reads_as_another_word_opens_a_name_when_a_verb_follows():
    from reportbot.index.answering.entities import is_person

    assert is_person("何建平获评“优秀党员”")  # 何 tagged a pronoun, 建平 a noun
    assert not is_person("工作人员开展培训")
