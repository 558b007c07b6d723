"""Account secrets (tokens, app secrets) kept only in the operating system's keyring.

Council laptops are shared, backed up and sometimes lost, so a secret must never reach the database,
settings, logs or an error message. Each secret is one keyring entry under the service ``SERVICE`` with
the username ``"{account_key}:{name}"``: the database records which names exist, never the values.

The backend is chosen the way keyring always chooses it (``PYTHON_KEYRING_BACKEND``, then
``keyringrc.cfg``, then detection) so IT's configuration is honoured; tests pass a backend explicitly or
use ``keyring.set_keyring``. When no usable keyring exists every operation raises
``CredentialsUnavailable`` and ``SecretStore.status()`` says why: there is no plain-text fallback. A
policy-approved encrypted-file store can later be passed in as the ``backend`` object.
"""

from __future__ import annotations

import functools
import hmac
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn, TypeVar, final

import keyring
import keyring.backend
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.core import credential_words as words
from desktop.core.errors import CrierError

log = logging.getLogger(__name__)

SERVICE = "Crier"

# Windows Credential Manager holds at most CRED_MAX_CREDENTIAL_BLOB_SIZE = 2,560 bytes, and keyring
# writes the value as UTF-16: 1,280 UTF-16 code units. Applied on every platform so an account set up on
# a Mac or Linux desktop behaves the same on the council's Windows laptops.
MAX_SECRET_BYTES = 2560
MAX_SECRET_CHARS = MAX_SECRET_BYTES // 2
# CRED_MAX_USERNAME_LENGTH is 513; keep entry names comfortably inside it.
MAX_ENTRY_NAME_CHARS = 512

MASK = "****"
_PROBE_ENTRY = "crier-probe:availability"
_DETAIL_LIMIT = 300

# Windows error codes seen from Credential Manager (raised as OSError or pywintypes.error).
WINERROR_BAD_DATA = 1783  # RPC_X_BAD_STUB_DATA: CredWrite rejected the blob
WINERROR_NO_LOGON_SESSION = 1312  # ERROR_NO_SUCH_LOGON_SESSION: no user profile/session (service, Run as)

# Backends that keep secrets in an ordinary file (keyrings.alt); keyring may pick them automatically
# when nothing better exists, which would be exactly the silent plain-text fallback we refuse.
_FILE_BACKEND_MODULES = ("keyrings.alt.file", "keyrings.alt.pyfs")
# Files encrypted per user (Windows DPAPI) or with a master password: used only where IT's policy sets
# credentials.allow_encrypted_file_fallback, refused like any other file otherwise.
_ENCRYPTED_FILE_BACKENDS = (
    "keyrings.alt.Windows.EncryptedKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.cryptfile.cryptfile.CryptFileKeyring",
)

_FRIENDLY_BACKENDS = {
    "keyring.backends.SecretService": "GNOME Keyring (Secret Service)",
    "keyring.backends.libsecret": "GNOME Keyring (libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "macOS Keychain",
}

T = TypeVar("T")
_message = words.unavailable
_NO_BACKEND_MESSAGE = _message(words.NO_STORE.format(stores=words.SECURE_STORES), words.SET_ONE_UP)


class Reason(StrEnum):
    """Why credentials can't be stored; stable codes for callers and logs."""

    NO_BACKEND = "no-backend"
    DISABLED = "disabled"
    FILE_BACKEND = "file-backend"
    MISCONFIGURED = "misconfigured"
    LOCKED = "locked"
    OS_ERROR = "os-error"
    BACKEND_ERROR = "backend-error"


class CredentialsError(CrierError):
    """Base for credential problems; ``str()`` is the plain-English ``user_message``, never a secret."""

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        # Technical description for logs and IT (exception type, error codes); never contains a secret.
        self.detail = detail


class CredentialsUnavailable(CredentialsError):
    """The keyring can't be used: drafting carries on, posting for the account pauses."""

    def __init__(
        self, reason: Reason | str, user_message: str, *, backend: str = "", detail: str = ""
    ) -> None:
        super().__init__(user_message, detail=detail)
        self.reason = str(reason)
        self.backend = backend
        # The same facts for callers that show status rather than handle errors.
        self.status = KeyringStatus(False, backend, user_message, self.reason)


class SecretTooLong(CredentialsError):
    """A value longer than Windows Credential Manager can hold; refused on every platform alike."""

    def __init__(self, name: str, length: int) -> None:
        label = name.replace("_", " ")
        super().__init__(
            words.TOO_LONG.format(label=label, limit=f"{MAX_SECRET_CHARS:,}", length=f"{length:,}"),
            detail=f"{name}: {length} UTF-16 code units > {MAX_SECRET_CHARS}",
        )
        self.name = name
        self.length = length
        self.limit = MAX_SECRET_CHARS


@final
class Secret:
    """A secret string that prints as ``****`` so it can't leak through repr, logs or f-strings."""

    __slots__ = ("_value",)
    _value: str

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"Secret wraps a str, not {type(value).__name__}")
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        """The real value: call it only where the secret is handed to the keyring or the network."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return format(MASK, format_spec)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant time, so comparing tokens doesn't leak how much of one matched.
        return hmac.compare_digest(self._value.encode("utf-8"), other._value.encode("utf-8"))

    __hash__ = None  # type: ignore[assignment]  # a hash would be a fingerprint of the secret

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("Secret is immutable")

    def __copy__(self) -> Secret:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret:
        return self

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret can't be pickled: keep it in the keyring with SecretStore")


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether credentials can be stored, in words the accounts screen can show as they are."""

    available: bool
    backend: str  # dotted class name of the keyring backend, "" if none could be loaded
    message: str  # plain English for the user
    reason: str = ""  # a Reason code when unavailable


def entry_name(account_key: str, name: str) -> str:
    """The keyring username for one secret; unambiguous because account keys never contain ':'."""
    if not account_key or not name:
        raise ValueError("account key and secret name must both be non-empty")
    if ":" in account_key:
        raise ValueError(f"account key {account_key!r} must not contain ':'")
    entry = f"{account_key}:{name}"
    if len(entry) > MAX_ENTRY_NAME_CHARS:
        raise ValueError(f"credential entry name is longer than {MAX_ENTRY_NAME_CHARS} characters")
    return entry


def check_length(name: str, value: str | Secret) -> None:
    """Raise SecretTooLong if Windows Credential Manager couldn't hold the value (checked everywhere)."""
    units = _utf16_units(value.reveal() if isinstance(value, Secret) else value)
    if units > MAX_SECRET_CHARS:
        raise SecretTooLong(name, units)


def _utf16_units(text: str) -> int:
    """Length as Windows counts it: characters outside the BMP take two units (a surrogate pair)."""
    return len(text.encode("utf-16-le")) // 2


def _dotted(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _friendly(backend: KeyringBackend | None) -> str:
    if backend is None:
        return words.SYSTEM_STORE
    module = type(backend).__module__
    for prefix, label in _FRIENDLY_BACKENDS.items():
        if module == prefix or module.startswith(prefix + "."):
            return label
    try:
        return str(type(backend).name)
    except Exception:  # a plug-in's name property is its own code; never let it break a message
        return type(backend).__name__


def _winerror(exc: BaseException) -> int | None:
    """The Windows error code of an OSError or pywintypes.error, which both carry ``winerror``."""
    code = getattr(exc, "winerror", None)
    return code if isinstance(code, int) else None


def _detail(action: str, exc: BaseException, secret: Secret | None) -> str:
    """Type, codes and the backend's own words for the log, with the secret cut out if it appears."""
    parts = [f"{action} failed: {_dotted(type(exc))}"]
    if (code := _winerror(exc)) is not None:
        parts.append(f"winerror={code}")
    errno = getattr(exc, "errno", None)
    if isinstance(errno, int):
        parts.append(f"errno={errno}")
    try:
        text = str(exc)
    except Exception:
        text = ""
    if secret:
        text = text.replace(secret.reveal(), MASK)
    if text:
        parts.append(text[:_DETAIL_LIMIT])
    return " ".join(parts)


def _classify(exc: BaseException, backend: KeyringBackend | None) -> tuple[Reason, str]:
    """Map whatever a backend raised to a reason code and the user's message."""
    if isinstance(exc, NoKeyringError):
        return Reason.NO_BACKEND, _NO_BACKEND_MESSAGE
    exc_type = type(exc)
    secretstorage_locked = exc_type.__module__.startswith("secretstorage") and exc_type.__name__ in (
        "LockedException",
        "PromptDismissedException",
    )
    if isinstance(exc, KeyringLocked | InitError) or secretstorage_locked:
        return Reason.LOCKED, _message(words.LOCKED.format(store=_friendly(backend)), words.UNLOCK)
    code = _winerror(exc)
    if code == WINERROR_NO_LOGON_SESSION:
        return Reason.OS_ERROR, _message(words.NO_LOGON_SESSION, words.OWN_SIGN_IN)
    if code == WINERROR_BAD_DATA:
        return Reason.OS_ERROR, _message(words.BAD_DATA, words.CHECK_MANAGER)
    if code is not None or isinstance(exc, OSError):
        errno = getattr(exc, "errno", None)
        label = f"Windows error {code}" if code is not None else f"error {errno}" if errno else "an error"
        problem = words.SYSTEM_ERROR.format(store=_friendly(backend), error=label)
        return Reason.OS_ERROR, _message(problem, words.CHECK_STORE_FOR_YOU)
    store = _friendly(backend)
    return Reason.BACKEND_ERROR, _message(
        words.STORE_PROBLEM.format(store=store), words.CHECK_WORKING.format(store=store)
    )


def _unavailable(
    exc: BaseException, backend: KeyringBackend | None, action: str, secret: Secret | None = None
) -> CredentialsUnavailable:
    reason, message = _classify(exc, backend)
    name = _dotted(type(backend)) if backend is not None else ""
    return CredentialsUnavailable(reason, message, backend=name, detail=_detail(action, exc, secret))


def _refusal(backend: KeyringBackend) -> CredentialsUnavailable | None:
    """Backends that would lose secrets silently, or keep them in a file, are treated as no keyring."""
    name = _dotted(type(backend))
    if isinstance(backend, fail.Keyring):
        reason, message = Reason.NO_BACKEND, _NO_BACKEND_MESSAGE
    elif isinstance(backend, null.Keyring):
        reason, message = (
            Reason.DISABLED,
            _message(words.SWITCHED_OFF, words.SWITCH_ON),
        )
    elif isinstance(backend, chainer.ChainerBackend) and not _chained(backend):
        reason, message = Reason.NO_BACKEND, _NO_BACKEND_MESSAGE
    elif name in _ENCRYPTED_FILE_BACKENDS:
        if _encrypted_file_allowed():
            return None
        reason, message = (
            Reason.FILE_BACKEND,
            _message(words.ENCRYPTED_FILE, words.SET_UP_OR_ALLOW.format(stores=words.SECURE_STORES)),
        )
    elif type(backend).__module__.startswith(_FILE_BACKEND_MODULES) or "Plaintext" in type(backend).__name__:
        reason, message = (
            Reason.FILE_BACKEND,
            _message(words.PLAIN_FILE, words.SET_UP.format(stores=words.SECURE_STORES)),
        )
    else:
        return None
    return CredentialsUnavailable(reason, message, backend=name, detail=f"refused keyring backend {name}")


def _encrypted_file_allowed() -> bool:
    """The ``credentials.allow_encrypted_file_fallback`` setting, with the machine policy applied."""
    from desktop.core.settings import Settings

    return bool(Settings.load().get("credentials.allow_encrypted_file_fallback"))


def _chained(backend: chainer.ChainerBackend) -> list[KeyringBackend]:
    """The chainer's backends; an empty chain stores nothing, silently."""
    try:
        return list(backend.backends)
    except Exception:
        return []


class SecretStore:
    """Reads and writes an account's secrets in the keyring, one entry per secret.

    Every failure of the keyring surfaces as ``CredentialsUnavailable``; ``status()`` reports the same
    thing without raising, for the accounts screen and the outbox.
    """

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        if not service:
            raise ValueError("service name must be non-empty")
        self._service = service
        # None means "whatever keyring selects", looked up on each call so keyring.set_keyring applies.
        self._backend = backend
        self._lock = threading.Lock()
        self._status: KeyringStatus | None = None

    @property
    def service(self) -> str:
        return self._service

    def __repr__(self) -> str:
        backend = _dotted(type(self._backend)) if self._backend is not None else "keyring default"
        return f"SecretStore(service={self._service!r}, backend={backend})"

    def status(self) -> KeyringStatus:
        """Whether credentials can be stored; probes the keyring once, then answers from cache."""
        with self._lock:
            cached = self._status
        if cached is not None:
            return cached
        try:
            self._call("check", _PROBE_ENTRY, lambda kr: kr.get_password(self._service, _PROBE_ENTRY))
        except CredentialsUnavailable as exc:
            return exc.status  # _call has cached it
        except Exception as exc:  # status() promises never to raise, whatever a plug-in does
            message = _message(words.FAILED, words.CHECK_STORE)
            status = KeyringStatus(False, "", message, str(Reason.BACKEND_ERROR))
            log.warning("Credential store check failed: %s", _detail("check", exc, None))
            self._remember(status)
            return status
        with self._lock:
            return self._status or KeyringStatus(True, "", words.STORED_SECURELY)

    def refresh(self) -> KeyringStatus:
        """Forget the cached answer and probe again (after IT fixes the keyring, or on unlock)."""
        with self._lock:
            self._status = None
        return self.status()

    def put(self, account_key: str, name: str, value: Secret | str) -> str:
        """Store (or replace) one secret and return the entry name the database should record.

        The plain value is only ever revealed inside the keyring call, so no frame of a traceback we
        raise (which ``capture_locals`` or an error reporter might print) holds it as a bare str.
        """
        entry = entry_name(account_key, name)
        if not isinstance(value, Secret | str):
            raise TypeError(f"a secret must be a str or Secret, not {type(value).__name__}")
        secret = Secret(value)
        del value
        if not secret:
            raise ValueError(f"refusing to store an empty {name}; delete the entry instead")
        check_length(name, secret)
        store = lambda backend: backend.set_password(self._service, entry, secret.reveal())  # noqa: E731
        self._call("store", entry, store, secret)
        return entry

    def get(self, account_key: str, name: str) -> Secret | None:
        """The stored secret, or None if there is no entry."""
        entry = entry_name(account_key, name)
        value = self._call("read", entry, lambda backend: backend.get_password(self._service, entry))
        return None if value is None else Secret(value)

    def delete(self, account_key: str, name: str) -> None:
        """Remove one secret; an entry that is already gone is fine."""
        entry = entry_name(account_key, name)
        self._call("delete", entry, lambda backend: self._delete_entry(backend, entry))

    def delete_all(self, account_key: str, names: Iterable[str]) -> None:
        """Remove every named secret of an account, trying them all before reporting the first failure."""
        entries = [entry_name(account_key, name) for name in names]
        first_failure: CredentialsUnavailable | None = None
        for entry in entries:
            try:
                self._call("delete", entry, functools.partial(self._delete_entry, entry=entry))
            except CredentialsUnavailable as exc:
                first_failure = first_failure or exc
        if first_failure is not None:
            raise first_failure

    def _delete_entry(self, backend: KeyringBackend, entry: str) -> None:
        """Backends say "not found" with PasswordDeleteError; only an entry still present is a failure."""
        try:
            backend.delete_password(self._service, entry)
        except PasswordDeleteError:
            if backend.get_password(self._service, entry) is not None:
                raise

    def _resolve(self) -> KeyringBackend:
        """The backend to use now: the injected one, or keyring's normal selection."""
        if self._backend is not None:
            backend = self._backend
        else:
            failure: CredentialsUnavailable | None = None
            try:
                backend = keyring.get_keyring()
            except Exception as exc:  # a bad PYTHON_KEYRING_BACKEND or keyringrc.cfg raises anything
                failure = CredentialsUnavailable(
                    Reason.MISCONFIGURED,
                    _message(words.MISCONFIGURED, words.CHECK_CONFIGURATION),
                    detail=_detail("load keyring", exc, None),
                )
            if failure is not None:
                raise failure
        refusal = _refusal(backend)
        if refusal is not None:
            raise refusal
        return backend

    def _call(
        self,
        action: str,
        entry: str,
        operation: Callable[[KeyringBackend], T],
        secret: Secret | None = None,
    ) -> T:
        """Run one keyring operation, turning any failure into CredentialsUnavailable and caching status.

        The new exception is raised outside the ``except`` block so the backend's exception (whose text
        we don't control) isn't chained onto it and can't reach a log through ``__context__``.
        """
        backend: KeyringBackend | None = None
        failure: CredentialsUnavailable | None = None
        try:
            backend = self._resolve()
            result = operation(backend)
        except CredentialsUnavailable as exc:
            failure = exc
        except Exception as exc:  # backends are plug-ins that raise whatever their platform raises
            failure = _unavailable(exc, backend, action, secret)
        if failure is not None:
            log.warning(
                "Credential %s of %s in %r unavailable (%s): %s",
                action,
                entry,
                self._service,
                failure.reason,
                failure.detail,
            )
            self._remember(failure.status)
            raise failure
        assert backend is not None
        self._remember(
            KeyringStatus(True, _dotted(type(backend)), words.STORED_IN.format(store=_friendly(backend)))
        )
        return result

    def _remember(self, status: KeyringStatus) -> None:
        with self._lock:
            self._status = status


def keyring_backends_report() -> list[str]:
    """One line per keyring backend keyring knows about and whether it is usable, for ``crier --selftest``."""
    lines: list[str] = []
    try:
        keyring.backend.get_all_keyring()  # loads keyring's plug-ins so every backend class is registered
    except Exception as exc:
        lines.append(f"loading keyring plug-ins failed: {_dotted(type(exc))}: {exc}")
    try:
        selected = _dotted(type(keyring.get_keyring()))
    except Exception as exc:
        selected = ""
        lines.append(f"keyring configuration can't be loaded: {_dotted(type(exc))}: {exc}")
    classes: Iterable[type[KeyringBackend]] = getattr(KeyringBackend, "_classes", ())
    for cls in sorted(classes, key=_dotted):
        try:
            state = f"priority {float(cls.priority):g}"
        except Exception as exc:  # priority raises to say "not usable here", with the reason
            state = f"not usable: {exc}"
        mark = " (selected)" if _dotted(cls) == selected else ""
        lines.append(f"{_dotted(cls)}: {state}{mark}")
    return lines
