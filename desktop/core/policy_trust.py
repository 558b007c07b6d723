"""Whether the machine policy file is one only the machine's administrators can have written.

Machine policy binds every user of a PC, so it may only come from a file no ordinary user can change,
create or delete. On Windows any user may create folders under ``C:\\ProgramData``, so a user could plant
``C:\\ProgramData\\Crier\\policy.json`` (setting a proxy or an API address for everyone) wherever IT uses only
the registry; on Linux and macOS the same goes for a policy file or folder a user can write.

A file that fails is ignored, not obeyed and not fatal: its contents are whatever a user chose, so obeying
any of it is unsafe, and refusing to post would let any one user stop everyone on the PC from posting. The
policy problem it raises makes ``crier --selftest`` fail and shows in the window, so IT hears of it.

Light on purpose: the early language setting (early_setting.py) runs this on the start-up path.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Sequence
from typing import NamedTuple

# --- POSIX -------------------------------------------------------------------------------------------------


class PathStat(NamedTuple):
    path: str
    uid: int
    mode: int


def posix_untrusted(entries: Iterable[PathStat], me: int = 0) -> str | None:
    """The first of ``entries`` (the file, then each folder above it) a non-root user could change, or None.

    Each must be owned by root and not writable by group or others. One exception: a root-owned folder with
    the sticky bit (``/tmp``) may be writable by all, since there nobody but root can rename or delete the
    root-owned entry below it. A symbolic link's own mode means nothing, so only its owner is checked.
    Owned by ``me`` (the user running Crier) is as good as root: such a file binds only its own writer, who
    could change it anyway, and every other user still finds it untrusted (so a plain user can run the tests).
    """
    for entry in entries:
        if entry.uid not in (0, me):
            return entry.path
        if stat.S_ISLNK(entry.mode) or not entry.mode & (stat.S_IWGRP | stat.S_IWOTH):
            continue
        if not (stat.S_ISDIR(entry.mode) and entry.mode & stat.S_ISVTX):
            return entry.path
    return None


def _posix_chain(path: str) -> list[PathStat]:
    """lstat of ``path`` and of every folder above it up to /, both as written and with links resolved."""
    seen: dict[str, PathStat] = {}
    for start in (os.path.abspath(path), os.path.realpath(path)):
        current = start
        while current not in seen:
            info = os.lstat(current)
            seen[current] = PathStat(current, info.st_uid, info.st_mode)
            current = os.path.dirname(current)
    return list(seen.values())


# --- Windows -----------------------------------------------------------------------------------------------

#: Who may own or write the policy: BUILTIN\Administrators, SYSTEM, TrustedInstaller.
TRUSTED_SIDS = frozenset(
    {"S-1-5-32-544", "S-1-5-18", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"}
)
ACCESS_ALLOWED, ACCESS_DENIED, ACCESS_ALLOWED_CALLBACK, ACCESS_DENIED_CALLBACK = 0, 1, 9, 10
INHERIT_ONLY = 0x08  # the ACE is only a template for children: it grants nothing on this object
#: Rights that change what the file says or that it exists: write/add file (0x2), append/add folder (0x4),
#: delete child (0x40), delete (0x10000), change permissions (0x40000), take ownership (0x80000),
#: generic all (0x10000000) and generic write (0x40000000).
WRITE_RIGHTS = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000


class Ace(NamedTuple):
    kind: int  # AceType
    flags: int  # AceFlags
    mask: int  # ACCESS_MASK
    sid: str  # e.g. "S-1-5-32-545" (Users)


def windows_untrusted(owner: str, dacl: Sequence[Ace] | None) -> bool:
    """True unless ``owner`` is an administrator SID and no allow-ACE gives anyone else a write right.

    ``dacl`` None is a NULL DACL (everyone has full control). Deny-ACEs are ignored, which can only make
    this stricter; an ACE type a file should never carry counts as untrusted rather than be guessed at.
    """
    if owner not in TRUSTED_SIDS or dacl is None:
        return True
    for ace in dacl:
        if ace.kind in (ACCESS_DENIED, ACCESS_DENIED_CALLBACK) or ace.flags & INHERIT_ONLY:
            continue
        if ace.kind not in (ACCESS_ALLOWED, ACCESS_ALLOWED_CALLBACK):
            return True
        if ace.mask & WRITE_RIGHTS and ace.sid not in TRUSTED_SIDS:
            return True
    return False


def _windows_security(path: str) -> tuple[str, list[Ace] | None]:  # pragma: no cover - Windows only
    """The owner SID and DACL of ``path``, through GetNamedSecurityInfoW; OSError where it can't be read."""
    if sys.platform != "win32":
        raise OSError("no Windows security descriptors here")
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    se_file_object, owner_info, dacl_info = 1, 0x1, 0x4

    class AclHeader(ctypes.Structure):
        _fields_ = [
            ("revision", ctypes.c_ubyte),
            ("sbz1", ctypes.c_ubyte),
            ("size", wintypes.WORD),
            ("count", wintypes.WORD),
            ("sbz2", wintypes.WORD),
        ]

    class AceHeader(ctypes.Structure):  # ACCESS_ALLOWED_ACE and its kin: header, mask, then the SID
        _fields_ = [
            ("kind", ctypes.c_ubyte),
            ("flags", ctypes.c_ubyte),
            ("size", wintypes.WORD),
            ("mask", wintypes.DWORD),
        ]

    def sid_text(sid: int) -> str:
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)

    owner, dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    error = advapi32.GetNamedSecurityInfoW(
        wintypes.LPCWSTR(path),
        se_file_object,
        owner_info | dacl_info,
        ctypes.byref(owner),
        None,
        ctypes.byref(dacl),
        None,
        ctypes.byref(descriptor),
    )
    if error:
        raise ctypes.WinError(error)
    try:
        if not dacl.value:
            return sid_text(owner.value or 0), None
        aces: list[Ace] = []
        for index in range(AclHeader.from_address(dacl.value).count):
            ace = ctypes.c_void_p()
            if not advapi32.GetAce(dacl, index, ctypes.byref(ace)):
                raise ctypes.WinError(ctypes.get_last_error())
            header = AceHeader.from_address(ace.value or 0)
            known = header.kind in (
                ACCESS_ALLOWED,
                ACCESS_DENIED,
                ACCESS_ALLOWED_CALLBACK,
                ACCESS_DENIED_CALLBACK,
            )
            sid = sid_text((ace.value or 0) + ctypes.sizeof(AceHeader)) if known else ""
            aces.append(Ace(header.kind, header.flags, header.mask, sid))
        return sid_text(owner.value or 0), aces
    finally:
        kernel32.LocalFree(descriptor)


# --- both --------------------------------------------------------------------------------------------------


def untrusted_part(path: str) -> str | None:
    """The part of the existing policy file ``path`` (the file or a folder above it) that someone other than
    the machine's administrators could change, or None when only they can. On Windows the file and its
    folder are checked (``C:\\ProgramData`` itself lets users create folders, but not replace them). A part
    that can't be examined counts as untrusted."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        for part in (path, os.path.dirname(path)):
            try:
                if windows_untrusted(*_windows_security(part)):
                    return part
            except OSError:
                return part
        return None
    try:
        return posix_untrusted(_posix_chain(path), os.geteuid())
    except OSError as exc:
        return str(exc.filename or path)
