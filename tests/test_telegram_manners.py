"""What members and admins of a group notice of the bot's manners: the help a group is shown, a full or read-only
disk said in one line, a bare mention in reply to someone's question; end to end through the real Application and
the fake Bot API, on the made-up club brief (tests.conftest.CLUB)."""
from __future__ import annotations

import sqlite3

from reportbot.testing.fakebotapi import BOT_ID, BOT_USERNAME

from tests.drive import ADMIN, USER, texts
from tests.test_telegram_remarks import club_bot  # noqa: F401  (the same club bot, shared)


async def test_help_in_a_group_shows_the_member_help_and_admin_commands_only_when_an_admin_asks_for_them(club_bot):
    api, _ = club_bot
    group = api.chat(-901, "supergroup")
    for n, (user, text) in enumerate(((ADMIN, "/help"), (USER, "/help admin"), (ADMIN, "/help admin")), 1):
        api.push_message(group, api.user(user, "en"), text)  # one at a time: the replies keep their order
        await api.wait_for(lambda s, n=n: len(texts(api, -901)) == n)
    admin_help, member_admin, admin_asked = texts(api, -901)
    assert "Groups:" in admin_help and "/reindex" not in admin_help and "/scope" not in admin_help
    assert "/reindex" not in member_admin  # a member asking for it is shown the member help
    assert "/reindex" in admin_asked and "/scope add" in admin_asked
    api.push_message(api.chat(ADMIN), api.user(ADMIN, "en"), "/help")  # privately an admin sees everything
    await api.wait_for(lambda s: texts(api, ADMIN))
    assert "/reindex" in texts(api, ADMIN)[0]


def bot_message(sent: dict, chat: dict) -> dict:
    """The bot's message as Telegram hands it back inside a button press."""
    return {"message_id": sent["message_id"], "date": 0, "chat": chat, "text": sent["text"],
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME}}


def read_only_sqlite(monkeypatch) -> None:
    """Every SQLite file opens read-only, as on a disk mounted read-only: a write fails inside SQLite itself."""
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda path, **kw: real(f"file:{path}?mode=ro", uri=True, **kw))


async def test_a_read_only_disk_on_a_vote_scope_or_forget_is_one_clear_line_and_no_traceback(club_bot, monkeypatch,
                                                                                              caplog):
    api, svc = club_bot
    group = api.chat(-902, "supergroup")
    api.push_message(group, api.user(USER), "/ask 俱乐部配备了几台除颤器？")
    await api.wait_for(lambda s: api.replies_to(-902))
    reply = api.replies_to(-902)[0]
    votes = {b["text"]: b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row}
    svc.feedback.vote(-902, 1, USER + 5, True, "zh", [])  # the votes file exists: a write, not its creation, fails
    read_only_sqlite(monkeypatch)
    query = api.push_callback(api.user(USER, "en"), bot_message(reply, group), votes["👍"])
    await api.wait_for(lambda s: query in api.callback_answers())
    assert api.callback_answers()[query] == "Your vote was not saved: the data folder is not writable."
    for n, text in enumerate(("/scope all", f"/scope add {svc.documents()[0].id}", "/forget"), 2):
        api.push_message(group, api.user(ADMIN, "en"), text)
        await api.wait_for(lambda s, n=n: len(texts(api, -902)) == n)
    assert texts(api, -902)[1:] == ["/scope failed: the data folder is not writable. The documents are unchanged.",
                                    "/scope failed: the data folder is not writable. The documents are unchanged.",
                                    "/forget failed: the data folder is not writable. The documents are unchanged."]
    assert not [r for r in caplog.records if r.exc_info], "no traceback in the log either"


async def test_a_bare_mention_in_reply_to_a_members_question_answers_that_question(club_bot):
    api, _ = club_bot
    group = api.chat(-903, "supergroup")
    asked = api.message(group, api.user(USER + 1), "俱乐部配备了几台除颤器？")  # not addressed to the bot: ignored
    api.push({"message": asked})
    mention = f"@{BOT_USERNAME}"
    api.push_message(group, api.user(USER + 2), mention, reply_to_message=asked,
                     entities=[{"type": "mention", "offset": 0, "length": len(mention)}])
    await api.wait_for(lambda s: texts(api, -903))
    await api.quiet(0.3)
    assert len(texts(api, -903)) == 1 and texts(api, -903)[0].startswith("<b>6台</b>")
