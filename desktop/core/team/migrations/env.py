"""Alembic environment for the team database: Crier hands over an open connection; its version table
lives in the ``crier`` schema beside the team's tables."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, version_table_schema="crier")
with context.begin_transaction():
    context.run_migrations()
