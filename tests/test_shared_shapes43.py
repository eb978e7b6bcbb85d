"""One definition each for two shapes two modules read (tidy-43, no behaviour changed): the endings of an
organisation's kind (:mod:`reportbot.index.answering.org_kinds`: a whole answer's end in :mod:`.shape`, a tagged
word's in :mod:`.org_extent`) and a bracketed note of a title (:func:`reportbot.corpus.when_who.bracketed_note`: a
dated line in :mod:`.byline`, a heading's revision note in :mod:`.html_site`). Made-up names only."""
from __future__ import annotations

import re

from reportbot.corpus.html_site import site_name
from reportbot.corpus.letterhead import noted
from reportbot.index.answering.org_extent import organisation_whole
from reportbot.index.answering.org_kinds import ORG_END, WORD_KIND_END
from reportbot.index.answering.spans import Span

# the two lists as they were written before they were one (shape._ORG_END, org_extent._KIND_END)
_OLD_TEXT_END = re.compile(r"(?:中心|委员会|办公室|领导小组|局|会|院|站|队|所|厅|处|馆|社|团|公司|集团|支部|学校|"
                           r"大学|医院)$")
_OLD_WORD_END = re.compile(r"(?:队|会|所|社|局|院|站|处|部|厅|委|办|司|团|馆|校|组|室|中心|集团|协会)$")
_ENDINGS = ["中心", "委员会", "办公室", "领导小组", "局", "会", "院", "站", "队", "所", "厅", "处", "馆", "社", "团",
            "公司", "集团", "支部", "学校", "大学", "医院", "部", "委", "办", "司", "校", "组", "室", "协会", "心",
            "学", "长", "员", "全部", "内部", "小组", "数学", "人", "者", "区"]


def test_the_shared_endings_read_as_each_list_did():
    for ending in _ENDINGS:
        text = f"青山区红十字{ending}"
        assert bool(ORG_END.search(text)) == bool(_OLD_TEXT_END.search(text)), ending
        assert bool(WORD_KIND_END.search(ending)) == bool(_OLD_WORD_END.search(ending)), ending


def test_a_whole_answer_needs_the_kind_written_whole_a_tagged_word_its_last_character():
    assert ORG_END.search("临江市卫生健康委员会宣传教育工作领导小组") and not ORG_END.search("物资已经全部")
    assert WORD_KIND_END.search("宣传部") and WORD_KIND_END.search("卫健委")
    sentence = "审计报告由湖北楚信会计师事务所出具。"
    at = sentence.index("楚信")
    assert organisation_whole(sentence, Span("楚信", at, at + 2, "slot", 1.0)).text == "湖北楚信会计师事务所"


def test_one_bracketed_note_serves_a_dated_line_and_a_headings_revision():
    assert noted("（2025年1月15日第三届第六次理事会通过）")
    assert not noted("（一）总则")
    title = "应急救护培训常见问题 - 临江市红十字会"
    assert site_name(title, "应急救护培训常见问题（2025年9月修订）") == "临江市红十字会"
