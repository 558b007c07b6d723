"""Hearing about other PCs' changes within moments: PostgreSQL LISTEN/NOTIFY, with polling as fallback.

Every audited change NOTIFYs ``crier_team_<team id>`` in the same transaction (so a notification never
arrives before the change is visible). A watcher LISTENs on its own connection; where notifications
can't arrive (a pooler in transaction mode, a dropped connection) it falls back to polling the audit
log's newest id, so a change is never missed, only seen later.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import psycopg

from desktop.core.team.connection import scalar

POLL_SECONDS = 5.0


class TeamWatcher:
    def __init__(self, connect: Callable[[], psycopg.Connection], poll_seconds: float = POLL_SECONDS) -> None:
        self._connect = connect
        self.poll_seconds = poll_seconds
        self._conn: psycopg.Connection | None = None
        self._last_id = 0
        self.listening = False

    def _open(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            conn = self._connect()
            team = scalar(conn, "SELECT crier.my_team()")
            self._last_id = self._newest(conn)
            try:
                conn.execute(f"LISTEN crier_team_{int(team)}")
                self.listening = True
            except psycopg.Error:
                self.listening = False
            self._conn = conn
        return self._conn

    def wait(self, timeout: float) -> list[dict[str, Any]]:
        """Block up to ``timeout`` seconds for changes; returns what changed (empty if nothing did)."""
        conn = self._open()
        deadline = time.monotonic() + timeout
        events: list[dict[str, Any]] = []
        while not events and time.monotonic() < deadline:
            step = min(self.poll_seconds, max(0.0, deadline - time.monotonic()))
            if self.listening:
                try:
                    for note in conn.notifies(timeout=step, stop_after=1):
                        events.append(json.loads(note.payload))
                    if events:  # the rest of the same transaction's notifications arrive together
                        events += [json.loads(n.payload) for n in conn.notifies(timeout=0.05)]
                except psycopg.OperationalError:
                    self.close()
                    conn = self._open()
            else:
                time.sleep(step)
            if not events:
                events = self._poll(conn)
        if events:
            self._last_id = max(self._last_id, self._newest(conn))
        return events

    def _newest(self, conn: psycopg.Connection) -> int:
        return int(scalar(conn, "SELECT coalesce(max(id), 0) FROM crier.audit_log"))

    def _poll(self, conn: psycopg.Connection) -> list[dict[str, Any]]:
        rows = conn.execute(
            "SELECT id, action, submission_id, outbox_id FROM crier.audit_log WHERE id > %s ORDER BY id",
            (self._last_id,),
        ).fetchall()
        if rows:
            self._last_id = rows[-1][0]
        return [{"action": a, "submission_id": s, "outbox_id": o} for _, a, s, o in rows]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
