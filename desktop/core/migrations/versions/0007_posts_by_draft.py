"""Posts are found by the draft they came from: the drafts list asks where each loaded draft went out.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Without it "where did these 200 drafts go out" reads every sent post (34 ms at 100,000 posts);
    # with it, only theirs.
    op.create_index("ix_posts_draft", "posts", ["draft_id", "state"])


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
