"""A guard for tests of work that must not stall: the block is stopped after ``seconds`` (SIGALRM), so a quadratic
reading fails the test instead of hanging the suite. The bounds are generous; the behaviour asserted is "no stall"."""
from __future__ import annotations

import signal
from contextlib import contextmanager


@contextmanager
def bounded(seconds: int):
    def stop(*_):
        raise TimeoutError(f"no answer in {seconds} s")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
