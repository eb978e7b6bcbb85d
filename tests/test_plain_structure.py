"""A plain text's tables and lists are read as such: a row or an item a question asks about lands in a passage."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.corpus.plain_structure import cells, item_text, segments
from reportbot.corpus.split import parse_text

STATEMENT = """WESTMERE FIRST AID SOCIETY
Annual Statement for the year 2024

SECTION A. OVERVIEW

The Westmere First Aid Society trains volunteers and runs first-aid posts at public events across the district.

SECTION B. INCOME

Income                         2024          2023
Members' subscriptions         $210,000      $198,000
Bequests                       $120,000      $340,000
Course fees                    $455,000      $402,000

Note 1. Bequest income fell because no large bequest was received in 2024.

SECTION C. THE YEAR IN NUMBERS

- Event first-aid posts staffed: 164
- People trained in first aid: 9,850
- Registered volunteers: 1,240
"""

ROSTER = """北港救援队管理办法

第一条 本办法适用于北港市各救援分队。

附件：各分队负责人

分队名称｜负责人｜联系电话
东湾水上救援分队｜韩立冬｜0591-66001201
西岭山地搜救分队｜冯晓岚｜0591-66001202
"""


def _texts(text: str, source: str) -> list[str]:
    return [p.text for p in parse_text(text, source).paragraphs]


def test_an_aligned_table_row_lands_in_a_passage_read_with_its_header():
    texts = _texts(STATEMENT, "statement.txt")
    assert any("Bequests — 2024: $120,000; 2023: $340,000" in t for t in texts)
    doc = parse_text(STATEMENT, "statement.txt")
    assert not any(h.startswith("Bequests") for h in doc.headings)  # a row, not a heading


def test_a_table_drawn_with_column_bars_lands_in_a_passage():
    texts = _texts(ROSTER, "roster.txt")
    assert any("西岭山地搜救分队 — 负责人：冯晓岚；联系电话：0591-66001202" in t for t in texts)


def test_dashed_lines_under_a_heading_are_one_list_not_headings():
    doc = parse_text(STATEMENT, "statement.txt")
    listed = [p for p in doc.paragraphs if "People trained in first aid: 9,850" in p.text]
    assert len(listed) == 1 and "Registered volunteers: 1,240" in listed[0].text
    # (the statement's year line heads its sections: loaders48, .period_head)
    assert listed[0].section == "Annual Statement for the year 2024 › SECTION C. THE YEAR IN NUMBERS"
    assert not any("Registered volunteers" in h for h in doc.headings)


def test_prose_and_headings_are_not_taken_for_tables_or_lists():
    assert cells("The Society trains volunteers and runs first-aid posts.") is None
    assert cells("SECTION B. INCOME") is None
    assert item_text("- a dashed item") == "a dashed item" and item_text("-5 degrees outside") is None
    # one line with a wide gap is no table: a table has two rows at least with the same cells
    assert all(isinstance(s, list) for s in segments(["Chair of Trustees:   Ann Lee", "Treasurer: Bo Wu"]))


@pytest.fixture(scope="module")
def statement(library_with):
    return library_with("plain-tables", {"westmere_statement.txt": STATEMENT.encode(),
                                         "beigang_rules.txt": ROSTER.encode()})


def test_a_question_about_a_row_of_a_plain_text_table_is_answered_from_it(statement):
    svc, ids = statement
    a = svc.ask("What were the Westmere society's bequests in 2023?")
    p = answer_json(a)["passages"][0]
    assert p["doc"] == ids["westmere_statement.txt"] and "Bequests — 2024: $120,000; 2023: $340,000" in p["text"]
    assert "| Bequests | $120,000 | $340,000 |" in p["text"]  # (and the row as written: rows-37)


def test_a_question_about_a_plain_text_roster_names_the_right_person(statement):
    svc, ids = statement
    a = svc.ask("西岭山地搜救分队的负责人是谁？")
    assert not a.abstained and "冯晓岚" in a.answer
    assert answer_json(a)["passages"][0]["doc"] == ids["beigang_rules.txt"]


HSINCHU = """某某市紅十字會年度報告

壹、計畫緣起
　　本會自111年起推動防災社區計畫，協助社區建立自主防災能力。

貳、執行成果
　　本年度各社區演練情形如下表：

社區名稱        行政區   演練日期           參與人次   演練主題
關東里          東區     114年3月22日         420     地震避難疏散
光明里          東區     114年4月19日         365     大樓火災逃生
南寮里          北區     114年5月10日         512     海嘯及淹水撤離
合計（3個重點社區）                           1,297

　　其餘社區以桌上推演為主。

參、特色案例
一、南寮里海嘯撤離演練
　　南寮里位於漁港周邊，居民多為漁業從業人員。
二、香山里坡地守望隊
　　香山里成立由24名居民組成的守望隊。

肆、志工招募條件
　　本會持續招募志工。
"""


def test_a_total_row_under_an_aligned_table_is_a_row_read_with_the_column_it_stands_under():
    doc = parse_text(HSINCHU, "hsinchu.txt")
    table = next(p for p in doc.paragraphs if p.kind == "table")
    assert "合计（3个重点社区） — 参与人次：1,297" in table.text
    assert not any("1,297" in h for h in doc.headings)


def test_formal_numerals_number_the_parts_above_the_sections_under_them():
    doc = parse_text(HSINCHU, "hsinchu.txt")
    case = next(p for p in doc.paragraphs if "居民多为渔业从业人员" in p.text)
    assert case.path == ("参、特色案例", "一、南寮里海啸撤离演练") and not case.text.startswith("参、")
    assert next(p for p in doc.paragraphs if "持续招募志工" in p.text).path == ("肆、志工招募条件",)


def test_a_note_under_a_table_is_no_row_and_full_rows_after_a_total_row_stay_in_the_table():
    text = """北港血站年报

站点          献血人次     献血量（单位）   采血车
中心站          4,210        6,830          3
东湾站          1,980        3,040
西岭站          2,450        3,660          2
注：数据截至2024年12月31日    来源：市中心血站
"""
    doc = parse_text(text, "beigang.txt")
    table = next(p for p in doc.paragraphs if p.kind == "table")
    assert "西岭站 — 献血人次：2,450；献血量（单位）：3,660；采血车：2" in table.text
    assert "东湾站 — 献血人次：1,980；献血量（单位）：3,040" in table.text
    assert "注：数据截至2024年12月31日 —" not in table.text  # (a note line, not a row read with the headers)


WRAPPED = """Harbour Branch volunteer teams 2025

Team                   Leader            Members   Meets
Water rescue           Sophie Grant      18        Saturdays at the
                                                   Portobello shed
Mountain search        Tom Whitaker      24        First Sunday
Welfare centre crew    Amina Yusuf       31        Monthly, Mosgiel
                                                   Memorial Hall
Youth first aid        Harriet Olsen     12        Tuesdays

Teams recruit new members every March and September.
"""


def test_a_table_cell_wrapped_onto_a_second_line_joins_its_cell_in_the_row_above():
    doc = parse_text(WRAPPED, "teams.txt")
    assert "Portobello shed" not in doc.headings and "Memorial Hall" not in doc.headings, doc.headings
    rows = " ".join(p.text for p in doc.paragraphs if p.kind == "table")
    assert "Meets: Saturdays at the Portobello shed" in rows, rows
    assert "Welfare centre crew — Leader: Amina Yusuf; Members: 31; Meets: Monthly, Mosgiel Memorial Hall" in rows
    assert "Youth first aid — Leader: Harriet Olsen" in rows  # the rows after a wrapped cell stay rows
    # a line of prose after the table is no continuation of its last row
    assert any(p.kind == "text" and p.text == "Teams recruit new members every March and September."
               for p in doc.paragraphs)


def test_a_heading_right_under_a_table_is_no_wrapped_cell_of_its_last_row():
    text = ("五、主要指标完成情况\n指标                        2024年全年    2025年上半年    完成率\n"
            "应急救护普及培训（万人次）     248.6          132.4             50.9%\n"
            "募集社会捐赠款物（亿元）       3.87           1.46              36.5%\n"
            "六、下半年重点工作\n1. 8月底前完成全省县级红十字会换届情况摸底。\n2. 9月举办全省应急救护大赛。\n")
    doc = parse_text(text, "notice.txt")
    assert "六、下半年重点工作" in doc.headings, doc.headings


BOXED = """临江市红十字会关于开展急救培训的通知

三、任务分配

各单位培训任务如下表：
┌────────┬──────────┬──────────┐
│单位    │普及培训  │AED新增   │
│        │（人次）  │（台）    │
├────────┼──────────┼──────────┤
│东城区  │4500      │45        │
├────────┼──────────┼──────────┤
│西城区  │4000      │40        │
├────────┼──────────┼──────────┤
│合计    │8500      │85        │
└────────┴──────────┴──────────┘

四、工作要求

各单位于10月10日前报送总结。
"""

GRID = """Course fees

+-----------------+---------+
| Course          | Fee     |
+=================+=========+
| First aid, one  | $165    |
| day             |         |
+-----------------+---------+
| Refresher       | $95     |
+-----------------+---------+
"""


def test_a_table_drawn_with_box_characters_reads_each_row_under_its_header_of_two_lines():
    doc = parse_text(BOXED, "notice.txt")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "西城区 — 普及培训（人次）：4000；AED新增（台）：40" in text
    assert "合计 — 普及培训（人次）：8500；AED新增（台）：85" in text
    assert "┌" not in text and "├" not in text
    assert not [p.path for p in doc.paragraphs if p.path and "│" in p.path[-1]]


def test_an_ascii_grid_tables_wrapped_cell_joins_its_row():
    text = "\n".join(p.text for p in parse_text(GRID, "fees.txt").paragraphs)
    assert "First aid, one day: $165" in text and "Refresher: $95" in text
    assert "+----" not in text
