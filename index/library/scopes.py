"""Which documents each group chat answers from, kept in the data folder beside the index.

``DATA_DIR/scopes.sqlite`` holds (group chat id, document id) pairs. A group with
pairs is *scoped*: its questions search only those documents. Every other chat
(private chats, inline queries, groups without pairs) searches the documents
that no group has scoped. Scopes live outside the index folders, so a reindex
keeps them; the search filters one shared index, there is no index per group.
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

_SCHEMA = "CREATE TABLE IF NOT EXISTS scopes (chat INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (chat, doc))"


def visible(own: frozenset[str], scoped: frozenset[str], documents: Iterable[str]) -> frozenset[str] | None:
    """The documents a chat may search.

    Args:
        own: the documents scoped to this chat (empty when it has no scope).
        scoped: the documents scoped to any chat.
        documents: every document id in the library.

    Returns:
        None when the chat may search everything (nothing is scoped anywhere), else the ids.
    """
    if own:
        return frozenset(own) & frozenset(documents)
    if not scoped:
        return None
    return frozenset(documents) - scoped


class Scopes:
    """Group scopes in one SQLite file.

    Args:
        root: the data folder.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.path = self.root / "scopes.sqlite"

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.root.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=10)
        try:
            con.execute(_SCHEMA)
            with con:
                yield con
        finally:
            con.close()

    def add(self, chat_id: int, doc_ids: Iterable[str]) -> frozenset[str]:
        """Scope a chat to these documents too; returns its whole scope."""
        with self._db() as con:
            con.executemany("INSERT OR IGNORE INTO scopes VALUES (?, ?)", [(chat_id, d) for d in doc_ids])
        return self.of(chat_id)

    def clear(self, chat_id: int) -> frozenset[str]:
        """Remove a chat's scope (it searches the unscoped documents again); returns what it was."""
        was = self.of(chat_id)
        with self._db() as con:
            con.execute("DELETE FROM scopes WHERE chat = ?", (chat_id,))
        return was

    def drop_document(self, doc_id: str) -> None:
        """Forget a removed document in every scope."""
        with self._db() as con:
            con.execute("DELETE FROM scopes WHERE doc = ?", (doc_id,))

    def of(self, chat_id: int) -> frozenset[str]:
        with self._db() as con:
            return frozenset(r[0] for r in con.execute("SELECT doc FROM scopes WHERE chat = ?", (chat_id,)))

    def scoped(self) -> frozenset[str]:
        """Every document scoped to some chat."""
        if not self.path.exists():
            return frozenset()
        with self._db() as con:
            return frozenset(r[0] for r in con.execute("SELECT DISTINCT doc FROM scopes"))

    def allowed(self, chat_id: int | None, documents: Iterable[str]) -> frozenset[str] | None:
        """The documents a chat may search (None: all); ``chat_id`` None is a chat with no scope."""
        if not self.path.exists():
            return None
        own = self.of(chat_id) if chat_id is not None else frozenset()
        return visible(own, self.scoped(), documents)
