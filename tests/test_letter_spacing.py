"""A plain text's table aligned with full-width spaces whose short words are spaced out (单　　位, 合　　计) is read
as a table: its header row heads it, its total row is one of its rows, and a spaced-out label stays one word."""
from __future__ import annotations

from reportbot.corpus.letter_spacing import closed_up
from reportbot.corpus.split import parse_text

DRILL = """某縣紅十字會演練報告

一、演練時間及地點
　　時　　間：民國１１４年６月２８日上午８時
　　地　　點：湖山水庫管理中心前廣場

二、參演單位及人數
　　單　　位　　　　　　　　　　　人　數
　　本會水上救生隊　　　　　　　　　３６人
　　斗六市急救志工分隊　　　　　　　２４人
　　合　　計　　　　　　　　　　　　６０人

三、各分隊志工人數
　　分　　隊　　　　　　　志工人數　　　分隊長
　　斗六分隊　　　　　　　　６２人　　　吳建宏
　　虎尾分隊　　　　　　　　４７人　　　許美玲
　　合　　計　　　　　　　１０９人

四、獎勵
　　表現優異人員計１２名。
"""


def _passages(text: str) -> list:
    return [p for p in parse_text(text, "drill.txt").paragraphs if not p.is_header]


def test_a_spaced_out_header_row_heads_its_table_and_the_section_keeps_its_heading():
    doc = parse_text(DRILL, "drill.txt")
    assert "单位人数" not in doc.headings and "分队志工人数分队长" not in doc.headings
    table = next(p for p in _passages(DRILL) if "本会水上救生队" in p.text)
    assert table.kind == "table" and table.path[-1] == "二、参演单位及人数"
    assert table.written.splitlines()[0] == "| 单位 | 人数 |"


def test_a_spaced_out_total_row_is_a_row_of_its_table_not_a_heading():
    doc = parse_text(DRILL, "drill.txt")
    assert not any(h.startswith("合计") for h in doc.headings)
    table = next(p for p in _passages(DRILL) if "本会水上救生队" in p.text)
    assert "合计：60人" in table.sentences
    three = next(p for p in _passages(DRILL) if "虎尾分队" in p.text)
    assert "虎尾分队 — 志工人数：47人；分队长：许美玲" in three.sentences
    assert "合计 — 志工人数：109人" in three.sentences


def test_a_spaced_out_label_is_one_word_not_two_cells():
    where = next(p for p in _passages(DRILL) if "湖山水库" in p.text)
    assert where.kind == "text"
    assert "时间：民国114年6月28日上午8时" in where.sentences


def test_closing_up_keeps_every_later_cell_where_it_stood():
    line = "　　单　　位　　　　　　人　数"
    assert closed_up(line) == "　　单位　　　　　　　　人数　"
    assert len(closed_up(line)) == len(line)


def test_single_characters_as_far_apart_as_the_columns_stay_cells():
    assert closed_up("男　　女　　合计") == "男　　女　　合计"
    assert closed_up("会长　张文雄") == "会长　张文雄"
    assert closed_up("Total  34  212") == "Total  34  212"


def test_single_character_column_heads_over_rows_of_their_count_stay_columns():
    from reportbot.corpus.plain_structure import segments

    lines = ["类别　　　　　　男　　女", "师资培训　　　　23　　5", "普及培训　　　　840　　761"]
    table = next(b for b in segments(lines) if not isinstance(b, list))
    assert table.rows[0] == ("类别", "男", "女") and table.rows[1] == ("师资培训", "23", "5")
