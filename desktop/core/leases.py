"""Who is publishing for an account right now: a lock held by a live process, not a time in the database.

A post marked ``sending`` belongs to whoever holds its account's lease. The lease is an OS lock on a file
beside the database (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so the OS drops it the moment its
process dies, however it dies (SIGKILL, power cut, a crash in Qt). The next run that takes the lease and
finds a post still ``sending`` knows nobody is working on it and resumes it at once, asking the network
whether the interrupted request landed before sending it again.

The calls are the standard library's, as ``filelock`` 3 made them; ``filelock`` 4 wraps the same kind of
lock in bookkeeping (per-path singletons, fork tracking, settings) that cost about 0.2 ms per lease taken
and let go, 40 times the calls themselves, on every sync run (issue 16).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

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


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the file's first byte, never waiting
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:  # (held per open file: a second open in this same process is refused too)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class _FileLease:
    """A held lock on an open lock file; releasing unlocks and closes it (closing alone would too)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            try:
                _unlock(fd)
            finally:
                os.close(fd)  # (not inherited by child processes: Python opens files non-inheritable)


class FileLeases:
    """One lock file per account in ``folder``; the files stay (deleting them would race a new holder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def try_take(self, account_id: int) -> Lease | None:
        path = self.folder / f"account-{account_id}.lock"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except FileNotFoundError:  # the first lease beside this database
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            taken = _lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not taken:
            os.close(fd)
            return None
        return _FileLease(fd)


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
