"""The answer is of the kind asked for: dates for when, a name that says something new, questions in any
form (Cantonese, A-not-A), the unit after 个, versions as qualifiers. Made-up questions in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.refusal import header_answers
from reportbot.index.answering.signals import Signals, typed_ok
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import measure_agrees, qualifier_agrees
from reportbot.index.retrieval.query import analyse


def _span(text: str, source: str = "clause") -> Span:
    return Span(text, 0, len(text), source)


def test_a_when_question_wants_a_date_not_any_figure():
    q = analyse("安吉救援队是哪年获评先进集体的")
    assert typed_ok(q, _span("出动救援超过3万人次，安吉救援队获评先进集体")) == 0.0
    assert typed_ok(q, _span("市内各项工作日新月异")) == 0.0   # 月 inside a word is no month
    assert typed_ok(q, _span("0571-88886666", "figure")) == 0.0  # a telephone number is no time
    assert typed_ok(q, _span("2019年", "year")) == 1.0
    assert typed_ok(q, _span("每年4月集中评选一次")) == 1.0


def test_a_name_clause_must_quote_something_the_question_does_not_say():
    q = analyse("评上优秀护理员的那些人都叫啥")
    assert typed_ok(q, _span("全市红十字系统6名护理员评上“优秀护理员”称号")) == 0.0
    assert typed_ok(q, _span("6名护理员评上“优秀护理员”，“金牌讲师”等称号由市红会授予")) == 1.0


def test_an_answer_of_punctuation_alone_is_no_answer():
    assert typed_ok(analyse("急救包里要放些什么"), _span("。", "slot")) == 0.0


def test_cantonese_and_a_not_a_questions_are_questions():
    answer = _span("推行“首问负责”机制，群众来电一次办结")
    for question in ("推行嘅机制系咩", "首问负责机制系唔系全省推行", "市红会有冇推行首问负责机制"):
        assert typed_ok(analyse(question), answer) > 0.0, question
    assert typed_ok(analyse("首问负责机制"), answer) == 0.0  # no question at all


def test_a_count_of_hours_after_ge_asks_for_hours():
    assert typed_ok(analyse("这门课每周要上几个小时"), _span("6小时", "figure")) == 1.0
    q = analyse("市红会机关有几多个工作人员")
    assert measure_agrees(q, "30万人次", "个") == 0.0


def test_versions_qualify_the_thing_asked():
    q = analyse("“掌上急救”3.0版是哪年发布的")
    assert qualifier_agrees(q, "推进“掌上急救”4.0版发布") == 0.0
    assert qualifier_agrees(q, "2021年“掌上急救”3.0版发布，2023年推进4.0版") == 1.0


def test_a_header_answer_needs_the_asked_kind_and_nothing_missing():
    base = Signals(coverage=1.0, coverage_en=0.0, dense=0.86, alignment=0.0, constraints=1.0, typed=1.0, known=0.0,
                   english=0.0, document=1.0)
    assert header_answers(base)
    assert not header_answers(Signals(**{**base.__dict__, "typed": 0.0}))       # 作者李华是啥职务 -> 李华
    assert not header_answers(Signals(**{**base.__dict__, "constraints": 0.5}))  # a year the card does not say
    # the card lacks one of the question's title words in its language, yet all else says it answers: the model's yes
    strong = Signals(**{**base.__dict__, "coverage": 0.0, "coverage_en": 1.0, "english": 1.0, "alignment": 0.6,
                        "document": 0.7, "dense": 0.9})
    assert not header_answers(Signals(**{**strong.__dict__, "typed": 0.0}))
    assert header_answers(strong)
