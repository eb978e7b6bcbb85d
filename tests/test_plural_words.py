"""One reading of an English plural noun for both the asked noun ("how many … clinics") and the counted one: a word
ending in s is plural unless its ending is a singular's (class, bus, basis); people and staff are plural without
an s. Made-up words only."""
from __future__ import annotations

import pytest
from reportbot.index.retrieval.counted import plural


@pytest.mark.parametrize("word", ["clinics", "drivers", "societies", "people", "persons", "staff"])
def test_a_plural_noun_is_plural(word):
    assert plural(word)


@pytest.mark.parametrize("word", ["class", "bus", "basis", "analysis"])
def test_a_singular_ending_in_s_is_not(word):
    assert not plural(word)
