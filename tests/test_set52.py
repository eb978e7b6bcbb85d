"""A phone number a document writes with a space between its groups (查詢電話：2870 5512) is no count (set52): its
second group had been read as a figure, the answer to a count question whose first passage was a contact line. Made-up
sentences in the documents' style: other bodies, places and figures than any question set's."""
from __future__ import annotations

from reportbot.index.answering.figures_zh import extract_number
from reportbot.index.retrieval.query import analyse


def _count(question: str, sentence: str) -> str | None:
    span = extract_number(analyse(question), sentence, [])
    return None if span is None else span.text


def test_a_phone_number_with_a_space_is_no_count():
    assert _count("石排湾救护队有多少副担架", "查询电话：2870 5512 电邮：shipaiwan.rescue@example.org") is None
    assert _count("西湾义工站一共多少个队员", "报名及查询请致电 2866 4019。") is None
    # (a page in traditional characters is read as it writes them: 查詢電話, 致電)
    assert _count("石排灣救護隊有多少副擔架", "查詢電話：2870 5512　電郵：shipaiwan.rescue@example.org") is None
    assert _count("西灣義工站一共多少個隊員", "報名及查詢請致電 2866 4019。") is None


def test_the_count_beside_a_phone_number_still_answers():
    assert _count("石排湾救护队有多少副担架", "本队添置担架4副，查询电话：2870 5512。") == "4副"
    assert _count("每班最多收多少人", "每班最多24人，查询热线：2866 4019") == "24人"
    # (two figures a space apart that no phone word calls a phone: a count as before)
    assert _count("共有多少人参加", "2025年 1306人参加") == "1306人"
