"""Plain-text output for the headless commands: their words in the interface language, aligned columns
and the window's words for states.

A person reading ``crier outbox`` in a terminal should see what the Outbox window says ("Waiting: the
account needs connecting", "Scheduled for 24 Dec 09:00"), not the database's state names, and in the
language the window would speak: the commands read the window's compiled catalogue (``ui.language`` as the
user and policy set it, else the computer's language). Their own words are marked as core's are, with
``translate("cli", …)`` (said at once) or ``QT_TRANSLATE_NOOP("cli", …)`` (said when shown: option help,
read only for ``--help``), so ``pyside6-lupdate`` collects them; ``say()`` gives any marked text, core's
included, in that language.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from desktop.core.posts import PostView
    from desktop.core.waiting import WaitReason


@functools.cache
def _catalogue() -> Callable[[str], str]:
    from desktop.ui.i18n import shown_without_app  # QtCore's translator, without a QApplication

    return shown_without_app()


def forget_language() -> None:
    """Choose the language again at the next message (each run of ``crier`` reads it once)."""
    _catalogue.cache_clear()


def say(text: str) -> str:
    """Marked text (the commands' own or core's, with its values) in the interface language; other text
    (a draft's own words, a handle) as it is."""
    return _catalogue()(text) if isinstance(text, Text) else text


def translate(context: str, source: str) -> str:  # spelt as Qt's, for lupdate
    """The commands' own words in the interface language; ``.format()`` fills in their ``{name}`` fields, by
    name (a translation may reorder them). lupdate reads only literal, positional arguments."""
    return say(Text(context, source))


#: argparse's own words (through its gettext hook ``argparse._``), in the catalogue under "argparse".
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


@contextlib.contextmanager
def _argparse_words(words: Callable[[str], str]) -> Iterator[None]:
    """argparse looks its words up through ``argparse._`` as it works: ``words`` while a ``Parser`` does."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def _marked(words: str) -> str:
    return Text("argparse", words)


def _said(words: str) -> str:
    return say(Text("argparse", words))


class HelpFormatter(argparse.HelpFormatter):
    """Help in the interface language: descriptions, option help and headings are marked text, said here
    (so building the parser reads no catalogue; only ``--help`` does)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return say(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(say(text))

    def start_section(self, heading: str | None) -> None:
        super().start_section(say(heading) if heading else heading)


class Parser(argparse.ArgumentParser):
    """``crier``'s parser (its subcommands' too): help, usage and errors in the interface language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        with _argparse_words(_marked):
            super().__init__(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with _argparse_words(_said):
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with _argparse_words(_said):
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_words(_said):
            return super().format_help()


#: The team roles as people read them.
ROLE_NAMES = {
    "author": QT_TRANSLATE_NOOP("cli", "author"),
    "approver": QT_TRANSLATE_NOOP("cli", "approver"),
    "admin": QT_TRANSLATE_NOOP("cli", "admin"),
}


#: What ``crier team init`` did (``team.schema.init_team``'s answer).
TEAM_INIT_DONE = {
    "created": QT_TRANSLATE_NOOP(
        "cli", "Team database {database} created; this PC joined as {user} ({role})."
    ),
    "upgraded": QT_TRANSLATE_NOOP(
        "cli", "Team database {database} upgraded; this PC joined as {user} ({role})."
    ),
    "up to date": QT_TRANSLATE_NOOP(
        "cli", "Team database {database} up to date; this PC joined as {user} ({role})."
    ),
}


def role_name(role: str) -> str:
    return say(ROLE_NAMES.get(role, role))


def when_text(when: datetime | str | None) -> str:
    """A stored time in the computer's zone: '24 Dec 2026 09:00'. A naive time is UTC (the local database's);
    the team outbox's comes as ISO text."""
    if isinstance(when, str):
        try:
            when = datetime.fromisoformat(when) if when else None
        except ValueError:
            return when  # shown as it came rather than not at all
    if when is None:
        return ""
    return local_time(when if when.tzinfo else when.replace(tzinfo=UTC)).lstrip("0")


#: Month names as the commands write dates ("24 Dec 2026 09:00"), in the interface language.
MONTHS = (
    QT_TRANSLATE_NOOP("cli", "Jan"), QT_TRANSLATE_NOOP("cli", "Feb"), QT_TRANSLATE_NOOP("cli", "Mar"),
    QT_TRANSLATE_NOOP("cli", "Apr"), QT_TRANSLATE_NOOP("cli", "May"), QT_TRANSLATE_NOOP("cli", "Jun"),
    QT_TRANSLATE_NOOP("cli", "Jul"), QT_TRANSLATE_NOOP("cli", "Aug"), QT_TRANSLATE_NOOP("cli", "Sep"),
    QT_TRANSLATE_NOOP("cli", "Oct"), QT_TRANSLATE_NOOP("cli", "Nov"), QT_TRANSLATE_NOOP("cli", "Dec"),
)  # fmt: skip


def local_time(when: datetime, *, year: bool = True) -> str:
    """An aware (or naive UTC) time in the computer's zone, "04 Dec 2026 09:00", the month in the interface
    language; a time the computer can't convert is written in UTC."""
    try:
        when, zone = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(), ""
    except (OverflowError, ValueError, OSError):
        zone = " UTC"
    month = say(MONTHS[when.month - 1])
    return f"{when.day:02d} {month}{when.strftime(' %Y' if year else '')} {when:%H:%M}{zone}"


def state_text(post: PostView, reason: WaitReason | None = None) -> str:
    """The Outbox window's words for a post's state (desktop/ui/outbox_model.py says the same); a waiting
    post says why it waits (``core.waiting``).
    """
    from desktop.core.posts import State

    if reason is not None:  # the window's own words for it, translated under its context
        from desktop.core.waiting import WAIT_TEXTS

        when = when_text(reason.when) if reason.when else ""
        values = {"when": when, "network": reason.network, "post": reason.behind}
        return say(Text("OutboxModel", WAIT_TEXTS[reason.kind], values))
    if post.state is State.SENT and len(post.parts) > 1:
        return translate("cli", "Sent ({n} parts)").format(n=len(post.parts))
    if post.state is State.SENDING and len(post.parts) > 1:
        return translate("cli", "Sending part {i} of {n}").format(
            i=len(post.remote_ids) + 1, n=len(post.parts)
        )
    states = {
        State.QUEUED: QT_TRANSLATE_NOOP("cli", "Queued"),
        State.SENDING: QT_TRANSLATE_NOOP("cli", "Sending…"),
        State.SENT: QT_TRANSLATE_NOOP("cli", "Sent"),
        State.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("cli", "Needs attention"),
        State.CANCELLED: QT_TRANSLATE_NOOP("cli", "Cancelled"),
    }
    return say(states.get(post.state, post.state.value))


def _width(text: str) -> int:
    """Terminal cells: wide (East Asian, most emoji) characters take two, combining marks none."""
    cells = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        cells += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return cells


#: Bidirectional overrides and isolates: they reorder what a terminal shows after them.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible(text: str) -> str:
    """Someone's words as a terminal should show them: a control character (ESC starts the terminal's own
    commands: hide the rest, wipe the line) or a bidirectional override written as its code, never obeyed."""
    return "".join(
        f"<U+{ord(c):04X}>" if (unicodedata.category(c) == "Cc" and c not in "\t\n") or c in _BIDI else c
        for c in text
    )


def one_line(text: str, cells: int) -> str:
    """The text on one line (its control characters shown, ``visible``), cut to ``cells`` with an ellipsis."""
    flat = visible(" ".join(text.split()))
    if _width(flat) <= cells:
        return flat
    out, used = [], 0
    for char in flat:
        if used + _width(char) > cells - 1:
            break
        out.append(char)
        used += _width(char)
    return "".join(out) + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, two spaces apart; the last column is left ragged."""
    widths = [max([_width(h), *(_width(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - _width(c)) for c, w in zip(cells[:-1], widths, strict=False)]
        return "  ".join([*padded, cells[-1]]).rstrip()

    return "\n".join([line(headers), *(line(r) for r in rows)])


#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text and never runs: a post, title or comment pasted from a hostile
    message and starting with =, +, -, @ (or a tab or return before one) would be a formula in Excel."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value
