"""A character of the loaders' common-surname list that CC-CEDICT does not list as a surname (衣, 简, 练) opens a
person's name only where the characters after it make no dictionary word: 衣服, 简介, 练习 are things, not people,
while a name the dictionary does not hold (荆志豪, traditional 張) still reads as one. Made-up words only."""
from __future__ import annotations

import pytest
from reportbot.index.answering.shape import names_someone


@pytest.mark.parametrize("word", ["衣服", "简介", "练习", "鲜血", "普通"])
def test_a_dictionary_word_opened_by_a_listed_surname_names_no_one(word):
    assert not names_someone(word)


@pytest.mark.parametrize("word", ["荆国峰", "張秀蘭"])
def test_a_name_opened_by_a_listed_surname_still_names_someone(word):
    assert names_someone(word)
