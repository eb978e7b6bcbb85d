"""A near miss whose figure stands in another clause of the sentence than the question's words, a year the
document does not cover, and Cantonese ways of asking how long. Made-up questions over a made-up report in the
documents' style (none of the question sets' words or documents)."""
from __future__ import annotations

import pytest
from reportbot.index.answering.align import alignment
from reportbot.index.answering.near import answer_clause, answer_near, nouns_placed
from reportbot.index.answering.refusal import answers
from reportbot.index.answering.signals import Signals
from reportbot.index.answering.spans import _clauses
from reportbot.index.retrieval.query import analyse

REPORT = """临江市红十字会2023年工作综述

2023年，临江市红十字会建成城乡博爱驿站320个，培训持证救护员1.2万名。

“三献”方面，全市新增造血干细胞捐献志愿者入库860人份，实现造血干细胞捐献12例；新增遗体（器官）捐献志愿登记3100人，实现遗体捐献25例。

各驿站配备的急救箱每3个月检查一次，过期药品及时更换。
"""
SENTENCE = REPORT.split("\n\n")[2]


def _near(question: str, answer: str) -> float:
    at = SENTENCE.index(answer)
    return answer_near(SENTENCE, at, at + len(answer), lambda text: alignment(question, text))


def test_the_answers_clause_is_its_own_with_the_sentences_first():
    at = SENTENCE.index("12例")
    assert answer_clause(SENTENCE, at, at + 3) == "“三献”方面，实现造血干细胞捐献12例"


def test_a_figure_from_a_clause_about_something_else_is_not_near():
    assert _near("临江市遗体捐献实现了多少例", "25例") == 1.0
    assert _near("临江市遗体捐献实现了多少例", "12例") < 0.75  # the stem-cell clause's figure


def test_the_shipped_model_refuses_a_figure_of_another_clause():
    # a sentence holding half the question, the figure in a clause that holds none of it: refused; the same
    # evidence with the figure beside the question's words: answered. A clause holding none of the question says
    # none of the nouns the sentence holds of it either (placed 0)
    middling = dict(coverage=0.45, coverage_en=0.0, dense=0.91, alignment=0.6, constraints=1.0, typed=1.0,
                    known=0.8, english=0.0, document=1.0)
    assert answers(Signals(**middling, near=1.0))
    assert not answers(Signals(**middling, near=0.0, placed=0.0))


def test_a_table_rows_label_and_value_stay_one_clause_for_near_only():
    row = "中心站 — 注册队员：86人；出勤次数：40次"
    assert [row[a:b] for a, b in _clauses(row, colons=False)] == ["中心站 — 注册队员：86人", "出勤次数：40次"]
    assert len(_clauses(row)) == 4  # the answer's extraction cuts at the colon


BOOKS = "本年度，全区建成乡村书屋25个，配备专职管理员12名。"


def _placed(question: str, answer: str, context: str = "") -> float:
    at = BOOKS.index(answer)
    return nouns_placed(analyse(question), BOOKS, at, at + len(answer), context)


def test_a_figure_whose_clause_says_none_of_the_questions_nouns_is_not_placed():
    assert _placed("乡村书屋一共建了多少个", "25个") == 1.0
    assert _placed("乡村书屋配了多少名管理员", "12名") == 1.0
    assert _placed("乡村书屋一共建了多少个", "12名") == 0.0  # the nouns stand in the clause before
    assert _placed("乡村书屋一共建了多少个", "12名", context="乡村书屋建设年报") == 1.0  # the title scopes every clause


def test_the_shipped_model_refuses_an_answer_whose_clause_is_about_something_else():
    good = dict(coverage=0.8, coverage_en=0.0, dense=0.92, alignment=0.9, constraints=1.0, typed=1.0,
                known=1.0, english=0.0, document=1.0)
    assert answers(Signals(**good))
    assert not answers(Signals(**good, near=0.0, placed=0.0))


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("near", {"linjiang_2023.txt": REPORT.encode()})
    return svc


def test_a_year_the_document_does_not_cover_is_refused_and_its_own_year_answered(library):
    assert library.ask("临江市2023年建成了多少个博爱驿站").answer == "320个"
    assert library.ask("临江市2021年建成了多少个博爱驿站").abstained


def test_a_count_whose_figure_stands_in_another_clause_than_its_noun_is_refused(library):
    # 器官 is said only in the register clause; the 25 cases counted are 遗体捐献: the documents do not say it
    assert library.ask("临江市器官捐献实现了多少例").abstained
    assert library.ask("临江市遗体捐献实现了多少例").answer == "25例"


def test_cantonese_how_long_is_answered_with_the_duration(library):
    assert library.ask("临江市实现遗体捐献多少例").answer == "25例"
    assert "3个月" in library.ask("驿站急救箱幾耐檢查一次").answer  # 几耐: how long (it was refused: no duration asked)
