"""An English question's word and the Chinese words the bridge translates it to are one concept: a passage in
either language that holds it covers it whole (a library with English text next to Chinese text)."""
from __future__ import annotations

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.coverage import group_mass
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import analyse
from reportbot.testing.fakes import HashEmbedder

# made-up documents: a Chinese notice and an English one that share no passage
ZH = "捐赠通报\n\n本年度募集社会捐赠款物1.2亿元，受益群众80万人次，志愿者队伍持续壮大。\n"
EN = ("Harbour Volunteer Bulletin\n\nThis year the volunteers raised donations of 3 million dollars, and "
      "the people who benefit from the programme number 20,000 across the harbour districts.\n")


def test_an_english_word_and_its_translation_share_one_concept():
    bridge = Bridge.build({"受益": 3.0, "捐赠": 2.0, "群众": 2.0})
    q = analyse("how many people benefited from donations", bridge)
    merged = q.concept_groups()
    assert any({"benefit", "受益"} <= set(g) for g in merged)
    assert any({"donat", "捐赠"} <= set(g) for g in merged)
    assert len(merged) < len(q.groups)  # each translated word counted once, not once per language
    # a Chinese question has no concepts across groups: each group is its own
    zh = analyse("受益群众有多少", bridge)
    assert len(zh.concept_groups()) == len(zh.groups)


def test_a_chinese_passage_covers_more_of_an_english_question_beside_english_text(tmp_path):
    from dataclasses import replace

    docs = [parse_text(ZH, "zh.txt"), parse_text(EN, "en.txt")]
    index = PassageIndex.build(docs, HashEmbedder(), tmp_path / "ix")
    q = analyse("how many benefited from the donations", index.bridge)
    rows = np.array([next(i for i, p in enumerate(index.paragraphs) if "受益群众" in p.text)])

    def share(query) -> float:
        masses, total = group_mass(index, query)
        return sum(max((v for t, v in m.items() if index.para_bm25.contains(t, rows)[0]), default=0.0)
                   for m in masses) / total

    # benefit and donat are written in the English bulletin: as concepts of their own beside 受益 and 捐赠, they
    # kept the Chinese passage, which says both, at about half the question
    assert share(replace(q, concepts=())) < 0.6 < share(q)
