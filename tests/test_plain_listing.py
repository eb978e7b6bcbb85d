"""A plain-text listing printed page by page (a duty log exported from a records system): each page after a form
feed opens with the report's name and period again, then a page line (``第 1 頁／共 2 頁``, the traditional 頁 and a
full-width slash), then the table's rule-framed header row over that page's rows. The page line is no heading and
the running head is read once, where the text opens, while the table's header row stays its header (each row read
with its column names) and the leader lines after it stay lines of their own (set-48). Made-up text in that style.
"""
from __future__ import annotations

from reportbot.corpus.split import parse_text

_HEAD = ("香港紅十字會　東涌區少年團　救護站出勤記錄\n"
         "統計期：2023年4月1日至2024年3月31日　　印製日期：2024-04-15　　操作員：TCJ-OPS07\n")
_RULE = "-" * 70 + "\n"
_HEADER = "日期        地點              項目                  人數  傷者  轉介  \n"
LISTING = (
    _HEAD + "第 1 頁／共 2 頁\n" + _RULE + _HEADER + _RULE
    + "2023-05-06  東涌公園          親子定向              6     4     0     \n"
    + "2023-06-17  逸東廣場          夏日市集              9     12    1     \n"
    + "2023-08-26  馬灣涌碼頭        龍舟邀請賽            11    15    2     \n"
    + _RULE + "\f" + _HEAD + "第 2 頁／共 2 頁\n" + _RULE + _HEADER + _RULE
    + "2023-10-22  東涌北公園        秋季長跑              8     10    1     \n"
    + "2024-01-13  翔東路步道        健行同樂日            5     3     0     \n"
    + _RULE + "\n一、年度統計\n"
    + "  出勤次數 ............................ 5 次（上年度 4 次）\n"
    + "  最常見傷勢 .......................... 扭傷及擦傷，共 21 宗\n"
    + "  中暑個案 ............................ 6 宗，全數發生於8月\n"
    + "\n二、隊伍資料\n"
    + "  集合地點 ............................ 東涌社區會堂二樓（逢星期日上午十時）\n"
)


def _doc():
    return parse_text(LISTING, "tungchung_duty_log.txt")


def test_a_page_line_with_a_full_width_slash_is_no_heading():
    doc = _doc()
    assert not any("页" in h or "頁" in h for h in doc.headings)
    assert not any("第1页" in p.text or "第2页" in p.text for p in doc.body)


def test_the_running_head_is_read_once_and_no_heading_between_the_tables_parts():
    doc = _doc()
    assert sum("印製日期" in p.text or "印制日期" in p.text for p in doc.body) == 1
    tables = [p for p in doc.body if p.kind == "table"]
    assert all(not p.path for p in tables)  # (no heading over the rows: the report's name was read as one)


def test_every_row_of_both_pages_is_read_with_its_column_names():
    rows = [s for p in _doc().body if p.kind == "table" for s in p.sentences]
    assert any(s.startswith("2023-05-06") and "地点：东涌公园" in s and "伤者：4" in s for s in rows)
    assert any(s.startswith("2024-01-13") and "地点：翔东路步道" in s and "转介：0" in s for s in rows)


def test_the_leader_lines_after_the_listing_stay_lines_of_their_own():
    texts = [p.text for p in _doc().body]
    assert not any("21宗" in t and "中暑个案" in t and t.index("中暑个案") > t.index("21宗") and "\n" not in t
                   for t in texts)
    assert any("集合地点" in t and "东涌社区会堂二楼" in t for t in texts)
