"""A Chinese count question over an English sentence counts the noun after its question word, not that noun with the
verb after it (多少学徒结业: apprentices, whatever the verb), and a measure word CC-CEDICT calls a classifier before the
noun (几块…) is no part of it. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_zh_en import counted_zh
from reportbot.index.retrieval.query import analyse


def test_the_noun_counted_is_the_one_before_the_verb_after_it():
    question = "Harbourside木工坊今年有多少学徒结业"
    sentence = "The Harbourside workshop (ages 16 to 18) had 23 apprentices on the course and 5 tutors."
    assert extract(analyse(question), sentence).text == "23 apprentices"


def test_a_classifier_before_the_counted_noun_is_left_out():
    assert "金属板" in counted_zh("Harbourside木工坊这周切了几块金属板")
