"""The stored questions from the command line (reportbot unanswered), and answer_en in ask --json."""
from __future__ import annotations

import json
import time

from reportbot.index.library.feedback import DAY, FeedbackStore

from tests.drive import run


def test_unanswered_lists_kept_questions_grouped_and_expires_them(tmp_path):
    old = FeedbackStore(tmp_path, clock=lambda: time.time() - 40 * DAY)
    old.record_refused("这篇报告有多少页？", "zh")  # older than REPORTBOT_KEEP_DAYS: gone when read
    store = FeedbackStore(tmp_path)
    for q in ("What is the capital of France?", "what is the capital of france", "今天杭州天气怎么样？"):
        store.record_refused(q, "en" if q.isascii() else "zh")
    p = run(["unanswered", "--json"], tmp_path)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert [(g["count"], g["lang"]) for g in got] == [(2, "en"), (1, "zh")]
    assert got[0]["reasons"] == ["refused"] and got[0]["last"].startswith(time.strftime("%Y-%m-%d"))
    text = run(["unanswered"], tmp_path, REPORTBOT_KEEP_DAYS="30").stdout
    assert "2x" in text and "capital of france" in text.lower() and "多少页" not in text
    assert "deleted 3" in run(["unanswered", "--forget"], tmp_path).stdout
    assert json.loads(run(["unanswered", "--json"], tmp_path).stdout) == []


def test_unanswered_respects_keeping_switched_off(tmp_path):
    FeedbackStore(tmp_path).record_refused("What is the capital of France?", "en")
    p = run(["unanswered"], tmp_path, REPORTBOT_KEEP_UNANSWERED="false")
    assert p.returncode == 0 and "not kept" in p.stdout and "France" not in p.stdout
    bad = run(["unanswered"], tmp_path, REPORTBOT_KEEP_UNANSWERED="maybe")
    assert bad.returncode == 2 and "REPORTBOT_KEEP_UNANSWERED" in bad.stderr


def test_ask_json_has_the_answer_in_english_for_english_questions(data_dir):
    p = run(["ask", "--json"], data_dir, stdin="how many rescue teams have Party branches\n有多少支救援队建立了党支部？\n")  # noqa: E501 (CJK text counts double)
    en, zh = (json.loads(line) for line in p.stdout.splitlines())
    assert en["answer_en"] == "123 rescue teams (123支救援队)" and en["answer"] == "123支救援队"
    assert zh["answer_en"] == ""


def test_unanswered_with_nothing_kept_says_so(tmp_path):
    p = run(["unanswered"], tmp_path, REPORTBOT_KEEP_DAYS="30")
    assert p.returncode == 0 and p.stdout.strip() == "no unanswered questions in the last 30 days"
