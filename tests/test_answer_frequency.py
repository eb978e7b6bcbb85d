"""How often and how long until (nineteenth round): a frequency asked is answered by the period the sentence repeats
a thing in (每季度), not another figure of the sentence; 多久要修好 finds its figure before the verb the sentence writes
with another complement (48小时内修复). Made-up sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.frequency import asks_frequency
from reportbot.index.retrieval.query import analyse


def test_how_often_is_answered_by_the_period_not_another_figure():
    sentence = "理事会每季度召开一次全体会议，会议材料应当在会前3天送达，每次会期不超过2天。"
    assert extract(analyse("理事会全体会议多久开一次"), sentence).text == "每季度"


def test_how_often_takes_the_period_with_its_count():
    sentence = "各服务站的急救箱由站长负责检查，每3个月清点一次药品，过期药品在5个工作日内更换。"
    assert extract(analyse("急救箱药品多长时间清点一次"), sentence).text == "每3个月"


def test_again_after_how_long_asks_an_interval_not_a_frequency():
    assert not asks_frequency(analyse("训练假人多久能再借一次"))
    sentence = "答：训练假人每次限借3天，归还满5天后可再借，每月最多2次。"
    assert extract(analyse("训练假人多久能再借一次"), sentence).text == "5天"


def test_how_long_to_repair_finds_the_figure_before_the_verb_written_otherwise():
    sentence = "第八条　除颤仪发生故障的，管理单位应当在12小时内登记，48小时内修复并恢复使用。"
    assert extract(analyse("除颤仪坏了多久要修好"), sentence).text == "48小时"
