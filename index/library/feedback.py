"""Votes on answers and the questions the documents could not answer, kept in the data folder.

``DATA_DIR/feedback.sqlite`` holds two tables:

* ``votes``: one row per voter and answer: 👍 or 👎, the question's language, the
  answer's passage ids. The answer and the voter are stored as keyed hashes
  (HMAC-SHA256 with a secret made once per data folder, ``feedback.key``), so a
  second vote replaces the first, and no chat id or user id is written.
* ``questions``: refused questions and questions whose answer got a 👎: the
  question text, its language, why it is kept and when (for a 👎, the hashed answer and
  voter, so that turning it into 👍 takes it out). Never a user id.

Everything expires after ``Retention.keep_days``; question text is kept only
while ``Retention.keep_questions`` is on (turning it off deletes what is there).
"""
from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportbot.index.library.neardup import QuestionGroup, group_questions

Reason = Literal["refused", "downvoted"]
DAY = 86400.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (answer TEXT NOT NULL, voter TEXT NOT NULL, up INTEGER NOT NULL,
    lang TEXT NOT NULL, passages TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (answer, voter));
CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, question TEXT NOT NULL, lang TEXT NOT NULL,
    reason TEXT NOT NULL, answer TEXT, voter TEXT, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
CREATE INDEX IF NOT EXISTS votes_at ON votes (at);
"""


@dataclass(frozen=True)
class Retention:
    """What may be kept, and for how long (read from the environment in ``bot/settings.py``).

    Attributes:
        keep_questions: keep the text of unanswered and 👎 questions (REPORTBOT_KEEP_UNANSWERED).
        keep_days: delete votes and questions older than this (REPORTBOT_KEEP_DAYS).
    """

    keep_questions: bool = True
    keep_days: float = 30.0


@dataclass(frozen=True)
class VoteTally:
    up: int
    down: int

    @property
    def total(self) -> int:
        return self.up + self.down

    @property
    def share_up(self) -> float | None:
        return self.up / self.total if self.total else None


class FeedbackStore:
    """Votes and unanswered questions in one SQLite file.

    Args:
        root: the data folder.
        retention: what to keep and how long.
        clock: seconds since the epoch (tests pass a fake one).
    """

    def __init__(self, root: Path, retention: Retention = Retention(), clock: Callable[[], float] = time.time):
        self.root = Path(root)
        self.path = self.root / "feedback.sqlite"
        self.retention = retention
        self.clock = clock
        self._key: bytes | None = None

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # one short connection per call: safe from any thread, and the CLI reads the same file
        self.root.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=10)
        try:
            con.executescript(_SCHEMA)
            with con:
                self._expire(con)
                yield con
        finally:
            con.close()

    def _expire(self, con: sqlite3.Connection) -> None:
        cutoff = self.clock() - self.retention.keep_days * DAY
        con.execute("DELETE FROM votes WHERE at < ?", (cutoff,))
        if self.retention.keep_questions:
            con.execute("DELETE FROM questions WHERE at < ?", (cutoff,))
        else:
            con.execute("DELETE FROM questions")

    def _hash(self, *parts: object) -> str:
        if self._key is None:
            self._key = _load_key(self.root / "feedback.key")
        return hmac.new(self._key, ":".join(map(str, parts)).encode(), hashlib.sha256).hexdigest()[:32]

    # ---- votes ----------------------------------------------------------
    def vote(self, chat_id: int, message_id: int, voter_id: int, up: bool, lang: str,
             passages: list[str], question: str | None = None) -> bool:
        """Record a vote on one answer; a second vote by the same voter replaces the first.

        A 👎 keeps ``question`` among the unanswered questions; turning it into 👍 takes it out.

        Returns:
            True when the vote is new or changed, False when it repeats the voter's last one.
        """
        answer = self._hash("answer", chat_id, message_id)
        voter = self._hash("voter", chat_id, message_id, voter_id)
        with self._db() as con:
            row = con.execute("SELECT up FROM votes WHERE answer = ? AND voter = ?", (answer, voter)).fetchone()
            if row is not None and bool(row[0]) == up:
                return False
            con.execute("INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?, ?, ?)",
                        (answer, voter, int(up), lang, json.dumps(passages), self.clock()))
            if up:  # this voter changed their mind: their 👎 no longer says the answer failed
                con.execute("DELETE FROM questions WHERE answer = ? AND voter = ?", (answer, voter))
            elif question and self.retention.keep_questions:
                con.execute("INSERT INTO questions (question, lang, reason, answer, voter, at) "
                            "VALUES (?, ?, 'downvoted', ?, ?, ?)", (question, lang, answer, voter, self.clock()))
        return True

    def tally(self) -> VoteTally:
        """Votes kept (within the retention window), 👍 and 👎."""
        if not self.path.exists():  # nothing kept yet: read without creating the file (a read-only folder)
            return VoteTally(0, 0)
        with self._db() as con:
            up, total = con.execute("SELECT COALESCE(SUM(up), 0), COUNT(*) FROM votes").fetchone()
        return VoteTally(int(up), int(total) - int(up))

    # ---- unanswered questions -------------------------------------------
    def record_refused(self, question: str, lang: str) -> bool:
        """Keep a question the documents could not answer (only while keeping questions is on)."""
        if not self.retention.keep_questions or not question.strip():
            return False
        with self._db() as con:
            con.execute("INSERT INTO questions (question, lang, reason, at) VALUES (?, ?, 'refused', ?)",
                        (question, lang, self.clock()))
        return True

    def unanswered(self) -> list[QuestionGroup]:
        """The kept questions, near-duplicates grouped, the most frequent first."""
        if not self.path.exists():
            return []
        with self._db() as con:
            rows = con.execute("SELECT question, lang, reason, at FROM questions ORDER BY at").fetchall()
        return group_questions(rows)

    def forget(self) -> int:
        """Delete every kept question; returns how many there were."""
        if not self.path.exists():
            return 0
        with self._db() as con:
            return con.execute("DELETE FROM questions").rowcount


def _load_key(path: Path) -> bytes:
    """The data folder's hashing secret, made on first use (readable by its owner only)."""
    try:
        return bytes.fromhex(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        pass
    key = secrets.token_bytes(32)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex())
    try:
        os.link(tmp, path)  # the first writer wins; a concurrent one reads the winner's key
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    return bytes.fromhex(path.read_text().strip())
