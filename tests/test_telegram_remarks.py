"""A group member's view of the bot: a reply that only thanks it, a flood's notice, a stranger's admin command; end to
end through the real Application and the fake Bot API, on the made-up club brief (tests.conftest.CLUB)."""
from __future__ import annotations

import pytest
from reportbot.bot import conversation
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.remark import asks_nothing, question_after_remarks
from reportbot.testing.fakebotapi import BOT_ID, BOT_USERNAME

from tests.conftest import SEEDS
from tests.drive import USER, start_bot, stop_bot, texts


def bot_message(sent: dict, chat: dict) -> dict:
    return {"message_id": sent["message_id"], "date": 0, "chat": chat, "text": sent["text"],
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME}}


@pytest.fixture
async def club_bot(api, club_dir, e5):
    for name in ("feedback.sqlite", "scopes.sqlite"):  # what other tests' bots kept in the shared folder
        (club_dir / name).unlink(missing_ok=True)
    svc = QAService(club_dir, SEEDS, embedder=e5)
    app = await start_bot(api, svc)
    yield api, svc
    await stop_bot(app)


def test_a_message_asks_something_by_a_question_word_a_figure_or_a_word_of_the_documents():
    known = {"教练", "coach", "会员"}
    for remark in ("谢谢", "thanks!", "👍", "好的，明白了", "great, thanks"):
        assert asks_nothing(remark, known), remark
    for question in ("教练", "会员几名", "how about coaches", "2023", "那游泳馆呢？", "is it open at night"):
        assert not asks_nothing(question, known), question
    assert question_after_remarks("谢谢！那教练呢？", known) == "那教练呢？"
    assert question_after_remarks("Thanks! And the coaches?", known) == "And the coaches?"
    assert question_after_remarks("谢谢！", known) is None


async def test_a_reply_that_only_thanks_gets_no_answer_and_is_not_kept_but_a_question_after_thanks_is_answered(
        club_bot):
    api, svc = club_bot
    group, user = api.chat(-810, "supergroup"), api.user(USER, "zh-hans")
    api.push_message(group, user, "/ask 俱乐部注册会员有多少名？")
    await api.wait_for(lambda s: len(api.replies_to(-810)) == 1)
    answer = bot_message(api.replies_to(-810)[0], group)
    assert "530名" in answer["text"]
    for thanks in ("谢谢", "thanks!", "👍", "好的，明白了"):
        api.push_message(group, user, thanks, reply_to_message=answer)
    api.push_message(group, user, "谢谢！那持证教练呢？", reply_to_message=answer)
    await api.wait_for(lambda s: len(api.replies_to(-810)) >= 2)
    await api.quiet(0.6)
    got = texts(api, -810)
    assert len(got) == 2 and "28位" in got[1] and "谢谢" not in got[1]  # the thanks: silence; the question: answered
    assert svc.feedback.unanswered() == []


async def test_a_floods_notice_comes_after_the_answers_queued_before_it(api, club_service, monkeypatch):
    ask = conversation.ask_in_chat

    def slow(*args, **kwargs):  # answers still under way when the notice is decided
        import time
        time.sleep(0.3)
        return ask(*args, **kwargs)
    monkeypatch.setattr(conversation, "ask_in_chat", slow)
    app = await start_bot(api, club_service, user_rate=3, user_window=60.0)
    try:
        group, user = api.chat(-811, "supergroup"), api.user(USER + 1, "zh-hans")
        for _ in range(4):
            api.push_message(group, user, "/ask 俱乐部配备了几台除颤器？")
        await api.wait_for(lambda s: len(api.replies_to(-811)) >= 4)
        got = texts(api, -811)
        assert [("太快" in t) for t in got] == [False, False, False, True]
    finally:
        await stop_bot(app)


async def test_a_strangers_admin_command_in_a_group_names_the_command_and_points_to_help(api, club_service):
    app = await start_bot(api, club_service)
    try:
        group, stranger = api.chat(-812, "supergroup"), api.user(USER + 2)
        for command in ("/docs", "/unanswered@" + BOT_USERNAME):
            api.push_message(group, stranger, command)
        await api.wait_for(lambda s: len(api.replies_to(-812)) == 2)
        assert sorted(texts(api, -812)) == ["Only admins can use /docs; /help shows how to ask.",
                                            "Only admins can use /unanswered; /help shows how to ask."]
    finally:
        await stop_bot(app)
