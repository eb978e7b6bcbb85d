"""What members and admins of a group notice of the bot's manners: the help a group is shown, a full or read-only
disk said in one line, a bare mention in reply to someone's question; end to end through the real Application and
the fake Bot API, on the made-up club brief (tests.conftest.CLUB)."""
from __future__ import annotations

import pytest
from reportbot.index.library.service import QAService

from tests.conftest import SEEDS
from tests.drive import ADMIN, USER, start_bot, stop_bot, texts


@pytest.fixture
async def club_bot(api, club_dir, e5):
    for name in ("feedback.sqlite", "scopes.sqlite"):  # what other tests' bots kept in the shared folder
        (club_dir / name).unlink(missing_ok=True)
    svc = QAService(club_dir, SEEDS, embedder=e5)
    app = await start_bot(api, svc)
    yield api, svc
    await stop_bot(app)


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
