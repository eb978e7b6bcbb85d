"""A count question's passage that gives a figure beside the thing counted goes before one of its document that only
names it (retrieval/figure_beside.py, reorder.counted_first): 新建博爱家园42个, not the plan that names 博爱家园."""
from __future__ import annotations

from dataclasses import replace

import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.figure_beside import Counted, _head_zh, beside_en, beside_zh, counted_order, states_count
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.search import Searcher
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder


def test_a_chinese_figure_beside_the_counted_word_in_either_order():
    homes = beside_zh(("博爱家园",))
    assert homes.search("全年新建博爱家园42个，覆盖全市所有街道")
    assert homes.search("建成42个博爱家园")
    assert homes.search("建成四十二个社区博爱家园")
    assert homes.search("“博爱家园”：42")
    assert not homes.search("博爱家园建设是2024年的重点工作")  # named, no count
    assert not homes.search("2024年博爱家园项目启动")  # a year is no count
    assert not homes.search("于3月博爱家园揭牌")
    teams = beside_zh(("党支部",), "支")  # 几支: the figure is in the asked classifier
    assert not teams.search("机关设有3个党支部") and beside_zh(("党支部",)).search("机关设有3个党支部")
    donations = beside_zh(("捐血",))
    assert donations.search("全年捐血1.2万人次") and not donations.search("累计捐血满10次者颁发感谢状")  # a threshold


def test_an_english_figure_beside_the_counted_word_in_either_order():
    projects = beside_en(("project", "chariti"))
    assert projects.search("The branch ran 46 charity projects in 2024.")
    assert projects.search("Charity projects: 46")
    assert projects.search("projects totalled 46 across the region")
    assert not projects.search("Charity projects in 2024 focused on the elderly.")
    assert not projects.search("Projects grew by 12% on the year.")


def test_a_narrower_thing_asked_is_not_counted_by_a_figure_of_the_broader_one():
    youth = Counted(("member", "会员"), (("youth", "青少年"),))
    assert not states_count("全市有成人会员68.05万名", youth)
    assert states_count("全市有青少年会员12.3万名", youth)
    assert states_count("The society has 12,300 youth members.", youth)
    assert not states_count("The society has 68,050 adult members.", youth)


def test_the_thing_a_chinese_count_question_counts_and_the_words_that_narrow_it():
    assert _head_zh("全省有多少名青少年会员", "青少年") == ("会员", ["青少年"])
    assert _head_zh("全省有多少支红十字救援队", "红十字") == ("救援队", ["红十字"])
    youth = Counted(("会员",), (("青少年",),))
    assert not states_count("全市有成人会员68.05万名", youth) and states_count("发展青少年会员12.3万名", youth)


def test_the_counting_passages_of_the_best_document():
    homes = Counted(("博爱家园",))
    texts = ["推进博爱家园建设，完善社区服务功能。", "全年新建博爱家园42个。", "另一市新建博爱家园30个。",
             "博爱家园工作经验交流会召开。"]
    assert counted_order(range(4), ["a", "a", "b", "a"], texts, homes) == [1]
    assert counted_order(range(4), ["a", "a", "b", "a"], texts, None) == []


REVIEW = """青山市红十字会2024年工作总结

2024年，青山市新建博爱家园工作全面完成，博爱家园覆盖城乡。

2024年，青山市新建博爱家园42个，覆盖城乡。

全市红十字会持续加强自身建设，组织全体干部职工参加业务培训，服务能力进一步提升。
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    emb = HashEmbedder()
    return PassageIndex.build([parse_text(REVIEW, "review.txt")], emb, tmp_path_factory.mktemp("homes") / "ix"), emb


def _first(review, tuning) -> str:
    index, emb = review
    top = Searcher(index, emb, tuning).search("青山市2024年新建了多少个博爱家园", k=3).top
    assert top is not None
    return top.paragraph.text


def test_a_count_question_is_answered_by_the_passage_that_gives_the_count(review):
    assert "新建博爱家园42个" in _first(review, DEFAULT)
    # without the step, the passage that names the homes most often came first
    assert "工作全面完成" in _first(review, replace(DEFAULT, counted_weight=0.0))
