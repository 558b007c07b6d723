"""Revisions keep a bilingual draft's Welsh and English texts, so an earlier version restores both.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, as in 0005: existing revisions are of monolingual text (``body``), which the
    # defaults describe exactly.
    op.add_column("revisions", sa.Column("bilingual", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("revisions", sa.Column("text_cy", sa.Text, nullable=False, server_default=""))
    op.add_column("revisions", sa.Column("text_en", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
