"""Keyring backends for tests: an in-memory one, and ones that fail the way real platforms fail.

All have priority -1 (below keyring's own ``fail.Keyring``), so importing this module never changes what
keyring picks by itself; they are used only when passed to ``SecretStore``, set with
``keyring.set_keyring`` or named in ``PYTHON_KEYRING_BACKEND``.
"""

from __future__ import annotations

import abc
import errno
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.core.credentials import WINERROR_BAD_DATA, WINERROR_NO_LOGON_SESSION


class _TestKeyring(KeyringBackend):
    """Abstract base: a priority keyring's auto-detection will never prefer."""

    @properties.classproperty
    def priority(cls) -> float:
        return -1


class MemoryKeyring(_TestKeyring):
    """Keeps entries in a dict so tests can see exactly what was stored, and under which names."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        # Real backends report a missing entry with PasswordDeleteError; so does this one.
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class UndeletableKeyring(MemoryKeyring):
    """Claims "not found" on delete but keeps the entry: a delete that silently failed."""

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("Can't delete password in keychain")


class PyWinTypesError(Exception):
    """Shaped like pywintypes.error / win32ctypes' error: not an OSError, but has winerror and funcname."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror = winerror
        self.funcname = funcname
        self.strerror = strerror


def windows_oserror(winerror: int, strerror: str) -> OSError:
    """An OSError as Windows raises it: errno EINVAL plus the Win32 code in ``winerror``."""
    exc = OSError(errno.EINVAL, strerror)
    exc.winerror = winerror  # type: ignore[attr-defined]  # set by Python itself only on Windows
    return exc


class RaisingKeyring(_TestKeyring):
    """Raises ``make_error()`` from every operation; subclasses say which error."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    @abc.abstractmethod
    def make_error(self) -> BaseException:
        """The exception this backend raises."""

    def _fail(self) -> None:
        self.calls += 1
        raise self.make_error()

    def get_password(self, service: str, username: str) -> str | None:
        self._fail()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._fail()

    def delete_password(self, service: str, username: str) -> None:
        self._fail()


class NoBackendKeyring(RaisingKeyring):
    """What keyring's chainer or fail backend raises when there is nothing to store into."""

    def make_error(self) -> BaseException:
        return NoKeyringError("No recommended backend was available.")


class LockedKeyring(RaisingKeyring):
    """SecretService/KWallet when the user dismisses the unlock prompt (or there is no prompter)."""

    def make_error(self) -> BaseException:
        return KeyringLocked("Failed to unlock the collection!")


class InitErrorKeyring(RaisingKeyring):
    """SecretService when the D-Bus call to open the default collection fails."""

    def make_error(self) -> BaseException:
        return InitError("Failed to create the collection: org.freedesktop.DBus.Error.NoReply.")


class BadDataKeyring(RaisingKeyring):
    """Windows Credential Manager rejecting the blob: OSError with winerror 1783."""

    def make_error(self) -> BaseException:
        return windows_oserror(WINERROR_BAD_DATA, "The stub received bad data")


class NoLogonSessionKeyring(RaisingKeyring):
    """Windows with no logon session (service account, Run as): OSError with winerror 1312."""

    def make_error(self) -> BaseException:
        return windows_oserror(WINERROR_NO_LOGON_SESSION, "A specified logon session does not exist")


class PyWinTypesKeyring(RaisingKeyring):
    """keyring's own Windows backend lets pywintypes.error through unchanged."""

    def make_error(self) -> BaseException:
        return PyWinTypesError(WINERROR_NO_LOGON_SESSION, "CredRead", "No such logon session")


class PlainOSErrorKeyring(RaisingKeyring):
    """A socket-level failure, e.g. the D-Bus session bus went away mid-call."""

    def make_error(self) -> BaseException:
        return ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")


class GenericErrorKeyring(RaisingKeyring):
    """Any other KeyringError a backend may raise."""

    def make_error(self) -> BaseException:
        return KeyringError("Can't get password from keychain: -25293")


class BuggyKeyring(RaisingKeyring):
    """A third-party plug-in raising something keyring never documents."""

    def make_error(self) -> BaseException:
        return RuntimeError("plug-in fell over")


class LeakyKeyring(MemoryKeyring):
    """Fails writes with an error message that quotes the value it was given: a badly behaved plug-in."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError(f"could not save {password!r} for {username}")


class ReadOnlyKeyring(MemoryKeyring):
    """Reads work (so a probe passes) but every write is refused."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("Can't store password on keychain: write not permitted")


class JsonFileTestKeyring(KeyringBackend):
    """Keeps entries in the JSON file named by CRIER_TEST_KEYRING_FILE: a test stand-in for the OS store.

    Plain-text on purpose and never selected by keyring itself (priority -1); the CLI subprocess gets it
    through PYTHON_KEYRING_BACKEND so the parent test can see what was stored.
    """

    @properties.classproperty
    def priority(cls) -> float:
        return -1

    @property
    def _path(self) -> Path:
        return Path(os.environ["CRIER_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def _save(self, entries: dict[str, str]) -> None:
        """Write whole or not at all: a process killed mid-write (the chaos test) leaves the old file."""
        temporary = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(entries))
        os.replace(temporary, self._path)

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("No such password!")
        self._save(entries)
