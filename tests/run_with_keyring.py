"""Run a command against a real, unlocked gnome-keyring in a private D-Bus session.

    python tests/run_with_keyring.py [--timeout SECONDS] -- COMMAND [ARGS...]

Used by tests/test_keyring_integration.py, and by hand to try Crier against a real Secret Service.
Everything is sandboxed so it works as root on a fresh CI clone and never touches a developer's own
keyring: a throwaway HOME and XDG folders, no DISPLAY (so no unlock prompt can appear and wait for a
click), its own ``dbus-run-session``. The daemon runs in the foreground as our child, is stopped when the
command ends, and the session bus goes with ``dbus-run-session``.

Exit status: the command's own; 77 when a keyring can't be started here (reason on stderr, last line
starting "run_with_keyring: cannot"); 124 when something ran past the timeout.
Needs the apt packages gnome-keyring and dbus-x11 (for dbus-run-session and a session bus).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SECRETS_BUS_NAME = "org.freedesktop.secrets"
TEST_PASSWORD = "crier-test-password"
EXIT_CANNOT_START = 77
EXIT_TIMEOUT = 124
DAEMON_READY_TIMEOUT = 15.0
_INNER_MARKER = "inner-started"
_PREFIX = "run_with_keyring:"

# Variables that would point the daemon or the command at the developer's real session.
_SESSION_VARIABLES = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "GNOME_KEYRING_CONTROL",
    "SSH_AUTH_SOCK",
    "PYTHON_KEYRING_BACKEND",
)


class CannotStart(Exception):
    """The keyring can't run here; the caller skips rather than fails."""


def _say(message: str) -> None:
    print(f"{_PREFIX} {message}", file=sys.stderr, flush=True)


def _cannot_start(reason: str) -> int:
    _say(f"cannot start a test keyring: {reason}")
    return EXIT_CANNOT_START


def _missing_prerequisite() -> str | None:
    if not sys.platform.startswith("linux"):
        return f"gnome-keyring is Linux-only (this is {sys.platform})"
    for program, package in (("dbus-run-session", "dbus-x11"), ("gnome-keyring-daemon", "gnome-keyring")):
        if shutil.which(program) is None:
            return f"{program} not found (install the {package} package)"
    try:
        import jeepney  # noqa: F401 - comes with keyring on Linux
        import secretstorage  # noqa: F401
    except ImportError as exc:
        return f"Python package missing: {exc.name} (it comes with keyring on Linux)"
    return None


def _sandbox_env(root: Path) -> dict[str, str]:
    """The environment for the session: a fresh home and nothing of the caller's desktop session."""
    env = {key: value for key, value in os.environ.items() if key not in _SESSION_VARIABLES}
    folders = {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_RUNTIME_DIR": root / "run",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(folder)
    return env


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def outer(command: list[str], timeout: float) -> int:
    """Start dbus-run-session in a sandbox, running this script's inner stage inside it."""
    if missing := _missing_prerequisite():
        return _cannot_start(missing)
    with tempfile.TemporaryDirectory(prefix="crier-keyring-") as temp:
        root = Path(temp)
        session = subprocess.Popen(
            ["dbus-run-session", "--", sys.executable, str(Path(__file__).resolve()), "--inner",
             "--timeout", str(timeout), "--marker", str(root / _INNER_MARKER), "--", *command],
            env=_sandbox_env(root),
            start_new_session=True,  # one process group: the bus, the daemon and the command
        )  # fmt: skip
        try:
            code = session.wait(timeout=timeout + DAEMON_READY_TIMEOUT + 15)
        except subprocess.TimeoutExpired:
            _kill_group(session)
            _say(f"timed out after {timeout:g}s; killed the session")
            return EXIT_TIMEOUT
        except BaseException:
            _kill_group(session)
            raise
        if code != 0 and not (root / _INNER_MARKER).exists():
            return _cannot_start(f"dbus-run-session could not start a session bus (exit {code})")
        return code


def _wait_for_secret_service(daemon: subprocess.Popen[bytes]) -> None:
    """Block until the daemon owns org.freedesktop.secrets on the bus, or give up."""
    from jeepney.bus_messages import MatchRule, message_bus
    from jeepney.io.blocking import open_dbus_connection

    rule = MatchRule(
        type="signal",
        sender="org.freedesktop.DBus",
        interface="org.freedesktop.DBus",
        member="NameOwnerChanged",
        path="/org/freedesktop/DBus",
    )
    rule.add_arg_condition(0, SECRETS_BUS_NAME)
    deadline = time.monotonic() + DAEMON_READY_TIMEOUT
    with open_dbus_connection(bus="SESSION") as connection:
        connection.send_and_get_reply(message_bus.AddMatch(rule))
        with connection.filter(rule) as queue:
            # Subscribed first, then asked, so an owner arriving in between is not missed.
            owned = bool(connection.send_and_get_reply(message_bus.NameHasOwner(SECRETS_BUS_NAME)).body[0])
            while not owned:
                if (code := daemon.poll()) is not None:
                    raise CannotStart(f"gnome-keyring-daemon exited with status {code} during start-up")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise CannotStart(f"gnome-keyring-daemon did not register {SECRETS_BUS_NAME} in time")
                try:
                    # Wake at least every half second to notice a daemon that died.
                    signal_message = connection.recv_until_filtered(queue, timeout=min(remaining, 0.5))
                except TimeoutError:
                    continue
                owned = bool(signal_message.body[2])


def _check_unlocked() -> None:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        if secretstorage.get_default_collection(connection).is_locked():
            raise CannotStart("the login keyring is still locked after --unlock")
    finally:
        connection.close()


def inner(command: list[str], timeout: float, marker: Path) -> int:
    """Inside the session: start and unlock the daemon, run the command, stop the daemon."""
    marker.touch()
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=sys.stderr,  # it prints its environment; keep the command's stdout clean for callers
    )
    _say(f"gnome-keyring-daemon pid {daemon.pid}")
    try:
        assert daemon.stdin is not None
        daemon.stdin.write(TEST_PASSWORD.encode())  # --unlock creates/unlocks "login" with this password
        daemon.stdin.close()
        try:
            _wait_for_secret_service(daemon)
            _check_unlocked()
        except CannotStart as exc:
            return _cannot_start(str(exc))
        child = subprocess.Popen(command, env={**os.environ, "CRIER_TEST_KEYRING_PID": str(daemon.pid)})
        try:
            return child.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            _say(f"command timed out after {timeout:g}s")
            return EXIT_TIMEOUT
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        _say(f"gnome-keyring-daemon pid {daemon.pid} stopped")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds the command may run")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--marker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    if args.inner:
        return inner(command, args.timeout, args.marker)
    return outer(command, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
