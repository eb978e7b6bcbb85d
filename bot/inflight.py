"""The answers under way per chat and user, so that a notice about a user's flood is sent after them.

A user who sends questions faster than the rate limit allows gets one "too fast" notice; the questions before it are
still being answered (search runs in threads) when it is decided, so sent at once it would read above the answers it
speaks of, as if they had been refused. The notice waits until that user's answers in that chat are out (or a
while at most).
"""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Hashable


class InFlight:
    """Counts the answers being worked out per key (a chat and a user), and lets a notice wait for none to be left."""

    def __init__(self) -> None:
        self._count: dict[Hashable, int] = {}
        self._idle: dict[Hashable, asyncio.Event] = {}

    @contextlib.asynccontextmanager
    async def answering(self, key: Hashable) -> AsyncIterator[None]:
        """Hold one answer under way for ``key`` while the block runs (enter it before any await, so that a notice
        decided after this answer's question waits for it)."""
        self._count[key] = self._count.get(key, 0) + 1
        self._idle.setdefault(key, asyncio.Event())
        try:
            yield
        finally:
            self._count[key] -= 1
            if not self._count[key]:
                del self._count[key]
                self._idle.pop(key).set()

    async def settled(self, key: Hashable, within: float) -> None:
        """Return once no answer is under way for ``key``, or after ``within`` seconds."""
        idle = self._idle.get(key)
        if idle is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(within):
                    await idle.wait()
