"""A zh-hant user reads the bot's own texts in traditional characters: by Telegram's language_code (zh-hant, zh-tw with
Taiwan's wording; zh-hk, zh-mo with Hong Kong's) or by the script of the question; commands and placeholders are left
as they are."""
from __future__ import annotations

import re
import string
import subprocess
import sys

import pytest
from reportbot.bot import hant
from reportbot.bot.hant import written_hant
from reportbot.bot.help_text import ADMIN_HELP, HELP, help_text
from reportbot.bot.languages import question_lang, ui_lang
from reportbot.bot.messages import HANT, HK, REFUSAL, TEXT, count, t
from reportbot.testing.fakebotapi import BOT_ID

from tests.conftest import CLUB_TITLE
from tests.drive import USER, texts
from tests.test_telegram_remarks import club_bot  # noqa: F401  (the same club bot, shared)


@pytest.mark.parametrize(("code", "lang"), [("zh-hant", HANT), ("zh-TW", HANT), ("zh_HK", HK), ("zh-Hant-MO", HK),
                                            ("zh", "zh"), ("zh-hans", "zh"), ("zh-CN", "zh"), ("en", "en"),
                                            (None, "en"), ("zht", "en")])
def test_telegram_language_codes_pick_the_script(code, lang):
    assert ui_lang(code) == lang


def test_a_question_is_answered_in_the_script_it_is_written_in_and_a_neutral_one_in_the_askers():
    assert question_lang("這間學校總共開了幾門課？") == HANT
    assert question_lang("这间学校总共开了几门课？", "zh-tw") == "zh"  # simplified writing wins over the code
    assert question_lang("你好", "zh-tw") == HANT and question_lang("你好", "zh-hans") == "zh"
    assert question_lang("你好", "zh-hk") == HK and question_lang("這間學校總共開了幾門課？", "zh-mo") == HK
    assert question_lang("123", "zh-tw") == HANT and question_lang("How many?", "zh-tw") == "en"


def fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]


def ascii_runs(text: str) -> list[str]:
    return re.findall(r"[!-~]+", text)


def test_every_interface_text_is_traditional_with_its_commands_and_placeholders_kept():
    pairs = [(TEXT["zh"][k], TEXT[HANT][k]) for k in TEXT["zh"]]
    pairs += [(REFUSAL["zh"], REFUSAL[HANT]), (HELP["zh"], HELP[HANT]), (ADMIN_HELP["zh"], ADMIN_HELP[HANT])]
    for simplified, traditional in pairs:
        assert fields(traditional) == fields(simplified) and ascii_runs(traditional) == ascii_runs(simplified)
        assert written_hant(traditional) is not False, traditional
    assert set(TEXT[HANT]) == set(TEXT["zh"])
    assert t(HANT, "too_big", mb=30.0, limit=20) == "未新增：檔案大小 30.0 MB，機器人最多只能下載 20 MB。"
    assert t(HANT, "read_only") == "資料夾不可寫"
    assert t(HANT, "gone") == "這段內容已不在當前索引中，請重新提問。"
    assert count(HANT, 3, "document") == "3 篇文件"
    assert "/ask" in help_text(HANT, admin=True, private=True, args=[], days=30) and "管理員" in \
        help_text(HANT, admin=True, private=True, args=[], days=30)


def test_the_traditional_texts_are_made_once_not_per_message(monkeypatch):
    def no_conversion(config):
        raise AssertionError("converted while replying")

    assert t(HANT, "gone")  # the first zh-hant text makes the table
    monkeypatch.setattr(hant, "_converter", no_conversion)
    assert t(HANT, "error") == "抱歉，出錯了，請稍後再試。"
    assert count(HANT, 2, "document") == "2 篇文件"


def test_a_process_that_answers_no_zh_hant_user_loads_no_traditional_tables():
    # start-up stays as fast as before: OpenCC's Taiwan phrase tables load on the first zh-hant text only
    code = ("from reportbot.bot import hant, messages as m; m.t('zh', 'error'); m.t('en', 'error'); "
            "print(hant._converter.cache_info().currsize, 'zh-hant' in dict.keys(m.TEXT))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False"]


async def test_a_zh_hant_user_gets_traditional_help_and_a_traditional_question_a_traditional_source(club_bot):
    api, _ = club_bot
    api.push_message(api.chat(USER + 70), api.user(USER + 70, "zh-hant"), "/help")
    await api.wait_for(lambda s: texts(api, USER + 70))
    assert "私聊：直接傳送問題" in texts(api, USER + 70)[0]
    api.push_message(api.chat(USER + 71), api.user(USER + 71, "en"), "俱樂部總共有幾臺除顫器？")
    await api.wait_for(lambda s: texts(api, USER + 71))
    reply = api.replies_to(USER + 71)[0]
    assert reply["text"].startswith("<b>6台</b>") and f"出處: {CLUB_TITLE} · 三、安全与救护 · 第3段" in reply["text"]
    full, _ = reply["reply_markup"]["inline_keyboard"][0]
    assert full["text"] == "📄 全段"
    pressed = {"message_id": reply["message_id"], "date": 0, "chat": api.chat(USER + 71), "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
    api.push_callback(api.user(USER + 71, "en"), pressed, full["callback_data"])
    await api.wait_for(lambda s: len(texts(api, USER + 71)) == 2)
    assert "配备自动体外除颤器6台" in texts(api, USER + 71)[1]  # the paragraph the button names
    api.push_message(api.chat(USER + 72), api.user(USER + 72, "zh-tw"), "今天臺北會下雨嗎？")
    await api.wait_for(lambda s: texts(api, USER + 72))
    assert texts(api, USER + 72)[0] == "文件中沒有找到這個問題的答案。"


def test_the_buttons_under_a_zh_hant_answer_carry_its_script_and_show_traditional_labels():
    from types import SimpleNamespace

    from reportbot.bot.buttons import next_button, pack_button, passage_buttons, unpack_button

    assert unpack_button(pack_button(HANT, ["d1:3", "d1:4"])) == (HANT, ["d1:3", "d1:4"])
    hits = [SimpleNamespace(paragraph=SimpleNamespace(pid=f"d1:{n}")) for n in (3, 4)]
    answer = SimpleNamespace(abstained=False, hits=hits, lang="zh")
    row = passage_buttons(answer, HANT).inline_keyboard[0]
    assert [b.text for b in row] == [t(HANT, "full"), t(HANT, "next")]
    assert all(b.callback_data.startswith("p|zh-hant|") and written_hant(b.text) is not False for b in row)
    assert next_button(HANT, ["d1:4"]).inline_keyboard[0][0].text == t(HANT, "next") != t("en", "next")


async def test_a_zh_hant_button_pressed_answers_in_traditional_characters(club_bot):
    api, _ = club_bot
    user, chat = api.user(USER + 73, "zh-hant"), api.chat(USER + 73)
    api.push_message(chat, user, "俱樂部總共有幾臺除顫器？")
    await api.wait_for(lambda s: texts(api, USER + 73))
    reply = api.replies_to(USER + 73)[0]
    row = reply["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in row] == [t(HANT, "full"), t(HANT, "next")][:len(row)]
    assert all(b["callback_data"].startswith("p|zh-hant|") for b in row)
    pressed = {"message_id": reply["message_id"], "date": 0, "chat": chat, "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
    gone = api.push_callback(user, pressed, "p|zh-hant|zz:999")  # a passage no longer indexed
    stale = api.push_callback(api.user(USER + 74, "en"), pressed, "p|zh-hant|")  # the tag decides, not the presser
    await api.wait_for(lambda s: {gone, stale} <= set(api.callback_answers()))
    assert api.callback_answers()[gone] == "這段內容已不在當前索引中，請重新提問。"
    assert api.callback_answers()[stale] == "這個按鈕已失效。"


def test_hong_kong_and_macau_users_read_hong_kong_wording_and_taiwan_users_taiwan_wording():
    assert t(HK, "too_big", mb=30.0, limit=20) == "未添加：文件大小 30.0 MB，機器人最多只能下載 20 MB。"
    assert t(HANT, "too_big", mb=30.0, limit=20).startswith("未新增：檔案大小")
    assert count(HK, 3, "document") == "3 篇文檔" and REFUSAL[HK] == "文檔中沒有找到這個問題的答案。"
    pairs = [(TEXT["zh"][k], TEXT[HK][k]) for k in TEXT["zh"]] + [(HELP["zh"], HELP[HK])]
    for simplified, traditional in pairs:
        assert fields(traditional) == fields(simplified) and ascii_runs(traditional) == ascii_runs(simplified)
        assert written_hant(traditional) is not False, traditional


async def test_a_zh_hk_user_gets_hong_kong_wording_and_a_zh_tw_user_taiwan_wording(club_bot):
    api, _ = club_bot
    for offset, code in ((75, "zh-hk"), (76, "zh-tw"), (77, "zh-Hant-MO")):
        api.push_message(api.chat(USER + offset), api.user(USER + offset, code), "/help")
    await api.wait_for(lambda s: all(texts(api, USER + offset) for offset in (75, 76, 77)))
    assert "私聊：直接發送問題" in texts(api, USER + 75)[0]  # Hong Kong: 發送; before, Taiwan's 傳送
    assert "私聊：直接傳送問題" in texts(api, USER + 76)[0]
    assert texts(api, USER + 77)[0] == texts(api, USER + 75)[0]
    api.push_message(api.chat(USER + 78), api.user(USER + 78, "zh-hk"), "今天香港會下雨嗎？")
    await api.wait_for(lambda s: texts(api, USER + 78))
    assert texts(api, USER + 78)[0] == "文檔中沒有找到這個問題的答案。"  # Taiwan's wording: 文件中沒有找到…
