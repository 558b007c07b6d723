"""Where a draft's team submission is, for the drafts list's mark: this PC's own record of which draft it
submitted (``LocalTeam.submitted_drafts``) read against the team's submissions as last pulled.

A draft's latest Post counts (posted again after changes were asked for, the earlier submission no longer
speaks for it). Its submissions (one per account, or a Welsh-English pair) are told as the least advanced of
them, so "Sent" means every account has it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from desktop.core.outbox import Posted
from desktop.core.team.local import LocalTeam

#: How far along a submission is; the mark shows the least advanced of a Post's submissions.
ORDER = (
    "refused",
    "unsent",
    "changes_requested",
    "cancelled",
    "needs_attention",
    "submitted",
    "resubmitted",
    "approved",
    "queued",
    "sending",
    "sent",
)


def _when(value: Any) -> datetime:
    """A pulled time (ISO, Z for UTC) as the outbox keeps times: naive UTC."""
    if not isinstance(value, str) or not value:
        return datetime.now(UTC).replace(tzinfo=None)
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def team_marks(local: LocalTeam, draft_ids: Iterable[int]) -> dict[int, Posted]:
    """Each of these drafts that was submitted from this PC: its accounts, when its state last changed, and
    that state (``Posted.state``)."""
    pulled = {s["id"]: s for s in local.cache("submissions", []) or []}
    marks = {}
    for draft_id, actions in local.submitted_drafts(list(draft_ids)).items():
        seen: list[tuple[str, str, datetime]] = []  # (state, account, when)
        for action, pushed, result, refused in actions:
            payload = action.payload
            ours = [payload.get("handle", "")]
            if "english" in payload:
                ours.append(payload["english"]["handle"])
            if refused or not pushed or result is None:
                state = "refused" if refused else "unsent"
                seen += [(state, handle, _when(action.created_at)) for handle in ours]
                continue
            first = pulled.get(result)
            rows = [first, pulled.get(first.get("pair_of"))] if first and first.get("pair_of") else [first]
            for row, handle in zip(rows, ours, strict=False):
                if row is None:  # pushed but not pulled yet
                    seen.append(("submitted", handle, _when(action.created_at)))
                else:
                    seen.append((row["state"], row.get("account") or handle, _when(row.get("updated_at"))))
        if seen:
            state = min((s for s, _a, _w in seen), key=lambda s: ORDER.index(s) if s in ORDER else 0)
            accounts = tuple(dict.fromkeys(a for _s, a, _w in seen))
            marks[draft_id] = Posted(accounts, max(w for _s, _a, w in seen), state)
    return marks
