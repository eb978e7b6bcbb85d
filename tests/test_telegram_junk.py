"""What a new user of the bot tries that is no question: stickers, voice notes, captions, commands for other bots,
files with odd names. Each gets a short answer in a private chat, silence in a group, and never a traceback.
The hashing embedder: what is checked is what reaches Telegram, not how well it answers."""
from __future__ import annotations

import pytest
from reportbot.index.library.service import QAService
from reportbot.testing.fakebotapi import BOT_USERNAME

from tests.conftest import SEEDS
from tests.drive import ADMIN, USER, start_bot, stop_bot, texts

STICKER = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1, "is_animated": False,
           "is_video": False}
PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
VOICE = {"file_id": "v", "file_unique_id": "v", "duration": 2}
BRIEF = "山湾游泳俱乐部通讯\n\n本季度山湾游泳俱乐部新增救生员14名，夜间训练班开课9期。\n"


@pytest.fixture
async def junk_bot(api, tmp_path, hash_embedder):
    svc = QAService(tmp_path / "data", SEEDS, embedder=hash_embedder)
    app = await start_bot(api, svc)
    yield api, svc
    await stop_bot(app)


def document(file_id: str, name: str | None, size: int, mime: str | None = None) -> dict:
    doc = {"file_id": file_id, "file_unique_id": file_id, "file_size": size}
    return {**doc, **({"file_name": name} if name is not None else {}), **({"mime_type": mime} if mime else {})}


async def test_a_sticker_a_voice_note_or_a_captioned_photo_in_a_private_chat_is_told_to_write(junk_bot):
    api, _ = junk_bot
    chat, user = api.chat(USER), api.user(USER, "zh-hans")
    api.push_message(chat, user, None, sticker=STICKER)
    api.push_message(chat, user, None, voice=VOICE)
    api.push_message(chat, user, None, location={"latitude": 30.2, "longitude": 120.1})
    api.push_message(chat, user, None, photo=PHOTO, caption="救生员一共几位？" * 60)  # a caption of 480 characters
    await api.wait_for(lambda s: len(api.replies_to(USER)) == 4)
    assert all(x.startswith("我只读文字消息") for x in texts(api, USER))
    group = api.chat(-500, "supergroup")
    api.push_message(group, user, None, sticker=STICKER)  # chatter in a group: left alone
    api.push_message(group, user, None, photo=PHOTO, caption=f"@{BOT_USERNAME} 看这张图")
    await api.quiet(0.5)
    assert api.replies_to(-500) == []


async def test_a_command_for_another_bot_is_said_to_be_its_and_left_alone_in_a_group(junk_bot):
    api, _ = junk_bot
    chat, user = api.chat(USER + 1), api.user(USER + 1)
    api.push_message(chat, user, "/help@weatherbot")
    api.push_message(chat, user, "/ask@weatherbot will it rain")
    api.push_message(chat, user, "/forecast@weatherbot")  # a command this bot lacks: not "send /forecast alone"
    await api.wait_for(lambda s: len(api.replies_to(USER + 1)) == 3)
    assert texts(api, USER + 1) == ["/help is addressed to @weatherbot, not to me; here, send /help alone.",
                                    "/ask is addressed to @weatherbot, not to me; here, send /ask alone.",
                                    "There is no /forecast command; /help shows how to ask. Just send your question."]
    api.push_message(chat, user, f"/help@{BOT_USERNAME}")
    await api.wait_for(lambda s: len(api.replies_to(USER + 1)) == 4)
    assert "Groups:" in texts(api, USER + 1)[3]
    group = api.chat(-501, "supergroup")
    api.push_message(group, user, "/help@weatherbot")
    data = BRIEF.encode()
    api.add_file("w1", data)
    for sender in (user, api.user(ADMIN)):  # a file for another bot's /add: not ours to refuse or to add
        api.push_message(group, sender, None, document=document("w1", "brief.txt", len(data)),
                         caption="/add@weatherbot")
    await api.quiet(0.5)
    assert api.replies_to(-501) == [] and "getFile" not in api.calls


async def test_an_admins_file_with_folders_and_300_characters_in_its_name_or_none_is_added(junk_bot):
    api, svc = junk_bot
    chat, admin = api.chat(ADMIN), api.user(ADMIN)
    data = BRIEF.encode()
    api.add_file("f1", data)
    api.push_message(chat, admin, None, document=document("f1", "../../etc/" + "长" * 300 + ".txt", len(data)),
                     forward_origin={"type": "hidden_user", "date": 0, "sender_user_name": "Someone"})
    other = BRIEF.replace("14名", "15名").encode()
    api.add_file("f2", other)
    api.push_message(chat, admin, None, document=document("f2", None, len(other), "text/plain"))
    await api.wait_for(lambda s: sum("Added" in m["text"] for m in s if m["method"] == "editMessageText") == 2)
    # the two files are handled concurrently: either may be registered first
    assert sorted(r.source for r in svc.documents()[-2:]) == ["document.txt", "长" * 100 + ".txt"]
    status = [x for x in texts(api, ADMIN) if x.startswith("Adding")]
    assert len(status) == 2 and all("/" not in x and len(x) < 130 for x in status)
    api.push_message(chat, admin, "/docs")
    await api.wait_for(lambda s: any(x.startswith("<code>") for x in texts(api, ADMIN)))
    [listed] = [x for x in texts(api, ADMIN) if x.startswith("<code>")]
    for r in svc.documents()[-2:]:  # both files listed by id and their own title, built, with no folder named
        [line] = [x for x in listed.splitlines() if x.startswith(f"<code>{r.id}</code> ")]
        assert line.startswith(f"<code>{r.id}</code> 山湾游泳俱乐部通讯 — ") and "pending" not in line
    assert "etc" not in listed and ".." not in listed


async def test_an_answer_picked_from_inline_mode_is_not_asked_again_and_a_mention_by_name_is_left_out(junk_bot):
    from reportbot.testing.fakebotapi import BOT_ID

    api, svc = junk_bot
    me = {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME}
    chat, user = api.chat(USER + 2), api.user(USER + 2, "zh-hans")
    api.push_message(chat, user, "<b>123支救援队</b> 出处：综述", via_bot=me)  # sent by the user, made by the bot
    await api.quiet(0.5)
    assert api.replies_to(USER + 2) == []
    asked = []
    real = svc.ask
    svc.ask = lambda question, *a, **kw: asked.append(question) or real(question, *a, **kw)
    group, name = api.chat(-502, "supergroup"), "小助手"
    api.push_message(group, user, f"{name} 救生员一共几位？",
                     entities=[{"type": "text_mention", "offset": 0, "length": len(name), "user": me}])
    api.push_message(chat, user, f"@{BOT_USERNAME} 夜间训练班开了几期？")
    await api.wait_for(lambda s: api.replies_to(-502) and len(api.replies_to(USER + 2)) == 1)
    assert sorted(asked) == ["夜间训练班开了几期？", "救生员一共几位？"]


async def test_an_admin_command_with_a_huge_or_unknown_id_gets_one_short_line_in_the_admins_language(junk_bot):
    api, svc = junk_bot
    admin, huge = api.user(ADMIN, "zh-hans"), "z" * 4000
    api.push_message(api.chat(ADMIN), admin, f"/remove {huge}")
    group = api.chat(-503, "supergroup")
    api.push_message(group, admin, f"/scope add {huge}")
    api.push_message(group, admin, "/scope add zzzzzz")
    await api.wait_for(lambda s: len(api.replies_to(-503)) == 2 and any(
        "没有 ID" in m["text"] for m in s if m["method"] == "editMessageText"))
    said = texts(api, -503) + [m["text"] for m in api.sent if m["method"] == "editMessageText"]
    assert all(len(x) < 200 for x in said), said
    assert sum("没有 ID 为 " in x and "/docs" in x for x in said) == 3


async def test_a_photo_or_voice_note_with_add_as_its_caption_tells_an_admin_only_files_are_added(junk_bot):
    api, svc = junk_bot
    before = [r.id for r in svc.documents()]
    admin, user, group = api.user(ADMIN), api.user(USER + 3), api.chat(-504, "supergroup")
    api.push_message(api.chat(ADMIN), admin, None, photo=PHOTO, caption="/add")
    api.push_message(group, admin, None, voice=VOICE, caption=f"/add@{BOT_USERNAME} the minutes")
    await api.wait_for(lambda s: api.replies_to(ADMIN) and api.replies_to(-504))
    for said in texts(api, ADMIN) + texts(api, -504):
        assert said.startswith("Not added: only documents sent as a file") and ".docx" in said and ".pdf" in said
    api.push_message(group, user, None, photo=PHOTO, caption="/add")  # not an admin: left alone in a group
    api.push_message(api.chat(USER + 3), user, None, photo=PHOTO, caption="/add")  # in private: asked to write
    await api.wait_for(lambda s: api.replies_to(USER + 3))
    await api.quiet(0.3)
    assert len(api.replies_to(-504)) == 1 and texts(api, USER + 3)[0].startswith("I read text messages only")
    assert [r.id for r in svc.documents()] == before and "getFile" not in api.calls


async def test_a_question_of_only_zero_width_characters_is_an_empty_question(junk_bot):
    from reportbot.corpus.normalize import blank

    assert blank("\u200b\u200c \ufeff\u200e") and not blank("\u200b?") and not blank("👍")
    api, svc = junk_bot
    asked = []
    real = svc.ask
    svc.ask = lambda question, *a, **kw: asked.append(question) or real(question, *a, **kw)
    api.push_message(api.chat(USER + 4), api.user(USER + 4), "/ask \u200b\u200d")
    await api.wait_for(lambda s: api.replies_to(USER + 4))
    assert texts(api, USER + 4)[0].startswith("Put your question after /ask") and asked == []
