"""A figure whose own clause writes another year (119年全年共募集…，較118年增加…) does not answer a question on a
year the passage names elsewhere (index/answering/own_year.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.own_year import clause_year, own_year_kept
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.context import question_constraints

NOTICE = """澎溪縣紅十字會－120年3月至4月捐血車巡迴時間表

公告日期：中華民國120年2月20日　發布單位：澎溪縣紅十字會服務組

為充實離島血庫存量，本會於3月至4月安排捐血車巡迴全縣鄉鎮，凡捐血者致贈紀念品一份。

澎溪縣約有9千名登錄捐血者，119年全年共募集血液8,642袋，較118年增加3.6%。
""".encode()


@pytest.fixture(scope="module")
def notice(library_with):
    return library_with("ownyear", {"pengxi_blood_drive_120.txt": NOTICE})


def test_the_year_compared_with_is_refused(notice):
    service, _ = notice
    out = answer_json(service.ask("澎溪縣118年募得的血液有幾袋"))
    assert out["abstained"], out["answer"]


def test_the_notices_own_year_is_refused(notice):
    service, _ = notice
    out = answer_json(service.ask("澎溪縣120年共募得血液幾袋"))
    assert out["abstained"], out["answer"]


def test_the_clauses_year_is_answered(notice):
    service, _ = notice
    out = answer_json(service.ask("澎溪縣119年募得的血液有幾袋"))
    assert not out["abstained"] and "8,642" in out["answer"], out["answer"]


def _kept(question: str, sentence: str, answer: str) -> bool:
    at = sentence.index(answer)
    return own_year_kept(question_constraints(question, (), frozenset()), question, sentence,
                         Span(answer, at, at + len(answer), "figure"))


def test_the_year_a_clause_writes_for_itself():
    assert clause_year("119年全年共募集血液") == "119" and clause_year("2031年较2030年增长") == "2031"
    assert clause_year("较2030年") is None and clause_year("2029—2031年累计") is None
    assert clause_year("2029年以来累计") is None and clause_year("2029年至2031年累计") is None
    sentence = "2031年全年巡护培训5.2万人次，较2030年增长8.1%。"
    assert not _kept("2030年巡护培训的人次为多少", sentence, "5.2万人次")
    assert _kept("2031年巡护培训的人次为多少", sentence, "5.2万人次")
    assert _kept("巡护培训的人次为多少", sentence, "5.2万人次")
    assert _kept("2031年巡护培训人次的增幅是多少", sentence, "8.1%")  # 2030 is the comparison's base
    assert _kept("120年共募得血液几袋", "120年全年共募集血液8,642袋", "8,642袋")
    assert _kept("2031年共募得血液几袋", "120年全年共募集血液8,642袋", "8,642袋")  # 120 of the Republic: 2031
