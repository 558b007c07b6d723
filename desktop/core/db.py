"""Opening the database: durability settings, recovery from damage, and migrations.

Every connection runs in WAL mode with ``synchronous=FULL`` so a committed save survives a power cut,
and with foreign keys on. Writers take the lock up front (``BEGIN IMMEDIATE``) so the GUI and the
headless ``crier sync`` never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import backup
from desktop.core.paths import AppPaths

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest schema this build knows; a test checks it matches the migrations' head.
HEAD_REVISION = "0004"


class DatabaseError(Exception):
    """A problem opening the database, with a message written for the person using the app."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class NewerDatabaseError(DatabaseError):
    pass


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

    def close(self) -> None:
        self.engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself; pysqlite's implicit transactions get in the way.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 15000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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


def _readable(path: Path) -> bool:
    if not backup.looks_like_sqlite(path):
        return False
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return True


def recover_if_damaged(path: Path, backups_dir: Path, now: datetime | None = None) -> list[str]:
    """Move a damaged file aside (never delete it) and put the newest healthy backup in its place."""
    if not path.exists() or _readable(path):
        return []
    now = now or datetime.now()
    aside = _move_aside(path, now)
    log.error("The database could not be read; moved it to %s", aside)
    restored = backup.newest_healthy_backup(backups_dir)
    if restored is None:
        return [
            f"Your drafts database could not be read, so Crier started a new, empty one. The damaged file"
            f" is kept at {aside} — nothing was deleted. Contact IT if you need drafts recovered from it."
        ]
    shutil.copy2(restored, path)
    when = datetime.fromtimestamp(restored.stat().st_mtime).strftime("%d %b %Y %H:%M")
    return [
        f"Your drafts database could not be read, so Crier restored your latest backup, from {when}."
        f" Changes made after that may be missing. The damaged file is kept at {aside} — nothing was deleted."
    ]


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
            "This drafts database was last used by a newer version of Crier, so this version can't open it"
            " safely. Install the newer version of Crier (ask IT), then start it again. Your drafts are"
            " unchanged."
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


def open_database(paths: AppPaths, url: str | None = None) -> Database:
    """Open (creating, recovering and migrating as needed) the database the app works on."""
    url = url or f"sqlite:///{paths.database}"
    path = sqlite_path(url)
    notices: list[str] = []
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        notices += recover_if_damaged(path, paths.backups)
    db = Database(make_engine(url), path, notices)
    try:
        migrate(db, paths.backups)
    except BaseException:
        db.close()
        raise
    return db
