"""A network id belongs to one post only: ``post_remote_ids`` with UNIQUE (account, remote id).

A landing check ("did the earlier attempt land?") matches by text, so a post repeated on purpose could
be recorded under the earlier post's id and never go out. The sync engine now asks this table before it
accepts a match and records each id here in the commit that records it on the post, where the UNIQUE
constraint refuses a second owner outright.

Databases already holding the same id on two posts (the defect this fixes) keep it on the older post
only; the later one still shows the id in its own record, as it did before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "post_remote_ids",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("remote_id", sa.String(100), nullable=False),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
        sa.UniqueConstraint("account_id", "remote_id", name="uq_post_remote_ids_account_remote"),
    )
    bind = op.get_bind()
    owned: set[tuple[int, str]] = set()
    rows = []
    for post_id, account_id, remote_ids in bind.execute(
        sa.text("SELECT id, account_id, remote_ids FROM posts ORDER BY id")
    ):
        ids = json.loads(remote_ids) if isinstance(remote_ids, str) else remote_ids
        for remote_id in ids or []:
            if remote_id and (account_id, remote_id) not in owned:
                owned.add((account_id, remote_id))
                rows.append({"account_id": account_id, "remote_id": str(remote_id), "post_id": post_id})
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
