"""Search and the drafts list see a bilingual draft's Welsh and English words, not only ``body``.

The full-text index (0001) held ``display_title`` and ``body``; a bilingual draft's words are in ``text_cy``
and ``text_en``, so search never found it and the list called it "Untitled draft" (or by a stale early
note). The index gains both sides and is rebuilt from the drafts as they are, and a bilingual draft with no
title of its own is named by its first Welsh line, else its first English line (Welsh is posted first unless
the team sets otherwise; the store names it by the order set from its next save on).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = "display_title, body, text_cy, text_en"
OLD = "old.display_title, old.body, old.text_cy, old.text_en"
NEW = "new.display_title, new.body, new.text_cy, new.text_en"
TITLE_MAX = 200  # drafts.TITLE_MAX when this was written; copied so the migration never changes meaning


def _first_line(*texts: str) -> str:
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                return " ".join(line.split())[:TITLE_MAX]
    return ""


def upgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS drafts_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS drafts_fts")
    # Named before the new index exists: its update trigger would delete words it does not hold yet.
    conn = op.get_bind()
    untitled = conn.execute(
        sa.text("SELECT id, text_cy, text_en FROM drafts WHERE bilingual AND trim(title) = ''")
    ).fetchall()
    rename = sa.text("UPDATE drafts SET display_title = :title WHERE id = :id")
    for draft_id, text_cy, text_en in untitled:
        conn.execute(rename, {"title": _first_line(text_cy, text_en), "id": draft_id})
    op.execute(
        f"CREATE VIRTUAL TABLE drafts_fts USING fts5({COLUMNS},"
        " content='drafts', content_rowid='id',"
        ' tokenize="unicode61 remove_diacritics 2")'
    )
    op.execute(
        f"CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN"
        f" INSERT INTO drafts_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END"
    )
    op.execute(
        f"CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN"
        f" INSERT INTO drafts_fts(drafts_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD}); END"
    )
    op.execute(
        f"CREATE TRIGGER drafts_fts_update AFTER UPDATE OF {COLUMNS} ON drafts BEGIN"
        f" INSERT INTO drafts_fts(drafts_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});"
        f" INSERT INTO drafts_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END"
    )
    op.execute("INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild')")


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
