"""A FAQ answers its own questions: how-to and yes-or-no questions get the answer that follows, not a refusal."""
from __future__ import annotations

import pytest
from reportbot.corpus.document import Paragraph
from reportbot.index.answering.faq import faq_answer, pair
from reportbot.index.retrieval.query import analyse

INLINE = Paragraph("d", 3, "", ("问：台风天可以去海边看浪吗？", "答：不可以，台风期间海边风浪大，请远离海岸。"))
HEADED = Paragraph("d", 4, "", ("请登录“青溪志愿”小程序，填写姓名和手机号，提交后3个工作日内审核。",),
                   path=("常见问题", "问题二：怎样报名当志愿者？"))
PROSE = Paragraph("d", 5, "", ("青溪县今年新建救护站12个。", "全县共有救护站48个。"))


def test_a_pair_is_found_inline_and_under_a_heading_that_asks():
    assert pair(INLINE) == ("问：台风天可以去海边看浪吗？", 1)
    assert pair(HEADED) == ("问题二：怎样报名当志愿者？", 0)
    assert pair(PROSE) is None


def test_a_yes_or_no_question_gets_the_answers_yes_or_no_and_its_reason():
    _, span = faq_answer(analyse("台风天可不可以去海边看浪"), INLINE)
    assert span.text.startswith("不可以") and "海边风浪大" in span.text


def test_a_how_question_gets_the_answers_first_clause():
    _, span = faq_answer(analyse("怎样报名当志愿者"), HEADED)
    assert span.text == "请登录“青溪志愿”小程序"


def test_a_question_the_pair_does_not_ask_is_not_answered_by_it():
    assert faq_answer(analyse("台风天海边的浪一般有多高"), INLINE) is None


FAQ = """# 青溪县家庭防灾问答

## 一、台风

问：台风天可以去海边看浪吗？答：不可以，台风期间海边风浪大，请远离海岸和堤坝。

问：台风来前家里要做什么准备？答：清理阳台落水口，收起阳台上的花盆，并把手机充满电。

## 二、报名

问：怎样报名参加防灾志愿队？答：请登录“青溪志愿”小程序填写姓名和手机号，提交后3个工作日内审核。
"""


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("faq", {"qingxi_faq.md": FAQ.encode()})
    return svc


@pytest.mark.parametrize("question, said", [("台风天可以去海边看浪吗", "不可以"),
                                            ("怎么报名参加防灾志愿队", "青溪志愿"),
                                            ("台风来之前家里要做什么准备", "落水口")])
def test_faq_questions_are_answered_from_the_faq(library, question, said):
    answer = library.ask(question)
    assert not answer.abstained and said in answer.answer
    assert said in answer.evidence
