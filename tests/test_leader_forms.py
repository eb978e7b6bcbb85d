"""A return or a form typed as plain text: its figures on lines of a label, leader dots and a value
(``Calls dispatched ........ 1,096 (987)``), its sections named in capitals and their groups in ordinary case
(lead-45, from set 41's documents). Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_RETURN = """HARBOUR RESCUE VOLUNTEERS
ANNUAL RETURN FOR THE YEAR ENDED 31 MARCH 2025

Figures for last year are shown in brackets.

SECTION A - GOVERNANCE
Chair ................................... Dr Alan Moss
Auditor ................................. Finch & Rowe, Portree
Meetings held ........................... 5

SECTION B - ACTIVITY
Launches ................................ 1,204 (1,130)
Median launch time ...................... 6 min 10 s (6 min 40 s)
Longest rescue .......................... 9 hours, Sound of Raasay, March 2025
People rescued .......................... 87 (79)

SECTION C - FINANCE
Income
  Donations ............................. 96,400 (88,100)
  Grants ................................ 20,000 (20,000)
Expenditure
  Fuel .................................. 31,900
  Training .............................. 12,450

NOTES
1. Launches rose because the coastguard now pages the crew for every shore search.
"""


# the title block's line naming the return's year heads every section (loaders48, .period_head)
_YEAR = "ANNUAL RETURN FOR THE YEAR ENDED 31 MARCH 2025"


def test_leader_lines_whose_values_hold_commas_stay_lines_of_their_section():
    doc = load(_RETURN.encode(), "return.txt")
    activity = [p for p in doc.body if "Launches:" in p.text]
    assert len(activity) == 1 and activity[0].path == (_YEAR, "SECTION B - ACTIVITY")
    assert "People rescued" in activity[0].text and "Longest rescue" in activity[0].text
    governance = next(p for p in doc.body if "Dr Alan Moss" in p.text)
    assert "Finch & Rowe, Portree" in governance.text and governance.path == (_YEAR, "SECTION A - GOVERNANCE")
    assert not any("...." in h for h in doc.headings)  # no leader line heads a section


def test_a_group_in_ordinary_case_stands_under_the_section_in_capitals_above_it():
    doc = load(_RETURN.encode(), "return.txt")
    income = next(p for p in doc.body if "Donations" in p.text)
    assert income.path == (_YEAR, "SECTION C - FINANCE", "Income")
    assert "SECTION C" not in income.text
    spending = next(p for p in doc.body if "Fuel" in p.text)
    assert spending.path == (_YEAR, "SECTION C - FINANCE", "Expenditure")


def test_an_ellipsis_in_a_line_of_speech_is_still_no_leader():
    text = ("Duty log\n\nTom said ... well, I will take one more shift.\n"
            "Amy said ... fine, I will stay until midnight.\n\nWe took seven calls that night.\n")
    doc = load(text.encode(), "log.txt")
    said = [p for p in doc.body if "Tom said" in p.text]
    assert said and "Tom said ... well, I will take one more shift." in said[0].text


def test_the_leader_values_are_recorded_in_the_index_manifests_tunables():
    from reportbot.corpus.leader_lines import LEADER_VALUES
    from reportbot.index.retrieval.passage_texts import tunables

    assert tunables()["leader_values"] == {"chars": LEADER_VALUES.chars, "words": LEADER_VALUES.words}


def test_a_leader_line_reads_as_its_label_and_value():
    doc = load(_RETURN.encode(), "return.txt")
    activity = next(p for p in doc.body if "Launches:" in p.text)
    assert "Launches: 1,204 (1,130)" in activity.sentences or "Launches: 1,204 (1,130)" in activity.text.splitlines()
    assert "...." not in activity.text


def test_a_table_of_contents_under_its_name_still_goes():
    text = ("年度报告\n\n目录\n一、工作回顾……………………1\n二、存在问题……………………5\n\n"
            "一、工作回顾\n\n全年培训3.2万人次。\n\n二、存在问题\n\n经费不足。\n")
    doc = load(text.encode(), "报告.txt")
    assert not any("……" in p.text or "..." in p.text or "：1" in p.text for p in doc.body)
