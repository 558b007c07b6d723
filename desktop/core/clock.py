"""The app's one notion of "now", apart from the database models so the window can use it before
SQLAlchemy is imported."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (datetime itself comes with the first "now": not before the window shows)
    from datetime import datetime, timedelta


def utcnow() -> datetime:
    """Naive UTC with millisecond precision, so values round-trip through SQLite exactly."""
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def env_seconds(name: str) -> timedelta | None:
    """A positive number of seconds from the environment variable ``name`` (support's and tests' knob), or
    None when it is unset, not a number or not positive."""
    from datetime import timedelta

    value = os.environ.get(name, "").strip()
    try:
        seconds = float(value) if value else 0.0
    except ValueError:
        return None
    return timedelta(seconds=seconds) if seconds > 0 else None
