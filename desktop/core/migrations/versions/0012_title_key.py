"""Title A–Z sorts by a stored key (``core.collation.title_key``), not SQLite's lower(display_title).

lower() folds ASCII only and SQLite compares code points, so a title beginning with an accented capital
("Ŵyl") came after "Zebra" and Welsh titles ignored the Welsh alphabet (ch after cy, ll after ly). Each
draft gets its key here, in its language (a bilingual draft's in Welsh, posted first unless the team sets
otherwise; the store keys it by the order set from its next save on), and the list's index moves to it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.collation import title_key

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would rebuild the table and drop the full-text triggers on it.
    op.add_column("drafts", sa.Column("title_key", sa.Text, nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, display_title, language, bilingual FROM drafts")).all()
    keys = [
        {"id": r.id, "key": title_key(r.display_title, "cy" if r.bilingual else r.language)} for r in rows
    ]
    if keys:
        conn.execute(sa.text("UPDATE drafts SET title_key = :key WHERE id = :id"), keys)
    op.drop_index("ix_drafts_live_title", table_name="drafts")
    op.create_index("ix_drafts_live_title_key", "drafts", ["deleted_at", "title_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_drafts_live_title_key", table_name="drafts")
    op.create_index("ix_drafts_live_title", "drafts", ["deleted_at", sa.text("lower(display_title)"), "id"])
    op.drop_column("drafts", "title_key")
