"""A figure typed in full-width digits with a full-width comma grouping its thousands (１，９４０人次, as a Taiwanese
report writes it) is stored as a figure, 1,940人次, which is how a question types it; a Chinese sentence's comma
between figures stays a comma."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

REPORT = """某縣支會年度服務統計

一、服務統計
　　項　　目　　　　　　　　　　數　量
　　急救站勤務　　　　　　　　　　８６場次
　　服務人次　　　　　　　　　　　１，９４０人次

二、經費
　　本次演練經費新臺幣１８６，０００元，由縣政府補助１２０，０００元。
　　名次分別為第１，２名。
"""


def _sentences(text: str) -> list[str]:
    return [s for p in parse_text(text, "report.txt").paragraphs for s in p.sentences]


def test_a_full_width_figure_grouped_by_a_full_width_comma_is_stored_as_a_figure():
    found = _sentences(REPORT)
    assert "服务人次：1,940人次" in found
    assert any("新台币186,000元，由县政府补助120,000元" in s for s in found)


def test_a_comma_between_figures_that_groups_no_thousands_stays_a_comma():
    assert any("第1，2名" in s for s in _sentences(REPORT))
