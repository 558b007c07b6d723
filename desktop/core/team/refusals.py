"""The team database's refusals in the reader's language.

The team's functions refuse in SQL (``RAISE EXCEPTION`` in ``team/migrations``), in English, with a
SQLSTATE that says it is a decision rather than a fault (``connection.REFUSALS``). The database stays
English (psql users and the server log read it); here each sentence the migrations raise is matched and
given as a marked ``Text`` with the same English and values, so the window and the CLI show it in Welsh
too. A sentence not listed (a newer team database) is shown as the database said it.
"""

from __future__ import annotations

import re

from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

#: A submission's state as a refusal names it ("submission 7 is approved and ..."): the database's own
#: English word, so the English sentence is the database's.
STATE_WORDS = {
    "submitted": QT_TRANSLATE_NOOP("core.team state", "submitted"),
    "resubmitted": QT_TRANSLATE_NOOP("core.team state", "resubmitted"),
    "changes requested": QT_TRANSLATE_NOOP("core.team state", "changes requested"),
    "approved": QT_TRANSLATE_NOOP("core.team state", "approved"),
    "queued": QT_TRANSLATE_NOOP("core.team state", "queued"),
    "sending": QT_TRANSLATE_NOOP("core.team state", "sending"),
    "sent": QT_TRANSLATE_NOOP("core.team state", "sent"),
    "cancelled": QT_TRANSLATE_NOOP("core.team state", "cancelled"),
    "needs attention": QT_TRANSLATE_NOOP("core.team state", "needs attention"),
}

#: (what the database says, after "permission denied: ", as a pattern; the sentence to show).
_SAID: tuple[tuple[str, Text], ...] = (
    ("the audit log is append-only", QT_TRANSLATE_NOOP("core.team", "the audit log is append-only")),
    (
        "(?P<user>.+) is not a member of a Crier team",
        QT_TRANSLATE_NOOP("core.team", "{user} is not a member of a Crier team"),
    ),
    (
        "there is no submission (?P<id>.+) in your team",
        QT_TRANSLATE_NOOP("core.team", "there is no submission {id} in your team"),
    ),
    (
        "there is no account (?P<account>.+) in your team",
        QT_TRANSLATE_NOOP("core.team", "there is no account {account} in your team"),
    ),
    ("the post is empty", QT_TRANSLATE_NOOP("core.team", "the post is empty")),
    (
        "posts to (?P<account>.+) need approval first",
        QT_TRANSLATE_NOOP("core.team", "posts to {account} need approval first"),
    ),
    (
        "authors cannot approve or send back posts",
        QT_TRANSLATE_NOOP("core.team", "authors cannot approve or send back posts"),
    ),
    ("unknown decision (?P<decision>.+)", QT_TRANSLATE_NOOP("core.team", "unknown decision {decision}")),
    (
        "you cannot approve your own submission",
        QT_TRANSLATE_NOOP("core.team", "you cannot approve your own submission"),
    ),
    (
        "you cannot approve a submission you have edited",
        QT_TRANSLATE_NOOP("core.team", "you cannot approve a submission you have edited"),
    ),
    (
        "say what needs changing in a comment",
        QT_TRANSLATE_NOOP("core.team", "say what needs changing in a comment"),
    ),
    (
        "submission (?P<id>.+) is (?P<state>.+) and is not waiting for a decision",
        QT_TRANSLATE_NOOP("core.team", "submission {id} is {state} and is not waiting for a decision"),
    ),
    (
        "submission (?P<id>.+) was edited after you read it; read it again before deciding",
        QT_TRANSLATE_NOOP(
            "core.team", "submission {id} was edited after you read it; read it again before deciding"
        ),
    ),
    (
        "only the author or an approver can edit submission (?P<id>.+)",
        QT_TRANSLATE_NOOP("core.team", "only the author or an approver can edit submission {id}"),
    ),
    (
        "submission (?P<id>.+) is already being posted and can no longer be edited",
        QT_TRANSLATE_NOOP("core.team", "submission {id} is already being posted and can no longer be edited"),
    ),
    ("only a team admin can do that", QT_TRANSLATE_NOOP("core.team", "only a team admin can do that")),
    (
        "a role is author, approver or admin",
        QT_TRANSLATE_NOOP("core.team", "a role is author, approver or admin"),
    ),
    (
        "a user name is lower-case letters, digits, dots, dashes or underscores",
        QT_TRANSLATE_NOOP(
            "core.team", "a user name is lower-case letters, digits, dots, dashes or underscores"
        ),
    ),
    (
        "(?P<user>.+) belongs to another team",
        QT_TRANSLATE_NOOP("core.team", "{user} belongs to another team"),
    ),
    (
        "(?P<user>.+) is a database administrator role",
        QT_TRANSLATE_NOOP("core.team", "{user} is a database administrator role"),
    ),
    (
        "(?P<user>.+) is a database role outside this team; IT sets its password",
        QT_TRANSLATE_NOOP("core.team", "{user} is a database role outside this team; IT sets its password"),
    ),
    (
        "there is no team policy setting (?P<setting>.+)",
        QT_TRANSLATE_NOOP("core.team", "there is no team policy setting {setting}"),
    ),
    (
        "another Crier took over post (?P<id>.+)",
        QT_TRANSLATE_NOOP("core.team", "another Crier took over post {id}"),
    ),
    (
        r"post (?P<id>.+) waits for its pair \((?P<wait>.*)\)",
        QT_TRANSLATE_NOOP("core.team", "post {id} waits for its pair"),
    ),
    (
        "a pair needs a Welsh and an English account of your team",
        QT_TRANSLATE_NOOP("core.team", "a pair needs a Welsh and an English account of your team"),
    ),
    (
        "a pair needs both a Welsh and an English post",
        QT_TRANSLATE_NOOP("core.team", "a pair needs both a Welsh and an English post"),
    ),
    (  # images (team migration t0006)
        r"image (?P<n>\d+) has no description \(alt text\)",
        QT_TRANSLATE_NOOP("core.team", "image {n} has no description (alt text)"),
    ),
    (r"image (?P<n>\d+) is over 20 MB", QT_TRANSLATE_NOOP("core.team", "image {n} is over 20 MB")),
    (
        r"image (?P<n>\d+) is not the PNG, JPEG, GIF or WebP image it says it is",
        QT_TRANSLATE_NOOP("core.team", "image {n} is not the PNG, JPEG, GIF or WebP image it says it is"),
    ),
    (
        "a post can carry at most 4 images",
        QT_TRANSLATE_NOOP("core.team", "a post can carry at most 4 images"),
    ),
    (
        "each image needs its description and its bytes",
        QT_TRANSLATE_NOOP("core.team", "each image needs its description and its bytes"),
    ),
    (
        "submission (?P<id>.+) is (?P<state>.+), so its images can no longer be changed",
        QT_TRANSLATE_NOOP("core.team", "submission {id} is {state}, so its images can no longer be changed"),
    ),
    (
        "an image of a submission is never changed, only replaced with the submission",
        QT_TRANSLATE_NOOP(
            "core.team", "an image of a submission is never changed, only replaced with the submission"
        ),
    ),
    ("(?P<user>.+) is not in this team", QT_TRANSLATE_NOOP("core.team", "{user} is not in this team")),
    (
        "(?P<user>.+) does not publish for this account",
        QT_TRANSLATE_NOOP("core.team", "{user} does not publish for this account"),
    ),
    (
        "the parts of post (?P<id>.+) were recorded already",
        QT_TRANSLATE_NOOP("core.team", "the parts of post {id} were recorded already"),
    ),
    (
        "the parts of post (?P<id>.+) are not its approved text",
        QT_TRANSLATE_NOOP("core.team", "the parts of post {id} are not its approved text"),
    ),
    ("post (?P<id>.+) has (?P<n>.+) parts", QT_TRANSLATE_NOOP("core.team", "post {id} has {n} parts")),
    (  # sizes (team migration t0011)
        r"a post can be at most (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("core.team", "a post can be at most {n} characters"),
    ),
    (
        r"a comment or note can be at most (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("core.team", "a comment or note can be at most {n} characters"),
    ),
    (
        r"an account's name can be at most (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("core.team", "an account's name can be at most {n} characters"),
    ),
)
_PATTERNS = tuple((re.compile(pattern + r"\.?", re.DOTALL), text) for pattern, text in _SAID)


def refusal_text(said: str) -> str:
    """The marked sentence for what the team database said (without "permission denied: "), else ``said``."""
    for pattern, text in _PATTERNS:
        if (match := pattern.fullmatch(said)) is not None:
            values = match.groupdict()
            if "state" in values:
                values["state"] = STATE_WORDS.get(values["state"], values["state"])
            values.pop("wait", None)
            return text.format(**values) if values else text
    return said
