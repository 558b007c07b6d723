"""Who is publishing for an account right now: a lock held by a live process, not a time in the database.

A post marked ``sending`` belongs to whoever holds its account's lease. The lease is an OS lock on a file
beside the database (``flock`` on POSIX, ``LockFileEx`` on Windows, through ``filelock``), so the OS drops
it the moment its process dies, however it dies (SIGKILL, power cut, a crash in Qt). The next run that
takes the lease and finds a post still ``sending`` knows nobody is working on it and resumes it at once,
asking the network whether the interrupted request landed before sending it again.

Team mode (PostgreSQL) takes a session-level advisory lock (``pg_try_advisory_lock``) through the same
:class:`Leases` seam: the server drops it when the holder's connection dies.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from filelock import FileLock, Timeout
from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from desktop.core.db import Database


class Lease(Protocol):
    def release(self) -> None: ...


class Leases(Protocol):
    def try_take(self, account_id: int) -> Lease | None:
        """The account's lease if no live process holds it, else None. Never waits."""
        ...


class FileLeases:
    """One lock file per account in ``folder``; the files stay (deleting them would race a new holder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def try_take(self, account_id: int) -> Lease | None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = FileLock(
            self.folder / f"account-{account_id}.lock",
            mode=0o600,
            thread_local=False,  # taken on one thread, released on whichever finishes the post
            blocking=False,
            fallback_to_soft=False,  # a plain "file exists" lock would outlive a killed process
            preserve_lock_file=True,
        )
        try:
            lock.acquire()
        except Timeout:
            return None
        return lock


class _LocalLease:
    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock

    def release(self) -> None:
        self._lock.release()


class LocalLeases:
    """For a database only this process can see (in memory): a thread lock per account is enough."""

    def __init__(self) -> None:
        self._locks: dict[int, threading.Lock] = {}
        self._guard = threading.Lock()

    def try_take(self, account_id: int) -> Lease | None:
        with self._guard:
            lock = self._locks.setdefault(account_id, threading.Lock())
        return _LocalLease(lock) if lock.acquire(blocking=False) else None


class _AdvisoryLease:
    def __init__(self, connection: Connection, account_id: int) -> None:
        self._connection = connection
        self._account_id = account_id

    def release(self) -> None:
        try:
            self._connection.execute(
                text("SELECT pg_advisory_unlock(:space, :id)"),
                {"space": ADVISORY_SPACE, "id": self._account_id},
            )
            self._connection.commit()
        except Exception:  # noqa: BLE001 - a connection that can't unlock must not go back to the pool
            self._connection.invalidate()
        finally:
            self._connection.close()


#: The first key of Crier's advisory locks ("CRIE"), so they can't collide with another application's.
ADVISORY_SPACE = 0x43524945


class AdvisoryLeases:
    """Team mode: a PostgreSQL session-level advisory lock per account, on a connection held for the post."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def try_take(self, account_id: int) -> Lease | None:
        connection = self.engine.connect()
        try:
            taken = connection.execute(
                text("SELECT pg_try_advisory_lock(:space, :id)"), {"space": ADVISORY_SPACE, "id": account_id}
            ).scalar()
            connection.commit()
        except BaseException:
            connection.close()
            raise
        if not taken:
            connection.close()
            return None
        return _AdvisoryLease(connection, account_id)


def leases_for(db: Database) -> Leases:
    """File locks beside an SQLite file (``crier.sqlite3.locks/``), shared by every process that opens it."""
    if db.path is not None:
        return FileLeases(db.path.with_name(db.path.name + ".locks"))
    if db.engine.dialect.name == "postgresql":
        return AdvisoryLeases(db.engine)
    return LocalLeases()
