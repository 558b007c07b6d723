"""Real storage faults: a small filesystem to fill or make read-only, and another process's lock.

A real tmpfs of a few MB rather than a test hook: SQLite, the logging module and the probe in
``AppPaths.ensure`` then meet the same ENOSPC and EROFS a user's disk gives them. Mounting needs root
(as in the project's CI container); elsewhere the tests that need it skip and say why. The lock is
SQLite's own exclusive lock, held by a separate process for as long as the test wants.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = "filler"


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root

    def fill(self) -> None:
        """Write until the filesystem refuses: no byte is left for anyone."""
        fd = os.open(self.root / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1 << 16, 1 << 12, 1):
                while True:
                    try:
                        os.write(fd, b"\0" * size)
                    except OSError as error:
                        assert error.errno == errno.ENOSPC, error
                        break
        finally:
            os.close(fd)

    def free(self) -> None:
        (self.root / FILLER).unlink()

    def read_only(self) -> None:
        _run("mount", "-o", "remount,ro", str(self.root))

    def writable(self) -> None:
        _run("mount", "-o", "remount,rw", str(self.root))


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


@contextmanager
def mounted(where: Path, size: str = "4m") -> Iterator[SmallDisk]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs for a real full or read-only disk")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"can't mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield SmallDisk(where)
    finally:
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))


LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def exclusive_lock(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds SQLite's exclusive lock on ``database`` until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
