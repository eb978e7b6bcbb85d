"""Near misses refused on what the answer is for: a qualifier, a measure (pure, no index)."""
from __future__ import annotations

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.refusal import answers
from reportbot.index.answering.signals import Signals, naming_held
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import measure_agrees, qualifier_agrees, structure_agrees
from reportbot.index.answering.typed import typed_ok
from reportbot.index.answering.units import named_unit, usual_unit
from reportbot.index.retrieval.query import analyse


def signals(**kw) -> Signals:
    base = dict(coverage=0.8, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=1.0, known=1.0,
                english=0.0, document=1.0)
    return Signals(**{**base, **kw})


def test_a_qualifier_the_evidence_states_otherwise_is_refused():
    q = analyse("台州的六星会员每年要参加多少次活动")
    assert qualifier_agrees(q, "一星会员 — 年度活动次数：2次") == 0.0
    assert qualifier_agrees(q, "六星会员 — 年度活动次数：12次") == 1.0
    assert qualifier_agrees(q, "星级按年度活动次数认定") == 1.0  # no other level stated: nothing contradicts
    assert qualifier_agrees(analyse("第三期读书会在哪里举行"), "第一期在东湖校区，第二期在西湖校区") == 0.0
    assert qualifier_agrees(analyse("第3期在哪里举行"), "第一期在东湖校区，第三期在西湖校区") == 1.0
    # a time no document says (秋季), given otherwise by the evidence (春季): by the tagger's time words
    autumn, notice = analyse("西湖学院秋季急救课程什么时候开始"), "4月8日开课\n关于开设2025年春季急救课程的通知"
    assert qualifier_agrees(autumn, notice, known=lambda w: w != "秋季") == 0.0
    assert qualifier_agrees(autumn, notice, known=lambda w: True) == 1.0  # the documents say 秋季 somewhere
    assert qualifier_agrees(analyse("培训班上午几点开"), "下午2点开班", known=lambda w: w != "上午") == 0.0
    assert not answers(signals(qualifier=0.0))


def test_a_quantity_in_a_unit_of_measure_is_no_qualifier():
    # 48公斤 is the asker's weight, not a level of a thing: evidence that gives other weights does not contradict it;
    # a level the evidence states otherwise still does
    q = analyse("我体重48公斤，在临江献血一次抽多少毫升")
    assert qualifier_agrees(q, "体重50公斤及以上者每次可献400毫升，45公斤以上者每次可献300毫升") == 1.0
    assert qualifier_agrees(analyse("二星会员体重48公斤可以献多少"), "一星会员体重50公斤可献400毫升") == 0.0


def test_a_count_answered_in_another_measure_is_doubted():
    assert measure_agrees(analyse("how many AEDs are installed in wenzhou"), "24小时", None) == 0.0
    assert measure_agrees(analyse("志愿者每年至少服务多少小时"), "24小时", "小时") == 1.0
    assert measure_agrees(analyse("how long must an incident be reported within"), "24小时", None) == 1.0
    assert measure_agrees(analyse("急救培訓一共舉辦了多少場次"), "$540,000", "场次") == 0.0
    assert measure_agrees(analyse("how many people in need benefitted"), "超5亿元", "人") == 0.0
    assert measure_agrees(analyse("有几个党支部"), "60万人次", "个") == 0.0
    # people and person-times are not told apart in English, nor by 多少人 in speech
    assert measure_agrees(analyse("How many team members were dispatched?"), "超过10万人次", "名") == 1.0
    assert measure_agrees(analyse("温州市红十字会计划到哪一年会员突破5万名"), "2025年", None) == 1.0
    assert measure_agrees(analyse("宁波四星级队员评了几个"), "214名", "个") == 1.0  # 个 counts people too
    assert measure_agrees(analyse("ZK-5呼吸机卖多少钱一台"), "5项", named_unit("卖多少钱一台")) == 0.0
    # working days and Cantonese hours (几多个钟) are durations asked
    assert measure_agrees(analyse("借书证几天能办好"), "3个工作日", "天") == 1.0
    assert measure_agrees(analyse("书屋义工一年须服务几多个钟"), "120小时", "个") == 1.0
    assert measure_agrees(analyse("书屋有几个阅览室"), "3个工作日", "个") == 0.0
    assert not answers(signals(measure=0.0))


def test_money_in_any_of_its_forms_answers_no_count():
    q = analyse("how many volunteers joined the training")
    for money in ("$120,000", "1.62亿元", "about 500 yuan", "20 Dollars"):
        assert measure_agrees(q, money, None) == 0.0, money
    assert measure_agrees(q, "500 volunteers", None) == 1.0


def test_money_in_english_text_tells_the_measure_of_a_thing():
    texts = ["The board approved a total budget of $4.85 million for FY 2024-25.",
             "Within the budget, $680,000 goes to first-aid training."]
    assert usual_unit(["budget"], texts) == "元"


def test_asking_for_a_name_or_a_date_is_not_answered_with_a_clause():
    clause = Span("浙江省红十字会将深入贯彻落实习近平新时代中国特色社会主义思想", 0, 30, "clause")
    assert typed_ok(analyse("whats the name of the hangzhou red cross chairman"), clause, align=1.0) == 0.0
    quoted = Span("制定印发《关于推动新时代红十字事业高质量发展的意见》", 0, 26, "clause")
    assert typed_ok(analyse("What's the name of the opinions document?"), quoted, align=1.0) == 1.0
    english = Span("Community First Aid Field Manual Third Edition", 0, 46, "clause")
    assert typed_ok(analyse("what is the name of the manual"), english, align=1.0) == 1.0
    undated = Span("西湖区全域试点得到省委书记的肯定", 0, 16, "clause")
    assert typed_ok(analyse("on what exact date did the binjiang trial begin"), undated, align=1.0) == 0.0


def test_a_word_naming_a_document_is_held_in_any_of_its_forms():
    q = analyse("惠企事项的完成率是多少")
    q = q.__class__(**{**q.__dict__, "groups": tuple({**g, "item": 0.3} if "事项" in g else g for g in q.groups)})
    names = {"item"}.__contains__  # the English minutes' heading "Action items" names that document
    assert naming_held(q, "14个惠企事项在网上上线，完成率100%", names) == 1.0
    assert naming_held(q, "The branch reviewed its action items", names) == 1.0
    assert naming_held(q, "全年募集社会捐赠款物1.62亿元", names) == 0.0


def test_a_page_of_a_document_without_pages_is_refused():
    faq = [Paragraph("faq", i, f"问题{i}的回答。", (f"问题{i}的回答。",), f"问题{i}", (f"问题{i}",)) for i in (1, 2, 3)]
    assert structure_agrees(analyse("what does page 5 of the meeting minutes say"), faq) == 0.0  # the FAQ has no pages
    assert structure_agrees(analyse("第二部分讲的是啥"), faq) == 1.0
    assert structure_agrees(analyse("问题二讲的是啥"), faq) == 1.0
    paged = [Paragraph("pdf", 1, "Budget approved.", ("Budget approved.",), page=5)]
    assert structure_agrees(analyse("what does page 5 of the meeting minutes say"), paged) == 1.0
    assert not answers(signals(structure=0.0))


def test_a_count_answered_with_no_figure_is_contradicted():
    from reportbot.index.answering.together import measure_together

    clause = Span("组建宣讲团深入基层开展宣讲活动", 0, 15, "clause")
    assert measure_together(analyse("how many hospitals are there"), clause.text, clause, "")["measure"] == 0.0
    figure = Span("42台", 0, 3, "figure")
    assert measure_together(analyse("全县有多少台AED"), "全县配置AED共42台", figure, "")["measure"] == 1.0
    items = Span("急救箱、AED和担架", 0, 9, "slot")
    assert measure_together(analyse("配了哪几种设备"), items.text, items, "")["measure"] == 1.0
    # a numeral inside a word is no figure (统一); before a measure word it is one (三百余台)
    unified = Span("由县卫健局统一采购配置", 0, 11, "clause")
    assert measure_together(analyse("全县有多少台AED"), unified.text, unified, "")["measure"] == 0.0
    spelled = Span("三百余台", 0, 4, "figure")
    assert measure_together(analyse("全县有多少台AED"), spelled.text, spelled, "")["measure"] == 1.0


def test_an_ordinal_qualifies_whatever_follows_it():
    q = analyse("临江市第三次急救培训几号开始")  # 次 after a numeral is a figure's unit, after 第 an ordinal's head
    assert qualifier_agrees(q, "临江市第二次急救培训于5月8日开始") == 0.0
    assert qualifier_agrees(q, "临江市第三次急救培训于5月8日开始") == 1.0
