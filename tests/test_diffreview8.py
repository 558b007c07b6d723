"""Defects found reviewing session 8's change to main (cb018b4..main)."""

# ruff: noqa: F811  (the TLS server's fixtures are test_team_policy_trust's, imported by name)

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import trustme
from PySide6.QtCore import QLockFile

from desktop.app import _window_lock
from desktop.core.team.connection import TeamError
from tests.fakes.crier_side import db, store, window  # noqa: F401 - fixtures
from tests.postgres import PgServer
from tests.test_team_policy_trust import _connect_locked, _uses_tls, ca, profile, tls_server  # noqa: F401

KILLED = """
import os, signal, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _left_by_a_killed_crier(data: Path) -> Path:
    """The window lock of a Crier killed with kill -9 on this PC, as Qt wrote it."""
    path = data / "window.lock"
    subprocess.run([sys.executable, "-c", KILLED, str(path)], check=False)
    assert path.exists()
    return path


def test_a_lock_left_by_a_killed_crier_is_taken(tmp_path: Path) -> None:
    """kill -9 on this PC: Qt sees the pid has gone and the next start takes the lock."""
    _left_by_a_killed_crier(tmp_path)
    lock = _window_lock(tmp_path)
    assert isinstance(lock, QLockFile) and lock.isLocked()
    lock.unlock()


def test_a_lock_left_on_another_pc_does_not_keep_crier_from_starting(tmp_path: Path) -> None:
    """A data folder that follows the person (a VDI pool's profile disk, a portable or redirected folder):
    Crier killed at a forced log-off on one PC left its window lock there. Qt can't tell whether a process on
    another machine is alive, and this lock never goes stale by age, so every later start on every other PC
    waited 30 s and quietly exited: Crier never opened again. The PC that wrote it can't be asked to come to
    the front from here either (its socket is that PC's), so the lock is taken over."""
    path = _left_by_a_killed_crier(tmp_path)
    pid, app, _host, _machine, *rest = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join([pid, app, b"another-pc", b"f" * 32, *rest]))
    lock = _window_lock(tmp_path)
    assert isinstance(lock, QLockFile) and lock.isLocked()
    lock.unlock()


@pytest.mark.integration
def test_a_locked_address_with_verify_ca_and_no_ca_file_says_what_is_missing(
    tls_server: PgServer, ca: trustme.CA, profile: Path
) -> None:
    """A policy with sslmode=verify-ca (an internal CA whose certificates don't name the host) and no
    sslrootcert: Crier pinned sslrootcert=system, which libpq refuses with anything but verify-full, so every
    PC was locked out of the team with "the TLS connection failed ... ask IT" and nothing IT could change
    on the PCs (adding the CA to the system's store) helped. It is refused before connecting, naming what the
    policy lacks; with its CA file the policy's verify-ca connects."""
    ca_file = profile / "council-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    address = f"postgresql://127.0.0.1:{tls_server.port}/postgres?sslmode=verify-ca"
    with _connect_locked(f"{address}&sslrootcert={ca_file}") as conn:
        assert _uses_tls(conn)
    with pytest.raises(TeamError) as refused:
        _connect_locked(address)
    message = str(refused.value)
    assert "sslrootcert" in message and "verify-ca" in message and "\n" not in message


HELD_A_MOMENT = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("held", flush=True)
time.sleep(1)
lock.unlock()
"""


def test_a_start_waiting_on_a_crier_that_then_quits_opens_the_window(tmp_path: Path) -> None:
    """A second start while the first holds the window lock but never answers (it quits, or dies, before
    its server listens): the second asked again and again for 30 s, never tried the lock again, and then
    exited with nothing shown although the folder had been free for most of that time."""
    first = subprocess.Popen(
        [sys.executable, "-c", HELD_A_MOMENT, str(tmp_path / "window.lock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "held"
        lock = _window_lock(tmp_path)
        assert isinstance(lock, QLockFile) and lock.isLocked()
        lock.unlock()
    finally:
        first.wait(30)


def test_a_closing_window_stops_answering_a_second_start(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    """Closing Crier and starting it again at once: the closing one (saving, shutting its lanes, closing
    the database: seconds) still took the second start's "come to the front" and the second exited, so
    nothing opened. Once the window is closing it no longer answers, so the second waits for the window
    lock and opens when the first has let it go."""
    from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise

    InstanceServer(tmp_path, window)  # as app.py makes it, after the first paint
    assert ask_running_instance_to_raise(tmp_path)
    window.close()
    assert not ask_running_instance_to_raise(tmp_path)
