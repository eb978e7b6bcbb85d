"""The append path: adding and removing documents without a full build answers as a full build does."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.answering.engine import Engine
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.store import VectorStore
from reportbot.index.retrieval.update import update
from reportbot.testing.fakes import HashEmbedder

from tests.conftest import REPORT

QUESTIONS = ["有多少支救援队建立了党支部？", "how many rescue teams have Party branches", "募集了多少社会捐赠款物？",
             "杭州市的志愿者有多少人？", "这篇综述的作者是谁？", "宁波港口的吞吐量是多少？"]


def _docs():
    seed = parse_text(REPORT.read_text(encoding="utf-8"), REPORT.name)
    other = parse_text("宁波港口年报\n\n■  李明\n\n港口建设\n\n"
                       "宁波舟山港去年完成货物吞吐量12.6亿吨，连续多年位居全球第一。\n\n"
                       "港口共有码头泊位620个，其中万吨级以上泊位200个。“智慧港口”项目覆盖全部集装箱码头。", "port.txt")
    third = parse_text("杭州志愿服务简报\n\n杭州市注册志愿者达到350万人，志愿服务组织1.2万个。\n\n"
                       "救援队在汛期出动300余次，转移群众8000人。", "hz.txt")
    return [seed, other, third]


def _answers(index: PassageIndex, emb, exact: bool = True) -> list[tuple]:
    """Answers and ranked passages; for HNSW (8-bit vectors quantised with the first build's ranges,
    so scores move in the third decimal) the answer and the top passage."""
    engine = Engine(index, emb)
    out = []
    for q in QUESTIONS:
        a = engine.ask(q, 3)
        hits = [(h.paragraph.pid, round(h.score, 4)) for h in a.hits] if exact else a.hits[0].paragraph.pid
        out.append((a.answer, a.abstained, hits))
    return out


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_adding_then_removing_a_document_answers_as_a_full_build(tmp_path, kind, monkeypatch):
    import reportbot.index.retrieval.passage_index as pi

    if kind == "hnsw":  # force HNSW stores at this small size
        real_build = VectorStore.build
        monkeypatch.setattr(pi.VectorStore, "build", classmethod(lambda cls, v, k="auto": real_build(v, "hnsw")))
    emb = HashEmbedder()
    seed, other, third = _docs()
    PassageIndex.build([seed, other], emb, tmp_path / "a")

    added = update(tmp_path / "a", [seed, other, third], emb, tmp_path / "b")
    assert added is not None and added.manifest["embedded"] < 20  # only the new document's texts
    full = PassageIndex.build([seed, other, third], emb, tmp_path / "full")
    exact = kind == "flat"
    assert _answers(PassageIndex.load(tmp_path / "b"), emb, exact) == _answers(full, emb, exact)
    assert [p.pid for p in added.paragraphs] == [p.pid for p in full.paragraphs]
    assert added.context == full.context and np.array_equal(added.sent_uniq, full.sent_uniq)

    removed = update(tmp_path / "b", [seed, third], emb, tmp_path / "c")
    assert removed is not None and removed.manifest["masked_vectors"] > 0
    full = PassageIndex.build([seed, third], emb, tmp_path / "full2")
    reloaded = PassageIndex.load(tmp_path / "c")
    assert removed.context == full.context and np.array_equal(removed.sent_uniq, full.sent_uniq)
    assert _answers(reloaded, emb, exact) == _answers(full, emb, exact)
    assert "port.txt" not in {d.source for d in reloaded.docs.values()}


def test_a_changed_or_reordered_document_list_is_built_from_scratch(tmp_path):
    emb = HashEmbedder()
    seed, other, third = _docs()
    PassageIndex.build([seed, other], emb, tmp_path / "a")
    assert update(tmp_path / "a", [other, seed, third], emb, tmp_path / "b") is None
    assert update(tmp_path / "a", [third, seed, other], emb, tmp_path / "c") is None


def test_bm25_appended_and_without_match_a_fresh_index():
    docs = [["救援队", "党支部"], ["志愿者"], ["救援队", "捐赠"], ["港口"], ["志愿者", "救援队", "救援队"]]
    q = [{"救援队": 1.0}, {"志愿者": 1.0, "志愿": 0.5}]
    assert np.allclose(BM25.from_tokens(docs[:2]).appended(docs[2:]).group_scores(q),
                       BM25.from_tokens(docs).group_scores(q))
    fewer = BM25.from_tokens(docs).without(np.array([1, 3]))
    assert np.allclose(fewer.group_scores(q), BM25.from_tokens([docs[0], docs[2], docs[4]]).group_scores(q))
    assert "港口" not in fewer.vocab


def test_the_append_path_knows_the_index_format():
    from reportbot.index.retrieval.passage_index import FORMAT_VERSION
    from reportbot.index.retrieval.update import APPENDS_FORMAT

    # a new index format needs update.py to extend its new files too (until then every add is a full build)
    assert APPENDS_FORMAT == FORMAT_VERSION


def test_a_crash_mid_add_loses_nothing(tmp_path, monkeypatch):
    from reportbot.index.retrieval import passage_store

    emb = HashEmbedder()
    seed, other, third = _docs()
    PassageIndex.build([seed, other], emb, tmp_path / "a")
    before = _answers(PassageIndex.load(tmp_path / "a"), emb)
    real_append = passage_store.append

    def append_then_fail(*args):
        real_append(*args)  # the new lines are in the file the current index shares
        raise OSError("no space left on device")

    monkeypatch.setattr(passage_store, "append", append_then_fail)
    with pytest.raises(OSError):
        update(tmp_path / "a", [seed, other, third], emb, tmp_path / "b")
    monkeypatch.setattr(passage_store, "append", real_append)
    current = PassageIndex.load(tmp_path / "a")
    assert _answers(current, emb) == before
    assert [p.pid for p in current.paragraphs] == [p.pid for d in (seed, other) for p in d.paragraphs]

    # the next add starts from the same current index and gives what a full build gives
    added = update(tmp_path / "a", [seed, other, third], emb, tmp_path / "c", previous=current)
    full = PassageIndex.build([seed, other, third], emb, tmp_path / "full")
    assert _answers(PassageIndex.load(tmp_path / "c"), emb) == _answers(full, emb)
    assert PassageIndex.load(tmp_path / "c").paragraphs == full.paragraphs
    # removing, then adding again, reads back the rows in use and no other
    removed = update(tmp_path / "c", [seed, third], emb, tmp_path / "d", previous=added)
    again = update(tmp_path / "d", [seed, third, other], emb, tmp_path / "e", previous=removed)
    full = PassageIndex.build([seed, third, other], emb, tmp_path / "full2")
    assert PassageIndex.load(tmp_path / "e").paragraphs == again.paragraphs == full.paragraphs
    assert _answers(PassageIndex.load(tmp_path / "e"), emb) == _answers(full, emb)


def test_an_index_of_the_previous_format_loads_and_takes_an_append(tmp_path):
    import json

    emb = HashEmbedder()
    seed, other, third = _docs()
    built = PassageIndex.build([seed, other], emb, tmp_path / "a")
    # format 4 kept documents and paragraphs in one passages.json
    folder = tmp_path / "a"
    docs = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
    paras = [json.loads(line) for line in (folder / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    (folder / "passages.json").write_text(json.dumps({"docs": docs, "paragraphs": paras}, ensure_ascii=False),
                                          encoding="utf-8")
    (folder / "passages.jsonl").unlink()
    (folder / "documents.json").unlink()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = 4
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    old = PassageIndex.load(folder)
    assert old.paragraphs == built.paragraphs
    added = update(folder, [seed, other, third], emb, tmp_path / "b")
    assert added is not None and PassageIndex.load(tmp_path / "b").paragraphs == added.paragraphs


def test_an_added_english_document_extends_the_chinese_to_english_side_as_a_full_build(tmp_path):
    emb = HashEmbedder()
    seed = _docs()[0]
    manual = parse_text("First aid manual\n\nApply pressure to the wound with a clean cloth and call the ambulance. "
                        "Check breathing, open the airway, and start chest compressions at once.\n\n"
                        "Gloves, bandages, scissors and a blanket belong in every kit.", "manual.txt")
    minutes = parse_text("Board minutes\n\nThe board of directors approved the annual budget and the new volunteer "
                         "training programme. The treasurer reported donations and the hospital partnership.",
                         "minutes.txt")
    PassageIndex.build([seed, manual], emb, tmp_path / "a")
    added = update(tmp_path / "a", [seed, manual, minutes], emb, tmp_path / "b")
    full = PassageIndex.build([seed, manual, minutes], emb, tmp_path / "full")
    assert added.bridge.to_english and added.bridge.to_english == full.bridge.to_english
    assert PassageIndex.load(tmp_path / "b").bridge.to_english == full.bridge.to_english


def test_bm25_appended_and_without_on_random_postings():
    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(60)]
    docs = [list(rng.choice(words[:40] if i < 150 else words, size=rng.integers(0, 12))) for i in range(200)]
    merged, fresh = BM25.from_tokens(docs[:150]).appended(docs[150:]), BM25.from_tokens(docs)
    assert merged.vocab == fresh.vocab
    for a, b in ((merged.offsets, fresh.offsets), (merged.ids, fresh.ids), (merged.tfs, fresh.tfs)):
        assert np.array_equal(a, b)
    gone = rng.choice(200, size=30, replace=False)
    kept = [d for i, d in enumerate(docs) if i not in set(gone.tolist())]
    fewer, rebuilt = fresh.without(gone), BM25.from_tokens(kept)
    assert set(fewer.vocab) == set(rebuilt.vocab)
    for w in words:
        assert (fewer.postings(w) is None) == (rebuilt.postings(w) is None)
        if fewer.postings(w) is not None:
            assert all(np.array_equal(x, y) for x, y in zip(fewer.postings(w), rebuilt.postings(w)))


def test_documents_added_one_at_a_time_translate_english_as_one_build(tmp_path):
    """The bridge's weights are the whole corpus's, however the library was built: an English question's
    translations (and so its keyword scores) do not depend on the order documents were added in."""
    emb = HashEmbedder()
    seed, other, third = _docs()
    donations = parse_text("捐赠简报\n\n今年共接受捐赠款物300万元，捐献造血干细胞12例，捐款人数1.2万人。", "gifts.txt")
    PassageIndex.build([seed], emb, tmp_path / "a")
    step = tmp_path / "a"
    for i, docs in enumerate([[seed, other], [seed, other, donations], [seed, other, donations, third]]):
        assert update(step, docs, emb, tmp_path / f"s{i}") is not None
        step = tmp_path / f"s{i}"
    appended = PassageIndex.load(step).bridge
    full = PassageIndex.build([seed, other, donations, third], emb, tmp_path / "full").bridge
    for question in ("how much was donated", "how many rescue teams have party branches", "registered volunteers"):
        assert appended.translate(question) == full.translate(question)
    assert appended.phrases == full.phrases and appended.partial == full.partial
    assert appended.composed == full.composed and appended.pinyin == full.pinyin
    assert appended.to_english == full.to_english

    # removing a document takes its words out of the bridge, as a build without it would
    removed = update(step, [seed, other, third], emb, tmp_path / "r")
    assert removed.bridge.phrases == PassageIndex.build([seed, other, third], emb, tmp_path / "f2").bridge.phrases


def test_an_added_chinese_document_keeps_the_stored_chinese_to_english_side(tmp_path, monkeypatch):
    """The append path makes the Chinese-to-English side again only when the English written changes: the stored
    bridge gives back its words and its capitalised pairs apart (``bridge.json`` keeps both in one list)."""
    from reportbot.index.retrieval import passage_index as pi

    emb = HashEmbedder()
    seed, other, _ = _docs()
    club = parse_text("Club notes\n\nThe Harbour City branch met at Eastgate Hall; the first aid kits were checked.",
                      "club.txt")
    PassageIndex.build([seed, club], emb, tmp_path / "a")
    stored = PassageIndex.load(tmp_path / "a").bridge
    assert "harbour city" in stored.pairs and "harbour" in stored.written and "harbour city" not in stored.written

    def made_again(*args, **kwargs):
        raise AssertionError("the Chinese-to-English side was made again")

    monkeypatch.setattr(pi, "english_glosses", made_again)
    added = update(tmp_path / "a", [seed, club, other], emb, tmp_path / "b")
    assert added is not None and added.bridge.to_english == stored.to_english
    assert PassageIndex.load(tmp_path / "b").bridge.pairs == stored.pairs
