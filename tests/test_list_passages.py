"""A list too long for one passage is cut between its items, not inside one (lead-44, from set 40's Xuzhou work
report: item （5）'s last sentence, an award, opened the next passage under no item, apart from its item's number and
topic). Made-up documents in a report's style: each item a topic sentence, then sentences of figures."""
from __future__ import annotations

from reportbot.corpus.passage_size import MAX_PASSAGE_CHARS, chunks
from reportbot.corpus.split import parse_text

ITEMS = [
    f"（{n}）{t}工作稳步推进。全年开展{t}活动{10 + n}场次，参与群众{20 + n}万人次，完成年度目标的10{n}%。"
    f"新建服务站点{10 + n}个，累计达到{300 + n}个，城区与乡镇实现全覆盖。"
    f"全市{t}志愿者队伍达到{20 + n}支，注册志愿者{300 + n}名，比上年增长1{n}%。"
    f"东湖区{t}服务队被评为全省先进集体，队长李明获评“全省优秀志愿者”。"
    for n, t in enumerate(["救护培训", "应急救援", "无偿献血", "人道救助", "组织建设", "宣传教育"], start=1)
]


def _passages() -> list:
    text = "# 某市红十字会工作报告\n\n## 一、工作回顾\n\n" + "\n".join(f"- {x}" for x in ITEMS) + "\n"
    return [p for p in parse_text(text, "report.md").paragraphs if p.kind == "list"]


def test_a_long_list_is_cut_between_items_each_item_whole_in_one_passage():
    passages = _passages()
    assert len(passages) >= 2, [p.text for p in passages]
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    for item in ITEMS:
        award = item[item.index("东湖区"):]
        holding = [p for p in passages if award in p.text]
        assert len(holding) == 1 and item[:item.index("。")] in holding[0].text, [p.text for p in passages]
    # every passage opens with an item's number: none with the tail of the item before
    assert all(p.text.lstrip().startswith("（") for p in passages), [p.text[:20] for p in passages]


def test_an_item_longer_than_a_passage_is_still_cut_between_its_sentences():
    long_item = ["甲" * 250 + "。", "乙" * 250 + "。", "丙" * 250 + "。"]
    short = ["丁" * 100 + "。"]
    groups = chunks([*short, *long_item], starts=(0, 1))
    assert [len(g) for g in groups] == [2, 2]  # (the long item fills on after the short one, as before)
    assert sum(len(g) for g in chunks(["a" * 300, "b" * 300, "c" * 300])) == 3  # (no items: as before)
