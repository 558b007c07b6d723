"""The networks IT allows, checked before every post a run sends, re-read only when a place they come from
changes.

``network_refusal`` loads the user's settings and the machine policy (files, and the registry on Windows):
too slow to repeat per post in a backlog, yet checking once per run would let the rest of a run go out
after IT said no. So the answer is kept with a stamp of everything it was read from (the policy files'
and settings file's paths and ``os.stat``, the registry key's last-write time) and read again when the
stamp differs: a few stats per post. A file changed in the same clock tick as it was stamped, with the
same size, could keep its stamp; so an answer read from a file changed in the last few seconds is not
kept (git's "racily clean" rule), and the next post reads again.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from desktop.core.early_setting import open_policy_key
from desktop.core.paths import app_paths
from desktop.core.policy import POLICY_FILE_ENV, machine_policy_path
from desktop.core.settings import Settings, network_refusal

_RACY_SECONDS = 3.0  # files' clocks are coarse (a jiffy or more; 2 s on FAT): newer than this isn't trusted

_Stamp = tuple[object, ...]


class AllowedNetworks:
    """``network_refusal`` for the sync engine: the same answer, re-read only when its sources change."""

    def __init__(self) -> None:
        # Where the settings live is fixed for the engine's life (and resolving it costs more than a stat).
        self._settings_file = app_paths().settings_file
        self._machine_policy = str(machine_policy_path())
        self._kept: tuple[_Stamp, list[str]] | None = None
        self._lock = threading.Lock()

    def refusal(self, network: str) -> str | None:
        """Why a post to ``network`` may not go out now, or None if it may."""
        stamp, racy = _stamp(self._machine_policy, os.environ.get(POLICY_FILE_ENV), str(self._settings_file))
        with self._lock:
            kept = self._kept
            if kept is None or kept[0] != stamp:
                allowed = list(Settings.load(self._settings_file).get("networks.allowed"))
                self._kept = None if racy else (stamp, allowed)
            else:
                allowed = kept[1]
        return network_refusal(network, {"networks.allowed": allowed})


def _stamp(*paths: str | None) -> tuple[_Stamp, bool]:
    """What the allowed networks are read from, as it stands; and whether a file there changed just now."""
    now = time.time_ns()
    stamp: list[object] = [_registry_written()]
    racy = False
    for path in paths:
        if path is None:
            stamp.append(None)
            continue
        try:
            found = os.stat(path)
        except OSError as error:
            stamp.append((path, type(error).__name__))
            continue
        stamp.append((path, found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns))
        racy = racy or now - max(found.st_mtime_ns, found.st_ctime_ns) < _RACY_SECONDS * 1e9
    return tuple(stamp), racy


def _registry_written() -> int | None:
    """When ``HKLM\\Software\\Policies\\Crier`` was last written (Windows): a Group Policy change counts."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with open_policy_key() as handle:
            return winreg.QueryInfoKey(handle)[2]
    except OSError:
        return None
