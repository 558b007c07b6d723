"""Why one post of a team's Welsh-English pair waits for the other, in words (and why a post waits for
another PC's attempt to end, ``attempt_wait``).

The rule itself is the team database's (``crier.pair_hold`` in migration t0003): it answers with the kind
of wait, the partner's account and its last error. This turns that answer into the sentence the Team view,
``crier outbox`` and ``crier approvals list`` show on the post that waits; the partner shows its own state
and error. The words match ``core.waiting``'s for the local outbox where the case is the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.stored_text import from_data
from desktop.core.translatable import QT_TRANSLATE_NOOP, Text


def team_error(error: str | None, error_text: Any) -> str:
    """A team post's last error: its marked form (``error_text``, team migration t0005) while that still
    reads as ``error`` (a new attempt clears only ``error``), else ``error`` as the database keeps it."""
    text = from_data(error_text)
    return text if text is not None and text == (error or "") else (error or "")


def attempt_wait(until: Any) -> Text | None:
    """The sentence for a pulled ``attempt_wait`` (``client.ATTEMPT_WAIT_SQL``): the post is left until
    the last request of a PC that lost its team-database link mid-send can no longer land."""
    if not until:
        return None
    return QT_TRANSLATE_NOOP(
        "core.team",
        "Waiting for another PC's attempt to end: it lost its link to the team database while sending this",
    )


def pair_wait(hold: Mapping[str, Any] | None) -> Text | None:
    """The sentence for a pulled ``pair_hold`` (None when the post doesn't wait for its pair)."""
    if not hold:
        return None
    wait, welsh = hold.get("wait"), bool(hold.get("welsh"))
    error = team_error(hold.get("error"), hold.get("error_text"))
    values = {"account": hold.get("account") or "", "error": error if error.strip() else ""}
    if wait == "in_review":
        text = (
            QT_TRANSLATE_NOOP("core.team", "Waiting for its Welsh pair to be approved")
            if welsh
            else QT_TRANSLATE_NOOP("core.team", "Waiting for its English pair to be approved")
        )
    elif wait == "needs_attention":
        text = QT_TRANSLATE_NOOP(
            "core.team", "Waiting for its Welsh pair on {account}, which needs attention"
        )
        if values["error"]:
            text = QT_TRANSLATE_NOOP(
                "core.team", "Waiting for its Welsh pair on {account}, which needs attention: {error}"
            )
    elif wait == "cancelled":
        text = QT_TRANSLATE_NOOP("core.team", "Waiting for its Welsh pair on {account}, which was cancelled")
    elif values["error"]:  # the Welsh failed and waits to be tried again (or for a PC that can sign in)
        text = QT_TRANSLATE_NOOP("core.team", "Waiting for its Welsh pair on {account}: {error}")
    else:
        text = QT_TRANSLATE_NOOP("core.team", "Waiting for its Welsh pair to go out")
    return text.format(**values)
