"""Driving reportbot as its users do: the installed console script, and the real Application against the fake
Bot API (its ``api`` fixture is in conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from reportbot.bot.app import build_application
from reportbot.bot.settings import Settings
from reportbot.index.library.service import QAService
from reportbot.testing.fakebotapi import PATIENCE, TOKEN, FakeBotAPI

from tests.conftest import SEEDS

REPORTBOT = str(Path(sys.executable).with_name("reportbot"))
ADMIN = 4242
USER = 1001


def run(args, data_dir: Path, stdin: str | None = None, **env) -> subprocess.CompletedProcess:
    """``reportbot ARGS`` on ``data_dir`` (the environment plus ``env``), as a user runs it."""
    environ = {**os.environ, "REPORTBOT_DATA_DIR": str(data_dir), **env}
    return subprocess.run([REPORTBOT, *args], input=stdin, capture_output=True, text=True, env=environ,
                          timeout=PATIENCE)


def settings_for(api: FakeBotAPI, data_dir, **kw) -> Settings:
    base = Settings(data_dir=data_dir, seeds_dir=SEEDS, token=TOKEN, base_url=api.base_url,
                    base_file_url=api.base_file_url, admin_ids=frozenset({ADMIN}))
    return replace(base, **kw)


async def start_bot(api: FakeBotAPI, svc: QAService, **kw):
    """The real Application over ``svc``, long polling the fake Bot API; ``kw`` changes its settings."""
    app = build_application(settings_for(api, svc.library.root, **kw), svc)
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return app


async def stop_bot(app) -> None:
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


def texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    """The texts of the messages the bot sent to a chat, in order."""
    return [m["text"] for m in api.replies_to(chat_id)]
