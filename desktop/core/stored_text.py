"""Messages kept in a database in a form any reader's language can show: a ``Text``'s source and values.

An outbox error or an account's status is written once (often on a worker, or by ``crier sync`` at night)
and read later, perhaps in the other language. Storing the English sentence froze it in English; storing
the catalogue context, the English source and the values (as JSON) lets the window and the CLI translate
it when it is shown, as they do a fresh ``Text``. A plain string (a row written before this, a message
that was never marked) is kept and read back as it is. ``models.StoredText`` does this for a column, so
the ORM and the sync engine's Core statements write and read ``Text`` without knowing; this module has
no SQLAlchemy, for stores that use sqlite3 itself (``team.local``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.core.translatable import Moment, Text

#: How a stored message starts; no English sentence does (see ``load``).
_MARK = '{"context":'


def dump(message: str) -> str:
    """``message`` as it is kept: JSON for a ``Text``, anything else as it is."""
    if not isinstance(message, Text):
        return message
    return json.dumps(_text(message), ensure_ascii=False, separators=(",", ":"))


def load(stored: str | None) -> str:
    """What ``dump`` kept: a ``Text`` again (English as ``str``), or the plain string as it was."""
    if not stored or not stored.startswith(_MARK):
        return stored or ""
    try:
        return _untext(json.loads(stored))
    except (ValueError, TypeError, KeyError, AttributeError):
        return stored  # not ours after all: shown as it is


def from_data(data: Any) -> Text | None:
    """What ``dump`` kept, already parsed (a PostgreSQL jsonb column): its ``Text``, or None."""
    try:
        return _untext(data) if isinstance(data, dict) else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def data(message: str) -> dict[str, Any] | None:
    """``message`` for a jsonb column: its source and values if it is a ``Text``, else None."""
    return _text(message) if isinstance(message, Text) else None


def _text(text: Text) -> dict[str, Any]:
    return {
        "context": text.context,
        "source": text.source,
        "values": {k: _value(v) for k, v in text.values.items()},
    }


def _value(value: Any) -> Any:
    """A value as JSON: marked kinds tagged (one key), plain ones as they are, anything else in English."""
    if isinstance(value, Text):
        return {"text": _text(value)}
    if isinstance(value, Moment):
        return {"moment": value.utc.isoformat()}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple | list):
        return {"list": [_value(item) for item in value]}
    if value is None or isinstance(value, bool | int | float | str):
        return str(value) if isinstance(value, str) else value
    return str(value)


def _untext(data: dict[str, Any]) -> Text:
    values = {str(k): _unvalue(v) for k, v in (data.get("values") or {}).items()}
    return Text(str(data["context"]), str(data["source"]), values)


def _unvalue(value: Any) -> Any:
    if not isinstance(value, dict) or len(value) != 1:
        return value
    ((tag, inner),) = value.items()
    if tag == "text":
        return _untext(inner)
    if tag == "moment":
        return Moment(dt.datetime.fromisoformat(inner))
    if tag == "datetime":
        return dt.datetime.fromisoformat(inner)
    if tag == "date":
        return dt.date.fromisoformat(inner)
    if tag == "list":
        return tuple(_unvalue(item) for item in inner)
    return value
