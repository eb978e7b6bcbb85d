"""A passage standing apart from the text it belongs to (a minutes' list of names, a closing) is read under its lead:
the sentence over it counts with its context where a question is matched, its own text as it was (corpus/leads.py)."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.context import context_text

# made up: a club's minutes, its attendance lists each a passage of its own (label_lists), the meeting's month said
# only in the sentence over them
MINUTES = """# Harrowgate Lifesaving Club Committee

Minutes of the ordinary committee meeting held on Thursday 9 October 2025.

Present: Irene Vale (Chair), Tomasz Berg (Secretary), Lucy Amato, Colm Reid

Apologies: Nora Flint, Owen Pike

In attendance: Constable Mia Fenn, Surf Life Saving liaison (item 2 only)

## 1. Patrol season

1.1 Patrols will start on 1 December 2025 at North Beach and Tanner's Point.

1.2 The club has 64 patrolling members this season.

## 2. Equipment

2.1 The rescue board fund stands at $4,150.
"""

# made up: a Chinese notice whose closing (此致 / 敬礼！, a post and a name, a date) is a passage of its own
NOTICE = """关于开展防溺水宣传活动的通知

各镇红十字会：

为做好暑期防溺水工作，定于2025年7月5日在滨江公园开展防溺水宣传活动，请各单位组织志愿者参加。

此致
敬礼！

会长　周立民
2025年6月20日
"""


def _passage(doc, start: str):
    return next(p for p in doc.body if p.text.startswith(start))


def test_a_list_of_names_reads_under_the_sentence_over_its_run_of_lists():
    doc = parse_text(MINUTES, "minutes.md")
    lead = "Minutes of the ordinary committee meeting held on Thursday 9 October 2025."
    for start in ("Present:", "Apologies:", "In attendance:"):
        assert _passage(doc, start).lead == lead
    apologies = _passage(doc, "Apologies:")
    assert apologies.text == "Apologies: Nora Flint, Owen Pike"  # its own text as it was
    assert _passage(doc, "Minutes of").lead == "" and _passage(doc, "1.1 Patrols").lead == ""


def test_a_closing_reads_under_the_sentence_ending_the_text():
    doc = parse_text(NOTICE, "notice.txt")
    closing = _passage(doc, "此致")
    assert "会长　周立民" in closing.text and closing.path == ()
    assert closing.lead.startswith("为做好暑期防溺水工作") and closing.lead.endswith("请各单位组织志愿者参加。")


def test_the_lead_is_the_nearest_passage_before_under_the_same_headings_that_does_not_stand_apart():
    from reportbot.corpus.leads import leads

    paths = [("A",), ("A",), ("A",), ("B",), ("B",), ()]
    sentences = [["Opening."], ["List one: x, y"], ["List two: z, w"], ["List three: u, v"], ["Prose.", "Last."],
                 ["Signed"]]
    # (the list under B heads its section: no passage before it under B, no lead; the closing reads under the
    # last sentence before it)
    assert leads(paths, sentences, {1, 2, 3, 5}) == {1: "Opening.", 2: "Opening.", 5: "Last."}
    # (a table's last row or a list's last item over a list is no sentence it reads under: the prose over them is)
    kinds = ["text", "table", "text", "text", "list", "text"]
    assert leads(paths, sentences, {2, 5}, kinds) == {2: "Opening.", 5: "List three: u, v"}


def test_the_lead_counts_with_the_passages_context():
    apologies = _passage(parse_text(MINUTES, "minutes.md"), "Apologies:")
    assert "9 October 2025" in context_text("Harrowgate Lifesaving Club Committee", None, apologies)


@pytest.fixture(scope="module")
def harrowgate(library_with):
    service, ids = library_with("harrowgate", {"harrowgate_minutes.md": MINUTES.encode()})
    return service, ids["harrowgate_minutes.md"]


def test_an_apology_asked_by_the_meetings_month_is_answered_from_the_list(harrowgate):
    service, doc = harrowgate
    out = answer_json(service.ask("who sent apologies at the october meeting"))
    assert out["passages"][0]["doc"] == doc
    assert out["passages"][0]["text"] == "Apologies: Nora Flint, Owen Pike"
    assert not out["abstained"] and out["answer"] in ("Nora Flint", "Nora Flint, Owen Pike")


def test_a_list_of_names_after_numbered_paragraphs_reads_under_the_sentence_over_them():
    # made up: numbered items after the meeting's sentence, each a passage of its own: the last item (2. The …) is no
    # sentence the attendance reads under, as a list's last item is none; the meeting's sentence is
    text = ("Harrowgate Lifesaving Club Committee\n\n"
            "Minutes of the ordinary committee meeting held on Wednesday 12 November 2025.\n\n"
            "1. Irene Vale opened the meeting at seven;\n\n2. The minutes of October were read.\n\n"
            "Apologies: Kylie Morgan, Ben Tuckett\n")
    doc = parse_text(text, "minutes.txt")
    assert _passage(doc, "Apologies:").lead == \
        "Minutes of the ordinary committee meeting held on Wednesday 12 November 2025."
