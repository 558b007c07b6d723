"""Plain-text output for the headless commands: aligned columns and the window's words for states.

A person reading ``crier outbox`` in a terminal should see what the Outbox window says ("Waiting: the
account needs connecting", "Scheduled for 24 Dec 09:00"), not the database's state names.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.posts import PostView
    from desktop.core.waiting import WaitReason


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
    try:
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        return when.astimezone().strftime("%d %b %Y %H:%M").lstrip("0")
    except (OverflowError, ValueError, OSError):
        return when.strftime("%d %b %Y %H:%M UTC").lstrip("0")


def state_text(post: PostView, reason: WaitReason | None = None) -> str:
    """The Outbox window's words for a post's state (desktop/ui/outbox_model.py says the same); a waiting
    post says why it waits (``core.waiting``).
    """
    from desktop.core.posts import State

    if reason is not None:
        return reason.text(when_text)
    if post.state is State.SENT and len(post.parts) > 1:
        return f"Sent ({len(post.parts)} parts)"
    if post.state is State.SENDING and len(post.parts) > 1:
        return f"Sending part {len(post.remote_ids) + 1} of {len(post.parts)}"
    return {
        State.QUEUED: "Queued",
        State.SENDING: "Sending…",
        State.SENT: "Sent",
        State.NEEDS_ATTENTION: "Needs attention",
        State.CANCELLED: "Cancelled",
    }.get(post.state, post.state.value)


def _width(text: str) -> int:
    """Terminal cells: wide (East Asian, most emoji) characters take two, combining marks none."""
    cells = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        cells += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return cells


def one_line(text: str, cells: int) -> str:
    """The text on one line, cut to ``cells`` with an ellipsis."""
    flat = " ".join(text.split())
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
