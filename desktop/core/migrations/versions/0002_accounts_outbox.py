"""Accounts and the outbox.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("network", sa.String(20), nullable=False),
        sa.Column("handle", sa.String(200), nullable=False, server_default=""),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("remote_id", sa.String(100), nullable=False, server_default=""),
        sa.Column("service_url", sa.String(300), nullable=False, server_default=""),
        sa.Column("auth_kind", sa.String(30), nullable=False, server_default=""),
        sa.Column("secret_names", sa.JSON, nullable=False),
        sa.Column("status", sa.String(30), nullable=False, server_default="connected"),
        sa.Column("status_message", sa.Text, nullable=False, server_default=""),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("is_default", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("drafts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("batch", sa.String(40), nullable=False, server_default=""),
        sa.Column("state", sa.String(20), nullable=False, server_default="queued"),
        sa.Column("parts", sa.JSON, nullable=False),
        sa.Column("media", sa.JSON, nullable=False),
        sa.Column("language", sa.String(10), nullable=False, server_default="en"),
        sa.Column("scheduled_at", sa.DateTime, nullable=True),
        sa.Column("next_attempt_at", sa.DateTime, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("attempt_id", sa.String(40), nullable=False, server_default=""),
        sa.Column("idempotency", sa.JSON, nullable=False),
        sa.Column("remote_ids", sa.JSON, nullable=False),
        sa.Column("remote_url", sa.String(500), nullable=False, server_default=""),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("error_kind", sa.String(30), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_posts_account_state", "posts", ["account_id", "state", "id"])
    op.create_index("ix_posts_due", "posts", ["state", "next_attempt_at"])
    op.create_table(
        "post_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("from_state", sa.String(20), nullable=False, server_default=""),
        sa.Column("to_state", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_post_events_post", "post_events", ["post_id", "id"])


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
