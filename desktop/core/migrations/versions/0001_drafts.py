"""Drafts, their revisions and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("display_title", sa.String(200), nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="draft"),
        sa.Column("networks", sa.JSON, nullable=False),
        sa.Column("language", sa.String(10), nullable=False, server_default="en"),
        sa.Column("ignored_findings", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_drafts_live_updated", "drafts", ["deleted_at", "updated_at", "id"])
    op.create_index("ix_drafts_live_title", "drafts", ["deleted_at", sa.text("lower(display_title)"), "id"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("drafts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_revisions_draft_id", "revisions", ["draft_id", "created_at"])
    # External-content FTS5: the index holds no second copy of the text. remove_diacritics 2 folds
    # Welsh and other accents on both the indexed text and the query, so "wyl" finds "ŵyl".
    op.execute(
        "CREATE VIRTUAL TABLE drafts_fts USING fts5(display_title, body,"
        " content='drafts', content_rowid='id',"
        ' tokenize="unicode61 remove_diacritics 2")'
    )
    op.execute(
        "CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN"
        " INSERT INTO drafts_fts(rowid, display_title, body)"
        " VALUES (new.id, new.display_title, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN"
        " INSERT INTO drafts_fts(drafts_fts, rowid, display_title, body)"
        " VALUES ('delete', old.id, old.display_title, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER drafts_fts_update AFTER UPDATE OF display_title, body ON drafts BEGIN"
        " INSERT INTO drafts_fts(drafts_fts, rowid, display_title, body)"
        " VALUES ('delete', old.id, old.display_title, old.body);"
        " INSERT INTO drafts_fts(rowid, display_title, body)"
        " VALUES (new.id, new.display_title, new.body); END"
    )


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
