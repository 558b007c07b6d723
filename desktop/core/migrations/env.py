"""Alembic environment: Crier always hands over an open connection, so there is no offline mode."""

from __future__ import annotations

from alembic import context

from desktop.core.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
