"""Creating and upgrading the team schema (Alembic, separate from the local drafts migrations), and
adding people as PostgreSQL roles.

``crier team init`` runs as a role that owns the (empty) database and may create roles, not a
superuser; running it again upgrades in place or does nothing. Two inits at once are serialised by a
transaction-level advisory lock.
"""

from __future__ import annotations

from pathlib import Path

import psycopg

from desktop.core.team.connection import REFUSALS, TeamError, TeamUrl, connect, refusal_message, scalar
from desktop.core.translatable import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "t0011"
_INIT_LOCK = 1667591494


def run_scripts(*scripts: str) -> None:
    """For a migration's upgrade: run each SQL script as written, through psycopg itself (no bind
    parameters, so ``%`` stays ``%``)."""
    from alembic import op

    raw = op.get_bind().connection.driver_connection
    if raw is None:
        raise RuntimeError("the team migration needs an open psycopg connection")
    for script in scripts:
        raw.execute(script)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _check_rights(conn: psycopg.Connection, url: TeamUrl) -> None:
    row = conn.execute(
        "SELECT r.rolsuper OR r.rolcreaterole, pg_get_userbyid(d.datdba) = current_user"
        " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"
    ).fetchone()
    if not row or not row[0] or not row[1]:
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "{user} can't set up the team database: run `crier team init` as a role that owns "
                "the database {name} and may create roles (CREATEROLE)",
            ).format(user=url.user, name=url.params["dbname"])
        )


def current_revision(conn: psycopg.Connection) -> str | None:
    exists = scalar(conn, "SELECT to_regclass('crier.alembic_version') IS NOT NULL")
    if not exists:
        return None
    row = conn.execute("SELECT version_num FROM crier.alembic_version").fetchone()
    return row[0] if row else None


def init_team(url: TeamUrl, password: str | None) -> str:
    """Create or upgrade the schema, roles and policies; the caller becomes the team's admin.

    Returns what happened ("created", "upgraded" or "up to date").
    """
    with connect(url, password) as conn:
        _check_rights(conn, url)
        before = current_revision(conn)
    if before is not None and before not in _known_revisions():
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "this team database was set up by a newer version of Crier; install that version first",
            )
        )
    if before != HEAD_REVISION:
        _upgrade(url, password)
    with connect(url, password) as conn:
        team = url.params["dbname"]
        conn.execute("INSERT INTO crier.teams (name) VALUES (%s) ON CONFLICT (name) DO NOTHING", (team,))
        conn.execute(
            "INSERT INTO crier.people (name, team_id, role)"
            " SELECT current_user, id, 'admin' FROM crier.teams WHERE name = %s"
            " ON CONFLICT (name) DO NOTHING",
            (team,),
        )
    if before is None:
        return "created"
    return "up to date" if before == HEAD_REVISION else "upgraded"


def _upgrade(url: TeamUrl, password: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, pool

    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(url, password, autocommit=False),
        poolclass=pool.NullPool,
    )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_INIT_LOCK})")
            conn.exec_driver_sql("CREATE SCHEMA IF NOT EXISTS crier")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def add_person(conn: psycopg.Connection, name: str, role: str, password: str | None) -> None:
    """Create (or update) the PostgreSQL role NAME in the caller's team; the password travels hashed."""
    verifier = None
    if password:
        verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
    try:
        conn.execute("SELECT crier.add_person(%s, %s, %s)", (name, role, verifier))
    except REFUSALS as error:
        raise TeamError(refusal_message(error)) from None
