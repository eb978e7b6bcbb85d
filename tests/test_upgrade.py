"""A data folder whose index an older reportbot wrote: brought up to the current format on start, nothing lost."""
from __future__ import annotations

import json

import numpy as np
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_file import save_bridge
from reportbot.index.retrieval.passage_index import FORMAT_VERSION, PassageIndex

from tests.conftest import SEEDS


def test_an_index_of_an_older_format_gets_the_current_bridge_on_start_and_keeps_its_documents(data_dir, e5):
    svc = QAService(data_dir, SEEDS, embedder=e5)
    built, documents = svc.engine.index, svc.documents()
    folder = svc.library.current_path()
    # what format 6 left: its manifest's number, and a bridge made by older code (here: a sparser one)
    save_bridge(Bridge({}, {}, set(), to_english={}), folder / "bridge.json")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "manifest.json").write_text(json.dumps(manifest | {"format_version": 6}), encoding="utf-8")

    again = QAService(data_dir, SEEDS, embedder=e5)
    now = again.library.current_path()
    assert now != folder and not folder.exists()  # a fresh build folder became current; the old one went
    on_disk = PassageIndex.load(now, e5.name)
    for index in (again.engine.index, on_disk):
        assert index.manifest["format_version"] == FORMAT_VERSION and index.manifest["upgraded_from"] == 6
        assert index.bridge.phrases == built.bridge.phrases and index.bridge.to_english == built.bridge.to_english
        assert [p.pid for p in index.paragraphs] == [p.pid for p in built.paragraphs]
    assert again.documents() == documents and again.pending() == ()
    assert again.ask("how many rescue teams have Party branches").hits[0].paragraph.pid == \
        svc.ask("how many rescue teams have Party branches").hits[0].paragraph.pid


def test_an_index_of_format_5_gets_the_use_vectors_a_build_makes(data_dir, e5):
    svc = QAService(data_dir, SEEDS, embedder=e5)
    built, folder = svc.engine.index, svc.library.current_path()
    assert built.second is not None
    for name in ("paragraphs.second.npy", "sentences.second.npy"):  # format 5 had no second opinion
        (folder / name).unlink()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "manifest.json").write_text(json.dumps(manifest | {"format_version": 5, "second_opinion": None}),
                                          encoding="utf-8")

    on_disk = PassageIndex.load(QAService(data_dir, SEEDS, embedder=e5).library.current_path(), e5.name)
    assert on_disk.manifest["second_opinion"] == built.manifest["second_opinion"]
    assert np.allclose(on_disk.second.paragraphs, built.second.paragraphs, atol=1e-3)  # English questions use them
    assert np.allclose(on_disk.second.sentences, built.second.sentences, atol=1e-3)
