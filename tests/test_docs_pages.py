"""/docs on a large library: every document listed, split between lines into messages Telegram takes."""
from __future__ import annotations

from reportbot.bot.format import MAX_TEXT, format_docs
from reportbot.index.library.registry import DocRecord
from reportbot.testing.telegram_text import telegram_refusal


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


def test_a_title_or_file_name_with_direction_overrides_or_line_breaks_keeps_its_line():
    from reportbot.bot.admin import upload_name

    rlo = "\u202e"
    assert upload_name(f"minutes{rlo}txt.exe", None) == "minutestxt.exe"  # shown as minutesexe.txt before
    assert upload_name("budget\u2028draft\u200b.docx", None) == "budgetdraft.docx"
    assert upload_name("تقرير سنوي.pdf", None) == "تقرير سنوي.pdf"  # right-to-left letters themselves stay
    record = DocRecord("abcd1234ef", f"Board {rlo}minutes\u2029 2025", "b.txt", 3, "2026-01-02 03:04:05", "admin")
    [page] = format_docs([record], "en")
    assert page.startswith("<code>abcd1234ef</code> Board minutes 2025 — 3 passages ·") and rlo not in page


def test_a_title_or_heading_with_a_direction_override_and_a_line_break_reaches_no_reply_raw():
    from reportbot.bot.admin import added_text, near_text, removed_text
    from reportbot.bot.format import format_about, format_passage
    from reportbot.bot.group_format import format_scope
    from reportbot.index.library.served import About, BuildReport, PassageView

    raw = "Harbour \u202eclinic\nnotes\u2066 2024"
    record = DocRecord("abcd1234ef", raw, "h.txt", 3, "2026-01-02 03:04:05", "admin")
    report = BuildReport(2, 30, 3, 1.5)
    replies = {
        "passage": format_passage(PassageView("abcd1234ef:2", raw, "Part \u202bone\r\nsupplies", 2, "Text."), "en"),
        "scope": format_scope([record], "en"),
        "added": added_text(record, True, report, "en"),
        "already": added_text(record, False, None, "en"),
        "removed": removed_text(record, report, "en"),
        "near copy": near_text(record, "zh"),
        "about": format_about(About(((raw, 3),), 30, "m", "2026-01-02", "flat", ()), "en"),
    }
    for where, text in replies.items():
        assert not any(c in text for c in "\u202e\u202b\u2066\r"), where
        assert "Harbour clinic notes 2024" in text, where
    assert "Part one supplies" in replies["passage"]
    assert "\n" not in replies["added"] and "\n" not in replies["removed"]


def test_a_new_records_title_is_stored_as_one_line():
    from reportbot.corpus.split import parse_text
    from reportbot.index.library.intake import new_record

    text = "Harbour \u202eclinic notes\u2069 2024\n\nThe clinic opened on 3 May and saw 120 patients in its first week."
    record = new_record(parse_text(text, "h.txt"), text, "h.txt", "admin")
    assert record.title == "Harbour clinic notes 2024"
