"""tools/refusal_extra.py: candidate refusal signals read from cached rows' fields, judged held out. Made-up rows."""
from __future__ import annotations

from tests.tools_module import load_tool


def _row(question: str, answer: str, evidence: str, source: str = "figure", lang: str = "zh") -> dict:
    return {"question": question, "answer": answer, "evidence": evidence, "source": source, "lang": lang}


def test_an_answer_that_carries_the_asked_thing_names_it():
    extra = load_tool("refusal_extra")
    assert extra.answer_names(_row("组织了几支救援队", "60支救援队", "组织60支救援队参与救灾")) == 1.0
    assert extra.answer_names(_row("组织了几支救援队", "1420名", "队员1420名")) == 0.0  # 名: not a 救援队


def test_the_sentence_alone_is_weighed_and_a_fallback_clause_is_told():
    extra = load_tool("refusal_extra")
    assert extra.sentence_alignment(_row("救援队有几支", "131支", "全省救援队增至131支")) == 0.6  # 救援队 of 救援队有支
    assert extra.sentence_alignment(_row("how many teams", "131支", "全省救援队增至131支", lang="en")) == 0.0
    assert extra.not_clause(_row("q", "a", "s", source="clause")) == 0.0
    assert extra.same_language(_row("how many teams", "131支", "全省救援队增至131支", lang="en")) == 0.0


def test_judging_candidates_leaves_the_families_as_they_were():
    extra = load_tool("refusal_extra")
    families, models = extra.refusal_families, extra.refusal_models  # the modules the tool patches
    before = (families.FEATURES, models.arrays)
    rows = [dict(_row("几支", "1支", "1支", lang="zh"), set=s, id=f"{s}{i}", x=[1.0] * len(before[0]), y=i % 2,
                 forced=False, header=False, right=bool(i % 2)) for s in "abc" for i in range(4)]
    try:
        extra.judge(rows, ["not_clause"], ["no such family"], 1)
    except KeyError:
        pass
    assert (families.FEATURES, models.arrays) == before
