"""Opening the database: migrations, damage, newer versions and backups."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backup
from desktop.core.db import (
    HEAD_REVISION,
    NewerDatabaseError,
    _known_revisions,
    current_revision,
    open_database,
)
from desktop.core.paths import AppPaths, app_paths
from desktop.core.store import DraftQuery, DraftStore
from tests.old_databases import database_at


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


def _draft_bodies(paths: AppPaths) -> list[str]:
    db = open_database(paths)
    try:
        store = DraftStore(db)
        return sorted(store.get(s.id).body for s in store.page(DraftQuery()))
    finally:
        db.close()


def test_head_revision_constant_matches_migrations() -> None:
    from alembic.script import ScriptDirectory

    from desktop.core.db import MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in _known_revisions()


def test_a_newer_database_is_refused_and_left_untouched(paths: AppPaths) -> None:
    open_database(paths).close()
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError) as refused:
        open_database(paths)
    assert "newer version of Crier" in refused.value.user_message
    assert paths.database.read_bytes() == before


def test_garbage_file_is_moved_aside_and_backup_restored(paths: AppPaths) -> None:
    db = open_database(paths)
    DraftStore(db).create(body="from the backup")
    db.close()
    backup.backup_database(paths.database, paths.backups, backup.DAILY_PREFIX)
    db = open_database(paths)
    DraftStore(db).create(body="after the backup")
    db.close()
    for extra in ("-wal", "-shm"):
        Path(f"{paths.database}{extra}").unlink(missing_ok=True)
    paths.database.write_bytes(b"this is not a database at all" * 100)

    db = open_database(paths)
    try:
        assert any("restored your latest backup" in n for n in db.notices)
    finally:
        db.close()
    assert _draft_bodies(paths) == ["from the backup"]
    damaged = [p for p in paths.data.iterdir() if ".damaged-" in p.name]
    assert len(damaged) == 1 and damaged[0].read_bytes().startswith(b"this is not a database")


def test_damaged_pages_without_backup_start_fresh_and_keep_the_file(paths: AppPaths) -> None:
    db = open_database(paths)
    DraftStore(db).create(body="x")
    db.close()
    data = bytearray(paths.database.read_bytes())
    data[16:100] = b"\xff" * 84  # wreck the header's page size and more
    paths.database.write_bytes(bytes(data))
    db = open_database(paths)
    try:
        assert any("started a new, empty one" in n for n in db.notices)
        assert DraftStore(db).count(DraftQuery()) == 0
    finally:
        db.close()
    assert [p for p in paths.data.iterdir() if ".damaged-" in p.name]


def test_daily_backups_keep_the_last_seven(paths: AppPaths) -> None:
    db = open_database(paths)
    DraftStore(db).create(body="x")
    db.close()
    start = datetime(2026, 11, 1, 12, 0)
    made = []
    for day in range(10):
        now = start + timedelta(days=day)
        result = backup.daily_backup_if_due(paths.database, paths.backups, keep=7, now=now)
        assert result is not None
        os.utime(result, (now.timestamp(), now.timestamp()))
        made.append(result)
    kept = backup.backups(paths.backups, backup.DAILY_PREFIX)
    assert kept == list(reversed(made[-7:]))
    assert all(backup.is_healthy(p) for p in kept)
    # Same day again: nothing new.
    later = start + timedelta(days=9, hours=3)
    assert backup.daily_backup_if_due(paths.database, paths.backups, keep=7, now=later) is None


def test_upgrade_from_an_older_schema_backs_up_first_and_keeps_drafts(paths: AppPaths) -> None:
    with database_at(paths.database, "0001") as conn:
        conn.exec_driver_sql(
            "INSERT INTO drafts (title, display_title, body, status, networks, language, ignored_findings,"
            " created_at, updated_at) VALUES ('', 'Old', 'Old draft', 'draft', '[]', 'en', '[]',"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )

    db = open_database(paths)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
    finally:
        db.close()
    made = backup.backups(paths.backups, backup.PREMIGRATION_PREFIX)
    assert len(made) == 1 and backup.is_healthy(made[0])
    raw = sqlite3.connect(made[0])
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    raw.close()
    assert _draft_bodies(paths) == ["Old draft"]


def test_upgrade_to_one_owner_per_remote_id_keeps_an_id_already_on_two_posts_with_the_older(
    paths: AppPaths,
) -> None:
    """A database the repeated-post defect left with one network id on two posts still opens (0008)."""
    with database_at(paths.database, "0007") as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (network, secret_names, settings, created_at) VALUES"
            " ('mastodon', '[]', '{}', '2026-01-01 00:00:00')"
        )
        for remote_ids in ('["111"]', '["111"]', '["222", ""]'):  # the 2nd took the 1st's id
            conn.exec_driver_sql(
                "INSERT INTO posts (account_id, parts, media, idempotency, remote_ids, state, created_at,"
                f" updated_at) VALUES (1, '[]', '[]', '{{}}', '{remote_ids}', 'sent', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"
            )

    db = open_database(paths)
    try:
        with db.engine.connect() as conn:
            owners = conn.exec_driver_sql(
                "SELECT remote_id, post_id FROM post_remote_ids ORDER BY remote_id"
            ).fetchall()
            assert [tuple(row) for row in owners] == [("111", 1), ("222", 3)]
            with pytest.raises(Exception, match="UNIQUE"):
                conn.exec_driver_sql(
                    "INSERT INTO post_remote_ids (account_id, remote_id, post_id) VALUES (1, '222', 1)"
                )
    finally:
        db.close()
