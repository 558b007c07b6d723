"""Where Crier keeps its files, and keeping them usable and private.

Everything lives under one data directory so a portable install or a test can move it all with
``CRIER_DATA_DIR``; otherwise platformdirs gives the platform's usual places. On POSIX the folders are
0700 and the database, log and backup files 0600: drafts hold residents' personal data. (On Windows the
per-user profile folders already restrict access, so nothing is changed there.)
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import CrierError

log = logging.getLogger(__name__)

APP_NAME = "Crier"
APP_AUTHOR = "Crier"
DATABASE_NAME = "crier.sqlite3"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"
#: Free space the data folder must have: a database page, its WAL frame and the 32 KiB shared-memory file.
_PROBE_BYTES = 64 * 1024


class FolderError(CrierError):
    """A folder Crier needs can't be used; ``user_message`` names it in one sentence."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def _why(error: OSError) -> str:
    """What an OSError means to the person at the keyboard (the clause after "because")."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full; free some space and try again"
    if error.errno == errno.EROFS:
        return "it is on a read-only disk; ask IT to make it writable"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "you don't have permission to write there; ask IT to check its permissions"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return "there is a file where the folder should be; move that file away and try again"
    return f"the system said: {(error.strerror or str(error)).lower()}"


def make_private(path: Path, mode: int) -> None:
    """Take away group and other access beyond ``mode`` (never adds any); a no-op off POSIX, and for anything
    but a plain file or folder: ``--database /dev/null`` run as root made /dev/null private, and PostgreSQL
    and every other program then failed to write to it."""
    if not _POSIX:
        return
    try:
        status = path.stat()
        if not (stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)):
            return
        current = stat.S_IMODE(status.st_mode)
        if current & ~mode:
            path.chmod(current & mode)
    except FileNotFoundError:
        return
    except OSError as error:
        log.warning("Could not make %s private: %s", path, error.strerror)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable only by the user, unless it exists (then only tighten it)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        make_private(path, PRIVATE_FILE)


def private_opener(path: str, flags: int) -> int:
    """An ``open(..., opener=)`` that creates files 0600."""
    return os.open(path, flags, PRIVATE_FILE)


def _make_folder(folder: Path, what: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as error:
        raise FolderError(f"Crier can't use its {what} {folder} because {_why(error)}.") from error


def _check_writable(folder: Path, what: str) -> None:
    """Write (and drop) a small file: a read-only remount or a full disk shows here, before any work."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".crier-probe-") as probe:
            os.write(probe.fileno(), b"\0" * _PROBE_BYTES)
    except OSError as error:
        raise FolderError(f"Crier can't use its {what} {folder} because {_why(error)}.") from error


class AppPaths(NamedTuple):  # (a named tuple: cheaper to make at start-up than a dataclass)
    data: Path
    logs: Path
    backups: Path
    media: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.data / DATABASE_NAME

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        """Create the folders (0700), check the data folder can take a write, and tighten loose files.

        Raises FolderError naming the folder when one can't be used. The log folder is logsetup's: a log
        that can't be written falls back to standard error rather than stopping the app.
        """
        _make_folder(self.data, "data folder")
        _check_writable(self.data, "data folder")
        _make_folder(self.backups, "backups folder")
        _make_folder(self.media, "media folder")
        _make_folder(self.config, "settings folder")
        for folder in (self.data, self.backups, self.media, self.config, self.logs):
            make_private(folder, PRIVATE_FOLDER)  # the log folder is logsetup's, which copes when it can't
        self.tighten_files()
        return self

    def tighten_files(self) -> None:
        """Database, log and backup files left readable by others (by older versions) become 0600."""
        if not _POSIX:
            return
        for folder, pattern in (
            (self.data, f"{DATABASE_NAME}*"),
            (self.logs, "*.log*"),
            (self.backups, "*"),
        ):
            try:
                found = [p for p in folder.glob(pattern) if p.is_file()]
            except OSError:
                continue
            for path in found:
                make_private(path, PRIVATE_FILE)


def app_paths() -> AppPaths:
    """Resolve the directories once per call; ``CRIER_DATA_DIR`` puts everything under one folder."""
    override = os.environ.get("CRIER_DATA_DIR")
    if override:
        root = Path(override).expanduser()
        return AppPaths(
            data=root, logs=root / "logs", backups=root / "backups", media=root / "media", config=root
        )
    import platformdirs  # (not needed with CRIER_DATA_DIR: portable installs and tests start without it)

    data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return AppPaths(
        data=data,
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        backups=data / "backups",
        media=data / "media",
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )


#: Icons, word lists and templates shipped with the app (beside the package, in source and in bundles).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
