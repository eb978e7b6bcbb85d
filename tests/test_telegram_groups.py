"""Votes, unanswered questions, follow-ups, group scopes, inline mode and English answers, end to end
through the real Application and the fake Bot API."""
from __future__ import annotations

import time

import pytest
from reportbot.index.library.feedback import DAY
from reportbot.index.library.service import QAService
from reportbot.testing.fakebotapi import BOT_ID, BOT_USERNAME

from tests.conftest import SEEDS
from tests.drive import ADMIN, USER, start_bot, stop_bot, texts

DOC_A = "宁波急救培训简报\n\n宁波市红十字会本年度新建急救培训基地7个，培训救护员1.2万名。\n".encode()
DOC_B = "温州急救培训简报\n\n温州市红十字会本年度新建急救培训基地9个，培训救护员3.4万名。\n".encode()
QUESTION_AB = "红十字会新建了多少个急救培训基地？"


@pytest.fixture
def fresh_dir(club_dir):
    """A copy of the data folder with the seed and the made-up club brief (tests.conftest.CLUB), without what
    other tests' bots kept there (votes, questions)."""
    for name in ("feedback.sqlite", "scopes.sqlite"):
        (club_dir / name).unlink(missing_ok=True)
    return club_dir


@pytest.fixture
async def live(api, fresh_dir, e5):
    """A bot on its own writable data folder (votes, questions and scopes are written there)."""
    svc = QAService(fresh_dir, SEEDS, embedder=e5)
    app = await start_bot(api, svc)
    yield api, svc
    await stop_bot(app)


def bot_message(sent: dict, chat: dict) -> dict:
    """The bot's message as Telegram hands it back inside a reply or a button press."""
    return {"message_id": sent["message_id"], "date": 0, "chat": chat, "text": sent["text"],
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME}}


def buttons(sent: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in sent["reply_markup"]["inline_keyboard"] for b in row}


async def ask(api, chat: dict, user: dict, text: str, n: int, **extra) -> dict:
    api.push_message(chat, user, text, **extra)
    await api.wait_for(lambda s: len(api.replies_to(chat["id"])) >= n)
    return api.replies_to(chat["id"])[n - 1]


# ---- English answers ------------------------------------------------------------
async def test_an_english_question_gets_its_figure_in_english(live):
    api, _ = live
    chat, user = api.chat(USER), api.user(USER, "en")
    reply = await ask(api, chat, user, "How many registered members does the swimming club have?", 1)
    assert reply["text"].startswith("<b>530 (530名)</b>")
    zh = await ask(api, chat, user, "城南游泳俱乐部有多少名注册会员？", 2)
    assert zh["text"].startswith("<b>530名</b>")  # a Chinese question: no English rendering


# ---- votes -------------------------------------------------------------------------
async def test_votes_one_per_user_the_second_changes_the_first_and_admins_see_the_share(live):
    api, svc = live
    group = api.chat(-300, "supergroup")
    reply = await ask(api, group, api.user(USER), "/ask 俱乐部配备了几台除颤器？", 1)
    votes = buttons(reply)
    assert {"👍", "👎"} <= set(votes)
    message = bot_message(reply, group)
    ids = [api.push_callback(api.user(USER), message, votes["👍"])]
    await api.wait_for(lambda s: set(api.callback_answers()) == set(ids))
    ids.append(api.push_callback(api.user(USER), message, votes["👍"]))  # the same vote again: nothing changes
    await api.wait_for(lambda s: set(api.callback_answers()) == set(ids))
    ids.append(api.push_callback(api.user(USER), message, votes["👎"]))  # changes the first
    ids.append(api.push_callback(api.user(USER + 1), message, votes["👍"]))
    await api.wait_for(lambda s: set(api.callback_answers()) == set(ids))
    said = api.callback_answers()
    assert [said[i] for i in ids].count("Thanks for the feedback!") == 3
    api.push_message(api.chat(ADMIN), api.user(ADMIN), "/about")
    await api.wait_for(lambda s: api.replies_to(ADMIN))
    assert "👍 50% of 2 votes" in texts(api, ADMIN)[0]
    api.push_message(api.chat(ADMIN), api.user(ADMIN), "/unanswered")
    await api.wait_for(lambda s: len(api.replies_to(ADMIN)) == 2)
    assert "1× 俱乐部配备了几台除颤器？" in texts(api, ADMIN)[1] and "👎" in texts(api, ADMIN)[1]
    api.push_message(api.chat(USER), api.user(USER), "/about")
    await api.wait_for(lambda s: api.replies_to(USER))
    assert "👍" not in texts(api, USER)[0]  # the share is for admins


# ---- unanswered questions ------------------------------------------------------------
async def test_unanswered_questions_grouped_for_admins_expire_and_are_forgotten(live):
    api, svc = live
    for i, q in enumerate(["今天杭州天气怎么样？", "What is the capital of France?", "今天杭州的天气怎么样", "今天 杭州天气怎么样?"]):  # noqa: E501 (CJK text counts double)
        await ask(api, api.chat(USER + 20 + i), api.user(USER + 20 + i), q, 1)
    admin = api.chat(ADMIN)
    api.push_message(api.chat(USER), api.user(USER), "/unanswered")  # not an admin
    await api.wait_for(lambda s: api.replies_to(USER))
    assert "Only admins" in texts(api, USER)[0]
    listing = await ask(api, admin, api.user(ADMIN), "/unanswered", 1)
    lines = listing["text"].splitlines()
    assert lines[1].startswith("3× ") and "天气" in lines[1] and time.strftime("%Y-%m-%d") in lines[1]
    assert lines[2].startswith("1× What is the capital of France?")
    assert str(USER + 20) not in (svc.library.root / "feedback.sqlite").read_bytes().decode("latin-1")
    svc.feedback.clock = lambda: time.time() + 31 * DAY  # a month later
    expired = await ask(api, admin, api.user(ADMIN), "/unanswered", 2)
    assert "No unanswered questions" in expired["text"]
    svc.feedback.clock = time.time
    await ask(api, api.chat(USER + 30), api.user(USER + 30), "What is the capital of France?", 1)
    forgot = await ask(api, admin, api.user(ADMIN), "/forget", 3)
    assert "1" in forgot["text"]
    assert "No unanswered questions" in (await ask(api, admin, api.user(ADMIN), "/unanswered", 4))["text"]


async def test_questions_are_not_kept_when_keeping_is_off(api, fresh_dir, e5):
    from reportbot.index.library.feedback import Retention

    svc = QAService(fresh_dir, SEEDS, embedder=e5, retention=Retention(keep_questions=False))
    app = await start_bot(api, svc, keep_unanswered=False)
    try:
        await ask(api, api.chat(USER), api.user(USER), "What is the capital of France?", 1)
        listing = await ask(api, api.chat(ADMIN), api.user(ADMIN), "/unanswered", 1)
        assert "REPORTBOT_KEEP_UNANSWERED" in listing["text"]
        assert svc.feedback.unanswered() == []
    finally:
        await stop_bot(app)


# ---- follow-ups ------------------------------------------------------------------------
async def test_a_reply_to_an_answer_is_read_as_a_follow_up(live):
    api, _ = live
    group, user = api.chat(-400, "supergroup"), api.user(USER)
    first = await ask(api, group, user, "/ask 成人会员有多少名？", 1)
    assert "68.05万名" in first["text"]
    follow = await ask(api, group, user, "那注册志愿者呢？", 2, reply_to_message=bot_message(first, group))
    assert "→ 注册志愿者有多少？" in follow["text"] and "<b>27.55万名</b>" in follow["text"]
    # a reply that stands alone is answered as it is, with no "→" line
    alone = await ask(api, group, user, "募集了多少社会捐赠款物？", 3, reply_to_message=bot_message(follow, group))
    assert "→" not in alone["text"] and "5亿" in alone["text"]


async def test_a_private_follow_up_soon_after_the_last_question(live):
    api, _ = live
    chat, user = api.chat(USER + 40), api.user(USER + 40, "en")
    await ask(api, chat, user, "How many registered members does the swimming club have?", 1)
    follow = await ask(api, chat, user, "and in 2023?", 2)
    assert "→ How many registered members does the swimming club have in 2023?" in follow["text"]
    other = await ask(api, chat, user, "成人会员有多少名？", 3)
    assert "→" not in other["text"] and "68.05万名" in other["text"]
    follow = await ask(api, chat, user, "那注册志愿者呢？", 4)
    assert "→ 注册志愿者有多少？" in follow["text"] and "27.55万名" in follow["text"]


# ---- scopes --------------------------------------------------------------------------------
async def _add_in_group(api, group: dict, file_id: str, data: bytes, name: str) -> None:
    api.add_file(file_id, data)
    api.push_message(group, api.user(ADMIN), None, caption="/add", document={
        "file_id": file_id, "file_unique_id": file_id, "file_name": name, "file_size": len(data)})
    await api.wait_for(lambda s: any(m["method"] == "editMessageText" and int(m["chat_id"]) == group["id"]
                                     and "Added" in m["text"] for m in s), 60)


async def send(api, chat: dict, user: dict, text: str) -> dict:
    """Send one message and return the bot's next reply in that chat."""
    n = len(api.replies_to(chat["id"]))
    api.push_message(chat, user, text)
    await api.wait_for(lambda s: len(api.replies_to(chat["id"])) > n)
    return api.replies_to(chat["id"])[n]


async def test_a_document_scoped_to_one_group_is_invisible_elsewhere_and_survives_a_reindex(live):
    api, svc = live
    group_a, group_b = api.chat(-501, "supergroup"), api.chat(-502, "supergroup")
    private, user, admin = api.chat(USER + 50), api.user(USER + 50), api.user(ADMIN)
    await _add_in_group(api, group_a, "fa", DOC_A, "ningbo.txt")
    await _add_in_group(api, group_b, "fb", DOC_B, "wenzhou.txt")
    doc_a = next(r.id for r in svc.documents() if r.source == "ningbo.txt")
    doc_b = next(r.id for r in svc.documents() if r.source == "wenzhou.txt")

    async def check_isolation() -> None:
        a = await send(api, group_a, user, f"/ask {QUESTION_AB}")
        b = await send(api, group_b, user, f"/ask {QUESTION_AB}")
        p = await send(api, private, user, QUESTION_AB)
        assert "<b>7个</b>" in a["text"] and "宁波" in a["text"] and "温州" not in a["text"]
        assert "<b>9个</b>" in b["text"] and "宁波" not in b["text"]
        assert "7个" not in p["text"] and "9个" not in p["text"] and "宁波" not in p["text"]
        elsewhere = api.replies_to(group_b["id"]) + api.replies_to(private["id"])
        assert all(doc_a not in str(m.get("reply_markup")) for m in elsewhere)  # no button leads to it either

    await check_isolation()
    # /docs and /about in group B or in a private chat never list group A's document
    listed = [(await send(api, chat, admin, cmd))["text"] for chat in (group_b, api.chat(ADMIN))
              for cmd in ("/docs", "/about")]
    assert all(doc_a not in text and "宁波" not in text for text in listed)
    assert doc_b in listed[0] and doc_b not in listed[2]
    assert doc_a in (await send(api, group_a, admin, "/scope list"))["text"]
    api.push_message(api.chat(ADMIN), admin, "/reindex")
    await api.wait_for(lambda s: any("Reindexed" in m["text"] for m in s if m["method"] == "editMessageText"))
    await check_isolation()
    # /scope all lifts group B's scope: its document is everyone's again
    await send(api, group_b, admin, "/scope all")
    assert "9个" in (await send(api, private, user, QUESTION_AB))["text"]


async def test_scope_commands_need_an_admin_and_a_group(live):
    api, svc = live
    api.push_message(api.chat(-600, "supergroup"), api.user(USER), "/scope list")
    api.push_message(api.chat(ADMIN), api.user(ADMIN), "/scope list")
    api.push_message(api.chat(-601, "supergroup"), api.user(ADMIN), "/scope add nosuchdoc")
    await api.wait_for(lambda s: api.replies_to(-600) and api.replies_to(ADMIN) and api.replies_to(-601))
    assert "Only admins" in texts(api, -600)[0]
    assert "group" in texts(api, ADMIN)[0]
    assert "nosuchdoc" in texts(api, -601)[0]
    assert svc.scopes.scoped() == frozenset()


# ---- inline mode --------------------------------------------------------------------------
async def test_an_inline_query_gets_up_to_three_answers_within_the_rate_limit(api, fresh_dir, e5):
    svc = QAService(fresh_dir, SEEDS, embedder=e5)
    app = await start_bot(api, svc, user_rate=2, user_window=60.0)
    try:
        user = api.user(USER + 60, "en")
        qid = api.push_inline_query(user, "How many registered members does the swimming club have?")
        await api.wait_for(lambda s: api.inline_answers(qid))
        results = api.inline_answers(qid)[0]["results"]
        assert 1 <= len(results) <= 3
        first = results[0]
        assert first["title"] == "530 (530名)"
        assert "俱乐部注册会员增至530名" in first["description"]
        content = first["input_message_content"]
        assert content["parse_mode"] == "HTML" and "二、会员与教练 · paragraph 2" in content["message_text"]
        refused = api.push_inline_query(user, "What is the capital of France?")
        await api.wait_for(lambda s: api.inline_answers(refused))
        [only] = api.inline_answers(refused)[0]["results"]
        assert "don't cover" in only["title"]
        flooded = api.push_inline_query(user, "how many registered volunteers are there")
        await api.wait_for(lambda s: api.inline_answers(flooded))
        assert api.inline_answers(flooded)[0]["results"] == []  # the same rate limit as messages
    finally:
        await stop_bot(app)


async def test_a_thumbs_down_after_a_restart_keeps_the_question_it_replied_to(api, fresh_dir, e5):
    svc = QAService(fresh_dir, SEEDS, embedder=e5)
    group, user = api.chat(-700, "supergroup"), api.user(USER)
    app = await start_bot(api, svc)
    try:
        question = api.message(group, user, "/ask 募集了多少社会捐赠款物？")
        api.push({"message": question})
        await api.wait_for(lambda s: api.replies_to(-700))
        reply = api.replies_to(-700)[0]
    finally:
        await stop_bot(app)
    app = await start_bot(api, svc)  # a new process remembers no question
    try:
        message = {**bot_message(reply, group), "reply_to_message": question}
        qid = api.push_callback(user, message, buttons(reply)["👎"])
        await api.wait_for(lambda s: qid in api.callback_answers())
        assert [g.question for g in svc.feedback.unanswered()] == ["募集了多少社会捐赠款物？"]
    finally:
        await stop_bot(app)
