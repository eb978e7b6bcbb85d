"""English questions over Chinese text (fourteenth round): "who leads" a body is answered by its holder, the role
and name written after it; "how many X" takes the figure written right after the noun X (Chinese puts the counted
noun before its figure), not one after another word of the question. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.bot.render import answer_json
from reportbot.index.answering.choose import extract
from reportbot.index.answering.entities import person_after
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_who_leads_a_body_is_the_holder_written_after_the_body():
    # the name is one the tagger does not know: two characters from a surname up to 等
    bridge = Bridge.build({"救援队": 3.0, "救": 0.3, "带领": 2.0, "临海": 1.0, "领导": 2.0, "红十字": 1.0, "队长": 1.0})
    sentence = ("在抢险救灾最前沿，涌现出全国“最美救护员”孙振华，“最美志愿者”刘敏、周建强，宁波红十字会工作者徐丽娜，"
                "临海红十字救援队队长许川等一大批优秀红十字党员。")
    answer = extract(analyse("who leads the Linhai rescue team", bridge), sentence).text
    assert "许川" in answer and len(answer) <= 6


def test_a_body_not_followed_by_a_role_and_name_has_no_holder():
    sentence = "山区红十字救援队开展演练12次。"
    assert person_after(sentence, sentence.find("开展")) is None
    assert person_after("救援队队长陈晓东带队出发", 3).text == "队长陈晓东"


def test_how_many_counts_the_figure_after_the_counted_noun_not_after_the_verb():
    bridge = Bridge.build({"救护员": 3.0, "救护": 2.0, "培训": 2.0, "志愿者": 2.0})
    sentence = "全年开展普及培训86万人次，培训持证救护员12.4万人次，其中为运动会志愿者开展救护培训1.7万人次。"
    answer = extract(analyse("how many certified first aiders trained", bridge), sentence).text
    assert answer.startswith("12.4万")


def test_of_several_counted_nouns_the_one_whose_phrase_says_most_of_the_question():
    bridge = Bridge.build({"有效": 2.0, "发明": 2.0, "发明专利": 3.0, "专利": 3.0, "期末": 1.0})
    sentence = "本年度新获授权发明专利17项、外观设计专利9项，截至期末累计拥有有效发明专利64项。"
    answer = extract(analyse("how many valid invention patents did the firm hold", bridge), sentence).text
    assert answer.startswith("64")


def test_a_counted_noun_written_in_one_character_counts_as_much_as_a_longer_kind_of_it():
    # teams: 队 ends 志愿服务队; 救援队 is one kind of team, named after the total, not the teams asked
    bridge = Bridge.build({"志愿": 2.0, "队": 1.0, "救援队": 2.0, "团体": 2.0, "红十字": 1.0})
    sentence = "全市建成红十字志愿服务队57支，其中专业救援队9支。"
    answer = extract(analyse("how many red cross volunteer teams in the city", bridge), sentence).text
    assert answer.startswith("57")


def test_how_many_of_the_names_no_counted_noun():
    bridge = Bridge.build({"领域": 2.0, "典型": 2.0, "志愿": 2.0, "全国": 1.0})
    sentence = "全省红十字领域5名先进人物获评表彰，3个志愿服务领域典型被评为全国先进典型。"
    answer = extract(analyse("how many of the national model volunteer cases came from this field", bridge), sentence)
    assert answer.text.startswith("3")


def test_the_counted_noun_takes_its_figure_past_a_qualifier():
    # 超 / 近 stand between the noun and its figure; the later figure, right after （组织）, counts 团体
    bridge = Bridge.build({"基层": 2.0, "组织": 2.0, "团体": 2.0, "会员": 1.0})
    sentence = ("实施“强基工程”，建成基层组织超3000个，发展会员12.6万名，志愿服务团体（组织）近400个，"
                "注册志愿者2.1万名。")
    answer = extract(analyse("how many grassroots organisations were set up", bridge), sentence).text
    assert answer.startswith("超3000")
    bridge = Bridge.build({"基层": 2.0, "组织": 2.0, "团体": 2.0, "会员": 1.0, "志愿": 2.0, "志愿服务": 2.0})
    answer = extract(analyse("how many volunteer groups or orgs", bridge), sentence).text
    assert answer.startswith("近400")  # 团体, its other name in brackets, then its figure


def test_who_holds_a_role_over_a_table_of_people_is_the_rows_name():
    sentence = "Helen Park — Board role: Supervisor; Employer: Northgate Partners Accountants"
    assert extract(analyse("who are the supervisors of the trust"), sentence).text == "Helen Park"
    bridge = Bridge.build({"监事": 2.0, "会计师事务所": 2.0, "嘉兴": 1.0})
    sentence = "周海平 — 理事会职务：监事；工作单位或身份：嘉兴明远会计师事务所合伙人"
    assert extract(analyse("who on the board is from jiaxing", bridge), sentence).text == "周海平"


BOARD = """# 嘉兴明远公益基金会2025年度工作报告

## 一、理事会与监事

| 姓名 | 理事会职务 | 工作单位或身份 |
| --- | --- | --- |
| 陈立群 | 理事长 | 嘉兴市红十字会原副会长 |
| 周海平 | 监事 | 嘉兴明远会计师事务所合伙人 |
| 吴佩琳 | 监事 | 嘉兴市律师协会理事 |
""".encode()


def test_who_over_a_table_of_people_is_answered_by_a_rows_name_not_refused(library_with):
    service, ids = library_with("holders", {"mingyuan_board.md": BOARD})
    out = answer_json(service.ask("who are the supervisors of the mingyuan foundation"))
    assert out["answer"] in ("周海平", "吴佩琳")


def test_of_a_row_of_labelled_counts_the_one_after_the_question_s_own_word():
    # read: 阅读 and, weaker, 看; the count of reads is 阅读量's, not the last figure's, after 在看
    bridge = Bridge.build({"阅读": 2.0, "看": 1.0, "点赞": 2.0, "简报": 2.0})
    sentence = "阅读量5213点赞207在看41"
    assert extract(analyse("how many reads did the briefing get", bridge), sentence).text == "5213"
