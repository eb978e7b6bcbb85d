"""An English question's year (month) that the evidence states otherwise is not answered from it
(index/answering/stated_otherwise.py): minutes dated one year that report the year before, a sentence comparing two
years, a list hanging from a lead that names its year. Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.stated_otherwise import asked_years, lead_years, own_years, stated_otherwise

MINUTES = b"""# Elmsworth Rescue Society - Council Minutes 2031-03

Date: Tuesday, 11 March 2031

## Item 5. Treasurer's Report

The Treasurer reported that takings from the spring raffle fell to $52,400 in 2030 from $58,900 in 2029.

## Item 6. Activity Report

The Director presented the activity report for 2030:

- The swim safety camps enrolled 1,475 children.
- The boat crews answered 318 call-outs on the estuary.
"""


@pytest.fixture(scope="module")
def minutes(library_with):
    return library_with("stated_otherwise", {"elmsworth_council_minutes.md": MINUTES})


def test_minutes_of_one_year_do_not_answer_for_it_with_the_year_before(minutes):
    service, _ = minutes
    for question in ("how many children did elmsworth swim safety camps enrol in 2031",
                     "how much did the elmsworth spring raffle take in 2031"):
        out = answer_json(service.ask(question))
        assert out["abstained"], (question, out["answer"])


def test_the_year_the_lead_or_sentence_states_still_answers(minutes):
    service, _ = minutes
    out = answer_json(service.ask("how many children did elmsworth swim safety camps enrol in 2030"))
    assert not out["abstained"] and "1,475" in out["answer"], out["answer"]
    out = answer_json(service.ask("how much did the elmsworth spring raffle take in 2030"))
    assert not out["abstained"] and "52,400" in out["answer"], out["answer"]


def _span(sentence: str, text: str) -> Span:
    start = sentence.index(text)
    return Span(text, start, start + len(text), "figure")


def test_the_sentence_states_the_year_or_the_lead_does():
    passage = "The Director presented the activity report for 2030:\n23 swim safety camps enrolled 1,475 children."
    sentence = "23 swim safety camps enrolled 1,475 children."
    span = _span(sentence, "1,475 children")
    assert stated_otherwise("children enrolled in 2031", sentence, span, passage)
    assert not stated_otherwise("children enrolled in 2030", sentence, span, passage)
    assert not stated_otherwise("children enrolled", sentence, span, passage)  # no year asked
    compared = "Takings fell to $52,400 in 2030 from $58,900 in 2029."
    assert stated_otherwise("takings in 2031", compared, _span(compared, "$52,400"), compared)
    assert stated_otherwise("takings in 2029", compared, _span(compared, "$52,400"), compared)  # the baseline's
    assert not stated_otherwise("takings in 2030", compared, _span(compared, "$52,400"), compared)


def test_an_aside_in_brackets_is_not_the_figures_year():
    sentence = "Total takings rose to £4.1 million (2030: £3.8 million)."
    span = _span(sentence, "£4.1 million")
    assert not stated_otherwise("total takings 2031", sentence, span, sentence)
    assert own_years(sentence) == set()


def test_a_month_stated_otherwise_and_a_republic_of_china_year():
    sentence = "In October the larder served 530 families, up from 488 in September."
    span = _span(sentence, "530 families")
    assert stated_otherwise("how many families did the larder serve in may", sentence, span, sentence)
    assert not stated_otherwise("how many families did the larder serve in october", sentence, span, sentence)
    assert asked_years("volunteers in minguo 119") == {2030}
    assert asked_years("volunteers in ROC year 120") == {2031}
    roll = "120年度結訓學員共64人。"
    assert stated_otherwise("trainees in minguo 119", roll, _span(roll, "64人"), roll)
    assert not stated_otherwise("trainees in minguo 120", roll, _span(roll, "64人"), roll)


def test_the_lead_is_the_last_sentence_before_that_states_a_year():
    passage = "In 2029 the society was founded. The Director presented the report for 2030:\n23 camps ran."
    assert lead_years("23 camps ran.", passage) == {2030}
    assert lead_years("23 camps ran.", "23 camps ran.") == set()


def test_a_republic_of_china_year_by_its_era_is_read_against_the_documents_title():
    # the search reads no year in "minguo 119", so the document's title is where its other year shows
    table = "總計：212人"
    span = _span(table, "212人")
    title = "民國120年度防汛演練成果報告"
    assert stated_otherwise("total volunteers in minguo 119", table, span, table, title)
    assert not stated_otherwise("total volunteers in minguo 120", table, span, table, title)
    assert not stated_otherwise("total volunteers", table, span, table, title)
