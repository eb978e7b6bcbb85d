"""A run of labelled lines in a hard-wrapped plain text (a minutes' 时间：… 地点：… 列席：…) keeps each label a line of
its own, however long the line before it (fold-29: 列席 ran on into 参会人员's line)."""
from __future__ import annotations

from reportbot.corpus.sentences import opens_with_label
from reportbot.corpus.split import parse_text

MINUTES = """星河市红十字会理事会会议纪要

时间：2024年12月18日下午2:30
参会人员：市红十字会理事、监事共27人，各镇街红十字会负责人14人
列席：市财政局社保科科长 陈晓峰
记录人：楼佳琪

会议情况：
吴建新同志代表市红十字会作2024年工作报告。2024年，全市红十字会
共募集捐赠款物1268万元，其中资金1042万元、物资折价226万元；
全年支出1035万元，结余结转233万元。全年开展应急救护普及培训
2.86万人次，培训持证救护员4120人；新增配置AED 150台，全
市累计配置812台，国际商贸城一至五区实现AED全覆盖。
"""


def _sentences(text: str) -> list[str]:
    return [s for p in parse_text(text, "minutes.txt").paragraphs for s in p.sentences]


def test_a_labelled_line_after_a_full_labelled_line_stays_its_own_line():
    said = _sentences(MINUTES)
    assert "列席：市财政局社保科科长陈晓峰" in said
    assert "参会人员：市红十字会理事、监事共27人，各镇街红十字会负责人14人" in said


def test_wrapped_lines_of_a_paragraph_still_join():
    said = _sentences(MINUTES)
    assert "全年开展应急救护普及培训2.86万人次，培训持证救护员4120人；" in said
    assert any(s.startswith("新增配置AED 150台，全市累计配置812台") for s in said)


def test_what_opens_with_a_label():
    assert opens_with_label("列席：市财政局社保科科长") and opens_with_label("Present: the Chair, the Clerk")
    assert not opens_with_label("议题一：审议工作报告")  # an agenda's numbered name
    assert not opens_with_label("the following were agreed: a budget")
