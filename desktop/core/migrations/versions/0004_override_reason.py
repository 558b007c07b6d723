"""Why a post went out despite a check that stops posts: the reason given for the override.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0003: nothing to rebuild, and existing posts had no override.
    op.add_column("posts", sa.Column("override_reason", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
