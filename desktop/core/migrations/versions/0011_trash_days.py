"""A draft leaves the Trash for good only after days of use, not on the clock's word alone.

Drafts in the Trash were deleted 30 days after they were put there by the wall clock, so a PC whose clock
jumped ahead by more than that (a flat CMOS battery, a bad time server answer) lost every trashed draft at
the next start. Each draft in the Trash now counts the separate days it was seen there (``trash_days``, the
last being ``trash_seen_on``; the store's ``purge_old_trash``). Drafts already in the Trash start at 0.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("drafts", sa.Column("trash_days", sa.Integer, nullable=False, server_default="0"))
    op.add_column("drafts", sa.Column("trash_seen_on", sa.Date, nullable=True))


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
