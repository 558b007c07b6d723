"""The outbox's file leases: one holder per account across processes and within one, freed when the holder
dies however it dies (the sync engine's exactly-once rests on it: ``leases.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.core.leases import FileLeases

_HOLD = """
import sys
from pathlib import Path
from desktop.core.leases import FileLeases
lease = FileLeases(Path(sys.argv[1])).try_take(7)
print("held" if lease is not None else "refused", flush=True)
sys.stdin.read()
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_lease_has_one_holder_until_released(tmp_path: Path) -> None:
    leases = FileLeases(tmp_path / "crier.sqlite3.locks")  # made on first use
    first = leases.try_take(1)
    assert first is not None
    assert leases.try_take(1) is None  # the same process, even the same FileLeases
    assert FileLeases(tmp_path / "crier.sqlite3.locks").try_take(1) is None
    other = leases.try_take(2)  # another account's is its own
    assert other is not None
    first.release()
    first.release()  # (twice is harmless)
    again = leases.try_take(1)
    assert again is not None
    again.release()
    other.release()


def test_another_process_holding_the_lease_keeps_it_until_it_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "locks"
    holder = _holder(folder)
    try:
        assert FileLeases(folder).try_take(7) is None
        os.kill(holder.pid, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        holder.wait(timeout=30)
        lease = FileLeases(folder).try_take(7)
        assert lease is not None  # the OS let go with the process
        lease.release()
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_child_process_does_not_inherit_a_held_lease(tmp_path: Path) -> None:
    """Nothing this process starts (a browser for sign-in, a helper) keeps an account's lease alive."""
    folder = tmp_path / "locks"
    lease = FileLeases(folder).try_take(7)
    assert lease is not None
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        lease.release()
        taken = FileLeases(folder).try_take(7)
        assert taken is not None
        taken.release()
    finally:
        child.kill()
        child.wait(timeout=30)
