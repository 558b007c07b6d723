"""Images attached to drafts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: batch mode would rebuild the table and drop the full-text triggers on it.
    op.add_column("drafts", sa.Column("media", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
