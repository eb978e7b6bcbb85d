"""A Chinese count question over an English sentence whose counted noun is an English plural written without an s
(children, people): the figure before that plural counts the asked noun, not a range of ages before it. The singular
is read from CC-CEDICT (children glosses 孩子们, whose 孩子 glosses child). Made-up sentences in the documents'
style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_zh_en import counted_zh, names_counted
from reportbot.index.retrieval.query import analyse


def test_an_irregular_plural_counts_its_singulars_noun():
    question = "Tideway少儿班招了几个小孩"
    sentence = "The Tideway juniors section (ages 6 to 12) had 142 children enrolled and 18 coaches on the rota."
    assert extract(analyse(question), sentence).text == "142 children"


def test_the_plural_names_the_counted_noun():
    assert names_counted("142 children", counted_zh("Tideway少儿班招了几个小孩"))


def test_a_long_run_of_irregular_plurals_is_answered_in_bounded_work():
    from tests.bounded import bounded

    run = "".join(f"{i % 97 + 1} children, " for i in range(2_000))[:20_000]
    with bounded(60):
        assert extract(analyse("Tideway少儿班招了几个小孩"), run) is not None
