"""index/: BM25, fusion, the bridge, and index folders with manifests."""
from __future__ import annotations

import json

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.fusion import fuse, keyword_weight, minmax
from reportbot.index.retrieval.passage_index import IndexLoadError, ModelMismatchError, PassageIndex
from reportbot.testing.fakes import HashEmbedder

from tests.conftest import REPORT


def test_bm25_idf_stays_positive_for_a_term_in_half_the_documents():
    bm = BM25.from_tokens([["a", "b"], ["a", "c"], ["d"], ["e"]])
    assert bm.idf("a") > 0
    assert bm.scores(["a"])[0] > 0 and bm.scores(["a"])[2] == 0


def test_bm25_group_counts_the_best_alternative_once():
    bm = BM25.from_tokens([["救援队", "救援"], ["救援"], ["捐赠"]])
    both = bm.group_scores([{"救援队": 1.0, "救援": 0.6}])
    assert both[0] > both[1] > 0 and both[2] == 0
    # a group is one concept: matching two of its forms is not double evidence
    assert both[0] == pytest.approx(bm.group_scores([{"救援队": 1.0}])[0])


def test_fusion_gives_an_empty_keyword_side_no_vote():
    dense = np.array([0.80, 0.84, 0.82])
    keyword = np.array([0.0, 0.0, 0.0])
    w = keyword_weight(matched_mass=0.0, possible=1.0)
    assert w == 0.0
    assert list(np.argsort(-fuse(dense, keyword, w))) == [1, 2, 0]


def test_fusion_lets_a_strong_rare_keyword_match_win():
    dense = np.array([0.84, 0.80])
    keyword = np.array([0.1, 1.0])  # row 1 holds every rare question term
    w = keyword_weight(matched_mass=1.0, possible=1.0)
    assert np.argmax(fuse(dense, keyword, w)) == 1


def test_fusion_keeps_a_hairs_dense_lead_a_hair():
    # two passages of one short notice: the first is a hair closer in meaning ("The training is held on Saturday"),
    # the second holds the question's rare words ("The first-aid training runs from 16 to 17 March")
    dense = np.array([0.852, 0.840])
    keyword = np.array([0.2, 0.6])
    assert np.argmax(fuse(dense, keyword, 0.3)) == 0  # min-max stretches 0.012 into the whole dense vote
    assert np.argmax(fuse(dense, keyword, 0.3, least_range=0.08)) == 1


def test_fusion_leaves_a_wide_dense_spread_as_min_max_scales_it():
    dense = np.array([0.90, 0.75, 0.70])
    keyword = np.array([0.1, 0.5, 0.9])
    assert np.allclose(fuse(dense, keyword, 0.4, least_range=0.08), fuse(dense, keyword, 0.4))


def test_minmax_of_flat_scores_is_no_signal():
    assert minmax(np.array([0.5, 0.5])).tolist() == [0.0, 0.0]


@pytest.fixture
def built(tmp_path):
    doc = parse_text(REPORT.read_text(encoding="utf-8"), REPORT.name)
    emb = HashEmbedder()
    index = PassageIndex.build([doc], emb, tmp_path / "ix")
    return tmp_path / "ix", index, emb


def test_index_saves_and_loads_with_its_manifest(built):
    path, index, emb = built
    manifest = json.loads((path / "manifest.json").read_text())
    for key in ("model", "dimension", "passages", "tokenizer", "corpus_hash", "created", "format_version"):
        assert key in manifest
    assert manifest["model"] == "fake-hash" and manifest["dimension"] == 64
    assert manifest["passages"] == 16  # 15 body paragraphs + the header card
    from reportbot.corpus.pdf_pages import LAYOUT
    from reportbot.index.retrieval.bridge_weights import BRIDGE

    assert manifest["tunables"]["pdf_layout"]["full_line"] == LAYOUT.full_line  # what shaped the texts, recorded
    assert manifest["tunables"]["bridge"]["partial"] == BRIDGE.partial  # and the bridge built with them
    loaded = PassageIndex.load(path, "fake-hash")
    assert [p.text for p in loaded.paragraphs] == [p.text for p in index.paragraphs]
    qv = emb.encode_queries(["救援队"])[0]
    assert loaded.sent_vecs.search(qv, 3)[0].tolist() == index.sent_vecs.search(qv, 3)[0].tolist()


def test_an_index_of_the_previous_tokenizer_serves_and_an_unknown_one_is_refused(built):
    from reportbot.corpus.errors import IndexLoadError

    path, index, _ = built
    mf = path / "manifest.json"
    manifest = json.loads(mf.read_text())
    mf.write_text(json.dumps({**manifest, "tokenizer": "jieba-search-v2"}))  # v3 only adds bracketed words
    assert len(PassageIndex.load(path, "fake-hash").paragraphs) == len(index.paragraphs)
    mf.write_text(json.dumps({**manifest, "tokenizer": "jieba-search-v1"}))
    with pytest.raises(IndexLoadError):
        PassageIndex.load(path, "fake-hash")


def test_loading_with_another_model_names_both(built):
    path, _, _ = built
    with pytest.raises(ModelMismatchError) as err:
        PassageIndex.load(path, "st:intfloat/multilingual-e5-small")
    assert "fake-hash" in str(err.value) and "multilingual-e5-small" in str(err.value)


def test_a_damaged_index_is_a_clear_error(built):
    path, _, _ = built
    (path / "sentences.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexLoadError, match="damaged"):
        PassageIndex.load(path, "fake-hash")
    (path / "manifest.json").unlink()
    with pytest.raises(IndexLoadError, match="manifest"):
        PassageIndex.load(path, "fake-hash")


def test_bridge_maps_english_words_to_corpus_words(built):
    _, index, _ = built
    groups, matched, unmatched = index.bridge.translate("how many rescue teams have Party branches")
    words = {w for g in groups for w in g}
    assert "救援队" in words and "支部" in words
    assert unmatched == []
    groups, _, _ = index.bridge.translate("Who is the captain of the Xianju team")
    assert any("仙居" in g for g in groups)  # romanised place name through pinyin
    groups, _, _ = index.bridge.translate("How many Party groups were set up?")
    assert any("党组" in g for g in groups)  # "leading party group": a two-word part of a longer gloss
    groups, _, unmatched = index.bridge.translate("How many first aid training sessions were held?")
    assert any("救护" in g for g in groups) and "aid" not in unmatched  # "to administer first aid"


def test_a_repeated_sentence_is_stored_once_and_found_in_every_paragraph(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    boiler = "本报告由红十字会办公室统一发布。"
    docs = [parse_text(f"报告{i}\n\n第{i}号报告的正文讲述救援队建设情况。{boiler}\n", f"r{i}.txt") for i in range(3)]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / "ix")
    assert index.manifest["sentences"] == 9 and index.manifest["sentence_vectors"] == 7
    loaded = PassageIndex.load(tmp_path / "ix", "fake-hash")
    hits = Searcher(loaded, emb).search(boiler, k=3).hits
    assert {h.paragraph.doc_id for h in hits} == {d.doc_id for d in docs}
