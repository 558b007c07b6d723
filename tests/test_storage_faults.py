"""Fault injection against the real CLI: posts queued, then the disk fills or another process locks the file.

Each time `crier outbox` (and `crier queue`) must answer in one plain sentence with exit 1 or 2, the
database must not be moved aside (nor changed by a byte), and once the fault is gone every queued post
is still there. The disk is a real tmpfs of a few MB (tests/faulty_storage.py), not a hook in SQLite;
the lock is SQLite's own, held by another process for longer than Crier's busy timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.paths import AppPaths, app_paths
from tests.faulty_storage import SmallDisk, exclusive_lock, mounted
from tests.test_storage_safety import moved_aside, one_sentence, sha

REPO = Path(__file__).resolve().parents[1]
POSTS = ["Bins go out on Tuesday", "Library closed for the bank holiday", "Road closure on the High Street"]


def crier(*args: str, stdin: str = "", url: str | None = None) -> subprocess.CompletedProcess[str]:
    where = ["--database-url", url] if url else []
    return subprocess.run(
        [sys.executable, "-m", "desktop", *where, *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def queue_three(paths: AppPaths, url: str | None = None) -> None:
    """An account (through the app's own API), then three posts queued through the CLI."""
    db = open_database(paths, url)
    try:
        Accounts(db).add("mastodon", "@council@example.social")
    finally:
        db.close()
    for text in POSTS:
        result = crier("queue", "-", stdin=text, url=url)
        assert result.returncode == 0, result.stderr


def queued_texts(url: str | None = None) -> list[str]:
    result = crier("outbox", "--json", url=url)
    assert result.returncode == 0, result.stderr
    return sorted(post["text"] for post in json.loads(result.stdout) if post["state"] == "queued")


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with mounted(tmp_path / "disk") as small:
        yield small


def test_a_full_data_disk_is_reported_plainly_and_the_queue_survives(
    disk: SmallDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRIER_DATA_DIR", str(disk.root / "crier"))
    paths = app_paths().ensure()
    queue_three(paths)
    before = sha(paths.database)

    disk.fill()
    for command, stdin in ((["outbox"], ""), (["queue", "-"], "One more"), (["outbox"], "")):
        result = crier(*command, stdin=stdin)
        assert result.returncode in (1, 2), result.stdout + result.stderr
        line = one_sentence(result)
        assert "disk is full" in line and str(paths.data) in line, line
        assert moved_aside(paths.data) == []
        assert sha(paths.database) == before
    disk.free()

    assert queued_texts() == POSTS


def test_a_database_on_a_full_disk_is_reported_plainly_and_the_queue_survives(disk: SmallDisk) -> None:
    """The data folder is fine; the file named by --database-url is on the disk that fills."""
    paths = app_paths().ensure()
    database = disk.root / "team.sqlite3"
    url = f"sqlite:///{database}"
    queue_three(paths, url)
    before = sha(database)

    disk.fill()
    for command, stdin in ((["outbox"], ""), (["queue", "-"], "One more"), (["outbox"], "")):
        result = crier(*command, stdin=stdin, url=url)
        assert result.returncode in (1, 2), result.stdout + result.stderr
        line = one_sentence(result)
        assert "disk is full" in line and str(database) in line, line
        assert moved_aside(disk.root) == []
        assert sha(database) == before
    disk.free()

    assert queued_texts(url) == POSTS


@pytest.mark.slow
def test_a_lock_held_longer_than_the_busy_timeout_is_reported_plainly_and_the_queue_survives() -> None:
    from desktop.core.db import BUSY_TIMEOUT_S

    paths = app_paths().ensure()
    queue_three(paths)
    before = sha(paths.database)

    with exclusive_lock(paths.database) as holder:
        result = crier("outbox")
        assert holder.poll() is None  # still holding: the lock outlasted the busy timeout
    assert result.returncode in (1, 2), result.stdout + result.stderr
    line = one_sentence(result)
    assert "in use by another program" in line and f"{BUSY_TIMEOUT_S} seconds" in line
    assert str(paths.database) in line
    assert moved_aside(paths.data) == []
    assert sha(paths.database) == before

    assert queued_texts() == POSTS
