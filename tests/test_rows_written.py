"""A table's passage shows the table as the document writes it, while search and answers read each row with its
header (rows-37): a citation copied from a pipe-table row (``四平市 | 1830 | 5.1``) is in the passage shown."""
from __future__ import annotations

import pytest
from reportbot.bot.format import format_answer
from reportbot.bot.render import answer_json
from reportbot.corpus.split import parse_text
from reportbot.index.evaluate import norm
from reportbot.index.retrieval import passage_store

DOC = """# 吉平省红十字会2024年献血工作简报

## 一、总体情况

2024年，吉平省各级红十字会围绕无偿献血宣传招募，组织开展街头献血、团体献血和应急献血活动，全省献血工作平稳有序。

## 二、各市献血情况

| 市（州） | 献血人次 | 增长（%） |
| --- | --- | --- |
| 长春市 | 2650 | 3.2 |
| 四平市 | 1830 | 5.1 |
| 通化市 | 1210 | 2.4 |
"""


def test_a_pipe_tables_passage_is_shown_as_written_and_read_with_its_header():
    table = next(p for p in parse_text(DOC, "jiping.md").paragraphs if p.kind == "table")
    assert table.written.splitlines() == ["| 市（州） | 献血人次 | 增长（%） |", "| 长春市 | 2650 | 3.2 |",
                                          "| 四平市 | 1830 | 5.1 |", "| 通化市 | 1210 | 2.4 |"]
    # shown: each row read with its header, as a reply quotes it, then the table as written
    assert table.shown == f"{table.text}\n{table.written}" and "四平市 — 献血人次：1830；增长（%）：5.1" in table.shown
    # what search and the answer engine read is as it was: each row read with its header
    assert "四平市 — 献血人次：1830；增长（%）：5.1" in table.sentences
    assert "|" not in table.text


def test_a_plain_texts_pipe_table_is_shown_as_written():
    text = "各市献血情况\n\n市（州） | 献血人次 | 增长（%）\n长春市 | 2650 | 3.2\n四平市 | 1830 | 5.1\n"
    table = next(p for p in parse_text(text, "jiping.txt").paragraphs if p.kind == "table")
    assert "四平市 | 1830 | 5.1" in table.shown and "四平市 — 献血人次：1830" in table.text


def test_an_index_keeps_a_tables_passage_as_written_and_other_passages_lines_as_they_were(tmp_path):
    paragraphs = parse_text(DOC, "jiping.md").paragraphs
    lines = passage_store.write(tmp_path, paragraphs)
    back, _ = passage_store.read(tmp_path, lines.size, lines.count)
    assert back == list(paragraphs) and any(p.written for p in back)
    assert all("written" not in line for p, line in zip(paragraphs, (tmp_path / passage_store.FILE).read_text(
        encoding="utf-8").splitlines()) if p.kind != "table")


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("rows_written", {"jiping.md": DOC.encode()})
    return svc


def test_the_first_passage_of_an_answer_from_a_table_quotes_its_row_as_written(library):
    answer = library.ask("吉平省四平市献血人次增长了多少？")
    reply = answer_json(answer)
    assert not answer.abstained and "5.1" in answer.answer
    # the scorer's and a user's test: the row copied from the document is in the first passage's text
    assert norm("四平市 | 1830 | 5.1") in norm(reply["passages"][0]["text"])
    assert "| 四平市 | 1830 | 5.1 |" in reply["passages"][0]["text"]
    assert "四平市 — 献血人次：1830；增长（%）：5.1" in reply["passages"][0]["text"]  # (as a reply quotes it)


def test_a_question_naming_a_column_is_still_answered_from_the_row_read_with_its_header(library):
    answer = library.ask("吉平省长春市献血人次是多少？")
    assert not answer.abstained and "2650" in answer.answer
    # the reply quotes the row read with its header: a value is never shown without its column's name
    assert "献血人次：2650" in answer.evidence
    reply = format_answer(answer)
    assert "献血人次：<u>2650</u>" in reply and "| 长春市" not in reply
