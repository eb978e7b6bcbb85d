"""An English count of acts (vaccinations, examinations) over a Chinese sentence that writes the act itself right before
its figure, in person-times (免费接种疫苗1.2万人次): the figure counts the act, once for each person who did it, so the
count of heads answers. A figure of heads after another noun (队员, 群众) still counts people, not the thing asked.
Made-up questions over made-up sentences in the documents' style (none of the question sets' words or documents)."""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.people_counted import heads_not_things
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

SENTENCE = "2023年全区免费接种疫苗1.2万人次，组织接种队员860名，新增接种点30个。"


def _question():
    q = analyse("how many vaccinations in riverbend 2023")
    # the bridge's group for the word "vaccinations", one concept with the English words it translates
    english = len(q.groups)
    groups = (*q.groups, {"接种疫苗": 1.0, "接种": 0.7})
    concepts = (*[english if "vaccin" in g else i for i, g in enumerate(q.groups)], english)
    return replace(q, groups=groups, concepts=concepts)


def _heads(answer: str) -> bool:
    at = SENTENCE.index(answer)
    return heads_not_things(_question(), SENTENCE, Span(answer, at, at + len(answer), "figure"))


def test_acts_written_right_before_their_person_times_are_counted_by_them():
    assert _heads("1.2万人次")


def test_heads_after_another_noun_still_count_people():
    assert not _heads("860名")
