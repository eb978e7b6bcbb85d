"""Which figure of a sentence is the short answer, and how much of it (round 39): a figure written with a magnitude
and digits after it is one figure (2万1,356袋); goods counted by their container (多少袋, 几台) take the figure in
that classifier; a fax number is a number dialled like a phone's; figures given to a list respectively (分别) go to
the item in the same place; a fax labelled beside a phone answers a fax question only; a financial year (2023-24)
counts nothing; a noun of things after 收了多少 asks no money; a name the tagger reads as a place is a name after a
role; how much a body raised is money, RM186,400 an amount. Made-up sentences in the documents' styles, none from
the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.respectively import respective_figure
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str | None:
    span = extract(analyse(question), sentence)
    return span and span.text


def test_a_magnitude_with_digits_after_it_is_one_figure():
    sentence = "全年共募集血液2万1,356袋，参与献血者1万2,034人次。"
    assert ask("今年全年募了多少袋血", sentence) == "2万1,356袋"
    assert ask("参与献血者多少人次", sentence) == "1万2,034人次"


def test_goods_counted_by_their_classifier_take_the_figure_in_it():
    assert ask("献血活动募了多少袋", "本次献血活动共有献血者3,120人，募集血液5,460袋。") == "5,460袋"
    assert ask("调拨了多少顶帐篷", "累计出动救援人员120人次，调拨帐篷260顶、折叠床400张。") == "260顶"


def test_a_fax_number_is_asked_as_a_phone_number():
    assert ask("传真号码是多少", "传真：(08) 8981 2345。") == "(08) 8981 2345"
    sentence = "联系电话：(08) 8981 1111；传真：(08) 8981 2345。"
    assert ask("传真号码是多少", sentence) == "(08) 8981 2345"
    assert ask("电话是多少", sentence) == "(08) 8981 1111"  # the phone still its own
    assert ask("what is their fax number", "Phone (08) 8981 1111, Fax (08) 8981 2345.") == "(08) 8981 2345"


def test_figures_given_respectively_go_to_the_item_in_the_same_place():
    assert ask("青山区有几个站点", "全市共有站点15个，东河区、青山区、九原区分别为3个、5个、7个。") == "5个"
    assert ask("九原区建成几个站点", "东河区、青山区和九原区分别建成站点3个、5个和7个。") == "7个"
    assert ask("青山区名额比去年多几个", "今年东河区、青山区名额分别增加8人和5人。") == "5人"


def test_respectively_needs_as_many_figures_as_items_and_one_item_named():
    sentence = "东河区、青山区分别为3个、5个、7个。"  # three figures for two items: no pairing
    assert respective_figure(sentence, [(4, 7, 1.0)], [10, 13, 16]) is None
    sentence = "东河区、青山区分别为3个、5个。"
    assert respective_figure(sentence, [(4, 7, 1.0)], [10, 13]) == 13
    assert respective_figure(sentence, [], [10, 13]) is None  # no item named


def test_a_fax_labelled_beside_a_phone_answers_the_fax_and_only_the_fax():
    sentence = "Office: 41 Harbour Road, Marrara NT 0812. Phone (08) 8981 5036 Fax (08) 8981 5037"
    assert ask("what is the fax number", sentence) == "(08) 8981 5037"
    assert ask("传真号码", sentence) == "(08) 8981 5037"
    assert ask("电话多少", sentence) == "(08) 8981 5036"


def test_a_financial_year_is_no_count():
    sentence = "In 2023-24, the Darwin branch qualified 312 new pool lifeguards."
    assert ask("达尔文分会新培养合格的泳池救生员多少人", sentence).startswith("312")


def test_a_noun_of_things_after_how_many_asks_no_money():
    sentence = "3月8日在光华银行举办的捐血活动中，共收集血袋286包。"
    assert ask("3月8日在光华那次捐血收了多少血袋", sentence) == "286包"


def test_a_name_the_tagger_reads_as_a_place_is_a_name_after_a_role():
    assert ask("who is the president", "市红十字会会长马建国出席会议并讲话。") == "马建国"


def test_how_much_a_body_raised_is_money_in_the_currency_its_code_names():
    sentence = "本年度慈善义跑于2025年3月30日在槟城大桥举行，参与者2,350人，共筹得RM186,400。"
    assert ask("how much did the charity run raise", sentence) == "RM186,400"
    assert ask("慈善义跑筹得多少钱", sentence) == "RM186,400"
    from reportbot.index.answering.units import question_unit
    assert question_unit(analyse("how much blood did they collect")) != "元"  # a noun after how much: no money


def test_money_asked_takes_the_amount_after_a_currency_code_over_a_figure_nearer_the_words():
    # the question's words, bridged and weighed as a library weighs rare words, stand by the count of people
    bridge = Bridge.build({"槟城": 10.0, "慈善": 6.0, "义跑": 6.0, "参与者": 5.0})
    sentence = "本年度慈善义跑在槟城大桥举行，参与者2,350人，共筹得RM186,400。"
    q = analyse("how much did the penang charity run raise", bridge)
    idf = {t: 10.0 for t in q.terms}
    assert extract(q, sentence, idf).text == "RM186,400"


def test_a_noun_the_dictionary_lacks_after_how_many_leaves_no_word_before_it_counted():
    # 血袋 is no dictionary word: the place before the question word (光大) is not what the figure must count
    from reportbot.index.answering.counted_said import counted_said

    sentence = "2025年3月8日（星期六），在光大一楼举办捐血活动，共收集血袋286包，其中首次捐血者71人。"
    q = analyse("3月8日在光大那次捐血收了多少血袋")
    span = extract(q, sentence)
    assert span.text == "286包"
    assert counted_said(q, sentence, span) == 1.0  # the answer is not refused as counting another thing
