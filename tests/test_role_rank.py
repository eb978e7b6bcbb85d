"""The person an answer names holds the role asked, at its rank (index/answering/role_rank.py): a deputy asked is
not answered with the head the document names, nor the head with a deputy; a role's holder asked is not answered
with a role alone. Their twins, asking the role the document fills, are answered. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.kind_asked import person_given
from reportbot.index.answering.role_rank import rank_given
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

SUMMARY = """# 青山区红十字救援队2025年工作总结

## 队伍建设
救援队实行队长负责制，现任队长周立新，政委王秀英，副队长兼训练总教官李国平。救援队全年开展训练48次。

## 组织建设
青山区红十字会党组书记由常务副会长兼任，理事会下设办公室和筹资部。
""".encode()


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_the_rank_of_the_role_before_the_name_is_weighed():
    sentence = "救援队实行队长负责制，现任队长周立新，政委王秀英，副队长兼训练总教官李国平。"
    assert not rank_given(analyse("救援队副政委是谁"), sentence, _span(sentence, "王秀英"))
    assert rank_given(analyse("救援队政委是谁"), sentence, _span(sentence, "王秀英"))
    assert not rank_given(analyse("救援队队长叫啥"), "副队长李国平带队。", _span("副队长李国平带队。", "副队长李国平"))
    assert rank_given(analyse("救援队副队长叫啥"), "副队长李国平带队。", _span("副队长李国平带队。", "副队长李国平"))
    assert rank_given(analyse("救援队队长叫啥"), sentence, _span(sentence, "周立新"))
    said = "张明（市红十字会党组书记、常务副会长）出席。"
    assert not rank_given(analyse("红十字会会长是哪位"), said, _span(said, "张明（市红十字会党组书记、常务副会长）"))
    vice = "會長何詠珊致辭。"
    assert not rank_given(analyse("tongxin charity vice president name"), vice, _span(vice, "會長何詠珊"))


def test_a_role_alone_names_no_holder():
    sentence = "青山区红十字会党组书记由常务副会长兼任。"
    assert not rank_given(analyse("青山区红十字会会长是谁"), sentence, _span(sentence, "党组书记"))
    assert not rank_given(analyse("青山区红十字会党组书记是谁"), "党组书记全部由专职领导担任。",
                          _span("党组书记全部由专职领导担任。", "全部"))
    named = "青山区红十字会会长李明华带头讲党课。"
    assert rank_given(analyse("青山区红十字会会长叫什么名字"), named, _span(named, "李明华"))
    # a person's role asked is answered by a role; the holder's check is the one the engine asks
    assert rank_given(analyse("what is li minghua's job title"), named, _span(named, "会长"))
    assert not person_given(analyse("青山区红十字会会长是谁"), sentence, _span(sentence, "党组书记"))


@pytest.fixture(scope="module")
def qingshan(library_with):
    service, _ = library_with("role-rank", {"qingshan_team.md": SUMMARY})
    return service


def test_a_deputy_the_document_does_not_name_is_refused_and_the_head_answered(qingshan):
    near = answer_json(qingshan.ask("青山区救援队副政委是谁"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(qingshan.ask("青山区救援队政委是谁"))
    assert not twin["abstained"] and twin["answer"] == "王秀英"


def test_a_role_holder_the_document_does_not_name_is_refused(qingshan):
    near = answer_json(qingshan.ask("青山区红十字会党组书记是谁"))
    assert near["abstained"] and near["answer"] == ""

