"""A count answered by a figure that counts something else than the question's noun (the signal ``counts``). Made-up
questions over made-up sentences in the documents' style (none of the question sets' words or documents)."""
from __future__ import annotations

from reportbot.index.answering.counts import asked_phrase, counts_asked, figure_phrase
from reportbot.index.answering.refusal import answers
from reportbot.index.answering.signals import Signals
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

SENTENCE = "本年度，全区新建乡村书屋25个，培训专职管理员120人次，书屋管理员队伍增至86名。"
ROW = "乡村书屋管理员：86名"


def _counts(question: str, answer: str, sentence: str = SENTENCE, context: str = "") -> float:
    at = sentence.index(answer)
    return counts_asked(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"), context)


def test_the_asked_noun_phrase_is_read_after_the_question_word_or_before_it():
    assert asked_phrase("全区有多少个乡村书屋") == ["乡村", "书屋"]
    assert asked_phrase("书屋管理员有多少名") == ["书屋", "管理员"]


def test_a_figures_own_phrase_runs_from_the_last_mark_or_figure_to_a_few_characters_after_it():
    at = SENTENCE.index("120人次")
    assert figure_phrase(SENTENCE, at, at + 5) == "培训专职管理员120人次"
    at = SENTENCE.index("25个")
    assert figure_phrase(SENTENCE, at, at + 3) == "全区新建乡村书屋25个"


def test_verbs_jieba_cuts_out_of_the_asked_noun_phrase_before_its_noun_stay_in_it():
    assert asked_phrase("书屋今年共聘请多少名兼职讲解员") == ["兼职", "讲解员"]  # 兼职 is tagged a verb
    assert asked_phrase("书屋共聘请多少名讲解员啊") == ["讲解员"]  # a final particle is no suffix of the noun
    sentence = "书屋今年聘请志愿者40名，其中兼职讲解员12名。"
    assert _counts("书屋今年共聘请多少名兼职讲解员", "40名", sentence) == 0.0
    assert _counts("书屋今年共聘请多少名兼职讲解员", "12名", sentence) == 1.0


def test_a_figure_that_counts_the_asked_noun_counts_it():
    assert _counts("全区新建了多少个乡村书屋", "25个") == 1.0
    assert _counts("书屋管理员队伍有多少名", "86名") == 1.0
    assert _counts("书屋管理员有多少名", "86名", ROW) == 1.0  # a table row's label names what its value counts


def test_a_figure_of_the_same_sentence_that_counts_something_else_does_not():
    assert _counts("全区新建了多少个乡村书屋", "120人次") == 0.0  # the training's person-times, not the reading rooms
    assert _counts("全区有多少名志愿者", "86名") == 0.0  # the librarians, not volunteers the sentence never counts
    assert _counts("书屋管理员有多少名", "25个") == 0.0  # the rooms: 书屋 only qualifies the librarians asked


def test_a_head_written_shorter_with_its_qualifier_counts_it():
    sentence = "全市52家定点医院参与无偿献血宣传，发放宣传册1.2万份。"
    assert _counts("全市有多少家定点医疗机构参与献血宣传？", "52家", sentence) == 1.0  # 医 of 医疗机构, 定点 said
    assert _counts("全市有多少家定点医疗机构参与献血宣传？", "1.2万份", sentence) == 0.0  # the leaflets
    assert _counts("全市有多少家医疗机构参与献血宣传？", "52家", "全市52家医院参与宣传") == 0.0  # no qualifier said


def test_the_documents_title_names_what_its_figures_count():
    assert _counts("全区有多少名志愿者", "86名", context="书屋志愿者名录") == 1.0


def test_only_count_questions_with_a_counted_noun_to_look_for_are_weighed():
    assert _counts("how many reading rooms were built", "120人次") == 1.0  # no translation of rooms to look for
    assert _counts("乡村书屋是哪年建的", "120人次") == 1.0


def test_the_shipped_model_refuses_a_figure_that_counts_something_else():
    good = dict(coverage=0.7, coverage_en=0.0, dense=0.91, alignment=0.75, constraints=1.0, typed=1.0,
                known=1.0, english=0.0, document=1.0)
    assert answers(Signals(**good))
    assert not answers(Signals(**good, counts=0.0, near=0.8))


def _counts_en(question: str, answer: str, sentence: str, forms: dict[str, float] | None = None) -> float:
    from dataclasses import replace

    q = analyse(question)
    if forms:  # the bridge's translations of the counted noun, as the engine's query carries them
        q = replace(q, groups=tuple({**g, **forms} if set(g) & set(forms) else g for g in q.groups))
    at = sentence.index(answer)
    return counts_asked(q, sentence, Span(answer, at, at + len(answer), "figure"), "")


def test_an_english_count_wants_its_counted_noun_in_the_figures_phrase():
    text = "The library lent 4,200 books and trained 35 volunteers, and opened 3 branches."
    assert _counts_en("how many volunteers were trained", "35", text) == 1.0
    assert _counts_en("how many librarians work there", "35", text) == 0.0  # 35 counts volunteers
    # over Chinese text, through the bridge's translation of the counted noun
    assert _counts_en("how many reading rooms were built", "25个", SENTENCE, {"room": 1.0, "书屋": 1.0}) == 1.0
    assert _counts_en("how many reading rooms were built", "120人次", SENTENCE, {"room": 1.0, "书屋": 1.0}) == 0.0


SHARES = "全年支出860万元，其中救助支出702万元，占总支出的81.6%，宣传费用31.5万元，占总支出的3.7%，均在章程规定之内。"


def test_a_share_clause_counts_what_the_clause_before_it_names():
    from reportbot.index.answering.counted_said import counted_said
    from reportbot.index.answering.near import answer_near
    from reportbot.index.answering.signals import _held_by

    q = analyse("区慈善总会宣传费用占比多少")
    for answer, right in (("3.7%", 1.0), ("81.6%", 0.0)):  # the share of the other expense counts another thing
        at = SHARES.index(answer)
        span = Span(answer, at, at + len(answer), "figure")
        assert _counts(q.text, answer, SHARES) == right, answer
        assert counted_said(q, SHARES, span) == right, answer
        assert (answer_near(SHARES, at, at + len(answer), _held_by(q, SHARES)) > 0.5) == bool(right), answer


def test_times_of_an_action_are_counted_by_the_action():
    from reportbot.index.answering.counts import counted_action

    sentence = "“一键呼救”平台在全市推广，接入志愿者3.1万名，全年累计响应求助呼叫2700余次。"
    assert counted_action("一键呼救 求助呼叫响应多少次") == "响应"
    assert counted_action("全年开展多少次培训") is None  # a noun after the classifier is what is counted
    assert _counts("一键呼救 求助呼叫响应多少次", "2700余次", sentence) == 1.0
    assert _counts("一键呼救平台全年演练多少次", "2700余次", sentence) == 0.0  # another action


def test_a_fee_is_counted_by_a_row_that_labels_its_kind_under_a_heading_that_names_it():
    from reportbot.index.answering.counted_said import counted_said

    row = "中级救护员（CPR-2） — 课时：24小时；费用：人民币450元；报名对象：在册志愿者"
    context = "市红十字会志愿者培训管理办法 附表 培训课程一览"
    at = row.index("人民币450元")
    span = Span("人民币450元", at, at + len("人民币450元"), "cell")
    assert counts_asked(analyse("CPR-2培训费多少"), row, span, context) == 1.0
    assert counted_said(analyse("CPR-2培训费多少"), row, span, context) == 1.0
    for other in ("CPR-2补考费多少", "CPR-2报名费是多少"):  # a fee the row does not give
        assert counts_asked(analyse(other), row, span, context) == 0.0, other
