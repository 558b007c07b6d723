"""kill -9 while typing: the real app under Xvfb, real keystrokes through xdotool, then SIGKILL.

Everything typed more than a second before the kill must be in the database afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftQuery, DraftStore

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (make test installs it: scripts/system-deps.sh test)")
    return path


@pytest.fixture
def xserver() -> str:
    xvfb = _need("Xvfb")
    _need("xdotool")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def _xdotool(display: str, *args: str, timeout: float = 20) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result.stdout.strip()


def _draft_count() -> int:
    """Read the app's database from outside, as another process would (WAL allows it)."""
    path = app_paths().database
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created or not migrated yet


def _schema_ready() -> bool:
    path = app_paths().database
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'drafts'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return False


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)  # polling another process's file: there is no signal to wait on
    return condition()


def _start_app(display: str) -> subprocess.Popen:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    return subprocess.Popen([sys.executable, "-m", "desktop"], cwd=REPO, env=env)


def test_text_typed_a_second_before_sigkill_survives(xserver: str) -> None:
    from desktop.core.display import missing_xcb_packages

    if missing_xcb_packages():
        pytest.skip(f"Qt's xcb libraries are missing: {', '.join(missing_xcb_packages())}")
    app = _start_app(xserver)
    try:
        window = _xdotool(xserver, "search", "--sync", "--onlyvisible", "--name", "^Crier$")
        assert window, "the main window did not appear"
        _xdotool(xserver, "windowfocus", "--sync", window.splitlines()[0])
        # The window shows before the database has opened; Ctrl+N works once it has. Press it once the
        # schema is there, and again only if nothing came of it for a good while: on a loaded machine a
        # second press while the first is still being saved would make a second draft.
        assert _wait_for(_schema_ready, 60), "the app never opened its database"
        deadline = time.monotonic() + 60
        while _draft_count() == 0:
            assert time.monotonic() < deadline, "Ctrl+N never created a draft"
            _xdotool(xserver, "key", "ctrl+n")
            _wait_for(lambda: _draft_count() > 0, 10.0)
        typed: list[tuple[float, str]] = []
        deadline = time.monotonic() + 4.0
        i = 0
        while time.monotonic() < deadline:
            chunk = f"w{i} "
            _xdotool(xserver, "type", "--delay", "15", chunk)
            typed.append((time.monotonic(), chunk))
            i += 1
        killed_at = time.monotonic()
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()

    must_survive = "".join(chunk for at, chunk in typed if at < killed_at - 1.0)
    assert len(must_survive) > 20, "too little was typed to prove anything"

    restarted = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "[ok] Database" in restarted.stdout, restarted.stdout + restarted.stderr

    db = open_database(app_paths())
    try:
        store = DraftStore(db)
        drafts = store.page(DraftQuery())
        assert len(drafts) == 1
        body = store.get(drafts[0].id).body
    finally:
        db.close()
    assert body.startswith(must_survive), (must_survive, body)
    print(
        f"typed {sum(len(c) for _, c in typed)} chars, {len(must_survive)} due >1 s before the kill,"
        f" saved {len(body)}"
    )
