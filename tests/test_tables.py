"""A summary table and the prose that states the same figure: the prose answers, when it is close behind."""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.tables import figures, prose_for_table

TABLE = "成人会员 — 2023年数值：72.4万名；备注：同比增长6.4%"
PROSE = "实施强基工程二期，发展成人会员72.4万名，较2022年底的68.05万名增长6.4%。"
OTHER = "江苏省发展成人会员51.3万名。"


def test_figures_leave_years_out():
    assert figures(TABLE) == {"72.4", "6.4"}
    assert figures("Compress 5–6 cm; ratio 30:2") == {"5", "6", "30", "2"}


def choose(fused, kinds, docs, texts, margin=0.15):
    return prose_for_table(range(len(texts)), np.array(fused), kinds, docs, texts, TABLE, margin)


def test_the_prose_of_the_same_document_close_behind_goes_first():
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, PROSE]) == 1


def test_the_table_stays_first_when_the_prose_is_far_behind_or_elsewhere_or_lacks_the_figure():
    assert choose([0.9, 0.6], ["table", "text"], ["a", "a"], [TABLE, PROSE]) is None
    assert choose([0.9, 0.8], ["table", "text"], ["a", "b"], [TABLE, PROSE]) is None
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, OTHER]) is None
    # 72.4 is not 172.4 or 72.45
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, "会员172.4万名，增长6.45%"]) is None
    assert choose([0.9, 0.8], ["text", "text"], ["a", "a"], [PROSE, PROSE]) is None
