"""How `crier outbox` shows the outbox: its table in the Outbox window's words, and what this PC's last look
at the network found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.cli_text import QT_TRANSLATE_NOOP, say, translate
from desktop.core.networks import NETWORK_NAMES


def network_note(checked: Any) -> str | None:
    """What this PC's last look at the network found (``Crier.last_check``: the window probes, a sync hears
    answers or none), in one sentence with its time; None when every network answered or none was asked."""
    from desktop.cli_text import when_text

    if checked is None or not checked.unreachable:
        return None
    if checked.offline:
        return translate(
            "cli",
            "This PC was offline when it last checked, at {when}: waiting posts go out once it is back"
            " online.",
        ).format(when=when_text(checked.at))
    return translate("cli", "When this PC last checked, at {when}, {networks} couldn't be reached.").format(
        when=when_text(checked.at), networks=", ".join(checked.unreachable)
    )


#: The outbox's columns, as the Outbox window heads them.
OUTBOX_HEADERS = (
    QT_TRANSLATE_NOOP("cli table", "ID"),
    QT_TRANSLATE_NOOP("cli table", "Status"),
    QT_TRANSLATE_NOOP("cli table", "Account"),
    QT_TRANSLATE_NOOP("cli table", "Post"),
    QT_TRANSLATE_NOOP("cli table", "Queued"),
    QT_TRANSLATE_NOOP("cli table", "Sent"),
    QT_TRANSLATE_NOOP("cli table", "Details"),
)


def team_state_text(row: dict[str, Any]) -> str:
    """A team post's state in the reader's words; one waiting to retry says when, as a local post does."""
    from desktop.cli_text import when_text
    from desktop.core.team.states import state_words
    from desktop.core.translatable import Text
    from desktop.core.waiting import WAIT_TEXTS, Wait

    state = str(row["state"])
    if state == "waiting" and (when := when_text(row.get("next_attempt_at"))):
        return say(Text("OutboxModel", WAIT_TEXTS[Wait.RETRY], {"when": when}))
    return say(state_words(state))


def outbox_table(posts: list[Any], team: Sequence[dict[str, Any]] = ()) -> str:
    """The outbox as aligned columns, in the window's words; the team's posts first."""
    from desktop.cli_text import one_line, state_text, table, when_text
    from desktop.core.waiting import why_waiting

    waits = why_waiting(posts)
    rows = [
        [str(t["id"]), team_state_text(t), str(t["account"]), one_line(str(t["text"]), 40)]
        + [
            when_text(t.get("created_at")),
            when_text(t.get("sent_at")),
            " ".join(filter(None, [translate("cli", "(team)"), t.get("error_text")])),
        ]
        for t in team
    ]
    for p in posts:
        detail = p.remote_url or say(p.error or p.pair_hold)  # kept as source and values: reader's words
        if p.override_reason:
            overridden = translate("cli", "(overridden: {reason})").format(reason=p.override_reason)
            detail = f"{detail}  {overridden}".strip()
        account = f"{NETWORK_NAMES.get(p.network, p.network)} · {p.account}"
        text, times = one_line(p.text, 40), [when_text(p.created_at), when_text(p.sent_at)]  # as the window
        rows.append([str(p.id), state_text(p, waits.get(p.id)), account, text, *times, detail])
    return table([say(h) for h in OUTBOX_HEADERS], rows)
