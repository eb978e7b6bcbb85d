"""Spans of round 44: a date in the Republic of China's calendar kept whole, a place whose one-character ending (谷)
the tagger reads as a surname, a total asked whose figure opens with its mark (累计七十六个), which team over a table
row (the row's name), an English total of another thing (total costs for the total income), a weight asked (how
heavy: kilograms, not g/L). Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_republic_of_china_year_before_its_month_and_day_stays_in_the_date():
    # 113年 is the ROC year (2024): the day asked is the whole date, not its month and day alone
    sentence = "（三）113年10月5日於竹南鎮辦理社區防災演練，預計動員志工150人。"
    assert extract(analyse("社區防災演練是哪天"), sentence).text == "113年10月5日"


def test_a_count_of_years_is_no_date():
    # 120年 with no month after it counts years: the date asked is the one written with its month and day
    sentence = "本會成立已120年，今年於10月5日舉辦週年慶祝大會。"
    assert extract(analyse("週年慶祝大會是哪天"), sentence).text == "10月5日"


def test_a_valley_closes_the_place_the_rescue_was_in():
    # 谷 ends the valley's name (tagged a surname alone): the place is the county and the valley, not a cut name
    sentence = "8月，救援队在平江县石牛谷成功搜救3名被困游客。"
    assert extract(analyse("救援队8月在哪救的人"), sentence).text == "平江县石牛谷"


def test_a_surname_after_a_place_stays_out_of_it():
    # 江 is a place's ending and a surname: 江先生 is a person, the place is the district before him
    sentence = "志愿者在宁波市江北区服务，宁波市民江先生捐款1万元。"
    assert extract(analyse("志愿者在哪服务"), sentence).text == "宁波市江北区"


def test_a_total_asked_is_the_figure_its_qualifier_marks_a_total():
    # 累计 is read with its figure (累计七十六个): that figure is the one the sentence marks a total
    sentence = "今年新建博爱家园十二个，累计七十六个。"
    assert extract(analyse("到年底累计有多少个博爱家园"), sentence).text.endswith("七十六个")


def test_the_years_new_count_answers_when_no_total_is_asked():
    sentence = "今年新建博爱家园12个，累计76个。"
    assert extract(analyse("今年新建了多少个博爱家园"), sentence).text == "12个"


_TEAM_ROW = "拱墅区“生命守护”志愿队 — 队长：方建明；在册队员：64人；成立年份：2018年；专业方向：水上救援"


def test_which_team_over_a_row_whose_cell_holds_the_questions_words_is_the_rows_name():
    # the captain's name is a cell's value and 队 closes the row's name: the team asked is the row, not 64人
    assert extract(analyse("方建明带的是哪个队"), _TEAM_ROW).text == "拱墅区“生命守护”志愿队"


def test_a_question_naming_the_row_still_reads_its_cell():
    assert extract(analyse("生命守护志愿队有多少队员"), _TEAM_ROW).text == "64人"
    assert extract(analyse("生命守护志愿队的队长是谁"), _TEAM_ROW).text == "方建明"


_INCOME = "Total income rose to £41.7 million and total costs to £40.2 million, leaving a surplus of £1.5 million."


def test_a_total_of_another_thing_is_no_answer_to_the_total_asked():
    # "total costs to £40.2 million" is a total, but of costs: the total income asked is the figure income opens
    assert extract(analyse("harbourside trust total income 2024"), _INCOME).text == "£41.7 million"


def test_the_total_a_question_names_keeps_its_mark():
    assert extract(analyse("what were the total costs"), _INCOME).text == "£40.2 million"
    sentence = "Volunteers worked 310 shifts and served a total of 18,000 meals."
    assert extract(analyse("how many meals were served in total"), sentence).text == "18,000 meals"


def test_how_heavy_asks_a_weight_the_sentence_in_kilograms_gives():
    from types import SimpleNamespace

    from reportbot.index.answering.evidence import pick_sentence
    said = ["Before every donation we test your haemoglobin: at least 130 g/L for men and 125 g/L for women.",
            "Donors must be 17 to 65 years old and men at least 55 kg, women at least 50 kg."]
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=[0.66, 0.6])
    q = analyse("how heavy do women need to be to give blood")
    assert pick_sentence(SimpleNamespace(query=q), hit) == 1
    assert extract(q, said[1]).text == "at least 50 kg"
