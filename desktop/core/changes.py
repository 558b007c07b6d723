"""Noticing that another process changed the database: ``crier queue``, ``crier sync``, a second window.

SQLite's ``PRAGMA data_version``, read on a connection of our own, changes whenever any other connection
commits: one cheap read that scans no table, so the window can ask every second. Team mode (PostgreSQL)
would LISTEN for a NOTIFY instead; until then it reports no changes.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.db import Database


class ChangeWatch:
    """Use from one thread at a time (the window's watcher thread)."""

    def __init__(self, db: Database) -> None:
        self._path = db.path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def changed(self) -> bool:
        """Whether anyone else committed since the last call; the first call only starts watching."""
        if self._path is None:
            return False
        if self._connection is None:
            self._connection = sqlite3.connect(
                self._path, timeout=1.0, check_same_thread=False, isolation_level=None
            )
        version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        changed = self._version is not None and version != self._version
        self._version = version
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
