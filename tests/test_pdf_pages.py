"""A PDF's lines that belong together though its layout broke them: a sentence over a page break, a wrapped title."""
from __future__ import annotations

from tests.files import load, make_pdf

BODY = "The programme distributed 9,600 family relief kits, 4,300 folding beds and rice. A total of"


def test_a_sentence_that_runs_over_a_page_break_is_one_passage_on_the_page_it_starts_on():
    pages = [["Final Evaluation", "1. Outputs",
              "Relief started within 36 hours of the branch activating its emergency plan.", BODY],
             ["1,140 volunteers were deployed, of whom 286 were certified first-aiders.", "2. Cash Grants",
              "Cash grants were paid in two rounds."]]
    doc = load(make_pdf(pages), "evaluation.pdf")
    joined = next(p for p in doc.body if "1,140 volunteers" in p.text)
    assert "A total of 1,140 volunteers were deployed" in joined.text
    assert joined.page == 1 and joined.path == ("1. Outputs",)
    assert next(p for p in doc.body if "two rounds" in p.text).page == 2


def test_a_page_that_ends_a_sentence_starts_a_new_passage():
    pages = [["Final Evaluation", "1. Outputs", BODY + " 1,140 volunteers."],
             ["Two rescue teams joined the search phase."]]
    doc = load(make_pdf(pages), "evaluation.pdf")
    assert next(p for p in doc.body if "rescue teams" in p.text).page == 2


def test_a_long_title_wrapped_onto_a_second_line_is_one_heading():
    pages = [["Final Evaluation Report", "2023 Flood Relief and Early Recovery Programme, Baoding Municipal Red",
              "Cross Society (Hebei Province, China)",
              "Evaluation team: Dr. Li Wenjing (team leader), Mark Henderson and Zhao Peng, for the Baoding branch.",
              "1. Executive Summary", "Between 29 July and 2 August 2023 record rainfall hit the north of Hebei."]]
    doc = load(make_pdf(pages, header=False), "evaluation.pdf")
    team = next(p for p in doc.body if "Evaluation team" in p.text)
    assert team.path[-1] == "2023 Flood Relief and Early Recovery Programme, Baoding Municipal Red Cross Society " \
                            "(Hebei Province, China)"
    assert not any(p.path and p.path[-1] == "Cross Society (Hebei Province, China)" for p in doc.body)


def test_a_closing_quote_ends_a_line_not_a_sentence_unless_the_sentence_ended_before_it():
    from reportbot.corpus.pdf_pages import ends_sentence

    assert not ends_sentence("2023年11月，安徽滁州生产基地一期项目正式投产，公司由“两地生产”迈入“三地协同”")
    assert ends_sentence("董事长说：“继续加油。”") and ends_sentence("Attendees:") and ends_sentence("服务站。")


def test_lines_broken_after_each_clause_are_one_passage_however_short():
    # a report set ragged-right: every line stops after a clause, none runs to the page's width
    pages = [["江苏省红十字会党建工作综述", "一、从严管党治党",
              "省红十字会党组每年专题研究全面从严治党工作不少于4次，与机关各处室签订责任书。",
              "出台《清廉机关建设三年行动方案》，", "开展警示教育活动23场，"],
             ["推动纪检监察组监督与机关内部监督贯通协同。", "各救援队党支部年均出动约1100次、3.6万人次，",
              "受益群众42万人次。省红十字（连云港）", "海上救援队党支部获评先进基层党组织。"]]
    doc = load(make_pdf(pages, header=False, font="STSong-Light"), "review.pdf")
    warning = next(p for p in doc.body if "警示教育" in p.text)
    assert warning.text == ("出台《清廉机关建设三年行动方案》，开展警示教育活动23场，"
                            "推动纪检监察组监督与机关内部监督贯通协同。")
    assert warning.page == 1 and warning.path == ("一、从严管党治党",)
    sea = next(p for p in doc.body if "海上救援队" in p.text)
    assert "受益群众42万人次。" in sea.text and sea.path == ("一、从严管党治党",)


def test_a_ragged_line_of_chinese_prose_that_stops_inside_its_sentence_runs_on_but_a_byline_does_not():
    pages = [["江苏省红十字会党建工作综述", "凝心聚力谱新篇", "（2018—2023年） ■ 陈立群", "一、把牢政治方向",
              "推动全省95个县（市、区）红十字会中的88个建立党组，", "覆盖率达92.6%，其余7个县（市、区）",
              "红十字会明确由同级政府分管负责同志联系指导。", "二、从严管党治党", "五年来开展廉政谈话410人次。"]]
    doc = load(make_pdf(pages, header=False, font="STSong-Light"), "review.pdf")
    party = next(p for p in doc.body if "建立党组" in p.text)
    assert party.text.endswith("其余7个县（市、区）红十字会明确由同级政府分管负责同志联系指导。")
    assert party.path == ("一、把牢政治方向",)
    # the byline's line runs on into no heading or sentence: it stays a line of its own (opening the first passage)
    assert not any("陈立群" in x and "把牢" in x for p in doc.paragraphs for x in p.text.split("\n"))
