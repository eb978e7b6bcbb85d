"""A foreign place a Chinese question writes by sound (index/retrieval/transliterated.py): 卡迪夫 names the Cardiff
handbook, which writes its place only in Latin letters, so its passage answers and not a look-alike's."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.transliterated import Transliterations, han_consonants, latin_consonants


def test_a_name_and_its_transliteration_spell_the_same_consonants():
    for han, latin in (("卡迪夫", "Cardiff"), ("达尼丁", "Dunedin"), ("奥塔哥", "Otago"), ("汤斯维尔", "Townsville")):
        assert han_consonants(han) == latin_consonants(latin)


def test_only_a_run_of_characters_read_alone_is_a_transliteration():
    names = Transliterations(["cardiff", "townsville", "harbourside", "taichung"])
    assert names.named("卡迪夫急救队2025年培训预算多少") == ["cardiff"]
    assert names.named("汤斯维尔志愿者入职培训要多少小时") == ["townsville"]
    assert names.named("志愿者入职培训要多少小时") == []  # dictionary words, whatever their consonants
    # common characters read alone whose consonants are Taichung's (t-s-n-k): no foreign name is spelled with them
    assert names.named("贵州红十字会六大是哪年开的") == []


CARDIFF = b"""# Volunteer Handbook 2025

## Missing a duty

Call the roster office 72 hours ahead if you cannot come.
"""

OTHER = b"""# Harbourside Volunteer Handbook 2025

## Missing a duty

A volunteer who cannot make a rostered volunteer duty gives the duty coordinator at least 24 hours notice.
"""


@pytest.fixture
def handbooks(small_library):
    return small_library({"harbourside_volunteer_handbook.md": OTHER, "cardiff_volunteer_handbook.md": CARDIFF})


def test_a_place_written_by_sound_picks_its_document(handbooks):
    service, ids = handbooks
    out = answer_json(service.ask("卡迪夫的志愿者不能值班要提前多少小时通知"))
    assert out["passages"][0]["doc"] == ids["cardiff_volunteer_handbook.md"]
    assert "72 hours" in out["passages"][0]["text"]


def test_a_name_the_dictionary_spells_whole_is_not_heard_in_its_parts():
    # 贝尔法斯特 and 哈利法克斯 are CC-CEDICT's Belfast and Halifax: 法斯特 inside one is not firstaid's f-s-t, and
    # 斯那次, half of 哈利法克斯 and half the words after it, not hsinchu's s-n-s
    names = Transliterations(["firstaid", "hsinchu", "belfast", "halifax"])
    assert names.named("贝尔法斯特分会去年办了几期急救培训") == ["belfast"]
    assert names.named("哈利法克斯那次演练几点开始") == ["halifax"]
    only_others = Transliterations(["firstaid", "hsinchu"])
    assert only_others.named("贝尔法斯特分会去年办了几期急救培训") == []
    assert only_others.named("哈利法克斯那次演练几点开始") == []


def test_a_longer_name_heard_in_a_run_keeps_the_shorter_ones_inside_it_out():
    names = Transliterations(["townsville", "swale"])  # 斯维尔, s-w-l inside 汤斯维尔, is Swale's
    assert names.named("汤斯维尔分会有几辆救护车") == ["townsville"]
