"""The drafts store against a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.core.db import Database, open_database
from desktop.core.models import utcnow
from desktop.core.paths import AppPaths, app_paths
from desktop.core.search_query import fts_query
from desktop.core.store import DraftQuery, DraftStore, Sort, StoreError, View, derive_title


@pytest.fixture
def paths() -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def db(paths: AppPaths) -> Database:
    database = open_database(paths)
    yield database
    database.close()


def test_connection_is_durable(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_create_save_and_read_back_from_a_new_connection(store: DraftStore, paths: AppPaths) -> None:
    draft = store.create(body="Bin collections change next week.")
    store.save(draft.id, title="", body="Bin collections change next week.\nCheck your day online.")
    raw = sqlite3.connect(paths.database)
    body = raw.execute("SELECT body, display_title FROM drafts WHERE id=?", (draft.id,)).fetchone()
    assert body == (
        "Bin collections change next week.\nCheck your day online.",
        "Bin collections change next week.",
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Road works", "anything", "Road works"),
        ("", "\n\n  First   line  \nsecond", "First line"),
        ("   ", "", ""),
        ("", "x" * 500, "x" * 200),
    ],
)
def test_derive_title(title: str, body: str, expected: str) -> None:
    assert derive_title(title, body) == expected


def test_duplicate_trash_restore_and_empty(store: DraftStore) -> None:
    original = store.create(title="Library hours", body="Open late on Thursdays")
    copy = store.duplicate(original.id)
    assert copy.id != original.id and copy.title == "Library hours (copy)" and copy.body == original.body
    assert store.trash([original.id]) == 1
    live = [s.id for s in store.page(DraftQuery())]
    trashed = [s.id for s in store.page(DraftQuery(view=View.TRASH))]
    assert live == [copy.id] and trashed == [original.id]
    assert store.restore([original.id]) == 1
    assert store.count(DraftQuery(view=View.TRASH)) == 0
    store.trash([original.id, copy.id])
    assert store.empty_trash() == 2
    assert store.count(DraftQuery()) == 0


def test_search_is_prefix_and_accent_insensitive(store: DraftStore) -> None:
    welsh = store.create(body="Mae'r ŵyl fwyd yng Nghaerdydd ddydd Sadwrn")
    french = store.create(body="Café culture on the high street")
    store.create(body="Nothing relevant here")
    assert [s.id for s in store.page(DraftQuery("wyl"))] == [welsh.id]
    assert [s.id for s in store.page(DraftQuery("ŵyl"))] == [welsh.id]
    assert [s.id for s in store.page(DraftQuery("caerd"))] == []  # mutated initial: a different word
    assert [s.id for s in store.page(DraftQuery("nghaerd"))] == [welsh.id]
    assert [s.id for s in store.page(DraftQuery("cafe cult"))] == [french.id]
    assert [s.id for s in store.page(DraftQuery("CAFÉ"))] == [french.id]
    assert store.page(DraftQuery('"*^(')) == []  # punctuation only: no query, no crash


def test_search_follows_edits_and_titles(store: DraftStore) -> None:
    draft = store.create(body="Parking permits")
    store.save(draft.id, title="Resident zones", body="Something else entirely")
    assert store.count(DraftQuery("parking")) == 0
    assert store.count(DraftQuery("resident")) == 1
    assert store.count(DraftQuery("entirely")) == 1


def test_fts_query_quotes_every_token() -> None:
    assert fts_query('bins AND "NEAR" tip*') == '"bins"* "AND"* "NEAR"* "tip"*'
    assert fts_query("  ") is None


@pytest.mark.parametrize("sort", list(Sort))
def test_keyset_pages_cover_everything_once_even_with_equal_timestamps(store: DraftStore, sort: Sort) -> None:
    same_time = datetime(2026, 11, 1, 9, 0)
    ids = []
    for i in range(57):
        draft = store.create(body=f"Draft {i % 7}")
        store.save(
            draft.id, title="", body=f"Draft {i % 7} edited", now=same_time + timedelta(seconds=i // 10)
        )
        ids.append(draft.id)
    seen: list[int] = []
    after = None
    while True:
        page = store.page(DraftQuery(sort=sort), after, limit=10)
        if not page:
            break
        seen += [s.id for s in page]
        after = page[-1].cursor(sort)
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))


def test_revisions_are_snapshotted_and_restorable(store: DraftStore) -> None:
    start = utcnow() - timedelta(hours=1)
    draft = store.create(body="v1")
    store.save(draft.id, title="", body="v2", now=start)
    store.save(draft.id, title="", body="v3", now=start + timedelta(seconds=30))  # too soon: no snapshot
    store.save(draft.id, title="", body="v4", now=start + timedelta(minutes=5))
    history = [r.body for r in store.revisions(draft.id)]
    assert history == ["v3", "v1"]
    oldest = store.revisions(draft.id)[-1]
    restored = store.restore_revision(draft.id, oldest.id)
    assert restored.body == "v1"
    assert store.revisions(draft.id)[0].body == "v4"  # the replaced text is kept, so restore can be undone


def test_odd_text_round_trips(store: DraftStore) -> None:
    samples = [
        "x" * 1_000_000,
        "NUL\x00inside",
        "שלום עולם مرحبا بالعالم",
        "e\u0301 a\u0308 Z\u0336\u0336",
        "🧑‍🧑‍🧒 family",
    ]
    for body in samples:
        draft = store.create(body=body)
        assert store.get(draft.id).body == body
    lone = store.create(body="broken \ud800 surrogate")
    assert store.get(lone.id).body == "broken \ufffd surrogate"


def test_disk_full_is_reported_plainly(store: DraftStore, db: Database) -> None:
    draft = store.create(body="short")
    with db.engine.connect() as conn:
        page_count = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # Every pooled connection must see the cap: set it on connect, as a full disk would bite them all.
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute(f"PRAGMA max_page_count = {page_count}")

    db.engine.dispose()
    with pytest.raises(StoreError) as failure:
        store.save(draft.id, title="", body="y" * 2_000_000)
    assert failure.value.user_message.startswith("Not saved: the disk is full")
    assert store.get(draft.id).body == "short"


def test_read_only_database_is_reported_plainly(store: DraftStore, db: Database) -> None:
    draft = store.create(body="short")
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _ro(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA query_only = ON")

    db.engine.dispose()
    with pytest.raises(StoreError) as failure:
        store.save(draft.id, title="", body="changed")
    assert "read-only" in failure.value.user_message


def test_schema_matches_models(db: Database) -> None:
    """The migration and the ORM models describe the same tables and columns."""
    from desktop.core.models import Base

    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = {row[1] for row in conn.execute(text(f"PRAGMA table_info({table.name})"))}
            assert cols == {c.name for c in table.columns}, table.name


def test_status_views_filter_live_drafts(store: DraftStore, db: Database) -> None:
    from sqlalchemy import update

    from desktop.core.models import Draft

    unposted = store.create(body="a")
    queued = store.create(body="b")
    posted = store.create(body="c")
    with db.write() as session:
        session.execute(update(Draft).where(Draft.id == queued.id).values(status="queued"))
        session.execute(update(Draft).where(Draft.id == posted.id).values(status="sent"))
    store.trash([posted.id])
    assert [s.id for s in store.page(DraftQuery(view=View.UNPOSTED))] == [unposted.id]
    assert [s.id for s in store.page(DraftQuery(view=View.QUEUED))] == [queued.id]
    assert store.page(DraftQuery(view=View.POSTED)) == []  # trashed drafts stay in the Trash
    assert store.count(DraftQuery(view=View.DRAFTS)) == 2


PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_attached_images_are_copied_and_carry_alt_text(store: DraftStore, tmp_path) -> None:  # noqa: ANN001
    original = tmp_path / "photo.png"
    original.write_bytes(PNG_1X1)
    draft = store.create(body="Park reopens")
    attached = store.attach(draft.id, original)
    copy = attached.media[0]
    assert copy.mime_type == "image/png" and copy.alt_text == ""
    original.unlink()  # moving or deleting the original doesn't break the draft
    from pathlib import Path

    assert Path(copy.path).read_bytes() == PNG_1X1
    store.set_alt_text(draft.id, 0, "  The park gates, open  ")
    assert store.get(draft.id).media[0].alt_text == "The park gates, open"
    assert store.detach(draft.id, 0).media == ()


def test_attach_refuses_non_images_and_a_fifth_image(store: DraftStore, tmp_path) -> None:  # noqa: ANN001
    fake = tmp_path / "notes.png"
    fake.write_text("not really a picture")
    draft = store.create(body="x")
    with pytest.raises(StoreError, match="isn't a PNG, JPEG, GIF or WebP"):
        store.attach(draft.id, fake)
    real = tmp_path / "a.png"
    real.write_bytes(PNG_1X1)
    for _ in range(4):
        store.attach(draft.id, real)
    with pytest.raises(StoreError, match="at most 4 images"):
        store.attach(draft.id, real)
    with pytest.raises(StoreError, match="couldn't read"):
        store.attach(draft.id, tmp_path / "missing.jpg")
