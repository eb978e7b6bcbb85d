"""A field's gap kept between a post and a name (``会长　陈秀凤``, an ideographic space the loaders keep since cutting
47) is no part of the answer: a user asking who holds the post reads the name alone, with no space before it.
Made-up sentences."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_name_after_a_post_and_a_kept_gap_is_answered_without_the_gap():
    assert ask("会长是谁", "青石县红十字会\u3000会长\u3000罗振华") == "罗振华"
    assert ask("常务副会长叫什么", "青石县红十字会党组书记、常务副会长\u3000罗振华") == "罗振华"

