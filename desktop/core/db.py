"""Opening the database: durability settings, recovery from damage, and migrations.

Every connection runs in WAL mode with ``synchronous=FULL`` so a committed save survives a power cut,
and with foreign keys on. Writers take the lock up front (``BEGIN IMMEDIATE``) so the GUI and the
headless ``crier sync`` never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import backup
from desktop.core.errors import CrierError
from desktop.core.paths import PRIVATE_FILE, AppPaths, create_private_file, make_private
from desktop.core.translatable import QT_TRANSLATE_NOOP, Moment

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest schema this build knows; a test checks it matches the migrations' head.
HEAD_REVISION = "0012"
#: How long a connection waits for another's lock before giving up with "in use by another program".
BUSY_TIMEOUT_S = 15
#: The only SQLite result codes that say anything about the file itself.
_CORRUPTION = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_URL_EXAMPLES = "sqlite:///path/to/crier.sqlite3 or postgresql+psycopg://host/database"


class DatabaseError(CrierError):
    """A problem opening the database, with a message written for the person using the app."""

    #: The command line's exit status for it: 1, a problem to look into; 2, bad input.
    exit_code = 1

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class NewerDatabaseError(DatabaseError):
    pass


class DatabaseUrlError(DatabaseError):
    """``--database-url`` names something Crier must not open (or can't): bad input, nothing touched."""

    exit_code = 2


@dataclass
class Database:
    engine: Engine
    path: Path | None
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed (and so durable) when the block ends without error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @staticmethod
    @contextmanager
    def transaction(connection: Connection, begin: str = "IMMEDIATE") -> Iterator[Connection]:
        """A transaction on a connection the caller holds for several (the sync engine's run: one pool
        checkout and return for the run, not one per transaction). ``begin`` is SQLite's BEGIN mode:
        "IMMEDIATE" for a write (as ``write``'s), committed (durable) when the block ends without
        error; "" for a lone read statement, which SQLite runs as its own transaction (one snapshot)."""
        connection.execution_options(sqlite_begin=begin)
        with connection.begin():
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself; pysqlite's implicit transactions get in the way.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    if mode:  # "": a lone statement (``Database.transaction``), its own transaction
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def check_url(url: str) -> URL:
    """The parsed URL, or a DatabaseUrlError in one sentence (not echoing the URL: it may hold a password)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        problem = QT_TRANSLATE_NOOP(
            "core.db", "The --database-url value is not a database URL; give {examples}."
        )
        raise DatabaseUrlError(problem.format(examples=_URL_EXAMPLES)) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        problem = QT_TRANSLATE_NOOP("core.db", "Crier can't use a {backend} database; give {examples}.")
        raise DatabaseUrlError(problem.format(backend=repr(backend), examples=_URL_EXAMPLES))
    try:
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError:
        problem = QT_TRANSLATE_NOOP(
            "core.db", "Crier doesn't know the database driver {driver}; give {examples}."
        )
        raise DatabaseUrlError(
            problem.format(driver=repr(parsed.drivername), examples=_URL_EXAMPLES)
        ) from None
    except ImportError as error:
        problem = QT_TRANSLATE_NOOP(
            "core.db", "The database driver {driver} is not installed; give {examples}."
        )
        driver = repr(error.name or parsed.drivername)
        raise DatabaseUrlError(problem.format(driver=driver, examples=_URL_EXAMPLES)) from None
    return parsed


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _move_aside(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(aside)
    for extra in ("-wal", "-shm"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + extra))
    return aside


def _code(error: sqlite3.Error) -> int:
    """SQLite's primary result code (the extended code's low byte)."""
    return getattr(error, "sqlite_errorcode", 0) & 0xFF


def _read_only(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(backup.read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S))


def _tables(path: Path) -> set[str]:
    """The file's table names, read without writing anything (raises SQLite's own error)."""
    with _read_only(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _inspect(path: Path) -> set[str] | None:
    """The file's tables, or None when SQLite calls it corrupt or not a database and quick_check agrees.

    Anything else (a full disk, a lock held past the busy timeout, permissions, an I/O error) says
    nothing about the file, so it raises a DatabaseError in plain words instead.
    """
    try:
        return _tables(path)
    except sqlite3.Error as error:
        if _code(error) not in _CORRUPTION:
            raise DatabaseError(explain(error, path) or str(error)) from error
    try:
        with _read_only(path) as conn:
            verdict = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        if _code(error) in _CORRUPTION:
            return None
        raise DatabaseError(explain(error, path) or str(error)) from error
    return None if verdict != [("ok",)] else _tables(path)


def recover_if_damaged(path: Path, backups_dir: Path, now: datetime | None = None) -> list[str]:
    """Move a damaged file aside (never delete it) and put the newest healthy backup in its place.

    Only damage SQLite reports and ``PRAGMA quick_check`` confirms counts; other failures raise a
    DatabaseError and leave the file where it is.
    """
    if not path.exists() or _inspect(path) is not None:
        return []
    return _recover(path, backups_dir, now)


def _recover(path: Path, backups_dir: Path, now: datetime | None = None) -> list[str]:
    now = now or datetime.now()
    aside = _move_aside(path, now)
    log.error("The database is damaged (confirmed by quick_check); moved it to %s", aside)
    restored = backup.newest_healthy_backup(backups_dir)
    if restored is None:
        return [
            QT_TRANSLATE_NOOP(
                "core.db",
                "Your drafts database could not be read, so Crier started a new, empty one. The damaged file"
                " is kept at {aside} — nothing was deleted. Contact IT if you need drafts recovered from it.",
            ).format(aside=str(aside))
        ]
    shutil.copy2(restored, path)
    make_private(path, PRIVATE_FILE)
    when = Moment(datetime.fromtimestamp(restored.stat().st_mtime, UTC).replace(tzinfo=None))  # in Welsh too
    return [
        QT_TRANSLATE_NOOP(
            "core.db",
            "Your drafts database could not be read, so Crier restored your latest backup, from {when}."
            " Changes made after that may be missing. The damaged file is kept at {aside} — nothing was"
            " deleted.",
        ).format(when=when, aside=str(aside))
    ]


def _damaged(name: str) -> str:
    damaged = QT_TRANSLATE_NOOP(
        "core.db", "{name} is damaged; Crier left it exactly as it is — ask IT to restore it from a backup."
    )
    return damaged.format(name=name)


def _sqlite_error(error: BaseException | None) -> sqlite3.Error | OSError | None:
    """The SQLite or operating-system error behind ``error`` (SQLAlchemy wraps it as ``orig``)."""
    for _ in range(8):
        if error is None or isinstance(error, sqlite3.Error | OSError):
            return error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def _disk_full(path: Path | None) -> bool:
    """SQLite reports a full disk while growing its shared-memory file as an I/O error: look."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 1_000_000
    except OSError:
        return False


def explain(error: BaseException, path: Path | None) -> str | None:
    """One sentence for a storage failure on ``path`` (SQLite's or the system's), or None if it is not one."""
    found = _sqlite_error(error)
    if found is None:
        return None
    name = _database_name(path)
    full = QT_TRANSLATE_NOOP(
        "core.db", "{name} can't be written because the disk is full; free some space and try again."
    )
    if isinstance(found, OSError):
        if found.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return full.format(name=name)
        why = (found.strerror or str(found)).lower()
        return QT_TRANSLATE_NOOP(
            "core.db", "{name} can't be used ({why}); nothing was moved or deleted."
        ).format(name=name, why=why)
    code = _code(found)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return QT_TRANSLATE_NOOP(
            "core.db",
            "{name} is in use by another program and stayed locked for {seconds} seconds;"
            " close other copies of Crier and try again (nothing was moved or deleted).",
        ).format(name=name, seconds=BUSY_TIMEOUT_S)
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_full(path)):
        return full.format(name=name)
    if code == sqlite3.SQLITE_READONLY:
        return QT_TRANSLATE_NOOP(
            "core.db",
            "{name} or its folder is read-only, so Crier can't save; ask IT to check its permissions.",
        ).format(name=name)
    if code in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH):
        return QT_TRANSLATE_NOOP(
            "core.db", "{name} can't be opened; check that you may read and write it and its folder."
        ).format(name=name)
    if code == sqlite3.SQLITE_IOERR:
        return QT_TRANSLATE_NOOP(
            "core.db",
            "{name} couldn't be read or written because the disk reported an error; nothing was moved or"
            " deleted — try again, and tell IT if it keeps happening.",
        ).format(name=name)
    if code in _CORRUPTION:
        return _damaged(name)
    problem = QT_TRANSLATE_NOOP(
        "core.db", "{name} reported a problem ({error}); nothing was moved or deleted."
    )
    return problem.format(name=name, error=str(found))


def _database_name(path: Path | None) -> str:
    """How a message names the database: "The drafts database /path/crier.sqlite3"."""
    if path is None:
        return QT_TRANSLATE_NOOP("core.db", "The drafts database")
    return QT_TRANSLATE_NOOP("core.db", "The drafts database {path}").format(path=str(path))


def explain_for_url(error: BaseException, url: str | None) -> str | None:
    """:func:`explain` for an SQLite failure in the database a command used (``--database-url``, or
    Crier's own file); None for anything else, such as a closed pipe."""
    from desktop.core.paths import app_paths

    if not isinstance(_sqlite_error(error), sqlite3.Error):
        return None
    try:
        path = sqlite_path(url) if url else app_paths().database
    except ArgumentError:
        path = None
    return explain(error, path)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in scripts.walk_revisions()}


def migrate(db: Database, backups_dir: Path | None) -> None:
    """Bring the schema up to date, backing the file up first; refuse a database from a newer app."""
    current = current_revision(db.engine)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in _known_revisions():
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "core.db",
                "This drafts database was last used by a newer version of Crier, so this version can't open"
                " it safely. Install the newer version of Crier (ask IT), then start it again. Your drafts"
                " are unchanged.",
            )
        )
    if current is not None and db.path is not None and backups_dir is not None:
        backup.backup_database(db.path, backups_dir, backup.PREMIGRATION_PREFIX)
        backup.prune(backups_dir, backup.PREMIGRATION_PREFIX, keep=3)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("Database schema upgraded from %s to %s", current, HEAD_REVISION)


def _same_file(a: Path, b: Path) -> bool:
    return os.path.normcase(a.absolute()) == os.path.normcase(b.absolute())


NOT_CRIER = QT_TRANSLATE_NOOP("core.db", "{path} is not a Crier database.")


def _prepare_file(path: Path, backups_dir: Path | None) -> list[str]:
    """Check an SQLite target before SQLAlchemy touches it; only Crier's own file is ever recovered.

    ``backups_dir`` is None for a file named by ``--database-url``: Crier's backups are not of that file,
    so a damaged one is reported and left alone.
    """
    if path.is_dir():
        folder = QT_TRANSLATE_NOOP(
            "core.db", "{path} is a folder, not a Crier database; give the path of a database file."
        )
        raise DatabaseUrlError(folder.format(path=str(path)))
    if not path.parent.is_dir():
        missing = QT_TRANSLATE_NOOP(
            "core.db",
            "The folder {folder} does not exist; Crier creates only the database file, in a folder that"
            " exists.",
        )
        raise DatabaseUrlError(missing.format(folder=str(path.parent)))
    if not path.exists():
        create_private_file(path)
        return []
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        make_private(path.with_name(name), PRIVATE_FILE)
    foreign = DatabaseUrlError if backups_dir is None else DatabaseError
    if backups_dir is None and not backup.looks_like_sqlite(path):
        raise foreign(NOT_CRIER.format(path=str(path)))
    tables = _inspect(path)
    if tables is None:
        if backups_dir is None:
            raise DatabaseError(_damaged(_database_name(path)))
        notices = _recover(path, backups_dir)
        if not path.exists():
            create_private_file(path)
        return notices
    if tables and "alembic_version" not in tables:
        raise foreign(NOT_CRIER.format(path=str(path)))
    return []


def open_database(paths: AppPaths, url: str | None = None) -> Database:
    """Open (creating, recovering and migrating as needed) the database the app works on.

    Storage failures (full disk, a lock, permissions, I/O) come out as a DatabaseError in plain words,
    and the file is left as it was.
    """
    if url:
        check_url(url)
    url = url or f"sqlite:///{paths.database}"
    path = sqlite_path(url)
    notices: list[str] = []
    try:
        if path is not None:
            own = _same_file(path, paths.database)
            notices += _prepare_file(path, paths.backups if own else None)
        db = Database(make_engine(url), path, notices)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(explain(error, path) or str(error)) from error
    try:
        migrate(db, paths.backups)
    except BaseException as error:
        db.close()
        if path is not None:
            message = explain(error, path)
        elif isinstance(error, OperationalError):
            host = make_url(url).host or "the address given"
            message = QT_TRANSLATE_NOOP(
                "core.db",
                "Crier can't connect to the database server at {host}; check the address and the user"
                " name, and that the server is running.",
            ).format(host=host)
        else:
            message = None
        if message is not None:
            raise DatabaseError(message) from error
        raise
    return db
