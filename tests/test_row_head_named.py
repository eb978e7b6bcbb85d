"""A value of a table row with a column per year answers only a question that names the row: a Chinese question
asking a thing no word of the row's head says (the club's income) is not answered by the asked year's cell of
another row (Rescues — 2029-30: 127) (index/answering/row_head.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.row_head import row_head_named
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

REPORT = """# Harrowgate Bay Surf Rescue Club — Annual Report 2030-31

Presented to the Annual General Meeting on 9 August 2031 at the clubhouse, Quay Road, Harrowgate Bay.

## Captain's report

Our volunteers completed **7,415 patrol hours** across 25 weekends, up from 6,980 in 2029-30.
The season ran from 20 September 2030 to 26 April 2031. Captain Moira Kellaway thanked the 268 active patrolling
members, including 94 juniors who moved into patrol ranks.

## Rescues and first aid

| Category | 2030-31 | 2029-30 |
| --- | --- | --- |
| Rescues | 151 | 127 |
| First aid treatments | 1,126 | 1,043 |
| Preventative actions | 18,320 | 17,410 |

The busiest day was 2 January 2031 with 37 rescues at North Beach.

## Training

- Bronze Medallion: 52 candidates assessed, 49 passed
- IRB Driver: 9 new drivers

## Finance

Total income was $402,600, of which the annual raffle raised $98,400 and the town council's grant $55,000.
Expenditure was $388,100, including $61,900 on a new rescue boat.
""".encode()


@pytest.fixture(scope="module")
def report(library_with):
    return library_with("rowhead", {"harrowgate_bay_surf_rescue_annual_report_2030-31.md": REPORT})


def test_a_thing_no_row_names_is_refused(report):
    service, _ = report
    out = answer_json(service.ask("哈罗盖特湾冲浪救生俱乐部2029-30年收入多少"))
    assert out["abstained"], out["answer"]


def test_the_row_named_is_answered(report):
    service, _ = report
    out = answer_json(service.ask("哈罗盖特湾冲浪救生俱乐部2029-30年做了多少次急救"))
    assert not out["abstained"] and "1,043" in out["answer"], out["answer"]
    out = answer_json(service.ask("哈罗盖特湾冲浪救生俱乐部2030-31年救援多少次"))
    assert not out["abstained"] and "151" in out["answer"], out["answer"]


def test_the_row_head_by_its_words():
    row = "Callouts — 2030-31: 57; 2029-30: 44"
    at = row.index("57")
    span = Span("57", at, at + 2, "figure")
    assert not row_head_named(analyse("2030-31年度卖了多少张彩票"), row, span)
    assert row_head_named(analyse("2030-31年度出动了多少次callouts"), row, span)  # the head's own word
    assert row_head_named(analyse("how many raffle tickets in 2030-31"), row, span)  # English: the bridge's, left
    cell = "Training hours — 2030-31: 3,410; 2029-30: 3,060"
    at = cell.index("3,410")
    assert row_head_named(analyse("2030-31年度培训了多少小时"), cell, Span("3,410", at, at + 5, "figure"))
