"""The data folder's lock: held while the registry changes or an index builds, between threads and processes.

A thread lock keeps two threads of one process apart (``flock`` is per open file, so both would get it), and lets
the thread that holds it take it again;
``flock`` on ``.lock`` keeps processes apart, and the kernel drops it when its process dies, even by kill -9.
"""
from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Iterator
from pathlib import Path

from reportbot.corpus.errors import BuildInProgress


class FolderLock:
    """The lock of the data folder ``root`` (``root/.lock``)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._thread_lock = threading.RLock()
        self._depth = 0  # how many times the thread that holds it has taken it (only that thread touches it)

    @contextlib.contextmanager
    def held(self, wait: bool = True) -> Iterator[None]:
        """Hold the lock while the block runs.

        Raises:
            BuildInProgress: when ``wait`` is false and someone else holds it.
        """
        if not self._thread_lock.acquire(blocking=wait):
            raise BuildInProgress("a reindex is already running")
        try:
            if self._depth:  # this thread holds it already: a second flock, on another open file, would wait for ever
                self._depth += 1  # (an add to a fresh folder made the folder under the lock it held: it hung)
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self.root.mkdir(parents=True, exist_ok=True)
            with open(self.root / ".lock", "a+") as fd:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                except BlockingIOError as exc:
                    raise BuildInProgress("a reindex is already running") from exc
                self._depth = 1
                try:
                    yield
                finally:
                    self._depth = 0
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def busy(self) -> bool:
        """True while some thread or process holds it (a build or a registry change is under way)."""
        try:
            with self.held(wait=False):
                return False
        except BuildInProgress:
            return True
        except OSError:  # a read-only folder: nobody can be building in it
            return False
