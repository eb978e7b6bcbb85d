"""Mends of the refusal signals' computation that refuse-38 judged held out (tools/refusal_forms.py; not shipped).
Made-up sentences in the documents' style."""
from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from reportbot.index.answering.counts import counts_asked
from reportbot.index.answering.signals import FEATURES
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from refusal_forms import counts_figure_start, counts_row_label, typed_identifier  # noqa: E402


def _row(question: str, sentence: str, answer: str, source: str = "figure", typed: float = 1.0) -> dict:
    start = sentence.index(answer)
    x = [1.0] * len(FEATURES)
    x[FEATURES.index("typed")] = typed
    return {"x": x, "said": {"query": asdict(analyse(question)), "sentence": sentence, "context": "",
                             "span": [answer, start, start + len(answer), source]}}


def _shipped(r: dict) -> float:
    m = r["said"]
    text, start, end, source = m["span"]
    return counts_asked(analyse(m["query"]["text"]), m["sentence"], Span(text, start, end, source), m["context"])


def test_an_item_number_or_a_rate_base_starts_no_figure_phrase():
    item = _row("青石队明年要扩到几个队员", "1.队员规模扩大到180名，党员占比不低于三成；", "180名")
    rate = _row("青石公司每10股派多少", "公司拟向全体股东每10股派发现金红利1.20元（含税）。", "1.20元")
    assert _shipped(item) == 0.0 and counts_figure_start(item) == 1.0
    assert _shipped(rate) == 0.0 and counts_figure_start(rate) == 1.0
    # a figure of the text still starts the phrase: 60支 counts teams, not the members asked about
    other = _row("青石组织了多少名队员", "组织60支救援队，出动900余次。", "900余次")
    assert counts_figure_start(other) == _shipped(other) == 0.0


def test_a_table_rows_label_names_what_its_value_counts():
    row = _row("青石2024年普及培训了多少万人次", "普及培训（万人次） — 2023年：3.1；2024年：4.6", "4.6", "cell")
    assert _shipped(row) == 0.0 and counts_row_label(row) == 1.0


def test_an_identifier_answers_a_count_of_a_number_asked():
    phone = _row("青石红会电话多少", "电话：(05)2233-4455分机12", "(05)2233-4455分机12", typed=0.0)
    assert typed_identifier(phone) == 1.0
    # a clause holding one is no identifier alone
    said = "电话(05)2233-4455，周一至周五上班"
    clause = _row("青石红会电话多少", said, said, "clause", 0.0)
    assert typed_identifier(clause) == 0.0
