"""Short answers a user would notice, one test per kind of failure fixed: the slot, not the question's own words.

Sentences and documents are made up for these tests in the style of the report and the library.
"""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

from tests.files import make_pdf


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_alignment_reads_through_list_marks_and_keeps_the_whole_role():
    s = "建立季度督导制度，上级协会调研、指导、督促下级协会的志愿服务工作。"
    assert ask("谁负责调研指导督促下级协会的志愿服务工作", s) == "上级协会"


def test_which_team_keeps_its_head_noun():
    s = "按省里统一部署支援抗洪，湖滨区红十字山地救援队荣获年度“平安之星”称号。"
    assert "山地救援队" in ask("哪支救援队荣获年度“平安之星”称号？", s)


def test_a_long_quoted_neighbour_finds_the_team_the_sentence_names_differently():
    s = "各救援队党支部积极参与演练，年均出勤800次，市红十字（青田）水域搜救队党支部获评“市先进基层党组织”。"
    assert "青田" in ask("哪支红十字救援队的党支部获评“市先进基层党组织”？", s)


def test_who_over_a_role_followed_by_a_name_and_an_honour_is_the_name():
    s = "城东区红十字救护队队长林国栋获评“市劳动模范”，城西区红十字水上救援队被评为先进集体。"
    assert ask("城东区红十字救护队队长是谁？", s) == "林国栋"


def test_what_a_term_means_is_the_gloss_in_brackets_after_it():
    s = "全面推行“双轮（培训、演练）驱动”工作模式，提升基层应急能力。"
    assert ask("双轮指啥", s) == "培训、演练"


def test_a_count_takes_the_figure_in_the_clause_of_the_questions_year():
    s = "全市累计建成红十字示范服务站36个，其中2022年新建9个。"
    assert ask("2022年新建了多少个红十字示范服务站？", s) == "9个"


def test_a_deadline_is_the_date_that_closes_the_range():
    s = "报名时间为4月2日9:00至4月9日17:00，名额有限。"
    assert ask("报名截止时间是什么时候？", s) == "4月9日"


def test_which_city_takes_the_city_out_of_an_address():
    s = "公司成立于2008年，总部位于福建省厦门市思明区湖滨南路88号。"
    assert ask("In which city is the company headquartered?", s) == "厦门市"


def test_english_names_for_who_and_which_firm():
    s = "Decision: The board set up a Finance Committee, chaired by Helen Moss, with Omar Said as secretary."
    assert ask("Who chairs the Finance Committee?", s) == "Helen Moss"
    s = "Blue Harbour Foods was appointed as caterer for the gala at a fee of $12,000."
    assert ask("Which firm did the board appoint as caterer for the gala?", s) == "Blue Harbour Foods"


REPORT = """海川市红十字志愿服务工作综述

一、队伍建设

公司“海川红十字志愿服务队”现有队员120名，队长由工会主席林志远担任，全年开展活动86场次。

为全体队员购买意外保险，人均保额50万元，全年开展急救培训38场次。

二、创新实践

在全国率先推行“海上救援积分制”，激励队员参与海上搜救。

党员干部参加的学习教育包括：从“三会一课”学习，到“初心讲堂”专题教育，再到红色寻访活动。
"""


@pytest.fixture(scope="module")
def library(library_with):
    pdf = make_pdf([["Item 1. Opening", "The Chair opened the meeting at 18:30 and welcomed two new directors."],
                    ["Item 2. Finance", "The board approved a training budget of $120,000 for the coming year."]],
                   title="Riverside Red Cross Board Minutes")
    manual = ("# First Aid Handbook for Rescuers\n\n## Child CPR\n\nTilt the head back and give 2 gentle breaths, "
              "each about "
              "1 second long. Then give 15 chest compressions with one hand, pressing about 5 cm deep.\n")
    svc, _ = library_with("kinds", {"haichuan.txt": REPORT.encode(), "minutes.pdf": pdf, "guide.md": manual.encode()})
    return svc


def test_english_who_over_chinese_takes_the_person(library):
    a = library.ask("Who is the captain of the Haichuan Red Cross volunteer service team?")
    assert "林志远" in a.answer


def test_english_amount_over_chinese_takes_the_figure(library):
    a = library.ask("What is the per-person insured amount of the accident insurance bought for Haichuan team members?")
    assert a.answer == "50万元"


def test_section_titles_come_from_the_documents_headings(library):
    a = library.ask("海川市红十字志愿服务工作综述第二部分的标题是什么？")
    assert a.answer == "二、创新实践" and a.top.paragraph.section == "二、创新实践"
    assert a.top.paragraph.text.startswith("二、创新实践\n")  # the quoted heading opens the cited passage
    assert library.ask("What is the title of part two of the Riverside board minutes?").answer == "Item 2. Finance"


def test_a_list_question_quotes_the_sentence_with_the_enumeration(library):
    a = library.ask("海川市党员干部参加的学习教育有哪几个？")
    assert "初心讲堂" in a.answer or "三会一课" in a.answer


def test_which_page_answers_with_the_page_of_the_passage(library):
    a = library.ask("On which page of the Riverside board minutes was the training budget approved?")
    assert a.answer == "page 2" and a.top.paragraph.page == 2


def test_a_how_deep_question_over_english_text_takes_the_depth_not_the_count():
    s = "Give 15 compressions at a rate of 100 per minute, pressing down 3–4 cm deep."
    assert ask("What compression depth does the guide give for children?", s) == "3–4 cm"
    assert ask("儿童胸外按压要压多深", s) == "3–4 cm"  # 多深 is a question word


def test_a_when_question_takes_the_day_not_the_clock_time():
    s = "The annual general meeting will be held on Friday, 14 June 2024, at 19:00 in Hall C."
    assert ask("When is the annual general meeting?", s) == "14 June 2024"
    assert ask("年度大会几点开始？", s) == "19:00"


def test_a_total_asked_is_the_figure_marked_as_a_total():
    s = "全市在商场、车站新增配置AED 300台，累计配置达2150台，覆盖所有街道。"
    assert "2150" in ask("全市一共配置了多少台AED？", s)


def test_a_table_row_answers_with_the_column_of_the_asked_year():
    s = "研发投入 — 2023年：1.25亿元；2022年：0.98亿元；同比变动：27.6%"
    assert ask("公司2022年研发投入是多少？", s) == "0.98亿元"


def test_an_email_asked_is_the_address_and_a_colloquial_when_is_a_when():
    assert ask("报名邮箱是啥", "报名方式：发送邮件至 aid@riverside.edu.cn 并注明姓名。") == "aid@riverside.edu.cn"
    assert ask("通知啥时候发的", "发布日期：2024年2月26日") == "2024年2月26日"


def test_places_listed_together_answer_together_and_a_tagged_verb_is_no_place():
    s = "全年在安吉县、德清县两地新建红十字博爱家园16个。"
    assert ask("红十字博爱家园新建在哪里？", s) == "安吉县、德清县"


def test_a_count_quotes_the_sentence_that_counts_the_asked_noun(library):
    a = library.ask("How many chest compressions are given in a child CPR cycle, according to the handbook?")
    assert "15" in a.answer


def test_a_count_prefers_the_figure_of_its_noun_to_a_figure_of_another_word_it_names():
    from types import SimpleNamespace

    from reportbot.index.answering.evidence import pick_sentence

    said = ["Tilt the head back and give 2 gentle breaths, each about 1 second long.",
            "Give 15 chest compressions with one hand, pressing about 5 cm deep."]
    q = analyse("How many chest compressions does a child cycle hold ahead of the gentle breaths?")
    # the search likes the breaths sentence a little better: it holds more of the question's words
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=[0.35, 0.24])
    assert pick_sentence(SimpleNamespace(query=q), hit) == 1


def test_a_chinese_question_about_an_english_guide_is_answered_from_it(library):
    a = library.ask("急救手册里儿童胸外按压要压多深？")
    assert not a.abstained and "5 cm" in a.answer


def test_an_english_range_answers_a_chinese_count_and_a_constraint_is_found_in_translation():
    import dataclasses

    from reportbot.index.answering.signals import constraints_found
    from reportbot.index.answering.spans import Span
    from reportbot.index.answering.typed import typed_ok

    q = analyse("手册建议成人胸外按压每分钟多少次？")
    assert typed_ok(q, Span("100–120 per minute", 0, 18, "figure")) == 1.0  # an en dash is still a figure
    q = dataclasses.replace(analyse("深度是多少？"), groups=({"深度": 1.0, "depth": 0.7},))
    assert constraints_found(q, "Infant CPR depth — Key figure: about 4 cm") == 1.0


def test_english_x_of_what_takes_the_modifier_before_de_and_a_province_may_lack_its_suffix():
    from reportbot.index.retrieval.bridge import Bridge

    bridge = Bridge.build({"守护": 2.0, "救灾": 2.0, "驰援": 2.0, "灾害": 2.0})
    s = "以社区为家，做好城市安全的“守护者”和独居老人的“知心人”。"
    assert extract(analyse("The branch hopes to be the 'guardian' of what?", bridge), s).text == "城市安全"
    assert extract(analyse("what is the branch the guardian of", bridge), s).text == "城市安全"
    s = "按总会要求驰援山西救灾，城南区红十字山地救援队荣膺年度提名奖。"
    assert extract(analyse("the team rushed to which province to help with the disaster", bridge), s).text == "山西"


def test_english_which_role_takes_the_role_with_its_name_and_a_quoted_name_keeps_its_noun():
    from reportbot.index.retrieval.bridge import Bridge

    bridge = Bridge.build({"书记": 2.0, "肯定": 2.0, "试点": 2.0, "救援队": 2.0, "奖": 1.0})
    s = "开展“揭榜挂帅”，城南区“救在身边”试点作为子场景得到市委书记林国栋的肯定。"
    assert extract(analyse("the pilot got approval from which party secretary", bridge), s).text == "市委书记林国栋"
    s = "城南区红十字山地救援队荣膺2022年度“城南骄傲”提名奖。"
    assert extract(analyse("which prize did the mountain rescue team win", bridge), s).text == "“城南骄傲”提名奖"


@pytest.mark.parametrize("kind, sentence, value", [
    ("where", "办公地点：东湖校区学生活动中心305室", "东湖校区学生活动中心305室"),
    ("where", "Venue: Boardroom 3B, Harbour City Red Cross House", "Boardroom 3B, Harbour City Red Cross House"),
    ("when", "Date: Thursday, 14 March 2024, 18:30 to 21:05", "Thursday, 14 March 2024, 18:30 to 21:05"),
    ("who", "联系人：校红十字会办公室王老师", "校红十字会办公室王老师"),
    ("where", "联系人：校红十字会办公室王老师", None),  # a field of another kind
    ("who", "Recorded by: Jenny Park, Board Administrator", "Jenny Park, Board Administrator"),
    ("who", "主办单位：东湖大学红十字会", None),  # an organiser is no person: its label is no agent's
    ("when", "报名时间为3月5日8:00至3月12日18:00，按报名先后顺序录取；", None),  # a sentence, not a field
    ("where", "第三期 — 培训日期：4月13日—14日；培训地点：光谷校区体育馆二楼训练厅；名额：60人",
     "光谷校区体育馆二楼训练厅"),
    ("who", "三星志愿者 — 累计服务时长：600小时；可获激励：年度体检一次", None),  # no cell of that kind
])
def test_a_form_field_of_the_asked_kind_answers_with_its_value(kind, sentence, value):
    from reportbot.index.answering.structure import field_value

    found = field_value(kind, sentence)
    assert (sentence[found[0]:found[1]] if found else None) == value


def test_a_form_fields_figure_belongs_to_its_label_and_a_dates_day_is_no_count():
    s = "发布单位：东湖大学红十字会发布时间：2024年3月4日浏览次数：2316"
    assert extract(analyse("这个通知被浏览了多少次", None), s, {"浏览": 6.0, "通知": 2.0, "次": 1.0}).text == "2316"
    s = "报名人数：120，浏览次数：2316"  # each figure is its own label's, not the next clause's
    assert extract(analyse("这个通知被浏览了多少次", None), s, {"浏览": 6.0, "通知": 2.0, "次": 1.0}).text == "2316"


@pytest.mark.parametrize("question, kind", [("培训报名几号截止", "when"), ("热线周末几点开", "when"),
                                            ("要推到几点零版", "count"), ("救援队有几个", "count")])
def test_a_date_or_time_asked_with_ji_is_a_when_question(question, kind):
    assert analyse(question, None).kind == kind


def test_a_county_the_tagger_misses_is_found_by_its_suffixed_name_but_not_a_given_name():
    s = "各救援队党支部发挥作用，省红十字（仙居）应急搜救队党支部获评“浙江省先进基层党组织”。"
    assert ask("省红十字应急搜救队是哪个县的", s) == "仙居"
    s = "萧山区红十字应急救援队队长何建平获评“杭州市优秀共产党员”。"
    assert ask("何建平所在的救援队是哪个县的", s) != "建平"


def test_colloquial_question_words_are_question_words_not_keywords():
    q = analyse("救護隊是咋組建的", None)
    assert q.kind == "what" and not any("咋" in g for g in q.groups)
    q = analyse("市里发的那个通知叫啥", None)
    assert not any("啥" in g for g in q.groups)


def test_an_expression_asked_is_the_quoted_expression():
    s = "深化改革创新，明确“2+1+4”建设目标，推进“智慧红会”迭代升级。"
    assert "2+1+4" in ask("智慧红会的建设目标是几加几加几", s)
    assert extract(analyse("智慧红会建设投了多少钱"), s).source == "clause"  # money asked: no figure, no expression


def test_a_noun_phrase_ending_in_count_asks_a_number():
    assert analyse("reading club member count pls").kind == "count"
    assert analyse("westlake library headcount in 2023").kind == "count"
    assert analyse("does shelving books count as volunteer hours").kind != "count"  # the verb


@pytest.mark.parametrize("question", ["这篇简报谁写得", "那篇通报是谁写得？"])
def test_who_wrote_typed_with_de_asks_for_the_author(question):
    assert analyse(question).kind == "author"


def test_whose_writing_is_better_asks_for_no_author():
    assert analyse("这两篇谁写得好").kind != "author"


def test_a_table_rows_cell_is_in_the_unit_its_column_header_brackets():
    # a 合计 row read with its headers: the people asked for are the cell headed 队员（人）, not the teams' column
    row = "合计 — 救援队（支）山地搜救：23；救援队（支）水域救援：11；队员（人）：1380；其中女队员（人）：214"
    assert ask("全市救援队员一共多少人", row) == "1380"
