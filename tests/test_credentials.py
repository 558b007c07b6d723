"""SecretStore against test keyrings: storage layout, length cap, every failure mode, and no leaks."""

from __future__ import annotations

import copy
import json
import logging
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backends import fail, null

from desktop.core import credentials
from desktop.core.credentials import (
    MAX_SECRET_CHARS,
    SERVICE,
    CredentialsError,
    CredentialsUnavailable,
    KeyringStatus,
    Reason,
    Secret,
    SecretStore,
    SecretTooLong,
    entry_name,
    keyring_backends_report,
)
from tests.keyrings import (
    BadDataKeyring,
    BuggyKeyring,
    GenericErrorKeyring,
    InitErrorKeyring,
    LeakyKeyring,
    LockedKeyring,
    MemoryKeyring,
    NoBackendKeyring,
    NoLogonSessionKeyring,
    PlainOSErrorKeyring,
    PyWinTypesKeyring,
    RaisingKeyring,
    ReadOnlyKeyring,
    UndeletableKeyring,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
TEST_SERVICE = f"{SERVICE}-test"
TOKEN = "tok-9f8e7d6c5b4a-SECRET-VALUE"
TOO_LONG = "S3CR3T" * 300
MESSAGE_START = "Crier can't store credentials on this computer because "


@pytest.fixture(autouse=True)
def _isolated_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no keyring chosen and no keyring config from the real user."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "localappdata"))


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory: MemoryKeyring) -> SecretStore:
    return SecretStore(service=TEST_SERVICE, backend=memory)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which Crier must refuse."""


# (backend factory, expected reason, words the user message must contain)
FAILURES: list[tuple[Callable[[], object], str, str]] = [
    (fail.Keyring, "no-backend", "no secure credential store"),
    (NoBackendKeyring, "no-backend", "no secure credential store"),
    (null.Keyring, "disabled", "switched off"),
    (PlaintextKeyring, "file-backend", "ordinary file"),
    (LockedKeyring, "locked", "locked"),
    (InitErrorKeyring, "locked", "locked or couldn't be opened"),
    (BadDataKeyring, "os-error", "Windows error 1783"),
    (NoLogonSessionKeyring, "os-error", "Windows error 1312"),
    (PyWinTypesKeyring, "os-error", "Windows error 1312"),
    (PlainOSErrorKeyring, "os-error", "system error"),
    (GenericErrorKeyring, "backend-error", "reported a problem"),
    (BuggyKeyring, "backend-error", "reported a problem"),
]
FAILURE_IDS = [factory.__name__ if factory not in (fail.Keyring, null.Keyring) else factory.__module__
               for factory, _, _ in FAILURES]  # fmt: skip


def _assert_plain_message(message: str, words: str) -> None:
    assert message.startswith(MESSAGE_START)
    assert "Drafting still works; " in message
    assert "ask IT" in message or "start Crier" in message
    assert words in message


# --- storage -----------------------------------------------------------------------------------------


def test_round_trip_returns_a_secret(store: SecretStore) -> None:
    assert store.put("acct1", "access_token", TOKEN) == "acct1:access_token"
    got = store.get("acct1", "access_token")
    assert isinstance(got, Secret)
    assert got.reveal() == TOKEN


def test_put_accepts_a_secret_and_get_of_missing_entry_is_none(store: SecretStore) -> None:
    store.put("acct1", "refresh_token", Secret("r-1"))
    assert store.get("acct1", "refresh_token") == Secret("r-1")
    assert store.get("acct1", "never_stored") is None
    assert store.get("other", "refresh_token") is None


def test_one_entry_per_secret_under_the_service(store: SecretStore, memory: MemoryKeyring) -> None:
    store.put("acct1", "access_token", "a1")
    store.put("acct1", "access_secret", "s1")
    store.put("acct2", "access_token", "a2")
    store.put("acct1", "access_token", "a1-new")  # replacing keeps one entry
    assert memory.entries == {
        (TEST_SERVICE, "acct1:access_token"): "a1-new",
        (TEST_SERVICE, "acct1:access_secret"): "s1",
        (TEST_SERVICE, "acct2:access_token"): "a2",
    }


def test_default_service_is_the_app_name(memory: MemoryKeyring) -> None:
    SecretStore(backend=memory).put("acct", "token", "v")
    assert list(memory.entries) == [("Crier", "acct:token")]
    assert SERVICE == "Crier"


def test_delete_removes_one_entry_and_missing_is_fine(store: SecretStore, memory: MemoryKeyring) -> None:
    store.put("acct1", "a", "1")
    store.put("acct1", "b", "2")
    store.delete("acct1", "a")
    store.delete("acct1", "a")
    store.delete("acct1", "never")
    assert list(memory.entries) == [(TEST_SERVICE, "acct1:b")]


def test_delete_all_removes_every_named_entry(store: SecretStore, memory: MemoryKeyring) -> None:
    for name in ("a", "b", "c"):
        store.put("acct1", name, name.upper())
    store.put("acct2", "a", "kept")
    store.delete_all("acct1", ["a", "b", "c", "missing"])
    assert list(memory.entries) == [(TEST_SERVICE, "acct2:a")]


def test_delete_all_tries_every_entry_before_reporting() -> None:
    backend = GenericErrorKeyring()
    with pytest.raises(CredentialsUnavailable) as caught:
        SecretStore(TEST_SERVICE, backend).delete_all("acct1", ["a", "b", "c"])
    assert caught.value.reason == "backend-error"
    assert backend.calls == 3


def test_delete_that_leaves_the_entry_behind_is_an_error(memory: MemoryKeyring) -> None:
    backend = UndeletableKeyring()
    store = SecretStore(TEST_SERVICE, backend)
    store.put("acct1", "token", "v")
    with pytest.raises(CredentialsUnavailable) as caught:
        store.delete("acct1", "token")
    assert caught.value.reason == "backend-error"
    store.delete("acct1", "never-stored")  # "not found" really was not found: fine


def test_entry_names_are_unambiguous() -> None:
    assert entry_name("acct", "token:v2") == "acct:token:v2"
    for account_key, name in (("a:b", "c"), ("", "c"), ("a", "")):
        with pytest.raises(ValueError):
            entry_name(account_key, name)
    with pytest.raises(ValueError, match="longer than"):
        entry_name("a" * 300, "b" * 300)


def test_put_refuses_empty_or_non_text_values(store: SecretStore, memory: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="empty"):
        store.put("acct", "token", "")
    with pytest.raises(TypeError):
        store.put("acct", "token", b"bytes")  # type: ignore[arg-type]
    assert memory.entries == {}


# --- length cap --------------------------------------------------------------------------------------


def test_value_at_the_windows_limit_is_stored(store: SecretStore) -> None:
    store.put("acct", "token", "x" * MAX_SECRET_CHARS)
    assert store.get("acct", "token") == Secret("x" * MAX_SECRET_CHARS)
    assert MAX_SECRET_CHARS == 1280


def test_value_over_the_limit_is_refused_plainly(store: SecretStore, memory: MemoryKeyring) -> None:
    value = "Z" * (MAX_SECRET_CHARS + 1)
    with pytest.raises(SecretTooLong) as caught:
        store.put("acct", "access_token", value)
    error = caught.value
    assert isinstance(error, CredentialsError)
    assert "too long" in error.user_message
    assert "1,280" in error.user_message and "1,281" in error.user_message
    assert "access token" in error.user_message
    assert value not in str(error) and "ZZZZ" not in error.detail
    assert (error.length, error.limit) == (1281, 1280)
    assert memory.entries == {}


def test_length_counts_utf16_units_like_windows(store: SecretStore) -> None:
    store.put("acct", "token", "\N{KEY}" * (MAX_SECRET_CHARS // 2))  # each emoji is a surrogate pair
    with pytest.raises(SecretTooLong):
        store.put("acct", "token", "\N{KEY}" * (MAX_SECRET_CHARS // 2) + "x")
    store.put("acct", "token", "é" * MAX_SECRET_CHARS)  # one UTF-16 unit each


def test_length_is_checked_before_the_keyring_is_touched() -> None:
    """The same answer on every computer, even one with no keyring at all."""
    with pytest.raises(SecretTooLong):
        SecretStore(TEST_SERVICE, fail.Keyring()).put("acct", "token", "x" * 5000)


# --- failures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("factory", "reason", "words"), FAILURES, ids=FAILURE_IDS)
@pytest.mark.parametrize("operation", ["put", "get", "delete", "delete_all"])
def test_every_failure_is_credentials_unavailable(
    factory: Callable[[], object], reason: str, words: str, operation: str
) -> None:
    store = SecretStore(TEST_SERVICE, factory())  # type: ignore[arg-type]
    calls: dict[str, Callable[[], object]] = {
        "put": lambda: store.put("acct", "token", TOKEN),
        "get": lambda: store.get("acct", "token"),
        "delete": lambda: store.delete("acct", "token"),
        "delete_all": lambda: store.delete_all("acct", ["token", "secret"]),
    }
    with pytest.raises(CredentialsUnavailable) as caught:
        calls[operation]()
    error = caught.value
    assert error.reason == reason
    assert Reason(error.reason)  # one of the documented codes
    _assert_plain_message(error.user_message, words)
    assert str(error) == error.user_message
    assert TOKEN not in str(error) and TOKEN not in error.detail
    # The failure is what status() now reports, so the accounts screen and outbox see it at once.
    assert store.status() == error.status
    assert not store.status().available


@pytest.mark.parametrize(("factory", "reason", "words"), FAILURES, ids=FAILURE_IDS)
def test_status_reports_failures_without_raising(
    factory: Callable[[], object], reason: str, words: str
) -> None:
    status = SecretStore(TEST_SERVICE, factory()).status()  # type: ignore[arg-type]
    assert isinstance(status, KeyringStatus)
    assert (status.available, status.reason) == (False, reason)
    _assert_plain_message(status.message, words)
    assert status.backend.endswith(type(factory()).__name__)


def test_windows_messages_say_what_to_do() -> None:
    status = SecretStore(TEST_SERVICE, NoLogonSessionKeyring()).status()
    assert "Run as" in status.message and "your own sign-in" in status.message
    status = SecretStore(TEST_SERVICE, BadDataKeyring()).status()
    assert "Credential Manager" in status.message


def test_status_when_available_names_the_store(store: SecretStore) -> None:
    status = store.status()
    assert status.available
    assert status.backend == "tests.keyrings.MemoryKeyring"
    assert status.reason == ""
    assert status.message.startswith("Credentials are stored in ")


def test_status_probes_once_until_refreshed() -> None:
    backend = LockedKeyring()
    store = SecretStore(TEST_SERVICE, backend)
    first = store.status()
    assert store.status() is first
    assert backend.calls == 1
    assert store.refresh() == first
    assert backend.calls == 2


def test_status_follows_what_operations_find() -> None:
    """A probe can pass while writes fail; the failed write is what status then shows, until one works."""
    backend = ReadOnlyKeyring()
    store = SecretStore(TEST_SERVICE, backend)
    assert store.status().available
    with pytest.raises(CredentialsUnavailable):
        store.put("acct", "token", TOKEN)
    assert store.status().reason == "backend-error"
    assert store.get("acct", "token") is None
    assert store.status().available


def test_status_never_raises_even_if_the_plug_in_misbehaves(monkeypatch: pytest.MonkeyPatch) -> None:
    class Exploding(RaisingKeyring):
        def make_error(self) -> BaseException:
            return ZeroDivisionError("division by zero")

    store = SecretStore(TEST_SERVICE, Exploding())
    monkeypatch.setattr(credentials, "_friendly", lambda backend: 1 / 0)  # even message building fails
    status = store.status()
    assert not status.available
    assert status.message.startswith(MESSAGE_START)


def test_bad_keyring_configuration_is_unavailable_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    store = SecretStore(TEST_SERVICE)
    status = store.status()
    assert (status.available, status.reason) == (False, "misconfigured")
    _assert_plain_message(status.message, "keyring setting")
    with pytest.raises(CredentialsUnavailable) as caught:
        store.put("acct", "token", TOKEN)
    assert caught.value.reason == "misconfigured"
    assert "ModuleNotFoundError" in caught.value.detail


# --- backend selection -------------------------------------------------------------------------------


def test_default_store_uses_keyring_set_keyring(memory: MemoryKeyring) -> None:
    keyring.set_keyring(memory)
    store = SecretStore(TEST_SERVICE)
    store.put("acct", "token", "v")
    assert memory.entries == {(TEST_SERVICE, "acct:token"): "v"}


def test_python_keyring_backend_is_honoured_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyrings.MemoryKeyring")
    store = SecretStore(TEST_SERVICE)
    store.put("acct", "token", "v")
    chosen = keyring.get_keyring()
    assert isinstance(chosen, MemoryKeyring)
    assert chosen.entries == {(TEST_SERVICE, "acct:token"): "v"}
    assert store.status().backend == "tests.keyrings.MemoryKeyring"


_CHILD = """
import json, keyring
from desktop.core.credentials import SecretStore
store = SecretStore(service="Crier-test")
entry = store.put("acct", "token", "child-value")
chosen = keyring.get_keyring()
print(json.dumps({
    "chosen": type(chosen).__module__ + "." + type(chosen).__name__,
    "status_backend": store.status().backend,
    "round_trip": store.get("acct", "token").reveal() == "child-value",
    "entries": sorted(user for _, user in chosen.entries),
}))
"""


def _run_child(env_changes: dict[str, str]) -> dict[str, object]:
    """Run _CHILD in a fresh interpreter, where keyring makes its choice from scratch."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHON_KEYRING_BACKEND"}
    env.update(env_changes, PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_python_keyring_backend_is_honoured_in_a_fresh_process(tmp_path: Path) -> None:
    result = _run_child({"PYTHON_KEYRING_BACKEND": "tests.keyrings.MemoryKeyring"})
    assert result == {
        "chosen": "tests.keyrings.MemoryKeyring",
        "status_backend": "tests.keyrings.MemoryKeyring",
        "round_trip": True,
        "entries": ["acct:token"],
    }


def test_keyringrc_config_file_is_honoured(tmp_path: Path) -> None:
    """IT's keyringrc.cfg picks the backend; XDG_CONFIG_HOME (Linux, macOS) or LOCALAPPDATA (Windows)."""
    config_home, local_app_data = tmp_path / "xdg", tmp_path / "lad"
    for folder in (config_home / "python_keyring", local_app_data / "Python Keyring"):
        rc = folder / "keyringrc.cfg"
        rc.parent.mkdir(parents=True)
        rc.write_text("[backend]\ndefault-keyring=tests.keyrings.MemoryKeyring\n", encoding="utf-8")
    result = _run_child({"XDG_CONFIG_HOME": str(config_home), "LOCALAPPDATA": str(local_app_data)})
    assert result["chosen"] == "tests.keyrings.MemoryKeyring"
    assert result["round_trip"] is True


def test_test_keyrings_are_never_picked_by_detection() -> None:
    """Importing tests.keyrings must not change what keyring chooses on its own."""
    assert not type(keyring.core._detect_backend()).__module__.startswith("tests.")


def test_backends_report_lists_backends_without_raising(memory: MemoryKeyring) -> None:
    keyring.set_keyring(memory)
    lines = keyring_backends_report()
    assert any(line.startswith("keyring.backends.fail.Keyring: priority 0") for line in lines)
    assert "tests.keyrings.MemoryKeyring: priority -1 (selected)" in lines
    assert any("not usable: " in line for line in lines)  # macOS or Windows backend, whichever we aren't on


# --- Secret never leaks ------------------------------------------------------------------------------


@dataclass
class _Holder:
    account: str
    token: Secret


def test_secret_is_masked_in_every_rendering() -> None:
    secret = Secret(TOKEN)
    renderings = [
        repr(secret),
        str(secret),
        f"{secret}",
        f"{secret!r}",
        f"{secret:>40}",
        "%s %r" % (secret, secret),  # noqa: UP031 - %-formatting is what logging does
        "{}".format(secret),  # noqa: UP032
        repr([secret, {"k": secret}]),
        repr(_Holder("acct", secret)),
        json.dumps({"token": secret}, default=str),
    ]
    for text in renderings:
        assert TOKEN not in text
    assert repr(secret) == "Secret('****')"
    assert str(secret) == "****"
    assert secret.reveal() == TOKEN


def test_secret_is_masked_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = Secret(TOKEN)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("crier.test").info("token %s / %r", secret, secret)
        logging.getLogger("crier.test").info("holder %s", _Holder("acct", secret))
    assert "****" in caplog.text
    assert TOKEN not in caplog.text


def test_secret_behaves_as_an_opaque_value() -> None:
    secret = Secret(TOKEN)
    assert secret == Secret(TOKEN) and secret != Secret("other") and secret != TOKEN
    assert Secret(secret).reveal() == TOKEN
    assert copy.copy(secret) is secret and copy.deepcopy(secret) is secret
    assert bool(secret) and not Secret("")
    with pytest.raises(TypeError):
        hash(secret)
    with pytest.raises(TypeError, match="pickled") as caught:
        pickle.dumps(secret)
    assert TOKEN not in str(caught.value)
    with pytest.raises(AttributeError):
        secret._value = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Secret(123)  # type: ignore[arg-type]


def _with_locals(error: BaseException) -> str:
    """A traceback as error reporters print it, with every frame's local variables."""
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


def test_backend_errors_quoting_the_value_do_not_leak(caplog: pytest.LogCaptureFixture) -> None:
    store = SecretStore(TEST_SERVICE, LeakyKeyring())
    with caplog.at_level(logging.DEBUG), pytest.raises(CredentialsUnavailable) as caught:
        store.put("acct", "token", Secret(TOKEN))
    error = caught.value
    # The backend's exception isn't chained on, so no traceback or error reporter can print it.
    assert error.__cause__ is None and error.__context__ is None
    texts = [str(error), repr(error), error.user_message, error.detail, caplog.text,
             "".join(traceback.format_exception(error)), _with_locals(error),
             repr(store.status()), repr(store)]  # fmt: skip
    for text in texts:
        assert TOKEN not in text
    assert "****" in error.detail  # the backend's own words are kept, minus the value
    assert "acct:token" in caplog.text  # logs say which entry, for IT


def test_too_long_error_does_not_leak_even_in_a_traceback() -> None:
    # A module constant, so the only bare copy isn't a local of any frame in the traceback.
    with pytest.raises(SecretTooLong) as caught:
        SecretStore(TEST_SERVICE, MemoryKeyring()).put("acct", "token", Secret(TOO_LONG))
    error = caught.value
    for text in ("".join(traceback.format_exception(error)), _with_locals(error), repr(error), str(error)):
        assert "S3CR3T" not in text
