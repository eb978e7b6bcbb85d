"""The noun a Chinese count question puts after its question word (转移了多少群众) opens the figure it counts where
the sentence writes the noun first (转移群众560人), as one put before the question word does (made-up sentences)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_the_figure_the_asked_noun_opens_answers():
    s = "上半年开展救援任务96次，其中参与7月上旬某县山洪灾害转移安置2次，出动队员98人次，转移群众560人；"
    assert extract(analyse("某县山洪转移了多少群众"), s).text == "560人"

