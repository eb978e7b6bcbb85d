"""The figure a count asks for among its neighbours (fifteenth round): what a change reaches, the part 其中 names
by the question's word, days counted with 日; where after a verb that ends in 于 (设于); a person's role asked
without 是 (…郑家明 什么身份). Made-up sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_what_a_change_reaches_is_the_figure_after_its_zhi():
    sentence = "今年推动社区服务站点由4个增至9个，覆盖全部街道。"
    assert ask("社区服务站点要增加到几个", sentence).startswith("9")


def test_the_part_qizhong_names_by_the_questions_word_answers_over_the_whole():
    sentence = "全年培训志愿者850名，其中骨干志愿者62名。"
    assert ask("骨干志愿者培训了几名", sentence).startswith("62")


def test_days_counted_with_ri_answer_how_many_days():
    sentence = "答：干粮每人每日准备500克，建议准备7日份量。"
    assert ask("干粮要准备几多日", sentence).startswith("7日")


def test_where_after_a_verb_ending_in_yu_is_the_venue():
    sentence = "答：本区避风中心设于利安社区会堂及和乐社区会堂，台风信号发出后开放。"
    assert "利安社区会堂" in ask("避风中心在哪里", sentence)


def test_a_persons_role_asked_without_shi_is_the_title_before_the_name():
    sentence = "在防汛抢险工作中，涌现出青松社区救援队队长郑家明等一批骨干志愿者。"
    assert ask("青松社区 郑家明 什么身份", sentence) == "青松社区救援队队长"


def test_the_value_in_force_is_the_figure_a_change_reaches():
    sentence = "“助学行动”单人最高资助额度由3000元提高到5000元，覆盖全部乡镇。"
    assert ask("助学行动目前单人最高资助多少钱", sentence).startswith("5000")
    assert ask("助学行动原来单人最高资助多少钱", sentence).startswith("3000")  # the figure before, asked so


def test_every_word_for_an_end_of_a_range_asks_the_value_in_force():
    """至多 and 最大 ask a bound as 最多 and 最高 do (figure_bounds' words): of a change, the figure it reaches."""
    sentence = "“助学行动”单人资助额度由3000元提高到5000元，覆盖全部乡镇。"
    for question in ("助学行动单人资助最多多少钱", "助学行动单人资助至多多少钱", "助学行动单人最大资助额度多少"):
        assert ask(question, sentence).startswith("5000"), question


def test_who_a_person_is_is_the_role_written_before_the_name():
    # a surname and a given name the tagger does not know, opening the question
    sentence = "涌现出青松社区救援队队长石建波等一批骨干志愿者。"
    assert ask("石建波是什么人", sentence) == "青松社区救援队队长"
    assert ask("董事长是做什么的", "明禾公司董事长负责召集董事会。") != "明禾公司"  # a post, not a person


def test_who_did_it_asked_without_shi_is_the_body_before_the_verb():
    sentence = "协会2024年度财务报告由宁海信诚会计师事务所审计，出具了无保留意见的审计报告。"
    assert ask("协会财报谁审计的", sentence) == "宁海信诚会计师事务所"


def test_donations_raised_or_given_in_cash_and_kind_are_an_amount_of_money():
    from reportbot.index.retrieval.bridge import Bridge

    bridge = Bridge.build({"捐赠": 2.0, "捐献": 2.0, "款物": 2.0, "现金": 1.0, "实物": 1.0})
    sentence = "全年募集社会捐赠款物3.6亿元，实现造血干细胞捐献86例，遗体捐献120余例。"
    for question in ("city red cross 2024: total donations in cash and kind", "city donations raised in 2024"):
        assert extract(analyse(question, bridge), sentence).text.startswith("3.6亿元")
