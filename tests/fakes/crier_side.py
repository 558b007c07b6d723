"""Crier's own side of a network test, shared by the publisher, sign-in and fake tests.

Fixtures (registered in ``tests/conftest.py``): ``db`` (the app's database in the test's own data
folder), ``store`` (its drafts), ``window`` (the main window over them, shown offscreen), ``accounts``,
``memory`` (a keyring in memory) and ``secrets`` over it; a test module that needs another database,
window or keyring overrides that fixture. Helpers: :func:`png`, :func:`disk_full`, :class:`EngineClock` and
:class:`Crash`.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import event

from desktop.core.accounts import Accounts
from desktop.core.credentials import SecretStore
from desktop.core.db import Database, open_database
from desktop.core.models import utcnow
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from tests.keyrings import MemoryKeyring

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def png(width: int = 2, height: int = 1) -> bytes:
    """A real (tiny) PNG, so a fake's file-type check accepts it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """The drafts database's disk full until the block ends: SQLite may not grow the file past the size
    it has now (``max_page_count`` on every connection opened meanwhile), as on a full disk."""
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()
    try:
        yield
    finally:
        event.remove(db.engine, "connect", cap)
        db.engine.dispose()


class EngineClock:
    """The sync engine's clock: real time plus an offset moved on by hand, so leases and backoffs end
    without waiting."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return utcnow() + self.offset

    def advance(self, **kwargs: float) -> None:
        self.offset += timedelta(**kwargs)


class Crash(BaseException):
    """The process dying mid-request: not a PublishError, so nothing after it runs."""


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_database(app_paths().ensure())
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> DraftStore:
    return DraftStore(db)


@pytest.fixture
def window(qtbot, store: DraftStore) -> Iterator[MainWindow]:  # noqa: ANN001
    from desktop.ui.main_window import MainWindow  # Qt only for the tests that ask for a window

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def accounts(db: Database) -> Accounts:
    return Accounts(db)


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def secrets(memory: MemoryKeyring) -> SecretStore:
    return SecretStore(backend=memory)
