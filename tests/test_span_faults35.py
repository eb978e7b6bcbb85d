"""Short answers taken wrongly from the right passage (round 35): a name the word cutter cut short, who bears a cost
answered with the costs borne (X由Y承担), a reason asked answered with a figure, a who-question answered from a mail's
To: line. Made-up sentences, none from the question sets."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from reportbot.index.answering.cause import cause_clause
from reportbot.index.answering.choose import extract
from reportbot.index.answering.evidence import rank_features, sentence_features
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


@pytest.mark.parametrize("question, sentence, answer", [
    ("玉湖救援队队长是谁", "玉湖救援队党支部被评为先进集体，队长索朗才让获评“优秀退役军人”。", "索朗才让"),
    ("玉湖救援队队长是谁", "玉湖救援队党支部被评为先进集体，队长洛桑才让等人获评优秀队员。", "洛桑才让"),
    # a known name stays as the cutter reads it: an adverb or a verb before a mark is no part of it
    ("玉湖救援队队长是谁", "玉湖救援队队长王明也被评为优秀队员。", "王明"),
    ("玉湖救援队队长是谁", "玉湖救援队队长王小明说，今年将扩大队伍。", "王小明"),
])
def test_a_name_the_cutter_does_not_know_runs_to_the_word_that_closes_it(question, sentence, answer):
    assert ask(question, sentence) == answer


@pytest.mark.parametrize("question, sentence, answer", [
    ("那个培训费谁出", "一、培训安排：培训为期两天，培训费、教材费由市红十字会承担，学员食宿自理。", "市红十字会"),
    ("場地費誰出", "场地费、设备费由区红十字会承担，交通费自理。", "区红十字会"),
    ("哪位当组长", "组长由办公室主任孙立平兼任。", "办公室主任孙立平"),  # a person named: as before
])
def test_who_bears_a_cost_is_the_body_after_you_not_the_costs_before_it(question, sentence, answer):
    assert ask(question, sentence) == answer


@pytest.mark.parametrize("question, sentence, answer", [
    ("新建救护站咋没完成目标", "注：新建救护站未完成年度目标，主要原因是3个项目因暴雨延后至明年开工。",
     "暴雨延后至明年开工"),
    ("為什麼活動取消", "当天暴雨，所以活动取消。", "当天暴雨"),
    ("why was the drill put off", "The drill was put off to May because of heavy snow in the county.",
     "heavy snow in the county"),
])
def test_a_reason_asked_is_answered_with_the_clause_of_cause(question, sentence, answer):
    assert ask(question, sentence) == answer


def test_a_sentence_that_gives_no_cause_leaves_the_other_extractors_to_answer():
    assert cause_clause("新建救护站未完成年度目标。") is None
    assert ask("演练什么时候举行", "原定8月的演练由于场地积水推迟到9月举行。") != "场地积水推迟到9月举行"


def _first(question: str, said: list[str]) -> str:
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=[0.9, 0.5])
    feats = sentence_features(SimpleNamespace(query=analyse(question)), hit)
    return said[rank_features(feats)[0][1]]


def test_a_mails_to_line_answers_no_who_question_but_whom_it_was_sent_to():
    said = ["To: All registered volunteers, Riverside Branch", "Our volunteer coordinator is Anna Berg."]
    assert _first("who is the volunteer coordinator", said) == said[1]  # though the search puts the To: line first
    assert _first("who was the volunteer bulletin sent to", said) == said[0]


@pytest.mark.parametrize("question, sentence, answer", [
    ("上半年新增的救援队是哪个", "2025年上半年新增救援队1支，为东山县红十字青松救援队。", "东山县红十字青松救援队"),
    ("上半年新增了几支救援队", "2025年上半年新增救援队1支，为东山县红十字青松救援队。", "1支"),  # a count asked
])
def test_which_one_over_a_count_that_the_next_clause_names_is_the_name(question, sentence, answer):
    assert ask(question, sentence) == answer


@pytest.mark.parametrize("question, sentence, answer", [
    ("全省的优秀志愿者有谁", "涌现出“优秀救护员”赵一鸣，“优秀志愿者”孙静、刘海涛，市红十字会工作者吴丽等先进典型。",
     "孙静、刘海涛"),
    ("优秀救护员是谁", "涌现出“优秀救护员”赵一鸣，“优秀志愿者”孙静、刘海涛等先进典型。", "赵一鸣"),
])
def test_who_over_names_listed_with_a_mark_gives_them_all(question, sentence, answer):
    assert ask(question, sentence) == answer


def test_names_listed_are_typed_as_people_so_the_answer_is_not_refused():
    from reportbot.index.answering.typed import typed_ok

    q = analyse("全省的优秀志愿者有谁")  # 王坚强: a surname, then a word the tagger reads as a verb (坚强)
    sentence = "涌现出“优秀救护员”赵一鸣，“优秀志愿者”孙静、王坚强，市红十字会工作者吴丽等先进典型。"
    span = extract(q, sentence)
    assert span.text == "孙静、王坚强" and typed_ok(q, span, sentence=sentence) == 1.0
