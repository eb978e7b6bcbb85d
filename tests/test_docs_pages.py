"""/docs on a large library: every document listed, split between lines into messages Telegram takes."""
from __future__ import annotations

from reportbot.bot.format import MAX_TEXT, format_docs
from reportbot.index.library.registry import DocRecord
from reportbot.testing.fakebotapi import telegram_refusal


def test_a_long_library_is_listed_whole_across_messages():
    title = "某市红十字会第{}号工作简报 & 附件《志愿服务统计》"
    records = [DocRecord(f"{i:04d}abcdef", title.format(i) * 2, f"brief{i}.txt", 12, "2026-01-02 03:04:05",
                         "admin_user") for i in range(120)]
    pages = format_docs(records, "zh")
    assert len(pages) > 1
    assert all(len(p) <= MAX_TEXT and telegram_refusal(p, "HTML") is None for p in pages)
    listed = "\n".join(pages)
    assert all(f"<code>{r.id}</code>" in listed for r in records)  # before: clipped to the first few, tags gone


def test_an_empty_library_says_so():
    assert format_docs([], "en") == ["No documents."]
