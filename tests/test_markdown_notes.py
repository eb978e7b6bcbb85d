"""A Markdown file's front matter names it, and its footnotes' text is read (md-34)."""
from __future__ import annotations

from tests.files import load

UPDATE_MD = """---
title: 某省红十字会2025年前三季度工作进展
date: 2025-10-16
author: 办公室 李卓玛
---

# 某省红十字会2025年前三季度工作进展

## 一、党建工作

**救援队党建。** 全省红十字救援队达到37支（2024年底为35支[^1]），新建2支水上救援分队。

**培训。** 前三季度培训2.6万人次。

[^1]: 2024年工作报告中为34支，差额为12月备案的祁连县救援队。
"""


def test_a_front_matter_gives_the_title_and_its_author_is_read():
    doc = load(UPDATE_MD.encode(), "q3.md")
    assert doc.title == "某省红十字会2025年前三季度工作进展"
    assert "李卓玛" in (doc.author or "") and any("李卓玛" in p.text for p in doc.paragraphs[1:])
    assert not any(p.text.startswith("title:") for p in doc.paragraphs)
    assert doc.headings.count("某省红十字会2025年前三季度工作进展") <= 1


def test_a_footnotes_text_is_read_after_the_sentence_that_marks_it():
    doc = load(UPDATE_MD.encode(), "q3.md")
    texts = [p.text for p in doc.paragraphs]
    note = next(i for i, t in enumerate(texts) if "祁连县救援队" in t)
    marked = next(i for i, t in enumerate(texts) if "达到37支" in t)
    assert marked <= note < next(i for i, t in enumerate(texts) if "2.6万人次" in t)
    assert "[^1]" not in texts[marked] and "^1" not in texts[marked]


def test_a_front_matter_with_chinese_keys_names_its_title_and_keeps_its_fields_but_the_sites_settings():
    text = ("---\n标题: 某市图书馆闭馆通知\n发布单位: 某市图书馆\n日期: 2025-03-02\nlayout: post\ndraft: false\n---\n\n"
            "闭馆期间暂停借阅。\n")
    doc = load(text.encode(), "notice.md")
    assert doc.title == "某市图书馆闭馆通知"
    said = "\n".join(p.text for p in doc.paragraphs)
    assert "某市图书馆" in said.replace(doc.title, "") and "2025-03-02" in said
    assert "layout" not in said and "draft" not in said


def test_a_notice_set_between_two_rules_at_the_top_is_text_not_a_front_matter():
    text = ("---\nLibrary closed 3-7 March for repairs.\nDuring the closure, books can be returned at the Elm Street "
            "drop box.\n---\n\n# Branch news\n\nThe reading room reopens with 40 new seats.\n")
    doc = load(text.encode(), "news.md")
    assert any("Elm Street drop box" in p.text for p in doc.paragraphs)


def test_a_footnote_no_text_marks_is_still_read():
    text = ("# Notes\n\nThe fund gave 12,000 dollars[^a].\n\n[^a]: From the 2025 grant.\n"
            "[^b]: Kits are returned by 15 April.\n")
    doc = load(text.encode(), "kit.md")
    assert any("15 April" in p.text for p in doc.paragraphs)
