"""Storage that never loses a healthy database nor shows it to other users (issue 11).

Only real corruption moves a database aside; a full disk, a lock, a read-only disk and bad
``--database-url`` values get one sentence and leave every file as it was; the data folder and its files
are private on POSIX. The full-disk and lock runs of the real CLI with queued posts are in
test_storage_faults.py.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import backup
from desktop.core.paths import AppPaths, app_paths
from tests.faulty_storage import SmallDisk, exclusive_lock, mounted

REPO = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows profiles restrict access"
)


def crier(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=(lambda: os.umask(0o022)) if os.name == "posix" else None,  # a usual, permissive umask
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    """Standard error is one plain line: no traceback, no logging report, no "something went wrong"."""
    everything = result.stdout + result.stderr
    for noise in ("Traceback", "Logging error", "something went wrong", "Error:"):
        assert noise not in everything, everything
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def moved_aside(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if ".damaged-" in p.name]


def drafts_db(paths: AppPaths, *bodies: str) -> None:
    from desktop.core.db import open_database
    from desktop.core.store import DraftStore

    db = open_database(paths)
    try:
        for body in bodies:
            DraftStore(db).create(body=body)
    finally:
        db.close()


def draft_bodies(paths: AppPaths) -> list[str]:
    from desktop.core.db import open_database
    from desktop.core.store import DraftQuery, DraftStore

    db = open_database(paths)
    try:
        store = DraftStore(db)
        return sorted(store.get(s.id).body for s in store.page(DraftQuery()))
    finally:
        db.close()


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with mounted(tmp_path / "disk") as small:
        yield small


@pytest.fixture
def data_on_disk(disk: SmallDisk, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv("CRIER_DATA_DIR", str(disk.root / "crier"))
    return app_paths().ensure()


# -- only real corruption is damage ----------------------------------------------------------------


def test_a_full_disk_is_reported_and_the_database_left_alone(disk: SmallDisk, data_on_disk: AppPaths) -> None:
    from desktop.core.db import DatabaseError, open_database

    paths = data_on_disk
    drafts_db(paths, "Bins on Tuesday", "Library closed")
    before = sha(paths.database)
    disk.fill()
    with pytest.raises(DatabaseError) as refused:
        open_database(paths).close()
    message = refused.value.user_message
    assert "disk is full" in message and str(paths.database) in message
    assert moved_aside(paths.data) == []
    assert sha(paths.database) == before
    disk.free()
    assert draft_bodies(paths) == ["Bins on Tuesday", "Library closed"]


def test_a_write_that_fills_the_disk_is_explained_and_the_drafts_kept(
    disk: SmallDisk, data_on_disk: AppPaths
) -> None:
    from sqlalchemy.exc import OperationalError

    from desktop.core.accounts import Accounts
    from desktop.core.db import explain, open_database

    paths = data_on_disk
    drafts_db(paths, "Kept")
    db = open_database(paths)
    try:
        disk.fill()
        with pytest.raises(OperationalError) as failed:
            Accounts(db).add("mastodon", "@" + "x" * 200_000)
        assert "disk is full" in (explain(failed.value, paths.database) or "")
    finally:
        db.close()
    disk.free()
    assert moved_aside(paths.data) == []
    assert draft_bodies(paths) == ["Kept"]


def test_a_lock_held_past_the_busy_timeout_is_reported_and_the_database_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.core import db as dbmod

    paths = app_paths().ensure()
    drafts_db(paths, "Kept")
    # The real 15 s is in test_storage_faults.py (raising=False: older builds had no such setting).
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 1, raising=False)
    with exclusive_lock(paths.database), pytest.raises(dbmod.DatabaseError) as refused:
        dbmod.open_database(paths).close()
    assert "in use by another program" in refused.value.user_message
    assert moved_aside(paths.data) == []
    assert draft_bodies(paths) == ["Kept"]


def test_a_recovery_from_the_command_line_is_said_on_stderr() -> None:
    paths = app_paths().ensure()
    drafts_db(paths, "From the backup")
    backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    paths.database.write_bytes(b"not a database at all" * 100)
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    assert "restored your latest backup" in result.stderr
    [aside] = [p for p in moved_aside(paths.data) if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes().startswith(b"not a database at all")
    assert draft_bodies(paths) == ["From the backup"]


# -- --database-url ---------------------------------------------------------------------------------


def test_a_folder_given_as_the_database_is_refused_and_left_where_it_is(tmp_path: Path) -> None:
    tmp_path = tmp_path / "documents"
    folder = tmp_path / "Reports"
    folder.mkdir(parents=True)
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    result = crier("--database-url", f"sqlite:///{folder}", "outbox")
    assert result.returncode == 2
    assert "is a folder" in one_sentence(result) and str(folder) in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["Reports"]
    assert (folder / "budget.xlsx").read_bytes() == b"PK\x03\x04 spreadsheet"


@pytest.mark.parametrize("kind", ["docx", "other program's SQLite"])
def test_a_file_that_is_not_a_crier_database_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    tmp_path = tmp_path / "documents"
    tmp_path.mkdir()
    target = tmp_path / "letter.docx"
    if kind == "docx":
        target.write_bytes(b"PK\x03\x04" + b"word/document.xml" * 200)
    else:
        raw = sqlite3.connect(target)
        raw.execute("CREATE TABLE contacts (name TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Ann')")
        raw.commit()
        raw.close()
    before = sha(target)
    result = crier("--database-url", f"sqlite:///{target}", "outbox")
    assert result.returncode == 2
    assert one_sentence(result) == f"crier: {target} is not a Crier database."
    assert sha(target) == before
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def test_a_damaged_database_named_by_url_is_reported_not_replaced_by_our_backup(tmp_path: Path) -> None:
    from desktop.core.db import open_database

    paths = app_paths().ensure()
    drafts_db(paths, "Crier's own draft")
    backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    other = tmp_path / "team.sqlite3"
    open_database(paths, f"sqlite:///{other}").close()
    wrecked = bytearray(other.read_bytes())
    wrecked[100:4096] = b"\xa5" * 3996  # the schema page's b-tree, after an intact header
    other.write_bytes(bytes(wrecked))
    result = crier("--database-url", f"sqlite:///{other}", "outbox")
    assert result.returncode == 1
    assert "is damaged" in one_sentence(result) and str(other) in result.stderr
    assert other.read_bytes() == bytes(wrecked)
    assert moved_aside(tmp_path) == []
    assert draft_bodies(paths) == ["Crier's own draft"]


def test_only_the_file_is_created_and_only_in_a_folder_that_exists(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "crier.sqlite3"
    result = crier("--database-url", f"sqlite:///{missing}", "outbox")
    assert result.returncode == 2
    assert "does not exist" in one_sentence(result)
    assert not (tmp_path / "no").exists()

    fresh = tmp_path / "team.sqlite3"
    result = crier("--database-url", f"sqlite:///{fresh}", "outbox")
    assert result.returncode == 0, result.stderr
    assert "The outbox is empty." in result.stdout
    if os.name == "posix":
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("garbage", "is not a database URL"),
        ("foo://bar", "can't use a 'foo' database"),
        ("postgresql+pg8000://officer:s3cret@db.example/crier", "'pg8000' is not installed"),
    ],
)
def test_a_bad_database_url_is_one_sentence_with_exit_2(url: str, words: str) -> None:
    for command in (["outbox"], ["accounts", "list"], ["--selftest"]):
        result = crier("--database-url", url, *command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        line = one_sentence(result)
        assert words in line and "s3cret" not in line


def test_a_database_server_that_cannot_be_reached_is_one_sentence() -> None:
    result = crier("--database-url", "postgresql+psycopg://officer:s3cret@127.0.0.1:9/crier", "outbox")
    assert result.returncode == 1
    line = one_sentence(result)
    assert "can't connect to the database server at 127.0.0.1" in line and "s3cret" not in line


# -- an unusable data folder ------------------------------------------------------------------------

COMMANDS = [["outbox"], ["accounts", "list"], ["check", "-"], ["queue", "-"], ["--selftest"]]


def assert_every_command_names(folder: Path, words: str) -> None:
    for command in COMMANDS:
        result = crier(*command, stdin="Bins go out on Tuesday")
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        line = one_sentence(result)
        assert str(folder) in line and words in line, (command, line)
        assert result.stdout == ""


def test_a_file_in_place_of_the_data_folder_is_one_sentence_for_every_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "crier-data"
    blocker.write_text("someone's notes")
    monkeypatch.setenv("CRIER_DATA_DIR", str(blocker))
    assert_every_command_names(blocker, "a file where the folder should be")
    assert blocker.read_text() == "someone's notes"


def test_a_read_only_data_folder_is_one_sentence_for_every_command(
    disk: SmallDisk, data_on_disk: AppPaths
) -> None:
    drafts_db(data_on_disk, "Kept")
    disk.read_only()
    try:
        assert_every_command_names(data_on_disk.data, "read-only")
    finally:
        disk.writable()
    assert draft_bodies(data_on_disk) == ["Kept"]


def test_a_full_data_disk_is_one_sentence_for_every_command(disk: SmallDisk, data_on_disk: AppPaths) -> None:
    drafts_db(data_on_disk, "Kept")
    disk.fill()
    assert_every_command_names(data_on_disk.data, "disk is full")
    disk.free()
    assert draft_bodies(data_on_disk) == ["Kept"]
    assert moved_aside(data_on_disk.data) == []


def test_a_log_file_that_cannot_be_opened_does_not_stop_a_command() -> None:
    paths = app_paths().ensure()
    (paths.logs / "crier.log").mkdir(parents=True)  # a folder where the log file goes
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The outbox is empty.\n"
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr


def test_logging_on_a_full_disk_falls_back_to_stderr_without_a_logging_error(
    disk: SmallDisk, data_on_disk: AppPaths, capfd: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.logsetup import configure_logging

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        assert configure_logging(data_on_disk.logs) == data_on_disk.logs / "crier.log"
        disk.fill()
        try:
            raise OSError("the network went away")
        except OSError:
            logging.getLogger("desktop.test").exception("Could not reach Mastodon")
        logging.getLogger("desktop.test").info("routine detail")
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
                root.removeHandler(handler)
        root.setLevel(level)
    err = capfd.readouterr().err
    assert "Could not reach Mastodon" in err
    assert "Logging error" not in err and "Traceback" not in err and "routine detail" not in err


# -- files only the user can read -------------------------------------------------------------------


def modes(paths: AppPaths) -> dict[str, int]:
    found = {
        "data": paths.data,
        "backups": paths.backups,
        "media": paths.media,
        "logs": paths.logs,
        "database": paths.database,
        "log": paths.logs / "crier.log",
    }
    found.update({p.name: p for p in paths.backups.iterdir()})
    return {name: stat.S_IMODE(path.stat().st_mode) for name, path in found.items()}


def expected(paths: AppPaths) -> dict[str, int]:
    want = {"data": 0o700, "backups": 0o700, "media": 0o700, "logs": 0o700, "database": 0o600, "log": 0o600}
    want.update({p.name: 0o600 for p in paths.backups.iterdir()})
    return want


@posix_only
def test_a_fresh_start_makes_folders_and_files_only_the_user_can_read() -> None:
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    paths = app_paths()
    old_umask = os.umask(0o022)
    try:
        backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    finally:
        os.umask(old_umask)
    assert modes(paths) == expected(paths)


@posix_only
def test_loose_folders_and_files_are_tightened_on_start_up() -> None:
    paths = app_paths().ensure()
    drafts_db(paths, "Personal details of a resident")
    backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    (paths.logs).mkdir(exist_ok=True)
    (paths.logs / "crier.log").write_text("old log\n")
    for folder in (paths.data, paths.backups, paths.media, paths.logs):
        folder.chmod(0o755)
    for file in (paths.database, paths.logs / "crier.log", *paths.backups.iterdir()):
        file.chmod(0o644)
    result = crier("outbox")
    assert result.returncode == 0, result.stderr
    assert modes(paths) == expected(paths)
