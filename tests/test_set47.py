"""Set 42's leftovers (set47): dates written in figures alone (2025.03.14, 22/05/2025) read as dates; an html page's
<title> naming its site beside another <h1>. Made-up documents and questions in those shapes: other bodies, places and
figures than any question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_date_written_with_dots_answers_a_when_question():
    sentence = "2024.11.05，区委宣布：张立新任区红十字会党组书记，原书记另有任用。"
    assert ask("区红十字会新书记是什么时候宣布的", sentence) == "2024.11.05"
    assert ask("on what date did the district committee name its secretary", sentence) == "2024.11.05"


def test_a_dotted_date_range_answers_with_its_first_day_or_whole():
    sentence = "一是2024.09.03—09.05在青石县举办全区救护技能比武，预计参赛选手120名。"
    assert ask("救护技能比武几号开始", sentence).startswith("2024.09.03")


def test_a_date_written_day_month_year_with_slashes_answers_a_when_question():
    sentence = "A mobile session will visit the Harbour Ferry crews on 18/06/2024 and Westfield Mall on 02/07/2024."
    assert ask("when will the mobile session visit the ferry crews", sentence) == "18/06/2024"
    assert ask("流動捐血車幾時去渡輪碼頭", sentence) == "18/06/2024"
    sentence = "The depot opened on 05/10/2016 and shares a yard with the county ambulance station."
    assert ask("when did the depot open", sentence) == "05/10/2016"


def test_a_passage_giving_a_day_month_year_date_states_the_date_a_when_question_asks():
    # (a when-question's best passage that states no date goes after one of its document that does: measured.py)
    from reportbot.index.retrieval.measured import asked_pattern

    stated = asked_pattern("when will the mobile session visit the ferry crews", "en", "when")
    assert stated.search("A mobile session will visit the Harbour Ferry crews on 18/06/2024.")
    assert not stated.search("Harbour Ferry crews gave 18 of the 206 units collected in 2024.")


def test_a_named_day_in_a_question_asks_no_date():
    # (Harbour Swim Day is the event's name: the question asks what its kiosk lent, not its date)
    sentence = "Harbour Swim Day kiosk: 13/09/2024, 80 lifejackets lent over one afternoon."
    got = ask("how many lifejackets did the harbour swim day kiosk lend", sentence)
    assert "80" in got and "13/09" not in got
    sentence = "The busiest single day was Saturday 8 March 2025, with 41 patients seen at the two posts."
    assert "Saturday 8 March 2025" in ask("the spring clinics' busiest day", sentence)



def test_a_day_a_verb_or_a_preposition_follows_still_asks_its_date():
    # (review47: only of / is / was / will / do were read as asking; were, in, for … named an event: the figures
    # offered for "busiest day for …" were its counts, 41 patients, not the day)
    from reportbot.index.answering.figures_en import _candidates

    sentence = "The busiest single day was Saturday 8 March 2025, with 41 patients seen at the two posts."
    for question in ("busiest day for the spring clinics", "on which day were the spring clinics busiest"):
        assert [m.group(0) for m in _candidates(analyse(question), sentence)] == ["8 March 2025"]
    assert "41" in ask("how many patients did the harbour swim day kiosk treat", sentence)


def test_a_day_as_a_rate_asks_no_date():
    # (review47: "per day for …" is a rate, as "a day", "each day": no date asked whatever follows)
    from reportbot.index.answering.day_asked import asks_day

    assert not asks_day("how much is a steward paid per day for a match shift")
    assert not asks_day("how many meals a day are served")
    assert asks_day("busiest day for the spring clinics")
