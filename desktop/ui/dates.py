"""Dates and times as the officer's own system writes them, with British English where it says nothing.

Under a bare C locale (a fresh Linux account, a service, some locked-down images) Qt writes "6 12 2026
13:03"; ``use_system_locale`` makes en-GB the fallback for the whole app, date pickers included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

if TYPE_CHECKING:  # (datetime itself is imported where a date is written: not before the window shows)
    from datetime import datetime

FALLBACK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def app_locale(system: QLocale | None = None) -> QLocale:
    """The system's locale, unless it is the C locale (no preference at all): then en-GB."""
    locale = system if system is not None else QLocale.system()
    return FALLBACK if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage) else locale


def use_system_locale(system: QLocale | None = None) -> QLocale:
    """Make ``app_locale`` every widget's default locale (call before the first window is made)."""
    locale = app_locale(system)
    QLocale.setDefault(locale)
    return locale


def local_time_text(when: datetime, now: datetime | None = None) -> str:
    """'14:02' today, '21 Nov' this year, else '21 Nov 2025' — how desktop mail clients show it.

    ``when`` (and ``now``) are naive UTC, as the database keeps them; month names and the clock come from
    the locale.
    """
    from datetime import UTC, datetime

    local = when.replace(tzinfo=UTC).astimezone()
    today = (now.replace(tzinfo=UTC) if now else datetime.now(UTC)).astimezone()
    locale = QLocale()
    if local.date() == today.date():
        return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    date = QDate(local.year, local.month, local.day)
    return locale.toString(date, "d MMM" if local.year == today.year else "d MMM yyyy")


def local_date_and_time(when: datetime, now: datetime | None = None) -> tuple[str, str]:
    """('24 Dec', '09:00'), with the year when it is not this year: for "on {date} at {time}"."""
    from datetime import UTC, datetime

    local = when.replace(tzinfo=UTC).astimezone()
    today = (now.replace(tzinfo=UTC) if now else datetime.now(UTC)).astimezone()
    locale = QLocale()
    date = locale.toString(
        QDate(local.year, local.month, local.day), "d MMM" if local.year == today.year else "d MMM yyyy"
    )
    return date, locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def date_time_text(when: datetime, now: datetime | None = None) -> str:
    """'24 Dec 09:00' (the year too when it is not this year): a time that matters, such as a schedule."""
    return " ".join(local_date_and_time(when, now))
