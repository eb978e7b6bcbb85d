"""Per-user flood control: a sliding window, with one polite warning per flood."""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "warn", "drop"]


class UserRateLimiter:
    """Allows ``rate`` questions per ``window`` seconds to each user.

    The first question over the limit gets ``"warn"`` (answer it with a polite
    message), the rest ``"drop"`` until the window has room again.
    """

    def __init__(self, rate: int = 10, window: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 max_users: int = 100_000):
        self.rate, self.window, self.clock = rate, window, clock
        self.max_users = max_users
        self._seen: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        q = self._seen.get(user_id)
        if q is None:
            if len(self._seen) >= self.max_users:  # bounded memory under a flood of new ids
                self._seen.clear()
                self._warned.clear()
            q = self._seen[user_id] = deque()
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) < self.rate:
            q.append(now)
            self._warned.discard(user_id)
            return "ok"
        if user_id in self._warned:
            return "drop"
        self._warned.add(user_id)
        return "warn"

    def retry_after(self, user_id: int) -> int:
        q = self._seen.get(user_id)
        if not q:
            return 0
        return max(1, int(self.window - (self.clock() - q[0]) + 0.999))
