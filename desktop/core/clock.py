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


def positive_seconds(value: str) -> float | None:
    """A positive, finite number of seconds, else None (the caller keeps its default)."""
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 < seconds < float("inf") else None


def env_seconds(name: str) -> timedelta | None:
    """A positive number of seconds from the environment variable ``name`` (support's and tests' knob), or
    None when it is unset, not a number, not positive or not finite."""
    from datetime import timedelta

    seconds = positive_seconds(os.environ.get(name, "").strip())
    return timedelta(seconds=seconds) if seconds is not None else None
