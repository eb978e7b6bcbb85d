"""Long polling that confirms few updates ahead, so a hard crash loses few questions.

Telegram forgets an update once ``getUpdates`` is called with a higher offset, and
python-telegram-bot asks for the next batch as soon as it has queued the last one, so
every update it has fetched counts as delivered. A ``kill -9`` then loses all of them
that were not answered yet (34 of a burst of 40 in one trial). Here ``getUpdates`` waits
while ``limit`` updates are unfinished and asks for no more than there is room for,
which bounds that loss to ``limit`` updates.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram.ext import ExtBot, SimpleUpdateProcessor


class Backlog:
    """Updates fetched from Telegram and not yet handled."""

    def __init__(self, limit: int):
        self.limit = limit
        self.open = 0
        self._cond: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._cond is None:  # created inside the running loop
            self._cond = asyncio.Condition()
        return self._cond

    async def room(self) -> int:
        """Wait until fewer than ``limit`` updates are open; how many more may be fetched."""
        cond = self._condition()
        async with cond:
            await cond.wait_for(lambda: self.open < self.limit)
            return self.limit - self.open

    def fetched(self, n: int) -> None:
        self.open += n

    async def done(self) -> None:
        cond = self._condition()
        async with cond:
            self.open = max(0, self.open - 1)  # webhook updates were never counted in
            cond.notify_all()


class BoundedBot(ExtBot):
    """An ExtBot whose ``getUpdates`` respects a :class:`Backlog`."""

    def __init__(self, *args, backlog: Backlog, **kwargs):
        super().__init__(*args, **kwargs)
        self._backlog = backlog

    async def get_updates(self, offset: int | None = None, limit: int | None = None, *args, **kwargs):
        room = await self._backlog.room()
        updates = await super().get_updates(offset, min(limit or 100, room), *args, **kwargs)
        self._backlog.fetched(len(updates))
        return updates


class CountingProcessor(SimpleUpdateProcessor):
    """Handles updates concurrently and tells the backlog when each one is done."""

    def __init__(self, max_concurrent_updates: int, backlog: Backlog):
        super().__init__(max_concurrent_updates)
        self._backlog = backlog

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
        finally:
            await self._backlog.done()
