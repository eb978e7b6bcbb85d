"""Loading and reading leftovers of round 48 (loaders49). Made-up documents and questions in those shapes: other
bodies, places and figures than any question set's."""
from __future__ import annotations

from reportbot.index.retrieval.context import agrees, question_constraints
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.query import analyse


def constraints(question: str):
    q = analyse(question)
    return question_constraints(q.text, q.groups, jieba_places())


_SECTION = ("harbour valley lifeboat volunteers annual return for the year ended 30 june 2026 section a - crew "
            "launches in year 77")


def test_a_fiscal_year_asked_agrees_with_a_return_for_the_year_ended_in_its_second_year():
    # a return "for the year ended 30 June 2026" covers July 2025 to June 2026: the year 2025-26, however the
    # question writes it
    assert agrees(constraints("How many launches did the lifeboat crew make in 2025-26?"), _SECTION)
    assert agrees(constraints("救生艇队2025/26年度下水救援几回"), _SECTION)
    assert agrees(constraints("救生艇队2025-2026年度下水救援几回"),
                  "救生艇志愿队 截至2026年6月30日止年度 出动77次")
    # another fiscal year, and a year ended with December (the calendar year itself), do not
    assert not agrees(constraints("How many launches did the lifeboat crew make in 2026-27?"), _SECTION)
    assert not agrees(constraints("How many launches did the lifeboat crew make in 2025-26?"),
                      "annual return for the year ended 31 december 2026 section a launches in year 77")


def test_the_fiscal_year_asked_counts_as_named_by_a_return_for_the_year_ended_in_it():
    # the refusal reads whether the evidence's context names the question's year: "2025-26" is named by "for the
    # year ended 30 June 2026" as it is by "2025-26", and not by a return for another year
    from reportbot.index.answering.signals import constraints_found

    q = analyse("救生艇队2025-26年度下水救援几回")
    assert constraints_found(q, _SECTION) == 1.0
    assert constraints_found(q, _SECTION.replace("2026", "2027")) == 0.0


_SEASON = """# Kestrel Bay Surf Patrols - 2025-26 Season in Numbers

Kestrel Bay Surf Patrols covers nine beaches. The 2025-26 patrol season ran from 27 September 2025 to 26 April 2026.
These figures were compiled by the patrol office and presented to the committee on 19 May 2026.

rescues: 118
"""

_YEAR_REVIEW = """Kestrel Bay Ambulance Volunteers
Annual Review 2025-26
For the year 1 July 2025 to 30 June 2026
Presented to the Annual General Meeting, 14 October 2026

1. Message from the Chair
Our crews attended 2,140 calls.
"""


def test_a_period_opening_a_document_is_not_its_date():
    # the first date under the title opens the period the document reports on (a season, a financial year): the
    # document's own date is the day it was presented
    from tests.files import load

    assert load(_SEASON.encode(), "season.md").date == "19 May 2026"
    assert load(_YEAR_REVIEW.encode(), "review.txt").date == "14 October 2026"
    notice = "# 鹭湾红十字会通报\n\n本会于2026年1月1日至6月30日开展培训。\n\n2026年7月9日\n"
    assert load(notice.encode(), "notice.md").date == "2026年7月9日"


def _noted_docx() -> bytes:
    import docx
    from docx.shared import Pt

    from tests.files import docx_saved

    d = docx.Document()
    d.add_heading("Harbour Crew Guide", 0)
    d.add_heading("1. Launch levels", 1)
    d.add_paragraph("The crew launches at level 2 with six members aboard.")
    d.add_heading("2. Crew safety", 1)
    p = d.add_paragraph("Each crew member receives a dry suit worth about 640 pounds")
    p.add_run("1").font.superscript = True
    p.add_run(". Suits go back to the boathouse by 30 April.")
    d.add_heading("3. Review", 1)
    d.add_paragraph("This guide is reviewed every year in May.")
    note = d.add_paragraph("1 The suit was paid for by a grant of 9,000 pounds from the Gullhaven Marine Fund.")
    note.runs[0].font.size = Pt(8)
    return docx_saved(d)


def test_a_word_footnote_set_at_the_end_is_read_under_the_section_that_marks_it():
    # the note's number is set raised after "pounds": a mark, not a figure of the sentence; the note, at the
    # document's end, says more about that sentence and is read right after it, in its section (it had stood under
    # the last section, "3. Review")
    from tests.files import load

    doc = load(_noted_docx(), "guide.docx")
    suit = next(p for p in doc.body if "dry suit" in p.text)
    assert "640 pounds." in suit.text and "pounds1" not in suit.text
    fund = next(p for p in doc.body if "Gullhaven" in p.text)
    assert fund.path == ("2. Crew safety",)


def test_a_fiscal_year_written_with_two_figures_each_in_a_chinese_question_is_that_fiscal_year():
    # 25/26年度 is the year 2025/26, not the calendar year 2026: a table's 2025/26 column agrees, 2026/27 does not
    got = constraints("救生艇队25/26年度下水救援几回")
    assert agrees(got, "出动次数 — 2025/26年度：77；2026/27年度：80")
    assert not agrees(got, "出动次数 — 2026/27年度：80")
