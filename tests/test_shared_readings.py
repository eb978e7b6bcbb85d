"""What several answer checks read of one text is read once and shared, and reads as it did when each check read it
alone: jieba's tagged words, CC-CEDICT's entries, a contraction said in full, a Latin word standing alone."""
from __future__ import annotations

import functools
import random
import re

import jieba.posseg
import pytest
from reportbot.index.answering import glosses
from reportbot.index.answering.sentence_share import _after_no_letter, _latin_word
from reportbot.index.answering.unsaid import said
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.cedict import _cedict_entries
from reportbot.index.retrieval.tagging import tagged, words

SENTENCE = "2024年，县红十字会 组织救护员培训12期，会长周海燕出席。"


def test_a_sentence_is_tagged_once_and_every_check_reads_jiebas_words():
    first = words(SENTENCE)
    assert words(SENTENCE) is first  # the second check reads the first one's words
    assert [(w.word, w.flag) for w in first] == [(w.word, w.flag) for w in jieba.posseg.lcut(SENTENCE)]
    assert tagged(SENTENCE) == tuple((w.word, w.flag) for w in first if w.word.strip())
    assert all(w.strip() for w, _ in tagged(SENTENCE)) and any(not w.word.strip() for w in first)


@functools.cache
def _pattern(word: str) -> re.Pattern:
    gap = r"[\u4e00-\u9fff（）()、]{0,3}?"
    return re.compile(re.escape(word[0]) + "".join(gap + re.escape(c) for c in word[1:]))


def test_a_contraction_is_said_by_its_full_form_a_few_characters_apart():
    assert said("红会", "县红十字会组织培训")  # 红十字会 says 红会
    assert said("党支部", "党（总）支部书记")  # brackets stand between its characters
    assert not said("遗体捐献", "登记遗体（器官）捐献志愿者")  # four apart: too far
    assert not said("红会", "红色主题的工会")  # five characters apart: another word
    assert not said("红会", "红 会")  # a space is no part of a word
    rnd = random.Random(17)
    chars = "红十字会（）、，a ()"
    for _ in range(3000):  # as the pattern of the characters in order with short gaps finds it
        word = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 4)))
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 24)))
        assert said(word, text) == (word in text or _pattern(word).search(text) is not None), (word, text)


def test_a_latin_word_counts_only_where_no_letter_runs_into_it():
    assert _latin_word("aed", "使用aed除颤仪")
    assert not _latin_word("aed", "使用raed除颤仪")
    rnd = random.Random(17)
    for _ in range(3000):
        term = "".join(rnd.choice("abz 1-") for _ in range(rnd.randint(1, 4)))
        text = "".join(rnd.choice("abz 1-救A") for _ in range(rnd.randint(0, 20)))
        assert _after_no_letter(term, text) == (re.search(rf"(?<![a-z]){re.escape(term)}", text) is not None)


@pytest.mark.parametrize("word", ["周", "吴", "仙居", "培训", "救援队", "红十字会", "志愿者", "元", "不存在的词"])
def test_dictionary_entries_of_a_chinese_word_are_the_raw_files(word):
    assert glosses._file_entries(word) == _cedict_entries().get(word, ())  # what the lexicon stores


def test_entries_come_from_the_lexicon_for_chinese_words_only(monkeypatch):
    served = ((False, "made-up gloss"),)
    monkeypatch.setattr(lexicon, "cedict_entries", lambda word: served)
    glosses.cedict_entries.cache_clear()
    try:
        assert glosses.cedict_entries("救援队") == served
        assert glosses.cedict_entries("usual") != served  # a Latin word: the raw file, which finds it in glosses
    finally:
        glosses.cedict_entries.cache_clear()
