"""Running the real ``crier sync --once`` under SIGKILL at random, as the chaos tests do.

Nothing here edits the database: between runs time simply passes. Retries use a small backoff set in
the command's environment (``CRIER_RETRY_*_SECONDS``), and the fakes' rate-limit windows are seconds
long, so a post that failed falls due again within a few seconds of real time. A killed run's lease
dies with it, so the next run resumes its post at once.

Two phases: while the servers inject faults, ``fault_runs`` runs are each SIGKILLed at a random moment
after a random number (1–12) of outbox events of its own, so every run gets some work done however
slowly it starts on a busy machine; then the faults end, runs are left to finish, and the outbox must
drain within ``max_after`` restarts.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.db import open_database
from desktop.core.models import PostEvent
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths

REPO = Path(__file__).resolve().parents[1]
RESUMED = "resumed after an interrupted attempt"


def sync_env(**extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.keyrings.JsonFileTestKeyring",
        "PYTHONPATH": str(REPO),
        "CRIER_RETRY_BASE_SECONDS": "0.2",
        "CRIER_RETRY_CAP_SECONDS": "2",
        **extra,
    }


@dataclass
class ChaosRuns:
    runs: int = 0
    kills: int = 0
    after_faults: int = 0  # restarts it took to drain the outbox once the faults ended
    resume_seconds: list[float] = field(default_factory=list)  # restart after a SIGKILL -> post resumed

    def summary(self) -> str:
        delays = sorted(self.resume_seconds)
        resumed = (
            f"restart→resume after SIGKILL median {statistics.median(delays):.2f}s, max {delays[-1]:.2f}s "
            f"over {len(delays)}"
            if delays
            else "no post was left sending by a kill"
        )
        return (
            f"{self.runs} sync runs, {self.kills} SIGKILLs, drained {self.after_faults} restarts after the "
            f"faults ended; {resumed}"
        )


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _state() -> tuple[int, int]:
    """(unfinished, sending); fails on a post needing attention or a paused account."""
    db = open_database(app_paths())
    try:
        outbox = Outbox(db)
        stuck = outbox.posts([State.NEEDS_ATTENTION])
        assert not stuck, f"post {stuck[0].id} ({stuck[0].network}): {stuck[0].error}"
        paused = [a for a in Accounts(db).all() if a.status is not AccountStatus.CONNECTED]
        assert not paused, f"{paused[0].handle} is {paused[0].status}: {paused[0].status_message}"
        counts = outbox.counts()
        unfinished = sum(counts.get(s, 0) for s in (State.QUEUED, State.SENDING, State.WAITING))
        return unfinished, counts.get(State.SENDING, 0)
    finally:
        db.close()


def _first_resumed_since(started: datetime) -> datetime | None:
    db = open_database(app_paths())
    try:
        with db.read() as session:
            return session.scalar(
                select(func.min(PostEvent.at)).where(PostEvent.detail == RESUMED, PostEvent.at >= started)
            )
    finally:
        db.close()


def _last_event() -> int | None:
    """The newest outbox event's id, read-only; None if the file can't be read this instant."""
    uri = f"{app_paths().database.as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=15)
        try:
            return connection.execute("SELECT coalesce(max(id), 0) FROM post_events").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        # Seen now and then right after a SIGKILL while the next run starts ("malformed"); the file
        # checks out (PRAGMA integrity_check) and the outbox's own reads are asserted below.
        return None


def _kill_at_random(proc: subprocess.Popen, rng: random.Random, window: tuple[float, float]) -> bool:
    """After 1–12 outbox events of this run, SIGKILL it within ``window`` seconds; False if it ended first."""
    before = _last_event() or 0
    wanted = before + rng.randint(1, 12)
    deadline = time.monotonic() + 120
    while proc.poll() is None and (_last_event() or 0) < wanted and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        proc.wait(timeout=rng.uniform(*window))
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
    return False


def run_chaos(
    env: dict[str, str],
    rng: random.Random,
    logs: Path,
    *,
    fault_runs: int,
    kill_window: tuple[float, float],
    end_faults: Callable[[], None],
    max_after: int,
) -> ChaosRuns:
    """Restart ``crier sync --once`` at once after every exit or SIGKILL until the outbox drains."""
    result = ChaosRuns()
    left_sending = False
    faulty = True
    while True:
        if faulty and result.runs >= fault_runs:
            end_faults()
            faulty = False
        if not faulty:
            result.after_faults += 1
            assert result.after_faults <= max_after, (
                f"not drained {max_after} restarts after the faults ended"
            )
        result.runs += 1
        started = _utcnow()
        stderr_path = logs / f"run-{result.runs:03d}.stderr"
        with stderr_path.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "desktop", "sync", "--once"],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            killed = _kill_at_random(proc, rng, kill_window) if faulty else False
            result.kills += killed
            code = 0 if killed else proc.wait(timeout=120)
        err = stderr_path.read_text(errors="replace")
        assert "Traceback" not in err, f"run {result.runs}:\n{err}"
        assert code == 0, f"run {result.runs} exited with {code} (something needs attention):\n{err}"
        if left_sending:
            resumed = _first_resumed_since(started)
            if resumed is not None:
                result.resume_seconds.append((resumed - started).total_seconds())
        unfinished, sending = _state()
        if not unfinished:
            if faulty:
                end_faults()
            return result
        left_sending = sending > 0
