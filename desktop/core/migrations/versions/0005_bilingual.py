"""Bilingual drafts and paired posts: a draft's Welsh and English texts; a post's pair and place in it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, as in 0003 and 0004: existing drafts are monolingual (``body``), existing posts
    # unpaired, so the defaults describe them exactly.
    op.add_column("drafts", sa.Column("bilingual", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("drafts", sa.Column("text_cy", sa.Text, nullable=False, server_default=""))
    op.add_column("drafts", sa.Column("text_en", sa.Text, nullable=False, server_default=""))
    op.add_column("posts", sa.Column("pair_id", sa.String(40), nullable=False, server_default=""))
    op.add_column("posts", sa.Column("pair_index", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_posts_pair", "posts", ["pair_id"])


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
