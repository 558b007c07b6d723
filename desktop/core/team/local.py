"""This PC's side of team mode, in its own SQLite file beside the drafts: which team it joined, the
actions waiting to reach the team database, and the last copy it pulled.

Every action (submit, approve, comment, edit) is committed here with a fresh unique id before anything
is sent, so it survives being offline, a crash or a server restart; pushing uses that id, and the
database applies each id once, so pushing twice changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.stored_text import dump, load

SCHEMA_VERSION = 2
FILE_NAME = "team.sqlite3"
#: keyring entry (account key, name) for the team database password
KEYRING_KEY = ("team", "password")


@dataclass(frozen=True)
class Image:
    """An image that goes with a recorded action (its bytes are kept here until the action is pushed)."""

    media_type: str
    alt_text: str
    name: str
    content: bytes


@dataclass(frozen=True)
class Pending:
    uid: str
    seq: int
    kind: str
    payload: dict[str, Any]
    created_at: str


#: A draft's submission as recorded here: (the action, pushed?, the database's result, why it was refused).
Submitted = tuple[Pending, bool, int | None, str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class LocalTeam:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        if self._conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            # version 2: pending_media, the images of an action waiting to be pushed
            self._conn.executescript(  # one transaction: executescript runs its own statements
                f"""
                BEGIN IMMEDIATE;
                    CREATE TABLE IF NOT EXISTS config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS pending (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
                        payload TEXT NOT NULL, created_at TEXT NOT NULL, pushed_at TEXT, result INTEGER,
                        refused TEXT);
                    CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT NOT NULL,
                        updated_at TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS pending_media (
                        uid TEXT NOT NULL REFERENCES pending (uid), position INTEGER NOT NULL,
                        media_type TEXT NOT NULL, alt_text TEXT NOT NULL, name TEXT NOT NULL,
                        content BLOB NOT NULL, PRIMARY KEY (uid, position));
                PRAGMA user_version = {SCHEMA_VERSION};
                COMMIT;
                """
            )

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- membership ------------------------------------------------------------------------------

    def config(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM config"))

    def set_config(self, **values: str) -> None:
        with self._write() as c:
            c.executemany("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)", values.items())

    @property
    def joined(self) -> bool:
        return "url" in self.config()

    # -- actions waiting to be pushed ------------------------------------------------------------

    def record(self, kind: str, payload: dict[str, Any], images: Sequence[Image] = ()) -> str:
        """Commit an action, with the bytes of its images, under a new unique id; returns the id.

        The images stay here (a copy, fsynced with the action: the draft's own files may be removed) until
        the action is pushed."""
        uid = str(uuid.uuid4())
        with self._write() as c:
            c.execute(
                "INSERT INTO pending (uid, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                (uid, kind, json.dumps(payload), _now()),
            )
            c.executemany(
                "INSERT INTO pending_media (uid, position, media_type, alt_text, name, content)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(uid, n, i.media_type, i.alt_text, i.name, i.content) for n, i in enumerate(images)],
            )
        return uid

    def images(self, uid: str) -> list[Image]:
        """The images recorded with action ``uid``, in order (none once it was pushed)."""
        rows = self._conn.execute(
            "SELECT media_type, alt_text, name, content FROM pending_media WHERE uid = ? ORDER BY position",
            (uid,),
        )
        return [Image(t, alt, name, bytes(content)) for t, alt, name, content in rows]

    def waiting(self) -> list[Pending]:
        rows = self._conn.execute(
            "SELECT uid, seq, kind, payload, created_at FROM pending WHERE pushed_at IS NULL ORDER BY seq"
        )
        return [Pending(uid, seq, kind, json.loads(p), at) for uid, seq, kind, p, at in rows]

    def pushed(self, uid: str, result: int | None, refused: str = "") -> None:
        with self._write() as c:
            c.execute(
                "UPDATE pending SET pushed_at = ?, result = ?, refused = ? WHERE uid = ?",
                (_now(), result, dump(refused) or None, uid),  # kept translatable (stored_text)
            )
            c.execute("DELETE FROM pending_media WHERE uid = ?", (uid,))  # the team has them, or refused

    def outcome(self, uid: str) -> tuple[bool, int | None, str]:
        """(pushed?, the database's result, why it was refused)."""
        row = self._conn.execute(
            "SELECT pushed_at, result, refused FROM pending WHERE uid = ?", (uid,)
        ).fetchone()
        if row is None:
            return False, None, ""
        return row[0] is not None, row[1], load(row[2])

    def submitted_drafts(self, draft_ids: Sequence[int]) -> dict[int, list[Submitted]]:
        """Each of these drafts' submissions from this PC's latest Post of it (one per account, or a pair):
        (the action, pushed?, the database's result, why it was refused)."""
        ids = sorted(set(draft_ids))
        found: dict[int, list[Submitted]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT uid, seq, kind, payload, created_at, pushed_at, result, refused FROM pending"
                " WHERE kind IN ('submit', 'submit_pair', 'post_direct')"
                f" AND json_extract(payload, '$.draft_id') IN ({', '.join('?' * len(chunk))}) ORDER BY seq",
                chunk,
            )
            for uid, seq, kind, payload, at, pushed_at, result, refused in rows:
                action = Pending(uid, seq, kind, json.loads(payload), at)
                mine = found.setdefault(action.payload["draft_id"], [])
                if mine and mine[-1][0].payload.get("batch") != action.payload.get("batch"):
                    mine.clear()  # posted again: the latest Post is the one to show
                mine.append((action, pushed_at is not None, result, load(refused)))
        return found

    def refused(self) -> list[tuple[str, str]]:
        rows = self._conn.execute("SELECT kind, refused FROM pending WHERE refused IS NOT NULL ORDER BY seq")
        return [(kind, load(refused)) for kind, refused in rows]

    # -- the last pulled copy --------------------------------------------------------------------

    def cache(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM cache WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def cached_at(self, key: str) -> str | None:
        row = self._conn.execute("SELECT updated_at FROM cache WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put_cache(self, **values: Any) -> None:
        with self._write() as c:
            c.executemany(
                "INSERT OR REPLACE INTO cache (key, value, updated_at) VALUES (?, ?, ?)",
                [(k, json.dumps(v, default=str), _now()) for k, v in values.items()],
            )
