"""Outbox errors, post events and account statuses are kept as a message's source and values (JSON), so
each reader sees them in their own language (``desktop/core/stored_text.py``).

Rows written before stay plain English text and are shown as they are; the one fixed sentence older
versions wrote for every signed-out account becomes its marked form, so it reads in Welsh too. The revision
also stops an older Crier, which would show the JSON as it is, from opening the database.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: Sentences with no values that older versions stored in English: (table, column, context, source).
#: Written out here rather than imported, so this migration means the same whatever core says later.
FIXED = (
    (
        "accounts",
        "status_message",
        "core.accounts",
        "Signed out. Connect this account again to post its queued posts.",
    ),
)


def upgrade() -> None:
    for table, column, context, source in FIXED:
        message = {"context": context, "source": source, "values": {}}
        stored = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
        update = sa.text(f"UPDATE {table} SET {column} = :stored WHERE {column} = :source")  # noqa: S608
        op.execute(update.bindparams(stored=stored, source=source))


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
