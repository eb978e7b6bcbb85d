"""Chinese typos by sound (秘术长 for 秘书长) and Chinese words read through their characters' shared glosses (检查 ->
check), on made-up documents and questions."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.bridge_en import english_glosses, shared_glosses
from reportbot.index.retrieval.homophones import _pinyin_key, corrected, sound_alikes
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

KNOWN = {"协会", "秘书长", "秘书", "会员", "理事会", "理事", "名单"}


def _pinyin(words):
    out: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 2:
            out.setdefault(_pinyin_key(w), []).append(w)
    return out


def test_a_stretch_the_documents_never_write_is_read_as_their_word_of_the_same_sound():
    pinyin = _pinyin(KNOWN)
    assert sound_alikes("秘术长", KNOWN, pinyin) == ["秘书长"]  # one character typed for another of its sound
    assert sound_alikes("秘书长", KNOWN, pinyin) == []         # the documents' own word is no typo
    assert sound_alikes("蜜术长", KNOWN, pinyin) == []         # two characters changed: not a typo of it
    assert sound_alikes("协力", KNOWN, pinyin) == []           # no word of theirs sounds so


def test_the_typo_replaces_the_words_it_covers_in_the_question():
    pinyin = _pinyin(KNOWN)
    text = "协会秘术长是谁"
    spans = [(0, 2, {"协会": 1.0}), (2, 4, {"秘术": 1.0}), (4, 6, {"长是": 1.0}), (6, 7, {"谁": 1.0})]
    groups, where = corrected(text, spans, KNOWN, pinyin, 0.9)
    assert groups == [{"协会": 1.0}, {"秘书长": 0.9}, {"谁": 1.0}]
    assert where == [0, 1, 1, 2]
    assert corrected("协会秘书长是谁", [(0, 2, {"协会": 1.0}), (2, 5, {"秘书长": 1.0})], KNOWN, pinyin, 0.9) is None


def test_real_words_are_no_typos():
    known = KNOWN | {"经理", "一共", "会议"}
    pinyin = _pinyin(known)
    # 经历 is a word of jieba's dictionary: not a typo of the documents' 经理
    assert corrected("他的经历", [(0, 1, {"他": 1.0}), (2, 4, {"经历": 1.0})], known, pinyin, 0.9) is None
    # 会一 lies across two real words (理事会|一共): no typo of 会议, though it sounds so
    spans = [(0, 3, {"理事会": 1.0}), (3, 5, {"一共": 1.0}), (5, 7, {"几人": 1.0})]
    assert corrected("理事会一共几人", spans, known, pinyin, 0.9) is None


CLUB = """星海市登山协会2024年工作简报

一、组织建设

协会现有会员820名，秘书长由王立新担任，理事会每季度召开一次会议。

二、活动开展

全年组织登山活动36次，参加人数4100人次。
"""
GUIDE = """Hiking Safety Guide

1. Equipment

Check the rope and harness before every climb and replace worn parts.

2. Weather

Turn back when thunder is heard and wait 30 minutes after the last thunder before going on.

3. Briefing

Everyone who will attend the climb signs the list of attendees at the briefing.
"""


def test_a_question_with_a_typo_by_sound_finds_the_passage_that_writes_the_word(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(CLUB, "club.txt"), parse_text(GUIDE, "guide.md")]
    emb = HashEmbedder()
    searcher = Searcher(PassageIndex.build(docs, emb, tmp_path / "ix"), emb)
    q = searcher.analyse("登山协会的秘术长是谁")
    assert any("秘书长" in g for g in q.groups)
    top = searcher.search("登山协会的秘术长是谁", k=3).top
    assert top is not None and "王立新" in top.paragraph.text


def test_a_word_whose_own_glosses_the_english_text_lacks_is_read_through_its_characters(tmp_path):
    docs = [parse_text(CLUB, "club.txt"), parse_text(GUIDE, "guide.md")]
    index = PassageIndex.build(docs, HashEmbedder(), tmp_path / "ix")
    to_english = english_glosses(set(index.bridge.written), set(index.para_bm25.vocab), index.bridge.pairs)
    # 检查's own glosses are inspect and examine; 检 and 查 both gloss "check", which the guide says
    assert [w for w, _ in shared_glosses("检查", to_english)] == ["check"]
    assert shared_glosses("检", to_english) == [] and shared_glosses("检查站", to_english) == []
    group = index.bridge.english_alternatives({"检查": 1.0})
    assert "check" in group and group["check"] < 1.0
    # a lone character's glosses only serve to read a compound: a one-character question word gains nothing
    assert index.bridge.english_alternatives({"查": 1.0}) == {"查": 1.0}


def test_a_gloss_reaches_the_english_words_derived_from_it(tmp_path):
    docs = [parse_text(CLUB, "club.txt"), parse_text(GUIDE, "guide.md")]
    index = PassageIndex.build(docs, HashEmbedder(), tmp_path / "ix")
    to_english = dict(english_glosses(set(index.bridge.written), set(index.para_bm25.vocab), index.bridge.pairs))
    found = dict(to_english["出席"])  # to attend; the guide also says "attendees"
    assert "attend" in found and "attende" in found and found["attende"] < found["attend"]
