"""A Chinese count question whose counted noun is followed by a verb (多少人结业: people who completed) over an
English sentence counts the figure that verb follows ("37 completed"), not the figure of every one of that noun
("41 trainees enrolled"): CC-CEDICT gives 结业 as "to complete a course". Made-up sentences in the documents'
style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_zh_en import counted_zh
from reportbot.index.retrieval.query import analyse


def test_the_figure_the_asked_verb_follows_is_counted():
    question = "Harbour救生班最终多少人结业"
    sentence = "On the Harbour lifeguard course 41 trainees enrolled and 37 completed, taught by Dana Wells."
    assert extract(analyse(question), sentence).text == "37 completed"


def test_people_then_a_verb_count_people():
    assert counted_zh("Harbour救生班最终几个人结业") == frozenset({"人"})


def test_a_verb_after_the_figures_noun_is_read_too():
    from reportbot.index.answering.counted_verb import verb_done

    sentence = "41 trainees enrolled and 37 trainees completed"
    assert verb_done("最终多少人结业", sentence, [(0, 11), (25, 36)]) == {25}


def test_a_long_run_of_figures_and_verbs_is_answered_in_bounded_work():
    from tests.bounded import bounded

    run = "".join(f"{i % 97 + 1} trainees enrolled, {i % 89 + 1} completed; " for i in range(700))[:20_000]
    with bounded(60):
        assert extract(analyse("Harbour救生班最终多少人结业"), run) is not None
