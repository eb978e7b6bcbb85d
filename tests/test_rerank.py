"""The reranker over the search's first candidates: an intro line that fusion puts first goes behind the passage under
it that states the asked figure; the fitted file loads, says what it was fitted on, and is used only when adopted."""
from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval import rerank
from reportbot.index.retrieval.query import analyse
from reportbot.index.retrieval.rerank_features import FEATURES, Scores, features

INTRO = "全年社区书屋阅读推广活动情况如下："
ITEM = "全年举办社区书屋阅读推广活动860余场次，发展注册读者3.2万人，较上年增长6.5%。"


def two_passages():
    """An intro line and the passage under it: fusion puts the intro line (close to the question in e5's eyes)
    first, though the passage under it covers more of the question and states the asked figure."""
    paragraphs = [Paragraph("d", 0, "年度报告", ("年度报告",)), Paragraph("d", 1, INTRO, (INTRO,)),
                  Paragraph("d", 2, ITEM, (ITEM,))]
    index = SimpleNamespace(paragraphs=paragraphs, para_doc=np.zeros(3, np.int32))
    rows = np.array([1, 2])
    scores = Scores(rows, fused=np.array([0.80, 0.78]), dense=np.array([0.86, 0.84]), keyword=np.array([0.7, 0.7]),
                    coverage=np.array([0.6, 0.8]), agrees=np.array([True, True]),
                    sentence_best=lambda i: [0.8, 0.75][i])
    return index, scores


def by_hand(threshold: float = 0.7) -> rerank.Reranker:
    """A reranker that trusts coverage and a figure in the asked unit (not the fitted weights)."""
    weights = {"coverage": 2.0, "unit_asked": 2.0, "fused_gap": 1.0}
    return rerank.Reranker(FEATURES, tuple(weights.get(f, 0.0) for f in FEATURES), -1.0, (0.1,) * len(FEATURES),
                           threshold, 8)


def test_the_passage_stating_the_figure_goes_before_the_intro_line_over_it():
    index, scores = two_passages()
    q = analyse("全年举办了多少场社区书屋阅读推广活动？")
    head = np.array([0, 1])  # today's order: the intro line first
    x = features(index, q, scores, head, np.array([3]))
    assert scores.rows[head[by_hand().order(x)][0]] == 2
    # an item that states no figure and covers less does not take the first place
    plain = Scores(scores.rows, scores.fused, scores.dense, scores.keyword, np.array([0.6, 0.4]), scores.agrees,
                   scores.sentence_best)
    index.paragraphs[2] = Paragraph("d", 2, "推广工作得到各方支持。", ("推广工作得到各方支持。",))
    assert scores.rows[head[by_hand().order(features(index, q, plain, head, np.array([3])))][0]] == 1


def test_only_the_first_place_changes():
    x = np.zeros((4, len(FEATURES)))
    x[2, FEATURES.index("coverage")] = 0.1  # p = 0.73 against the first
    assert list(by_hand().order(x)) == [2, 0, 1, 3]
    assert list(by_hand(threshold=0.8).order(x)) == [0, 1, 2, 3]


def test_the_features_describe_the_passages_not_the_question_words():
    index, scores = two_passages()
    x = features(index, analyse("全年举办了多少场社区书屋阅读推广活动？"), scores, np.array([0, 1]), np.array([3]))
    named = dict(zip(FEATURES, x.T))
    assert list(named["intro"]) == [1, 0] and list(named["figure_asked"]) == [0, 1]
    assert list(named["rank"]) == [0, 1] and named["fused_gap"][0] == 0 and named["fused_gap"][1] < 0


def test_the_fitted_file_loads_and_records_what_it_was_fitted_on(tmp_path):
    record = json.loads(rerank.MODEL_FILE.read_text(encoding="utf-8"))
    assert record["features"] == list(FEATURES) and len(record["weights"]) == len(FEATURES)
    assert all("tune" in s["file"] and s["sha256"] for s in record["fitted_on"]) and record["commit"]
    # the shipped fit was not adopted (held out it gained no more hits than near misses it moved): no reordering
    assert (rerank.load() is None) == (not record["adopted"])
    (tmp_path / "taken.json").write_text(json.dumps(record | {"adopted": True}), encoding="utf-8")
    model = rerank.load(tmp_path / "taken.json")
    assert model is not None and model.depth == record["depth"] and model.threshold == record["threshold"]
    (tmp_path / "old.json").write_text(json.dumps(record | {"adopted": True, "features": ["rank"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="fit_rerank"):
        rerank.load(tmp_path / "old.json")
