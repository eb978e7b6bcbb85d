"""A question word a passage's heading holds, not its document's title, counts in the sentence that says it when
``heading_sentence`` is on; a word of the title never does (made-up documents)."""
from __future__ import annotations

import dataclasses

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval import candidate_scores as steps
from reportbot.index.retrieval.hits import Candidates
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder

CLUB = """星海市登山协会2024年工作简报

一、救援演练

全年组织救援演练14场，参演队员520人次。

二、队伍建设

协会现有会员820名，其中救援队员96名。
"""

OTHER = """临江县志愿者协会工作简报

一、概况

协会现有志愿者300名。
"""


def _sentence_scores(tmp_path, question: str, on: bool) -> dict[str, float]:
    from reportbot.index.retrieval.search import Searcher

    emb = HashEmbedder()
    ix = PassageIndex.build([parse_text(CLUB, "club.txt"), parse_text(OTHER, "other.txt")], emb, tmp_path / "ix")
    s = Searcher(ix, emb, dataclasses.replace(DEFAULT, heading_sentence=on))
    q = s.analyse(question)
    c = Candidates.of(ix, np.arange(len(ix.paragraphs), dtype=np.int64))
    field = s.field_for(q)
    _, sent_kw, _ = steps.keyword(ix, s.tuning, q, c, steps.keyword_all(ix, q, field), field)
    return {ix.paragraphs[int(r)].text: float(sent_kw[c.span(i)].max()) for i, r in enumerate(c.rows)}


def test_the_sentence_under_the_heading_that_says_the_asked_word_scores_it(tmp_path):
    drill = "全年组织救援演练14场，参演队员520人次。"
    off = _sentence_scores(tmp_path / "off", "演练一共几场", False)
    on = _sentence_scores(tmp_path / "on", "演练一共几场", True)
    assert on[drill] > off[drill]


def test_a_word_of_the_title_still_counts_nothing_sentence_by_sentence(tmp_path):
    members = "协会现有会员820名，其中救援队员96名。"
    off = _sentence_scores(tmp_path / "off", "登山协会会员多少", False)
    on = _sentence_scores(tmp_path / "on", "登山协会会员多少", True)
    assert abs(on[members] - off[members]) < 1e-6
