"""What the keyring's problems are told in: each sentence marked for the catalogue, so the window and the
commands say them in the interface language (``credentials.py`` builds them; core stays Qt-free).

A problem reads "Crier can't store credentials on this computer because {because}. Drafting still works;
{todo}.": ``unavailable(because, todo)`` with one reason and one thing to do from below.
"""

from __future__ import annotations

from desktop.core.translatable import QT_TRANSLATE_NOOP

SECURE_STORES = QT_TRANSLATE_NOOP(
    "core.credentials", "such as Windows Credential Manager, macOS Keychain or GNOME Keyring"
)
SYSTEM_STORE = QT_TRANSLATE_NOOP("core.credentials", "the system credential store")
STORED_IN = QT_TRANSLATE_NOOP("core.credentials", "Credentials are stored in {store}.")
STORED_SECURELY = QT_TRANSLATE_NOOP("core.credentials", "Credentials are stored securely.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "core.credentials",
    "This {label} is too long to store: Crier can keep credentials of up to {limit} characters (the most "
    "Windows Credential Manager allows) and this one has {length}. Check that you copied only the {label}, "
    "with nothing extra, and try again.",
)

# -- because … -----------------------------------------------------------------------------------------
NO_STORE = QT_TRANSLATE_NOOP(
    "core.credentials", "there is no secure credential store ({stores}) for it to use"
)
LOCKED = QT_TRANSLATE_NOOP(
    "core.credentials", "your keyring ({store}, where passwords are kept) is locked or couldn't be opened"
)
NO_LOGON_SESSION = QT_TRANSLATE_NOOP(
    "core.credentials",
    "Windows Credential Manager has no sign-in session for it (Windows error 1312), which happens when Crier "
    "is started as a service or with 'Run as'",
)
BAD_DATA = QT_TRANSLATE_NOOP(
    "core.credentials", "Windows Credential Manager rejected the data (Windows error 1783)"
)
SYSTEM_ERROR = QT_TRANSLATE_NOOP("core.credentials", "{store} reported a system error ({error})")
STORE_PROBLEM = QT_TRANSLATE_NOOP("core.credentials", "{store} reported a problem")
SWITCHED_OFF = QT_TRANSLATE_NOOP(
    "core.credentials", "secure credential storage has been switched off for your account"
)
ENCRYPTED_FILE = QT_TRANSLATE_NOOP(
    "core.credentials",
    "the only credential storage set up for your account keeps passwords in an encrypted file, which your "
    "organisation has not allowed",
)
PLAIN_FILE = QT_TRANSLATE_NOOP(
    "core.credentials",
    "the only credential storage set up for your account keeps passwords in an ordinary file",
)
FAILED = QT_TRANSLATE_NOOP("core.credentials", "the credential store failed unexpectedly")
MISCONFIGURED = QT_TRANSLATE_NOOP(
    "core.credentials", "the keyring setting on this computer names a credential store that can't be loaded"
)

# -- … so do this ---------------------------------------------------------------------------------------
SET_ONE_UP = QT_TRANSLATE_NOOP("core.credentials", "ask IT to set one up for your account")
UNLOCK = QT_TRANSLATE_NOOP(
    "core.credentials", "unlock it and try again, or ask IT to make it unlock when you sign in"
)
OWN_SIGN_IN = QT_TRANSLATE_NOOP(
    "core.credentials",
    "start Crier from your own sign-in, or ask IT to check Credential Manager works for your account",
)
CHECK_MANAGER = QT_TRANSLATE_NOOP("core.credentials", "ask IT to check Credential Manager for your account")
CHECK_STORE_FOR_YOU = QT_TRANSLATE_NOOP(
    "core.credentials", "ask IT to check the credential store for your account"
)
CHECK_WORKING = QT_TRANSLATE_NOOP(
    "core.credentials", "ask IT to check that {store} is working for your account"
)
SWITCH_ON = QT_TRANSLATE_NOOP(
    "core.credentials", "ask IT to switch it back on (the keyring is set to its 'null' backend)"
)
SET_UP_OR_ALLOW = QT_TRANSLATE_NOOP(
    "core.credentials", "ask IT to set up a secure credential store ({stores}) or to allow the encrypted file"
)
SET_UP = QT_TRANSLATE_NOOP("core.credentials", "ask IT to set up a secure credential store ({stores})")
CHECK_STORE = QT_TRANSLATE_NOOP("core.credentials", "ask IT to check the credential store")
CHECK_CONFIGURATION = QT_TRANSLATE_NOOP(
    "core.credentials", "ask IT to check the keyring configuration (PYTHON_KEYRING_BACKEND or keyringrc.cfg)"
)


def unavailable(because: str, todo: str) -> str:
    """The whole sentence: why credentials can't be stored here, and what to do."""
    return QT_TRANSLATE_NOOP(
        "core.credentials",
        "Crier can't store credentials on this computer because {because}. Drafting still works; {todo}.",
    ).format(because=because, todo=todo)
