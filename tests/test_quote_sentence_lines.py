"""A Markdown blockquote whose sentence is wrapped over two lines that each open like a label (温馨提示：…，当天 /
早餐：…。): one sentence, read on one line; a run of labelled fields (来源：… / 咨询电话：…) stays a line each (a
编写：… under the title is its author's line since cutting 56)
(made-up documents)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

ZH = """# 星海市红十字会献血须知

> 来源：星海市红十字会宣传部
> 咨询电话：0514-87360000

## 献血前

> 提示：献血前一晚请早点休息，献血当天
> 早餐：应吃清淡食物，不要空腹献血。

## 献血量

一次献全血200毫升至400毫升。
"""

EN = """# Depot Open Day

> Venue: Harbour depot, 12 Quay Road
> Contact: Sam Lee, 0400 222 333

## What to bring

> Note: sturdy boots are needed in the workshop and
> Gloves: the benches have sharp edges, so bring a pair.

## Activities

Children can try the first aid station from 10 am.
"""


def _lines(doc, words: str) -> list[str]:
    return next(p.text for p in doc.body if words in p.text).split("\n")


def test_a_quoted_sentence_over_two_labelled_lines_reads_as_one_line():
    doc = parse_text(ZH, "faq.md")
    assert any(x.startswith("提示：") and x.endswith("不要空腹献血。") for x in _lines(doc, "早餐"))
    doc = parse_text(EN, "day.md")
    assert any(x.startswith("Note:") and x.endswith("bring a pair.") for x in _lines(doc, "Gloves"))


def test_labelled_fields_stay_a_line_each():
    assert _lines(parse_text(ZH, "faq.md"), "来源") == ["来源：星海市红十字会宣传部", "咨询电话：0514-87360000"]
    assert _lines(parse_text(EN, "day.md"), "Venue") == ["Venue: Harbour depot, 12 Quay Road",
                                                         "Contact: Sam Lee, 0400 222 333"]
