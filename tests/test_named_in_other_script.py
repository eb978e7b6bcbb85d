"""A Chinese question naming an English document's place by meaning (港城: Harbour City, calque_places.py), by sound
with few consonants (奥塔哥: Otago) or by both (河顿: Riverton, river + -ton: transliterated.py) is answered from that
document, even where none of its other words reach the document's passages (candidate_scores.candidates' named rows)."""
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
    names = Transliterations(["otago", "riverton", "cardiff"])
    assert names.named("奥塔哥分会经理叫啥") == ["otago"]  # o-ta-go: too few consonants alone
    assert names.named("河顿登记的公共除颤器有多少台") == ["riverton"]  # 河 river, 顿 -ton
    assert names.named("这个河段有多少台抽水机") == []  # 河段, a dictionary word: no name is spelled with it
    assert names.named("他们的社会工作") == []


HARBOUR = """Harbour City Red Cross Branch - Board Minutes 2024-02

Item 3. Finance

The Treasurer noted that income from the annual Flag Day fell to $386,000 in 2023.
"""
NORTH = """Northgate Branch Annual Review 2023-24

6. Income

Total income in 2023 was $3.92 million, from grants, donations, city appeals and the annual Flag Day.

7. Volunteers

Volunteers gave 71,600 hours in the city.
"""
SURPLUS = """Annual Review 2024

Our area

The branch serves Thunder Bay, Kenora and Dryden.

Finances

Total revenue for 2024 was CAD 2.84 million. The surplus of CAD 514,000 will be used towards a new response vehicle.
"""
LAKESIDE = """Lakeside Branch Annual Review 2024

Finances

The branch surplus for 2024 was CAD 96,000: the 2024 surplus of the bay branch, a surplus kept for the bay.
"""


def _searcher(tmp_path, docs, **tuning):
    emb = HashEmbedder()
    return Searcher(PassageIndex.build([parse_text(t, s) for s, t in docs], emb, tmp_path / "ix"), emb,
                    replace(DEFAULT, **tuning))


def test_a_place_named_by_meaning_holds_the_question_to_the_document_named_so(tmp_path):
    s = _searcher(tmp_path, [("harbour_minutes.md", HARBOUR), ("northgate_review.md", NORTH)])
    result = s.search("港城红会2023年卖旗日收入多少", k=3)
    assert any(c.kind == "named" and "harbour city" in c.forms for c in result.constraints)
    assert "$386,000" in result.hits[0].paragraph.text


def test_a_name_only_the_file_name_writes_agrees_with_every_passage_of_its_document(tmp_path):
    s = _searcher(tmp_path, [("thunder_bay_annual_review_2024.md", SURPLUS), ("lakeside_review.md", LAKESIDE)])
    assert "514,000" in s.search("雷湾分会2024年盈余多少钱", k=3).hits[0].paragraph.text


BUNBURY = """Bunbury Sub-Centre Annual Operations Report 2024-25

First aid training

The number of public defibrillators registered with St John in our area reached 488 this year.

Finance

The largest single gift was a bequest of $150,000 from the estate of a local resident.
"""
CHINESE = [(f"report_{i}.txt", f"某市红十字会2024年工作报告{i}\n\n一、救护\n\n全市注册AED{100 + i}台，新增捐赠{i}台，"
            f"年内收到遗赠{i}笔。\n") for i in range(6)]


@pytest.mark.parametrize("question, said", [("邦伯里注册的AED有多少台", "488"),
                                             ("邦伯里收到最大一笔遗赠多少钱", "150,000")])
def test_a_document_named_by_sound_is_searched_though_no_other_word_reaches_it(tmp_path, question, said):
    # few candidates: in a library of many documents the English passages are not among a Chinese question's
    s = _searcher(tmp_path, [("bunbury_operations_2024-25.md", BUNBURY), *CHINESE], dense_candidates=2,
                  keyword_candidates=2)
    assert said in s.search(question, k=3).hits[0].paragraph.text


def test_the_answer_need_not_repeat_a_place_only_its_document_s_name_writes():
    from reportbot.index.answering.placed import places_placed
    from reportbot.index.answering.spans import Span

    heard = Transliterations(["townsville"]).constraints("汤斯维尔志愿者最小几岁", ())
    sentence = "Volunteers must be at least 16 years old."
    # the Townsville policy's passage: its title (Volunteer Policy) and text never write the place; its file does
    at = sentence.index("16")
    assert places_placed(heard, sentence, Span("16", at, at + 2, "figure"), "volunteer policy v2.3", sentence)
