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
    ("县长叫啥", "座谈会由县长孙建国主持，副县长李红出席。", "孙建国"),
    ("那位主任叫啥", "该项工作得到县委办主任吴振华的批示肯定。", "吴振华"),
    ("组长叫啥", "组长由团委书记郑海涛担任。", "团委书记郑海涛"),
    ("县里出台的办法叫啥", "县政府办公室出台《关于加快发展某类服务的暂行办法》，成效逐步显现。",
     "《关于加快发展某类服务的暂行办法》"),  # a word of a quoted title is no person
])
def test_a_name_asked_ends_at_the_name_not_at_what_the_person_did(question, sentence, answer):
    assert ask(question, sentence) == answer


def test_a_role_asked_is_the_role_written_before_the_name():
    assert ask("王强是做什么的", "座谈会上，市红十字会秘书长王强作了发言。") == "市红十字会秘书长"


@pytest.mark.parametrize("question, sentence, body", [
    ("监事长是干什么的", "县红十字会监事长负责监督财务收支和物资发放。", "县红十字会"),
    ("常务理事是做什么的", "区红十字会常务理事刘海波联系应急救护培训工作。", "区红十字会"),
])
def test_what_a_post_does_is_not_the_body_written_before_the_post(question, sentence, body):
    # X是做什么的 takes the role before X only when X is a person's name; a post asked is what the post does
    answer = ask(question, sentence)
    assert body not in answer and ("监督" in answer or "联系" in answer)


def test_who_after_a_preposition_is_the_body_not_its_clause():
    assert ask("闭馆听谁通知", "是否闭馆按区文旅局发布的闭馆通知执行。") == "区文旅局"


def test_the_figure_the_asked_noun_opens_and_the_bound_a_verdict_starts_at():
    s = "全年投入培训经费560万元，其中补贴318万元、场地租金242万元。"
    assert ask("培训经费里补贴占多少", s) == "318万元"
    assert ask("笔试几分算通过", "笔试满分150分，90分以上为通过。") == "90分"


def test_working_days_and_cantonese_hours_are_the_measure_asked():
    q = analyse("押金几天返还")
    assert measure_agrees(q, "7个工作日", named_unit(q.text)) == 1.0
    assert named_unit(mandarin("值班最少要几个钟")) == "小时"
    assert "哪一年" in mandarin("合唱团边一年首次攞到金奖")


def test_how_long_after_a_verb_skips_the_verb_inside_a_word_of_another_sense():
    assert ask("会员车可以泊多久", "遇暴雨须暂停开放2天，会员车辆泊放不超过4小时。") == "超过4小时"
    assert ask("教材每次可以领多久", "学员每次可领14天。") == "14天"


def test_who_did_it_is_the_agent_before_the_verb_not_the_thing_done():
    s = "区城管局制定《关于车位管理的实施办法》，秩序逐步改善。"
    assert ask("车位管理办法是谁制定的", s) == "区城管局"
    assert ask("展览是谁承办的", "本次展览由县文化馆承办，各乡镇协办。") == "县文化馆"



def test_a_surname_the_tagger_reads_as_another_word_opens_a_name_when_a_verb_follows():
    from reportbot.index.answering.entities import is_person

    assert is_person("何建平获评“优秀党员”")  # 何 tagged a pronoun, 建平 a noun
    assert not is_person("工作人员开展培训")
