"""Text from core that people read, marked so the window can show it in Welsh while core stays Qt-free.

Core builds its messages in English (logs, tests and anything that only wants a string read them as
before), but each one is a ``Text``: a str that also remembers the catalogue context, the English source
it was made from and the values filled in. ``desktop.ui.i18n.shown()`` looks the source up with
``QCoreApplication.translate`` and fills in the same values, so a finding made on a worker thread reads in
the interface language when it is shown. The marker below is spelled as Qt's, so ``pyside6-lupdate`` (run
over desktop/core too: TR_SOURCES in the Makefile) collects every marked source into the catalogue. (lupdate
marks ``translate(..., n)`` as having plural forms only when n is a literal, so core words plurals as two
marked sources, "1 character" and "{n} characters"; Welsh writes a digit and the singular noun either way.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (datetime itself is imported where a time is written: not before the window shows)
    import datetime as dt


class Text(str):
    """English text with what the catalogue needs to give it in another language.

    ``values`` fill its ``{name}`` fields and may themselves be ``Text`` (translated in turn), dates and
    ``Moment``s (written in the reader's language), tuples of these (listed with commas) or plain values
    (as they are).
    """

    __slots__ = ("context", "source", "values")
    context: str
    source: str
    values: Mapping[str, Any]

    def __new__(cls, context: str, source: str, values: Mapping[str, Any] | None = None) -> Text:
        english = source
        if values:
            english = english.format(**{key: _english(value) for key, value in values.items()})
        self = super().__new__(cls, english)
        self.context, self.source, self.values = context, source, dict(values or {})
        return self

    def format(self, *args: object, **values: Any) -> Text:
        """The same text with its ``{name}`` fields filled in (by name only: a translation may reorder)."""
        if args:
            raise TypeError("Text.format takes named values only, so a translation can put them in any order")
        return Text(self.context, self.source, {**self.values, **values})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.values))


class Moment:
    """A time in a message, written as the reader's clock shows it: "14:05" on the day, else "Tue 3 Jun
    14:05" (weekday and month in the reader's language when the UI shows it). ``utc`` is naive UTC.

    A small value class rather than a dataclass: this module is read before the window shows, and the
    dataclasses module and the code a dataclass generates cost start-up about 3 ms. (Not a named tuple:
    a tuple among a message's values is a list, written "a, b, c".)"""

    __slots__ = ("utc",)

    def __init__(self, utc: dt.datetime) -> None:
        self.utc = utc

    def __eq__(self, other: object) -> bool:
        return self.utc == other.utc if isinstance(other, Moment) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.utc)

    def __repr__(self) -> str:
        return f"Moment(utc={self.utc!r})"

    def local(self) -> dt.datetime:
        import datetime as dt

        return self.utc.replace(tzinfo=dt.UTC).astimezone()

    def __str__(self) -> str:
        import datetime as dt

        local = self.local()
        if local.date() == dt.datetime.now().astimezone().date():
            return local.strftime("%H:%M")
        return f"{local.strftime('%a')} {local.day} {local.strftime('%b %H:%M')}"


def _english(value: Any) -> Any:
    """A date reads as "7 May 2026" (the UI gives it in the reader's language), a tuple as "a, b, c";
    anything else as itself."""
    import datetime as dt

    if isinstance(value, tuple):
        return ", ".join(str(_english(item)) for item in value)
    return f"{value.day} {value:%B %Y}" if isinstance(value, dt.date) else value


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for the catalogue under ``context``; it reads as English until the UI shows it."""
    return Text(context, source)
