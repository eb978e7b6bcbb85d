"""A section-title question is answered from the document whose part's heading holds its words, not from the
document the search put first (made-up documents and questions)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.answering.structure import section_title_among
from reportbot.index.retrieval.query import analyse

REPORT = """星海市登山协会2024年工作综述

一、队伍建设稳步推进

协会现有会员820名，新建登山分队6支。

二、安全培训全面覆盖

全年开展安全培训42场，参训会员2600人次。
"""
MANUAL = """# Hiking Safety Guide

## 1. Equipment

Check the rope and harness before every climb.

## 2. Weather

Turn back when thunder is heard.
"""


def _docs():
    return [parse_text(MANUAL, "guide.md").paragraphs, parse_text(REPORT, "club.txt").paragraphs]


def test_the_part_whose_heading_holds_the_questions_words_answers_whatever_document_came_first():
    heading, first = section_title_among(analyse("第二部分讲安全培训的那个标题叫啥"), _docs())
    assert heading == "二、安全培训全面覆盖" and "42场" in first.text
    heading, _ = section_title_among(analyse("讲队伍建设的那部分标题是什么"), _docs())
    assert heading == "一、队伍建设稳步推进"


def test_with_no_words_of_any_heading_the_first_documents_part_answers():
    heading, _ = section_title_among(analyse("第二部分的标题叫啥"), _docs())
    assert heading == "2. Weather"
    heading, _ = section_title_among(analyse("what is the title of part two"), _docs()[::-1])
    assert heading == "二、安全培训全面覆盖"
