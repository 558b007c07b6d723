"""The app's one notion of "now", apart from the database models so the window can use it before
SQLAlchemy is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (datetime itself comes with the first "now": not before the window shows)
    from datetime import datetime


def utcnow() -> datetime:
    """Naive UTC with millisecond precision, so values round-trip through SQLite exactly."""
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)
