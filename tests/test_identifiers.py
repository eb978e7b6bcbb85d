"""An identifier written in groups is one answer (index/answering/identifiers.py): asked for a charity number, a
registration number or a credit code, the bot answers all of it (11892 0613 RR0001), not its first group. Made-up
documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.identifiers import whole_identifier
from reportbot.index.answering.spans import Span

TRUST = b"""# Harbour Light Community Trust Annual Statement 2024

## About the trust

Harbour Light Community Trust supports families in coastal towns with food parcels, home visits and first aid courses.

Registered charity number 11892 0613 RR0001.

## Our year

In 2024 the trust delivered 4,210 food parcels and trained 316 volunteers in first aid.
"""
QINGHE = ("# 青禾公益基金会简介\n\n"
          "青禾公益基金会成立于2015年，统一社会信用代码 12330000470051726M，登记管理机关为浙江省民政厅。\n\n"
          "基金会2024年资助乡村学校图书室36个。\n").encode()


def _at(sentence: str, text: str, source: str = "figure") -> Span:
    at = sentence.find(text)
    return Span(text, at, at + len(text), source)


def _label(sentence: str, word: str) -> list[tuple[int, int, float]]:
    at = sentence.find(word)
    return [(at, at + len(word), 1.0)]


def test_a_group_of_an_identifier_is_widened_to_all_its_groups():
    s = "Registered charity number 11892 0613 RR0001."
    assert whole_identifier(s, _label(s, "number"), _at(s, "11892")).text == "11892 0613 RR0001"
    zh = "统一社会信用代码：12330000470051726M，登记管理机关为浙江省民政厅。"
    assert whole_identifier(zh, _label(zh, "信用代码"), _at(zh, "12330000470051726")).text == "12330000470051726M"
    dashed = "Company No. 0812-443-19 (registered in England)."
    assert whole_identifier(dashed, _label(dashed, "Company"), _at(dashed, "0812")).text == "0812-443-19"
    # a clause that holds the label and one identifier: the identifier
    abn = "ABN 51 824 753 556."
    assert whole_identifier(abn, _label(abn, "ABN"), _at(abn, "ABN 51 824 753 556", "clause")).text == \
        "51 824 753 556"


def test_figures_that_are_no_identifier_stay_as_they_were():
    span = "The review counted volunteers over 2019-2024."  # two figures joined by a dash: a range
    assert whole_identifier(span, _label(span, "volunteers over"), _at(span, "2019")).text == "2019"
    counted = "注册志愿者 1 200 名，服务时长 3 500 小时。"  # groups a unit follows count something
    assert whole_identifier(counted, _label(counted, "注册志愿者"), _at(counted, "200")).text == "200"
    unlabelled = "In 2024 316 volunteers trained."  # no question word right before the groups
    assert whole_identifier(unlabelled, _label(unlabelled, "volunteers"), _at(unlabelled, "316")).text == "316"


@pytest.fixture(scope="module")
def trust(library_with):
    service, _ = library_with("identifiers", {"harbour_trust.md": TRUST, "qinghe.md": QINGHE})
    return service


def test_a_charity_number_is_answered_whole(trust):
    got = answer_json(trust.ask("What is the Harbour Light trust's registered charity number?"))
    assert not got["abstained"] and got["answer"] == "11892 0613 RR0001"
    code = answer_json(trust.ask("青禾公益基金会的统一社会信用代码是多少"))
    assert not code["abstained"] and code["answer"] == "12330000470051726M"
    # a count beside it is a count
    parcels = answer_json(trust.ask("How many food parcels did the Harbour Light trust deliver in 2024?"))
    assert "4,210" in parcels["answer"] and "RR0001" not in parcels["answer"]


@pytest.mark.parametrize("question", ["审计报告编号是啥", "那份审计报告的文号是多少"])
def test_a_chinese_document_number_is_answered_whole(question):
    # a 文号 (issuer, year in 〔〕, serial, 号) is one identifier: not the year inside its brackets
    from reportbot.index.answering.choose import extract
    from reportbot.index.retrieval.query import analyse

    s = "项目资金已经临江明诚会计师事务所审计，审计报告编号为临明审〔2025〕第0213号。"
    assert extract(analyse(question), s).text == "临明审〔2025〕第0213号"
