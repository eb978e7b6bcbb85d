"""Short answers from English evidence are whole: figures with units and ranges, dates, times, phone numbers."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

CPR = "Push hard and fast: compressions should be 5–6 cm deep at a rate of 100–120 per minute."


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_ranges_with_their_units():
    assert ask("How often should babies be fed?", "Feed the baby every 2–3 hours.") == "every 2–3 hours"
    assert ask("How deep should compressions be for adults?", CPR) == "5–6 cm"
    assert ask("What rate should compressions be given at?", CPR) == "100–120 per minute"


def test_ratios_money_and_counted_nouns():
    s = "Give compressions and breaths at 15:2 until help comes."
    assert ask("What is the ratio of compressions to breaths?", s) == "15:2"
    assert ask("What total budget did the board approve?", "The board approved a budget of $4.85 million for 2025.") \
        == "$4.85 million"
    assert ask("How many units of blood were collected?", "Drives collected 3,260 units of blood in 2023.") \
        == "3,260 units of blood"


def test_durations_dates_times_and_phone_numbers():
    assert ask("How long should a burn be cooled?", "Cool the burn under running water for 20 minutes.") \
        == "for 20 minutes"
    assert ask("When will the gala be held?", "The gala will be held on 12 October 2024 at City Hall.") \
        == "12 October 2024"
    assert ask("What time does the clinic open?", "The clinic opens at 8:30 am on weekdays.") == "8:30 am"
    assert ask("What number should I call?", "In an emergency call the hotline 2802 0021.") == "2802 0021"


def test_no_fragments():
    got = ask("Where should the thermometer be placed?", "Place the thermometer below the armpit.")
    assert not got.startswith(" ") and not got.endswith(".")


def test_a_chinese_question_over_an_english_sentence():
    assert ask("婴儿每隔多久喂一次？", "Feed the baby every 2–3 hours.") == "every 2–3 hours"


def test_money_and_the_counted_noun_decide_among_figures():
    s = "On 1 April the board approved a total budget of $4.85 million for FY 2024-25."
    assert ask("What total budget did the board approve for FY 2024-25?", s) == "$4.85 million"
    s = "14 community drives in 2023 collected 3,260 units of blood."
    assert ask("How many units of blood did the drives collect in 2023?", s) == "3,260 units of blood"


def test_phone_numbers_whole_in_either_language():
    assert ask("志愿服务总队的咨询电话是多少？", "咨询电话：0574-87654321，工作日9:00—17:00。") == "0574-87654321"
    assert ask("What is the contact phone number for the course?", "报名咨询：校红十字会办公室，电话 0571-88206666。") \
        == "0571-88206666"


def test_a_share_keeps_its_percent_sign_and_takes_no_unit_after_it():
    from reportbot.index.answering.figures_en import extract_figure
    from reportbot.index.retrieval.query import analyse

    sentence = "Of the 300 members asked, 64% said the new rota was fairer and 21% had no view."
    q = analyse("what share of members found the rota fairer")
    span = extract_figure(q, sentence, [(sentence.index("rota"), sentence.index("rota") + 4, 1.0)])
    assert span is not None and span.text == "64%"


def test_a_hotline_dialled_without_a_dash_and_an_area_code_kept():
    faq = "A: For disaster information call the 1999 hotline; from outside the city dial 02-2720-8889."
    assert ask("what's the non-emergency hotline number?", faq) == "1999"
    assert ask("what's the phone number outside the city?", "From outside the city dial 02-2720-8889.") \
        == "02-2720-8889"
    assert ask("hotline for disaster info?", "答：請撥打1888高雄市民服務熱線，外縣市請撥07-3316-5520。") == "1888"
    # a year or a count is no phone number
    assert ask("what number do I call?", "In 2024 we answered 1999 calls; call 0571-88231460.") == "0571-88231460"


def test_what_a_thing_is_called_is_the_name_the_sentence_gives_it():
    s = 'Staff turnover dropped from 9.4% to 7.2% once a mentoring scheme called "Buddy Line" started.'
    assert ask("what's the mentoring scheme called", s) == "Buddy Line"
    assert ask("what is the name of the dispatch system?",
               'The control room moved to a new dispatch system, "Beacon", in June 2024.') == "Beacon"


def test_times_asked_are_clock_times_whole_ranges_and_a_recurring_weekday_answers_when():
    from reportbot.index.answering.choose import extract
    from reportbot.index.retrieval.query import analyse

    s = "Reading room sessions run Tuesday to Friday, 9:30 AM to 12:00 PM and 2:00 PM to 5:00 PM; bring a card."
    assert extract(analyse("reading room session times", None), s).text == "9:30 AM to 12:00 PM"
    s = "Entry is free for all visitors on the last Friday of each month, with support from the city council."
    assert "last Friday" in extract(analyse("when is entry free for all visitors", None), s).text
    s = "Members may borrow up to 3 times a week and 12 items in all."
    assert "3 times" in extract(analyse("how many times a week can members borrow", None), s).text


def test_a_unit_per_unit_stays_whole():
    assert ask("fasting glucose limit", "Fasting glucose must be below 6.1 mmol/L at the test.") == "below 6.1 mmol/L"
    assert ask("hb threshold for women", "Haemoglobin (women) — Requirement: at least 125 g/L；Notes: test on site") \
        == "at least 125 g/L"


def test_a_postcode_is_no_figure_that_answers_a_count():
    address = "Riverton Ambulance Service NHS Trust, Unit 4, Kestrel Park, Mill Lane, Riverton RV3 7QT"
    assert "7QT" not in ask("how many ambulances does the riverton trust have", address)
    assert ask("how many teams are there", "The county has 12 teams, based at Bridgwater TA6 3DX.") == "12 teams"
