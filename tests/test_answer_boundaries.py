"""Where a Chinese short answer starts and ends: the subject that a question word opening the question asks for, a
name before the verb that follows it, a figure inside the aligned slot, a day of a range of days, alignment through
quote marks, question words typed otherwise (甚么, 那 for 哪), a quoted pattern with a question word in it. Made-up
sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.align import _occurrences
from reportbot.index.answering.choose import extract
from reportbot.index.answering.figures_zh import extract_number
from reportbot.index.answering.fill import slot_answer
from reportbot.index.answering.signals import constraint_words
from reportbot.index.retrieval.query import analyse, question_text


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def slot(question: str, sentence: str) -> str | None:
    found = slot_answer(question, sentence)
    return sentence[found[0]:found[1]] if found else None


def test_which_team_opening_the_question_is_the_subject_not_what_it_won():
    s = "按省红十字会统一部署，宁海县红十字山地救援队荣获2023年度“平安守护”提名奖。"
    assert slot("哪支队伍拿了平安守护提名奖", s) == "宁海县红十字山地救援队"


def test_who_may_apply_is_the_subject_without_its_modal_and_preposition():
    s = "年满六十五周岁的独居老人及低保家庭可向街道办事处申请免费安装烟感报警器。"
    assert slot("哪些人可以申请免费装烟感报警器", s) == "年满六十五周岁的独居老人及低保家庭"
    assert slot("谁可以申请免费装烟感报警器", s) == "年满六十五周岁的独居老人及低保家庭"


def test_a_name_ends_before_the_verb_the_tagger_reads_as_a_noun():
    s = "西区队队长陈美玲获颁「2023年度优秀义工奖」银奖。"
    assert slot("西区队队长是谁", s) == "陈美玲"
    assert ask("西區隊隊長係邊個", s) == "陈美玲"


def test_a_bracket_after_a_noun_is_part_of_the_name():
    s = "受益群众8万人次，市红十字（淳安）水上搜救队党支部获评“市级先进基层党组织”。"
    assert "淳安" in slot("哪个党支部获评“市级先进基层党组织”？", s)


def test_a_figure_asked_of_a_slot_is_the_one_inside_it():
    s = "搬运车辆须提前一天向物业登记，停留不超过3小时。"
    q = analyse("搬运车辆可以停多久")
    terms = [(0, 4, 1.0)]  # the question's words stand by the other figure
    assert extract_number(q, s, terms).text == "一天"
    assert extract_number(q, s, terms, within=(s.index("不超过"), len(s))).text.endswith("3小时")


def test_the_second_day_of_a_range_is_no_count():
    s = "第一期 — 日期：5月9日—10日；地点：本部校区报告厅；名额：45人"
    assert ask("那个培训班每期多少人", s) == "45人"


def test_alignment_reads_through_quote_marks_but_not_out_of_a_quote():
    s = "东城区“五分钟救护圈”试点成效明显，海宁市红十字救援队荣获“奉献之星”提名奖"
    assert [s[a:b] for a, b in zip(*_occurrences(s, "奉献之星提名奖"))] == ["“奉献之星”提名奖"]
    assert _occurrences(s, "救护圈试点") == ((), ())  # reads out of the quote into the words after it


def test_question_words_typed_otherwise():
    assert question_text("全市最美志愿者是那位") == "全市最美志愿者是哪位"
    assert question_text("纪念馆建在那个区") == "纪念馆建在哪个区"
    assert question_text("那个培训班的地址") == "那个培训班的地址"  # a demonstrative that opens the question stays
    assert question_text("那个培训班几号开始") == "那个培训班几号开始"  # the question already asks
    assert question_text("系统被列入了甚麼") == "系统被列入了什么"
    assert analyse("全市最美志愿者是那位").kind == "who"


def test_a_quoted_pattern_that_asks_names_no_constraint_and_finds_its_expression():
    q = analyse("智慧红会的建设目标是啥 “2+1+几”")
    assert constraint_words(q) == []
    assert "2+1+4" in ask("智慧红会的建设目标是啥 “2+1+几”", "深化改革，明确“2+1+4”建设目标，推进“智慧红会”迭代升级。")


def test_two_bodies_joined_by_a_preposition_are_one_subject():
    s = "市红十字会与县民政局负责对接各社区的志愿服务站。"
    assert slot("哪些单位负责对接各社区的志愿服务站", s) == "市红十字会与县民政局"

