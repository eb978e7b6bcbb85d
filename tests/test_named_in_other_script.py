"""A Chinese question naming an English document's place by meaning (松湾: Pine Bay, calque_places.py), by sound
with few consonants (奥皮托: Opito) or by both (桥顿: Bridgeton, bridge + -ton: transliterated.py) is answered from
that document, even where none of its other words reach the document's passages (candidate_scores.candidates' named
rows). Made-up places, documents and questions: none from the question sets or the bench documents."""
from __future__ import annotations

from dataclasses import replace

import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.search import Searcher
from reportbot.index.retrieval.transliterated import Transliterations
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder


def test_a_short_name_is_heard_syllable_by_syllable_and_a_head_by_its_sense():
    names = Transliterations(["opito", "bridgeton", "wexbury"])
    assert names.named("奥皮托分会的会长是谁") == ["opito"]  # o-pi-to: too few consonants alone
    assert names.named("桥顿的消防站在哪条街") == ["bridgeton"]  # 桥 bridge, 顿 -ton
    assert names.named("这座桥墩有多少根钢索") == []  # 桥墩, a dictionary word: no name is spelled with it
    assert names.named("他们的社会工作") == []


PINE = """Pine Bay Rescue Society - Committee Minutes 2023-09

Item 4. Fundraising

The Treasurer reported that the autumn Charity Gala raised $236,000 in 2022.
"""
WESTMOOR = """Westmoor Branch Annual Review 2022-23

5. Income

Total income in 2022 was $2.47 million, from grants, bequests, street appeals and the autumn Charity Gala.

6. Volunteers

Volunteers gave 38,900 hours in the district.
"""
SURPLUS = """Annual Review 2023

Our area

The branch serves Elm River, Ashdale and Norwood.

Finances

Total revenue for 2023 was CAD 1.96 million. The surplus of CAD 327,000 will be used towards a new training room.
"""
RIVERMEAD = """Rivermead Branch Annual Review 2023

Finances

The branch surplus for 2023 was CAD 58,000: the 2023 surplus of the river branch, a surplus kept for the river.
"""


def _searcher(tmp_path, docs, **tuning):
    emb = HashEmbedder()
    return Searcher(PassageIndex.build([parse_text(t, s) for s, t in docs], emb, tmp_path / "ix"), emb,
                    replace(DEFAULT, **tuning))


def test_a_place_named_by_meaning_holds_the_question_to_the_document_named_so(tmp_path):
    s = _searcher(tmp_path, [("pine_minutes.md", PINE), ("westmoor_review.md", WESTMOOR)])
    result = s.search("松湾救援会2022年慈善晚会筹了多少", k=3)
    assert any(c.kind == "named" and "pine bay" in c.forms for c in result.constraints)
    assert "$236,000" in result.hits[0].paragraph.text


def test_a_name_only_the_file_name_writes_agrees_with_every_passage_of_its_document(tmp_path):
    s = _searcher(tmp_path, [("elm_river_annual_review_2023.md", SURPLUS), ("rivermead_review.md", RIVERMEAD)])
    assert "327,000" in s.search("榆河分会2023年结余了多少", k=3).hits[0].paragraph.text


WEXBURY = """Wexbury Area Office Annual Operations Report 2023-24

Community safety

The number of smoke alarms installed by our volunteers in local homes reached 1,262 this year.

Finance

The largest single donation was a gift of $72,500 from a local farming family.
"""
SAFETY = "某县红十字会2023年工作报告{}\n\n一、安全\n\n全县安装烟雾报警器{}个，年内单笔最大捐款{}万元。\n"
TRAINING = "某县红十字会2023年工作报告{}\n\n一、救护\n\n全县培训救护员{}人。\n"
CHINESE = [(f"report_{i}.txt", (SAFETY if i < 2 else TRAINING).format(i, 300 + i, i)) for i in range(6)]


@pytest.mark.parametrize("question, said", [("韦克斯伯里安装的烟雾报警器有多少个", "1,262"),
                                             ("韦克斯伯里单笔最大的捐款是多少", "72,500")])
def test_a_document_named_by_sound_is_searched_though_no_other_word_reaches_it(tmp_path, question, said):
    # few candidates: in a library of many documents the English passages are not among a Chinese question's
    s = _searcher(tmp_path, [("wexbury_operations_2023-24.md", WEXBURY), *CHINESE], dense_candidates=2,
                  keyword_candidates=2)
    assert said in s.search(question, k=3).hits[0].paragraph.text


def test_the_answer_need_not_repeat_a_place_only_its_document_s_name_writes():
    from reportbot.index.answering.placed import places_placed
    from reportbot.index.answering.spans import Span

    heard = Transliterations(["stockton"]).constraints("斯托克顿司机最少几岁", ())
    sentence = "Drivers must be at least 21 years old."
    # the Stockton policy's passage: its title (Driver Policy) and text never write the place; its file does
    at = sentence.index("21")
    assert places_placed(heard, sentence, Span("21", at, at + 2, "figure"), "driver policy v1.4", sentence)
