"""An audit-log entry's detail in the reader's language.

Since team migration t0009 the database keeps each of its own phrases as an id and its values
(``audit_log.detail_args``, e.g. ``{"phrase": "attempt", "attempt": 1, "person": "bob"}``) beside the
English ``detail``; ``crier.said`` writes that English from the same id, and ``SAID`` below has each id's
words marked for the catalogue (tests/test_team_history.py holds the two lists together). A send error
keeps its marked form in the entry (``{"phrase": "error", "error": ...}``, ``stored_text``'s form) and is
shown as ``team_error`` shows one while it still reads as the detail.

Rows written before t0009 have no ``detail_args``: their phrase is recognised from the entry's action with
the patterns below (``WRITTEN``, what t0001-t0008 wrote), and a send error from its post's marked error
(``outbox.error_text``, t0005). Anything else (a person's own words: a comment, a decision's note, a
reason) is shown as it was written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from desktop.core.team.pairs import team_error
from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

#: The team roles, as a "person_added" entry names them.
ROLES = {
    "author": QT_TRANSLATE_NOOP("core.team", "author"),
    "approver": QT_TRANSLATE_NOOP("core.team", "approver"),
    "admin": QT_TRANSLATE_NOOP("core.team", "admin"),
}

#: Each phrase the team database writes (``crier.said``, team migration t0009), by id; its ``{fields}`` are
#: the values the entry keeps, by name. The history shows it after the action ("bob started sending it:
#: attempt 1 by bob").
SAID: dict[str, Text] = {
    "version": QT_TRANSLATE_NOOP("core.team", "version {version}"),
    "edit_conflict": QT_TRANSLATE_NOOP(
        "core.team", "edited from version {base} while version {current} was current; both are kept"
    ),
    "attempt": QT_TRANSLATE_NOOP("core.team", "attempt {attempt} by {person}"),
    "taken_from": QT_TRANSLATE_NOOP("core.team", "from {person}"),
    "sent_as": QT_TRANSLATE_NOOP("core.team", "as {ids}"),
    "waits_for": QT_TRANSLATE_NOOP("core.team", "waits for submission {id} to be approved"),
    "welsh_of_pair": QT_TRANSLATE_NOOP("core.team", "the Welsh of a pair with submission {id}"),
    "english_of_pair": QT_TRANSLATE_NOOP("core.team", "the English of a pair with submission {id}"),
    "purged": QT_TRANSLATE_NOOP("core.team", "{count} drafts past retention"),
    "person_role": QT_TRANSLATE_NOOP("core.team", "{name} as {role}"),
    "account": QT_TRANSLATE_NOOP("core.team", "{network} {handle}"),
    "setting": QT_TRANSLATE_NOOP("core.team", "{setting} = {value}"),
    "person": QT_TRANSLATE_NOOP("core.team", "{person}"),
    "images": QT_TRANSLATE_NOOP("core.team", "image {n}: {alt}"),  # one each, joined by IMAGES_AND
}
#: How the "images" phrase joins its images' descriptions ("image 1: …; image 2: …").
IMAGES_AND = QT_TRANSLATE_NOOP("core.team", "{earlier}; {later}")

#: Per action, the detail the team database wrote before t0009 (values as named groups) and its phrase.
WRITTEN: dict[str, tuple[tuple[re.Pattern[str], Text], ...]] = {
    "edited": ((re.compile(r"version (?P<version>\d+)"), SAID["version"]),),
    "edit_conflict": (
        (
            re.compile(
                r"edited from version (?P<base>\d+) while version (?P<current>\d+) was current; both are kept"
            ),
            SAID["edit_conflict"],
        ),
    ),
    "sending": ((re.compile(r"attempt (?P<attempt>\d+) by (?P<person>.+)", re.DOTALL), SAID["attempt"]),),
    "taken_over": ((re.compile(r"from (?P<person>.+)", re.DOTALL), SAID["taken_from"]),),
    "sent": ((re.compile(r"as (?P<ids>.+)", re.DOTALL), SAID["sent_as"]),),
    "waiting_for_pair": (
        (re.compile(r"waits for submission (?P<id>\d+) to be approved"), SAID["waits_for"]),
    ),
    "submitted": (
        (re.compile(r"the Welsh of a pair with submission (?P<id>\d+)"), SAID["welsh_of_pair"]),
        (re.compile(r"the English of a pair with submission (?P<id>\d+)"), SAID["english_of_pair"]),
    ),
    "purged": ((re.compile(r"(?P<count>\d+) drafts past retention"), SAID["purged"]),),
    "person_added": (
        (re.compile(r"(?P<name>.+) as (?P<role>author|approver|admin)", re.DOTALL), SAID["person_role"]),
    ),
}

#: Actions whose detail is a send error (``crier.failed``'s message).
SEND_ERRORS = ("send_failed", "needs_attention")


def audit_detail(action: str, detail: str | None, error_text: Any = None, args: Any = None) -> str:
    """An entry's detail, marked (``Text``) where it is one of the database's phrases or a send error kept
    marked, else as it was written. ``error_text`` is the entry's post's ``outbox.error_text``, if any, and
    ``args`` the entry's ``detail_args`` (t0009), if any."""
    detail = detail or ""
    phrase = args.get("phrase") if isinstance(args, Mapping) else None
    if action in SEND_ERRORS:
        return team_error(detail, args.get("error") if phrase == "error" else error_text)
    if phrase is not None and (said := _phrase_text(args)) is not None:
        return said
    for pattern, text in WRITTEN.get(action, ()):
        if (found := pattern.fullmatch(detail)) is not None:
            return _filled(text, found.groupdict())
    return detail


def _phrase_text(args: Mapping[str, Any]) -> Text | None:
    """A ``detail_args`` phrase in marked words, or None when this Crier doesn't know it (a later one's)."""
    text = SAID.get(str(args.get("phrase")))
    if text is None:
        return None
    try:
        if args["phrase"] == "images":
            shown = [text.format(n=image["n"], alt=image["alt"]) for image in args["images"]]
            joined = shown[0]
            for later in shown[1:]:
                joined = IMAGES_AND.format(earlier=joined, later=later)
            return joined
        values = {key: value for key, value in args.items() if key != "phrase"}
        if not _fields(text) <= values.keys():
            return None
        return _filled(text, values)
    except (KeyError, IndexError, TypeError, ValueError):
        return None  # not the values this Crier's words need: shown as the database wrote it


def _fields(text: Text) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text.source) if name}


def _filled(text: Text, values: dict[str, Any]) -> Text:
    if isinstance(values.get("role"), str):
        values["role"] = ROLES.get(values["role"], values["role"])
    if isinstance(values.get("ids"), list):
        values["ids"] = tuple(str(one) for one in values["ids"])
    return text.format(**values)
