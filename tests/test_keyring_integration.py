"""SecretStore against a real Secret Service: gnome-keyring in a private D-Bus session.

pytest itself stays outside D-Bus: each test runs this module as a program (``python -m
tests.test_keyring_integration SCENARIO``) under tests/run_with_keyring.py, which starts and unlocks the
daemon, and asserts on the JSON the program prints. Skips when gnome-keyring can't start here; set
CRIER_REQUIRE_KEYRING_TESTS=1 (CI) to make that a failure instead.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from desktop.core.credentials import MAX_SECRET_CHARS, CredentialsUnavailable, Secret, SecretStore

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[1]
HELPER = Path(__file__).with_name("run_with_keyring.py")
EXIT_CANNOT_START = 77
RUN_TIMEOUT = 90  # seconds for the whole session; normally well under two
TOKEN = "tök€n-\N{KEY}-integration-SECRET-0123456789"
MODULE = "tests.test_keyring_integration"


def _dotted(obj: object) -> str:
    return f"{type(obj).__module__}.{type(obj).__name__}"


# --- the programs run inside the session -------------------------------------------------------------


def _items(service: str) -> list[Any]:
    """The raw Secret Service items for a service, seen without keyring or Crier in the way."""
    import secretstorage

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    return [item for item in collection.get_all_items() if item.get_attributes().get("service") == service]


def _secret_service_scenario() -> dict[str, Any]:
    import keyring
    import secretstorage
    from keyring.backends import SecretService

    facts: dict[str, Any] = {"home": os.environ.get("HOME", "")}
    service = f"Crier-integration-{os.getpid()}"
    store = SecretStore(service=service)  # keyring's normal selection, as in the app
    explicit = SecretStore(service=service, backend=SecretService.Keyring())  # as tests inject one
    facts["default_backend"] = _dotted(keyring.get_keyring())
    facts["status"] = asdict(store.status())

    facts["entry"] = store.put("acct1", "access_token", Secret(TOKEN))
    store.put("acct1", "access_secret", "second-secret")
    store.put("acct1", "access_token", Secret(TOKEN + "-v2"))  # replaces, doesn't add
    facts["round_trip"] = explicit.get("acct1", "access_token") == Secret(TOKEN + "-v2")
    items = _items(service)
    facts["raw_usernames"] = sorted(item.get_attributes()["username"] for item in items)
    facts["raw_holds_value"] = any(item.get_secret().decode("utf-8") == TOKEN + "-v2" for item in items)

    longest = "L" * MAX_SECRET_CHARS
    store.put("acct1", "longest", longest)
    facts["longest_round_trip"] = store.get("acct1", "longest") == Secret(longest)

    store.delete("acct1", "access_token")
    store.delete("acct1", "access_token")  # already gone: fine
    facts["deleted_is_none"] = store.get("acct1", "access_token") is None
    store.delete_all("acct1", ["access_secret", "longest", "never-stored"])
    facts["left_after_delete_all"] = len(_items(service))

    store.put("acct1", "access_token", Secret(TOKEN))
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()  # no DISPLAY, so the unlock prompt can't appear: keyring raises KeyringLocked
    facts["collection_locked"] = collection.is_locked()
    try:
        store.get("acct1", "access_token")
        facts["locked_error"] = None
    except CredentialsUnavailable as exc:
        facts["locked_error"] = {"reason": exc.reason, "message": exc.user_message, "detail": exc.detail}
    facts["locked_status"] = asdict(store.refresh())
    facts["daemon_pid"] = int(os.environ.get("CRIER_TEST_KEYRING_PID", "0"))
    return facts


def _no_service_scenario() -> dict[str, Any]:
    import keyring

    store = SecretStore(service=f"Crier-integration-{os.getpid()}")
    facts: dict[str, Any] = {"default_backend": _dotted(keyring.get_keyring())}
    facts["status"] = asdict(store.status())
    try:
        store.put("acct1", "access_token", Secret(TOKEN))
        facts["put_error"] = None
    except CredentialsUnavailable as exc:
        facts["put_error"] = {"reason": exc.reason, "message": exc.user_message}
    return facts


SCENARIOS: dict[str, Callable[[], dict[str, Any]]] = {
    "secret-service": _secret_service_scenario,
    "no-service": _no_service_scenario,
}


# --- running them ------------------------------------------------------------------------------------


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CRIER_REQUIRE_KEYRING_TESTS") == "1":
        pytest.fail(f"CRIER_REQUIRE_KEYRING_TESTS=1 but {reason}")
    pytest.skip(reason)


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run in its own process group and kill the whole group on timeout, so no daemon outlives us."""
    process = subprocess.Popen(
        argv, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        stdout, stderr = process.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"keyring session did not finish in {RUN_TIMEOUT}s; killed it\n{stderr}")
    return subprocess.CompletedProcess(argv, process.returncode, stdout, stderr)


def _base_env(home: Path) -> dict[str, str]:
    """Like CI: a fresh, empty HOME, and no keyring choice inherited from whoever runs the tests."""
    home.mkdir(parents=True, exist_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHON_KEYRING_BACKEND"}
    env.update(HOME=str(home), PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
    return env


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    """Run the Secret Service scenario once for the module; returns its facts and the session's stderr."""
    if not sys.platform.startswith("linux"):
        pytest.skip("gnome-keyring (Secret Service) runs on Linux only")
    env = _base_env(tmp_path_factory.mktemp("home"))
    child = [sys.executable, "-m", MODULE, "secret-service"]
    done = _run([sys.executable, str(HELPER), "--timeout", "60", "--", *child], env)
    if done.returncode == EXIT_CANNOT_START:
        reasons = [line for line in done.stderr.splitlines() if line.startswith("run_with_keyring: cannot")]
        _skip_or_fail(reasons[-1] if reasons else f"keyring session could not start:\n{done.stderr}")
    assert done.returncode == 0, f"exit {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert TOKEN not in done.stdout and TOKEN not in done.stderr  # not even in the warnings logged
    return json.loads(done.stdout.splitlines()[-1]), done.stderr


def test_normal_selection_finds_the_secret_service(secret_service: tuple[dict[str, Any], str]) -> None:
    facts, _ = secret_service
    assert facts["default_backend"] == "keyring.backends.SecretService.Keyring"
    assert facts["status"]["available"] is True
    assert facts["status"]["message"] == "Credentials are stored in GNOME Keyring (Secret Service)."
    assert facts["home"] != str(Path.home())  # ran in the sandbox, not the real home


def test_secrets_round_trip_one_item_each(secret_service: tuple[dict[str, Any], str]) -> None:
    facts, _ = secret_service
    assert facts["entry"] == "acct1:access_token"
    assert facts["round_trip"] is True
    assert facts["raw_usernames"] == ["acct1:access_secret", "acct1:access_token"]
    assert facts["raw_holds_value"] is True
    assert facts["longest_round_trip"] is True


def test_secrets_are_deleted(secret_service: tuple[dict[str, Any], str]) -> None:
    facts, _ = secret_service
    assert facts["deleted_is_none"] is True
    assert facts["left_after_delete_all"] == 0


def test_locked_collection_is_credentials_unavailable(secret_service: tuple[dict[str, Any], str]) -> None:
    facts, _ = secret_service
    assert facts["collection_locked"] is True
    error = facts["locked_error"]
    assert error is not None and error["reason"] == "locked"
    assert error["message"].startswith("Crier can't store credentials on this computer because your keyring")
    assert "KeyringLocked" in error["detail"]
    assert facts["locked_status"]["available"] is False
    assert facts["locked_status"]["reason"] == "locked"


def test_daemon_is_gone_after_the_session(secret_service: tuple[dict[str, Any], str]) -> None:
    facts, stderr = secret_service
    pid = facts["daemon_pid"]
    assert pid > 0
    assert re.search(rf"gnome-keyring-daemon pid {pid} stopped", stderr)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_no_secret_service_means_no_backend_not_a_crash(tmp_path: Path) -> None:
    """A Linux desktop without any keyring daemon: keyring falls back to fail.Keyring and Crier says so."""
    if not sys.platform.startswith("linux"):
        pytest.skip("checks keyring's Linux detection")
    env = _base_env(tmp_path / "home")
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus-here'}"
    done = _run([sys.executable, "-m", MODULE, "no-service"], env)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.splitlines()[-1])
    if facts["default_backend"] != "keyring.backends.fail.Keyring":
        pytest.skip(f"another keyring backend is usable here without D-Bus: {facts['default_backend']}")
    assert facts["status"]["available"] is False
    assert facts["status"]["reason"] == "no-backend"
    assert facts["put_error"]["reason"] == "no-backend"
    assert "Drafting still works; ask IT" in facts["put_error"]["message"]
    assert TOKEN not in done.stdout + done.stderr


if __name__ == "__main__":
    print(json.dumps(SCENARIOS[sys.argv[1]]()))
