"""An audit-log entry's detail in the reader's language.

The team database writes each entry's detail as an English phrase ("version 2", "attempt 1 by bob").
Those phrases are a small fixed set, one kind per action, written by Crier's own SQL functions (team
migrations t0001-t0003), so the reader recognises the kind from the entry's action and takes its values
out of the phrase; it is then shown like any marked message. This reads every row ever written, needs no
change to the team database and none to the functions that write the log. A send error is the post's
marked error (``outbox.error_text``, t0005) while that still reads as the detail (``team_error``'s rule).
Anything else (a person's own words: a comment, a decision's note, a reason; a phrase a later version
writes) is shown as it was written.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.team.pairs import team_error
from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

#: The team roles, as a "person_added" entry names them.
ROLES = {
    "author": QT_TRANSLATE_NOOP("core.team", "author"),
    "approver": QT_TRANSLATE_NOOP("core.team", "approver"),
    "admin": QT_TRANSLATE_NOOP("core.team", "admin"),
}

#: Per action, the detail the team database writes (values as named groups) and the same words marked; the
#: history shows it after the action ("bob started sending it: attempt 1 by bob").
PHRASES: dict[str, tuple[tuple[re.Pattern[str], Text], ...]] = {
    "edited": (
        (re.compile(r"version (?P<version>\d+)"), QT_TRANSLATE_NOOP("core.team", "version {version}")),
    ),
    "edit_conflict": (
        (
            re.compile(
                r"edited from version (?P<base>\d+) while version (?P<current>\d+) was current; both are kept"
            ),
            QT_TRANSLATE_NOOP(
                "core.team", "edited from version {base} while version {current} was current; both are kept"
            ),
        ),
    ),
    "sending": (
        (
            re.compile(r"attempt (?P<attempt>\d+) by (?P<person>.+)", re.DOTALL),
            QT_TRANSLATE_NOOP("core.team", "attempt {attempt} by {person}"),
        ),
    ),
    "taken_over": (
        (re.compile(r"from (?P<person>.+)", re.DOTALL), QT_TRANSLATE_NOOP("core.team", "from {person}")),
    ),
    "sent": ((re.compile(r"as (?P<ids>.+)", re.DOTALL), QT_TRANSLATE_NOOP("core.team", "as {ids}")),),
    "waiting_for_pair": (
        (
            re.compile(r"waits for submission (?P<id>\d+) to be approved"),
            QT_TRANSLATE_NOOP("core.team", "waits for submission {id} to be approved"),
        ),
    ),
    "submitted": (
        (
            re.compile(r"the Welsh of a pair with submission (?P<id>\d+)"),
            QT_TRANSLATE_NOOP("core.team", "the Welsh of a pair with submission {id}"),
        ),
        (
            re.compile(r"the English of a pair with submission (?P<id>\d+)"),
            QT_TRANSLATE_NOOP("core.team", "the English of a pair with submission {id}"),
        ),
    ),
    "purged": (
        (
            re.compile(r"(?P<count>\d+) drafts past retention"),
            QT_TRANSLATE_NOOP("core.team", "{count} drafts past retention"),
        ),
    ),
    "person_added": (
        (
            re.compile(r"(?P<name>.+) as (?P<role>author|approver|admin)", re.DOTALL),
            QT_TRANSLATE_NOOP("core.team", "{name} as {role}"),
        ),
    ),
}

#: Actions whose detail is a send error (``crier.failed``'s message).
SEND_ERRORS = ("send_failed", "needs_attention")


def audit_detail(action: str, detail: str | None, error_text: Any = None) -> str:
    """An entry's detail, marked (``Text``) where it is one of the database's phrases or a send error kept
    marked, else as it was written. ``error_text`` is the entry's post's ``outbox.error_text``, if any."""
    detail = detail or ""
    if action in SEND_ERRORS:
        return team_error(detail, error_text)
    for pattern, text in PHRASES.get(action, ()):
        if (found := pattern.fullmatch(detail)) is not None:
            values: dict[str, Any] = found.groupdict()
            if "role" in values:
                values["role"] = ROLES[values["role"]]
            return text.format(**values)
    return detail
