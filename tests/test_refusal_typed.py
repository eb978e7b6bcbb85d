"""The answer is of the kind asked for: dates for when, a name that says something new, questions in any
form (Cantonese, A-not-A), the unit after 个, versions as qualifiers. Made-up questions in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.refusal import header_answers
from reportbot.index.answering.signals import Signals
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import measure_agrees, qualifier_agrees
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.query import analyse


def _span(text: str, source: str = "clause") -> Span:
    return Span(text, 0, len(text), source)


def test_a_when_question_wants_a_date_not_any_figure():
    q = analyse("安吉救援队是哪年获评先进集体的")
    assert typed_ok(q, _span("出动救援超过3万人次，安吉救援队获评先进集体")) == 0.0
    assert typed_ok(q, _span("市内各项工作日新月异")) == 0.0   # 月 inside a word is no month
    assert typed_ok(q, _span("0571-88886666", "figure")) == 0.0  # a telephone number is no time
    assert typed_ok(q, _span("2019年", "year")) == 1.0
    assert typed_ok(q, _span("每年4月集中评选一次")) == 1.0


def test_a_name_clause_must_quote_something_the_question_does_not_say():
    q = analyse("评上优秀护理员的那些人都叫啥")
    assert typed_ok(q, _span("全市红十字系统6名护理员评上“优秀护理员”称号")) == 0.0
    assert typed_ok(q, _span("6名护理员评上“优秀护理员”，“金牌讲师”等称号由市红会授予")) == 1.0


def test_an_answer_of_punctuation_alone_is_no_answer():
    assert typed_ok(analyse("急救包里要放些什么"), _span("。", "slot")) == 0.0


def test_cantonese_and_a_not_a_questions_are_questions():
    answer = _span("推行“首问负责”机制，群众来电一次办结")
    for question in ("推行嘅机制系咩", "首问负责机制系唔系全省推行", "市红会有冇推行首问负责机制"):
        assert typed_ok(analyse(question), answer) > 0.0, question
    assert typed_ok(analyse("首问负责机制"), answer) == 0.0  # no question at all


def test_a_count_of_hours_after_ge_asks_for_hours():
    assert typed_ok(analyse("这门课每周要上几个小时"), _span("6小时", "figure")) == 1.0
    q = analyse("市红会机关有几多个工作人员")
    assert measure_agrees(q, "30万人次", "个") == 0.0


def test_versions_qualify_the_thing_asked():
    q = analyse("“掌上急救”3.0版是哪年发布的")
    assert qualifier_agrees(q, "推进“掌上急救”4.0版发布") == 0.0
    assert qualifier_agrees(q, "2021年“掌上急救”3.0版发布，2023年推进4.0版") == 1.0


def test_a_header_answer_needs_the_asked_kind_and_nothing_missing():
    base = Signals(coverage=1.0, coverage_en=0.0, dense=0.86, alignment=0.0, constraints=1.0, typed=1.0, known=0.0,
                   english=0.0, document=1.0)
    assert header_answers(base)
    assert not header_answers(Signals(**{**base.__dict__, "typed": 0.0}))       # 作者李华是啥职务 -> 李华
    assert not header_answers(Signals(**{**base.__dict__, "constraints": 0.5}))  # a year the card does not say
    # the card lacks one of the question's title words in its language, yet all else says it answers: the model's yes
    strong = Signals(**{**base.__dict__, "coverage": 0.0, "coverage_en": 1.0, "english": 1.0, "alignment": 0.6,
                        "document": 0.7, "dense": 0.9})
    assert not header_answers(Signals(**{**strong.__dict__, "typed": 0.0}))
    assert header_answers(strong)


def test_english_counts_people_by_what_happened_to_them_in_person_times():
    # English says people where the report counts person-times (12万人次 benefited): an answer of the asked kind
    figure = _span("12万人次", "figure")
    assert typed_ok(analyse("how many elderly residents benefited from the home visits"), figure) == 1.0
    assert typed_ok(analyse("how many people did the blood drives reach last year"), figure) == 1.0
    # a stock of people (how many members it has, how many are in a team) is not person-times: still doubted
    assert typed_ok(analyse("how many youth members does the society have"), figure) == 0.5
    assert typed_ok(analyse("how many people are in the harbour rescue team"), figure) == 0.5
    # Chinese tells the two apart itself: 多少人 answered in person-times is doubted as before
    assert typed_ok(analyse("家访惠及了多少名老人"), figure) == 0.5


def test_a_person_times_answer_to_what_happened_is_answered_and_its_stock_twin_refused():
    from reportbot.index.answering.refusal import answers
    from reportbot.index.answering.signals import measure

    sentence = "全年开展入户探访，惠及困难老人12万人次。"
    at = sentence.index("12万")
    span = Span("12万人次", at, at + 5, "figure")

    def decided(question: str) -> bool:  # the shipped model over the signals of a weakly covered English question
        return answers(measure(analyse(question), 0.3, 0.88, sentence, "临江市红十字会2024年度工作简报", span))

    assert decided("how many elderly people benefited from the home visits")  # was refused: typed 0.5
    assert not decided("how many elderly people are in the city")             # a stock the figure does not count


def test_a_venue_answers_where():
    q = analyse("周末急救班在哪上课")
    assert typed_ok(q, _span("临江二中报告厅", "place")) == 1.0    # a hall of a school: where, without 省市县区
    assert typed_ok(q, _span("滨江活动中心", "place")) == 1.0
    assert typed_ok(q, _span("城东", "place")) == 1.0              # a part of a place by its direction
    assert typed_ok(q, _span("深度融合", "place")) == 0.5          # a word the tagger took for a place: doubted


def test_any_a_not_a_verb_asks_whether():
    answer = _span("Saturday — Hours: 9am to 1pm", "clause")
    for question in ("社区诊所周六开不开", "那家药房礼拜天营不营业"):
        assert typed_ok(analyse(question), answer) > 0.0, question
    assert typed_ok(analyse("社区诊所周六营业时间"), answer) == 0.0  # still no question at all


def test_a_whole_quoted_title_answers_a_name_asked_by_who():
    q = analyse("那个防汛预案的全名叫啥")
    assert q.kind == "who"
    assert typed_ok(q, _span("《城区防汛防台与地质灾害救援联动工作预案》", "slot")) == 1.0
    assert typed_ok(q, _span("区红十字会会同应急管理局联合制定并印发了防汛工作预案", "slot")) == 0.0  # no name in it


def test_a_contact_named_alone_asks_for_it():
    answer = _span("咨询电话：0571-86001234（工作日）", "clause")
    assert typed_ok(analyse("市急救中心培训报名的咨询电话"), answer) > 0.0
    assert typed_ok(analyse("打咨询电话报名培训"), answer) == 0.0  # a request that names a phone, not one asking it


def test_a_person_s_name_in_latin_letters_may_run_longer_than_a_chinese_one():
    # a title, a given name and a surname run past the characters a Chinese name, role or body takes
    q = analyse("理事会主席是谁")
    sentence = "Dr Eileen McCallister — Chair (re-elected 2024); office: Eastbank Rowing Club Hall"
    assert typed_ok(q, _span("Dr Eileen McCallister", "name"), sentence=sentence) == 1.0
    assert typed_ok(q, _span("Eastbank Rowing Club Hall", "name"), sentence=sentence) == 0.5  # a place, no person
    assert typed_ok(q, _span("South-Eastern District Council", "name"), sentence=sentence) == 0.5


def test_a_contacts_or_a_records_number_asked_with_a_count_or_a_days_word_is_answered_by_that_number():
    # 多少 and 几号 read as a count and a day; after 电话 or 帐号 they ask the number itself
    for question, answer in (("临江红会电话幾多號", "(0571)2251-3366分机215"), ("临江红会电话几号", "532-6618"),
                             ("临江红会电话多少", "(02)2424-6113分机21"),
                             ("临江红会捐款划拨帐号几号", "捐款专户：邮政划拨帐号0071-2358，户名临江红会"),
                             ("二院设备采购项目编号多少", "NNZC2025-G0417")):
        assert typed_ok(analyse(question), _span(answer, "figure")) == 1.0, question
    # no number of the asked kind given: still no answer of the kind asked
    assert typed_ok(analyse("临江红会电话多少"), _span("全市共有热线3条", "figure")) < 1.0
    assert typed_ok(analyse("二院设备采购项目编号多少"), _span("采购项目共3个", "figure")) < 1.0
    # a count of phones asks no phone's number (几部电话: the question word before the number's word)
    from reportbot.index.answering.shape import gives_number

    assert not gives_number(analyse("服务中心装了几部电话"), "0571-88886666")
    assert gives_number(analyse("服务中心电话几号"), "0571-88886666")


def test_a_when_question_is_answered_by_a_date_written_with_dashes_or_a_republic_year():
    assert typed_ok(analyse("when is the tianjin mid-year update dated"), _span("2025-07-16", "figure")) == 1.0
    assert typed_ok(analyse("临江红十字会哪年成立的"), _span("本会自民国39年成立以来，长期推动急救教育")) == 1.0
    assert typed_ok(analyse("临江红十字会哪年成立的"), _span("本會自民國39年成立以來")) == 1.0
    # a phone or a code with a year's figures in it is still no date
    assert typed_ok(analyse("热线是哪年开通的"), _span("2010-8888", "figure")) == 0.0
    assert typed_ok(analyse("热线是哪年开通的"), _span("2010-88-886", "figure")) == 0.0
