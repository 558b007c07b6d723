"""A team submission's or team post's state in words: one table for the Team view and `crier outbox`.

The database keeps states as names (``crier.submissions.state``, ``crier.outbox.state``); people read
these words instead. The window shows them with ``i18n.shown`` and the commands with ``say``, both in the
reader's language (catalogue context "Team").
"""

from __future__ import annotations

from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

STATES: dict[str, Text] = {
    # a submission's
    "unsent": QT_TRANSLATE_NOOP("Team", "Not sent to the team yet"),
    "refused": QT_TRANSLATE_NOOP("Team", "Refused by the team"),
    "submitted": QT_TRANSLATE_NOOP("Team", "Waiting for review"),
    "resubmitted": QT_TRANSLATE_NOOP("Team", "Resubmitted for review"),
    "changes_requested": QT_TRANSLATE_NOOP("Team", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("Team", "Approved"),
    # a submission's and its posts' in the team outbox
    "queued": QT_TRANSLATE_NOOP("Team", "Queued to post"),
    "sending": QT_TRANSLATE_NOOP("Team", "Sending"),
    "waiting": QT_TRANSLATE_NOOP("Team", "Waiting to try again"),
    "sent": QT_TRANSLATE_NOOP("Team", "Sent"),
    "cancelled": QT_TRANSLATE_NOOP("Team", "Cancelled"),
    "needs_attention": QT_TRANSLATE_NOOP("Team", "Needs attention"),
}


def state_words(state: str) -> str:
    """The state's words (marked ``Text``); a state this version doesn't know, as its name reads."""
    return STATES.get(state) or state.replace("_", " ")
