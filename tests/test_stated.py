"""A qualifier of the question (a year, a month, a numbered grade) that the evidence's sentence states with another
value of the same kind (pure, no index; index/answering/stated.py)."""
from __future__ import annotations

from reportbot.index.answering.stated import grades, otherwise, stated_agrees, years

AUGUST = "In August the pantry served 412 households, up from 356 in July."


def test_a_month_the_sentence_gives_otherwise():
    assert otherwise("how many households did maple street serve in june", AUGUST) == "month"
    assert otherwise("how many households did maple street serve in august", AUGUST) == ""
    assert otherwise("6月服务了多少户", AUGUST) == "month"  # the month in any language's form
    assert otherwise("how many households did maple street serve", AUGUST) == ""  # nothing asked: nothing against


def test_a_year_the_sentence_gives_otherwise_but_not_a_baseline():
    flag = "Income from the annual Flag Day fell to $386,000 in 2023 from $412,000 in 2022."
    assert otherwise("flag day income 2024", flag) == "year"
    assert otherwise("flag day income 2023", flag) == ""
    # a year the figure is compared with is no qualifier of the figure (较2022年底, up from … in 2023)
    assert otherwise("截至2023年底成人会员有多少名", "发展成人会员72.4万名，较2022年底的68.05万名增长6.4%；") == ""
    assert otherwise("active volunteers at end of 2024", "Active volunteers: 4,870, up from 4,210 in 2023.") == ""
    # a date that is the answer says no year of the thing asked about (the 2023 report published in 2024)
    line = "发布日期：2024年1月18日"
    assert otherwise("2023年度通报是哪天发的", line, (5, 15)) == ""
    assert otherwise("2023年度通报是哪天发的", line) == "year"
    # a year of the Republic of China's calendar is the same year written otherwise
    assert otherwise("基隆市紅十字會113年訓練了多少人", "上課日期（民國）：114年3月8日；名額（人）：40") == "year"
    assert otherwise("基隆2025年訓練了多少人", "上課日期（民國）：114年3月8日；名額（人）：40") == ""
    assert years("FY 2024-25") == {2024, 2025}


def test_a_numbered_grade_the_sentence_gives_otherwise():
    row = "Flood Rescue Level 1 (Land-based) — Hours: 16; Renew every: 2 years"
    assert otherwise("how long is the swift water rescue level 2 course", row) == "grade"
    assert otherwise("how long is the flood rescue level 1 course", row) == ""
    emt1 = "初級救護技術員（EMT-1） — 時數：40小時；費用：新臺幣3,200元"
    assert otherwise("台南紅會EMT-2訓練費多少", emt1) == "grade"
    assert otherwise("EMT-2訓練費多少", "EMT-1與EMT-2合班，費用：新臺幣3,200元") == ""  # stated as asked too
    assert grades("Q2 meeting, COVID-19, Level II, page 5") == {("q", 2), ("level", 2)}
    assert stated_agrees("how long is the level 2 course", row) == 0.0
