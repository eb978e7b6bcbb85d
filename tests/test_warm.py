"""A process answering many questions (serve, stdin mode) loads at start what the first questions would."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# In a fresh process: open the service, warm it up, report what is loaded before any question is asked.
WARM = r"""
import json, sys
from pathlib import Path
from reportbot.index.library.service import QAService
from reportbot.index.library.warm import warm_up
from reportbot.index.retrieval import place_names, second_opinion
svc = QAService(Path(sys.argv[1]), Path(sys.argv[2]))
before = "jieba.posseg" in sys.modules
pinyin_before = "pypinyin" in sys.modules
warm_up(svc)
model = second_opinion.installed()
print(json.dumps({"tagger_before": before, "tagger": "jieba.posseg" in sys.modules,
                  "pinyin_before": pinyin_before, "pinyin": "pypinyin" in sys.modules,
                  "second_opinion": model.inner._model is not None,
                  "places": place_names.jieba_places.cache_info().currsize}))
"""


def test_warm_up_loads_the_tagger_the_second_opinion_and_pinyin(data_dir):
    out = subprocess.run([sys.executable, "-c", WARM, str(data_dir), str(SEEDS)], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout
    loaded = json.loads(out)
    assert not loaded["tagger_before"]  # opening loads none of it: a one-shot question pays only its own
    assert loaded["tagger"] and loaded["second_opinion"] and loaded["places"] == 1
    assert not loaded["pinyin_before"] and loaded["pinyin"]  # a typo by sound is read without waiting for pypinyin


def test_a_failed_warm_up_is_logged_not_raised(caplog):
    from reportbot.index.library.warm import warm_up

    class Broken:
        @property
        def engine(self):
            raise OSError("the index went away")

    warm_up(Broken())
    assert "warm-up failed" in caplog.text and "the index went away" in caplog.text
