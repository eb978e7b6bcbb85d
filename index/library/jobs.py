"""A journal of running jobs (add, remove, reindex), so a restart can tell whoever started one.

Each running job is a file ``jobs/<id>.json`` that its process holds an ``flock`` on.
The kernel drops the lock when the process dies, even by ``kill -9``, so a job file
nobody holds is a job that was interrupted.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

logger = logging.getLogger(__name__)
Kind = Literal["add", "remove", "reindex"]


@dataclass(frozen=True)
class Job:
    """One admin job.

    Attributes:
        kind: what it does.
        name: the file added or the document id removed ("" for a reindex).
        origin: where to report it (opaque to the library: the bot stores chat and message ids).
    """

    kind: Kind
    name: str = ""
    origin: dict = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started: str = field(default_factory=lambda: time.strftime("%Y-%m-%d %H:%M:%S"))


class Journal:
    """The running jobs of one data folder."""

    def __init__(self, root: Path):
        self.dir = Path(root) / "jobs"

    @contextlib.contextmanager
    def running(self, job: Job) -> Iterator[Job]:
        """Record ``job`` while the block runs; the record goes when it ends, however it ends."""
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / f"{job.id}.json"
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            # locked and complete before it is visible under its name: a reader never takes it for a dead job
            fcntl.flock(f, fcntl.LOCK_EX)
            json.dump(asdict(job), f, ensure_ascii=False)
            f.flush()
            os.replace(tmp, path)
            try:
                yield job
            finally:
                path.unlink(missing_ok=True)

    def interrupted(self) -> list[Job]:
        """Jobs whose process is gone, oldest first (each is returned until :meth:`forget`)."""
        jobs = []
        for path in sorted(self.dir.glob("*.json")) if self.dir.is_dir() else []:
            try:
                with open(path, encoding="utf-8") as f:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held: that job is still running
                    jobs.append(Job(**json.load(f)))
            except BlockingIOError:
                continue
            except (OSError, ValueError, TypeError) as exc:
                logger.warning("unreadable job record %s (%s); removed", path.name, exc)
                path.unlink(missing_ok=True)
        return sorted(jobs, key=lambda j: j.started)

    def forget(self, job: Job) -> None:
        """Drop an interrupted job's record once it has been reported."""
        (self.dir / f"{job.id}.json").unlink(missing_ok=True)
