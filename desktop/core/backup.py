"""Backups of the drafts database with SQLite's online backup API.

The backup API copies a consistent snapshot even while the app (or the headless sync) is writing, which
a plain file copy of a WAL database would not. Backups are 0600 in a 0700 folder (POSIX), like the
database they copy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.paths import PRIVATE_FOLDER, create_private_file

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DAILY_PREFIX = "crier-daily-"
PREMIGRATION_PREFIX = "crier-before-upgrade-"
SUFFIX = ".sqlite3"
#: A half-made backup copy untouched this long was left by a backup that was killed (``_remove_partials``).
STALE_PARTIAL_S = 3600


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` read-only; as_uri() escapes a ``?`` or ``#`` in the name."""
    return f"{path.absolute().as_uri()}?mode=ro"


def looks_like_sqlite(path: Path) -> bool:
    """A cheap first test: a zero-length file is a new database, anything else must carry the header."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head in (b"", SQLITE_HEADER)


def is_healthy(path: Path) -> bool:
    """Full integrity check; only used on backups and when choosing one to restore."""
    if not path.is_file() or not looks_like_sqlite(path):
        return False
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def backup_database(source: Path, backups_dir: Path, prefix: str, now: datetime | None = None) -> Path:
    """Copy ``source`` into ``backups_dir`` and fsync it; returns the backup's path."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{prefix}{stamp}{SUFFIX}"
    partial = target.with_suffix(".partial")
    _remove_partials(backups_dir, [partial])
    create_private_file(partial)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(target)
    except BaseException:
        _remove_partials(backups_dir, [partial])  # a full disk: no half copy is kept (nor its journal)
        raise
    log.info("Backed up the database to %s", target)
    return target


def _remove_partials(backups_dir: Path, mine: list[Path]) -> None:
    """Remove ``mine`` (and its journal) and the half-made copies of backups that a kill interrupted: one
    untouched for an hour is no other process's copy in progress. Each was as big as the database."""
    stale = time.time() - STALE_PARTIAL_S
    for path in backups_dir.glob("*.partial*"):
        with contextlib.suppress(OSError):
            if path.with_name(path.name.removesuffix("-journal")) in mine or path.stat().st_mtime < stale:
                path.unlink()


def backups(backups_dir: Path, prefix: str | None = None, now: datetime | None = None) -> list[Path]:
    """Backups, newest first (the timestamp in the name sorts lexically); one stamped in the future (the
    clock was ahead when it was made) counts as the oldest, so it neither wins a restore nor is kept
    over today's."""
    if not backups_dir.is_dir():
        return []
    prefixes = (prefix,) if prefix else (DAILY_PREFIX, PREMIGRATION_PREFIX)
    found = [p for p in backups_dir.glob(f"*{SUFFIX}") if p.name.startswith(prefixes)]
    latest = ((now or datetime.now()) + timedelta(hours=1)).strftime("%Y%m%d-%H%M%S")

    def order(path: Path) -> tuple[bool, list[str]]:
        stamp = path.stem.rsplit("-", 2)[-2:]
        return "-".join(stamp) <= latest, stamp

    return sorted(found, key=order, reverse=True)


def prune(backups_dir: Path, prefix: str, keep: int, now: datetime | None = None) -> list[Path]:
    removed = backups(backups_dir, prefix, now)[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def daily_backup_if_due(
    source: Path, backups_dir: Path, keep: int | None = None, now: datetime | None = None
) -> Path | None:
    """Take today's backup unless one younger than a day exists, then keep the newest ``keep``.

    ``keep`` defaults to the ``backups.keep`` setting, with the machine policy applied.
    """
    if keep is None:
        from desktop.core.settings import Settings

        keep = int(Settings.load().get("backups.keep"))
    now = now or datetime.now()
    existing = backups(backups_dir, DAILY_PREFIX, now)
    if existing and timedelta(0) <= now - datetime.fromtimestamp(existing[0].stat().st_mtime) < timedelta(
        days=1
    ):
        return None
    if not source.is_file() or source.stat().st_size == 0:
        return None
    made = backup_database(source, backups_dir, DAILY_PREFIX, now)
    prune(backups_dir, DAILY_PREFIX, keep, now)
    return made


def newest_healthy_backup(backups_dir: Path) -> Path | None:
    for candidate in backups(backups_dir):
        if is_healthy(candidate):
            return candidate
    return None
