"""One setting read before the window exists, without loading the settings and policy machinery.

The interface language has to be known before the first widget is built, and ``Settings.load`` with
``load_policy`` costs tens of milliseconds of imports and checks on the start-up path. This reads one key
from the same places with the same precedence (Windows registry policy, then the machine policy file, then
``CRIER_POLICY_FILE`` where the machine sets nothing, then the user's file, then the default) and the same
validity rules (a file that isn't a JSON object, or a machine file users can change, counts for nothing; a
value not among the choices is passed over). It never writes, moves or reports anything: the full load after
the first paint does that.
``tests/test_settings.py`` checks that it agrees with ``Settings.load(policy=load_policy())``.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

_MISSING = object()
# As in policy.py, which this must not import (it brings the whole settings schema); a test keeps them equal.
POLICY_FILE_ENV = "CRIER_POLICY_FILE"
POLICY_SUBKEY = r"Software\Policies\Crier"  # under HKLM: where Group Policy puts Crier's policy
#: A policy is a few kilobytes of JSON; a file past this is a mistake, and is never read whole.
POLICY_FILE_LIMIT = 1_000_000


class NotAPolicyFile(OSError):
    """A policy path that is not a plain file of at most POLICY_FILE_LIMIT bytes (see ``too_large``)."""

    def __init__(self, too_large: bool) -> None:
        super().__init__("larger than 1 MB" if too_large else "not a plain file")
        self.too_large = too_large


def read_policy_bytes(path: Path) -> bytes:
    """A policy file's bytes, for both readers of policy. A pipe (open() would wait for a writer for ever),
    a device (a link to /dev/zero never ends) or a folder raises NotAPolicyFile, as does a file over
    POLICY_FILE_LIMIT: start-up must neither hang nor fill the memory on what is at a policy path."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAPolicyFile(too_large=False)
        raw = handle.read(POLICY_FILE_LIMIT + 1)
    if len(raw) > POLICY_FILE_LIMIT:
        raise NotAPolicyFile(too_large=True)
    return raw


def machine_policy_path() -> str:
    """policy.machine_policy_path() for this machine."""
    if sys.platform == "win32":
        return os.path.join(program_data_folder(), "Crier", "policy.json")
    if sys.platform == "darwin":
        return "/Library/Application Support/Crier/policy.json"
    return "/etc/crier/policy.json"


def read_choice(key: str, choices: tuple[str, ...], default: str, settings_file: Path) -> str:
    """The effective value of a one-of-a-few-words setting that policy may lock."""
    for value in _policy_values(key):
        if isinstance(value, str) and value in choices:
            return value
    value = _json_key(settings_file, key, lambda raw: raw.decode("utf-8-sig"), Path.read_bytes)
    return value if isinstance(value, str) and value in choices else default


def _policy_values(key: str) -> list[Any]:
    """The policy's candidates for ``key``, highest first; the first valid one wins, as in load_policy."""
    machine = Path(machine_policy_path())
    found = [_registry_value(key), _json_key(machine, key, _decode_policy, _read_trusted_policy)]
    override = os.environ.get(POLICY_FILE_ENV)
    if override and Path(override) != machine:
        found.append(_json_key(Path(override), key, _decode_policy, read_policy_bytes))
    return [value for value in found if value is not _MISSING]


def _read_trusted_policy(path: Path) -> bytes:
    """The machine policy file's bytes, as long as only the machine's administrators can change it."""
    raw = read_policy_bytes(path)
    from desktop.core.policy_trust import untrusted_part

    if untrusted_part(str(path)) is not None:
        raise PermissionError("the machine policy file can be changed by users, so it is ignored")
    return raw


def _decode_policy(raw: bytes) -> str:
    """As policy._decode: UTF-8 (with or without BOM), or UTF-16 with a BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


DEFAULT_PROGRAM_DATA = r"C:\ProgramData"
_FOLDERID_PROGRAM_DATA = "62AB5D82-FDC1-4DC3-A9DD-070D1D495D97"


def program_data_folder() -> str:
    """Windows' ProgramData folder as the machine defines it (``SHGetKnownFolderPath``), where IT puts the
    machine policy. Never the ``ProgramData`` environment variable: any user may set that for themselves
    (``HKCU\\Environment``, no admin needed) and so point Crier at a permissive policy file of their own."""
    if sys.platform != "win32":
        return DEFAULT_PROGRAM_DATA
    import ctypes
    import uuid

    class Guid(ctypes.Structure):
        _fields_ = [
            ("data1", ctypes.c_uint32),
            ("data2", ctypes.c_uint16),
            ("data3", ctypes.c_uint16),
            ("data4", ctypes.c_ubyte * 8),
        ]

    folder = Guid.from_buffer_copy(uuid.UUID(_FOLDERID_PROGRAM_DATA).bytes_le)
    found = ctypes.c_wchar_p()
    windll = ctypes.windll
    if windll.shell32.SHGetKnownFolderPath(ctypes.byref(folder), 0, None, ctypes.byref(found)) != 0:
        return DEFAULT_PROGRAM_DATA
    try:
        return found.value or DEFAULT_PROGRAM_DATA
    finally:
        windll.ole32.CoTaskMemFree(found)


def _json_key(path: Path, key: str, decode: Any, read: Any) -> Any:
    """``key`` of the JSON object in ``path``; _MISSING if the file is absent, unreadable or not an object."""
    try:
        raw = read(path)
    except OSError:
        return _MISSING
    import json  # (only for a file there: with the default settings and no policy, none is)

    try:
        data = json.loads(decode(raw))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _MISSING
    return data.get(key, _MISSING) if isinstance(data, dict) else _MISSING


def _registry_value(key: str) -> Any:
    """``HKLM\\Software\\Policies\\Crier`` value ``key`` (names ignore case there); _MISSING elsewhere."""
    if sys.platform != "win32":
        return _MISSING
    import winreg

    try:
        with open_policy_key() as handle:
            return winreg.QueryValueEx(handle, key)[0]
    except OSError:
        return _MISSING


def open_policy_key() -> Any:
    """``HKLM\\Software\\Policies\\Crier`` opened for reading in the 64-bit view (as Group Policy writes it),
    for the three readers of machine policy; OSError where it can't be opened (or off Windows)."""
    if sys.platform != "win32":
        raise OSError("no Windows registry here")
    import winreg

    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
    return winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_SUBKEY, 0, access)
