"""A local database as an older Crier left it, for the upgrade tests: a real SQLite file migrated only
as far as a given revision, with the caller's old rows written in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection


@contextmanager
def database_at(path: Path, revision: str) -> Iterator[Connection]:
    """Upgrade the database at ``path`` to ``revision`` and yield the connection to add old rows; the
    rows are committed and the file closed on leaving, so ``open_database`` meets it as a fresh start
    would."""
    from alembic import command
    from alembic.config import Config

    from desktop.core.db import MIGRATIONS_DIR, Database, make_engine

    old = Database(make_engine(f"sqlite:///{path}"), path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with old.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            yield conn
    finally:
        old.close()
