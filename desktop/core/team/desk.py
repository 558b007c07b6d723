"""What the window's Team area reads and does, kept out of the UI so the UI holds no SQL.

A ``TeamDesk`` lives on one background thread: ``LocalTeam``'s SQLite connection belongs to the thread
that opened it. Every call connects, pushes what waits here, pulls, and answers; offline it answers from
the last pulled copy and says so. The same ``TeamClient`` does the work as for the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.team.errors import TeamError, Unreachable
from desktop.core.team.local import FILE_NAME, LocalTeam
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the driver loads on the worker thread, at first use: not on the window's start-up
    import psycopg

    from desktop.core.team.client import TeamClient
    from desktop.core.team.holders import Holders

#: a submission in one of these states waits for an approver's decision
TO_REVIEW = ("submitted", "resubmitted")

IMAGES_SQL = """
SELECT position, name, media_type, alt_text, content FROM crier.attachments WHERE submission_id = %s
ORDER BY position
"""
HISTORY_SQL = """
SELECT l.at, l.actor, l.action, l.detail, to_jsonb(l) -> 'detail_args' AS detail_args,  -- (none before t0009)
       to_jsonb(o) -> 'error_text' AS error_text  -- a send error's marked form (none before t0005)
FROM crier.audit_log l LEFT JOIN crier.outbox o ON o.id = l.outbox_id
WHERE l.submission_id = %s ORDER BY l.id
"""


@dataclass(frozen=True)
class TeamSnapshot:
    """The team as this person sees it now (or as last pulled, when ``reachable`` is False)."""

    joined: bool
    user: str = ""
    role: str = ""
    team: str = ""
    reachable: bool = False
    waiting: int = 0  # actions recorded on this PC, not yet in the team database
    problem: str = ""  # why the team could not be read (wrong password now, removed from the team)
    submissions: list[dict[str, Any]] = field(default_factory=list)
    unsent: list[dict[str, Any]] = field(default_factory=list)  # this PC's submissions not yet pushed

    @property
    def can_decide(self) -> bool:
        return self.role in ("approver", "admin")

    def to_review(self) -> list[dict[str, Any]]:
        return [s for s in self.submissions if s["state"] in TO_REVIEW and s["author"] != self.user]

    def mine(self) -> list[dict[str, Any]]:
        return self.unsent + [s for s in self.submissions if s["author"] == self.user]


def _unsent(payload: dict[str, Any], author: str, at: str) -> dict[str, Any]:
    """A submission recorded on this PC that the team database has not had yet, shaped like a pulled one."""
    return {
        "id": None,
        "state": "unsent",
        "text": payload.get("text", ""),
        "account": payload.get("handle"),
        "network": payload.get("network"),
        "author": author,
        "submitted_at": at,
        "comments": [],
        "version": None,
        "images": payload.get("images", []),
    }


class TeamDesk:
    def __init__(
        self,
        data_dir: Path,
        secrets: Any = None,
        gate: Callable[[TeamClient, dict[str, Any], str], None] | None = None,
        policy_url: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._secrets = secrets
        self._policy_url = policy_url  # IT's locked team address (``TeamClient``)
        self._gate = gate  # the post gate on the words approved (raises when they can't go out)
        self._client: TeamClient | None = None

    def client(self) -> TeamClient | None:
        """This PC's team client, or None while it has not joined (re-read after a join)."""
        if self._client is None:
            if not (self.data_dir / FILE_NAME).exists():
                return None
            local = LocalTeam(self.data_dir)
            if not local.joined:
                local.close()
                return None
            from desktop.core.team.client import TeamClient

            self._client = TeamClient(local, self._secrets, self._policy_url)
        return self._client

    def forget(self) -> None:
        """Drop the client so the next call reads the team file again (after joining)."""
        if self._client is not None:
            self._client.local.close()
            self._client = None

    def snapshot(self) -> TeamSnapshot:
        client = self.client()
        if client is None:
            return TeamSnapshot(joined=False)
        problem = ""
        submissions: list[dict[str, Any]] | None = None
        try:
            conn = client.try_connect()
            if conn is not None:
                with conn:
                    client.push(conn)
                    submissions = client.pull(conn)["submissions"]
        except Unreachable:
            conn = None
        except TeamError as error:
            conn, problem = None, error.user_message
        if submissions is None:
            submissions = list(client.local.cache("submissions", []))
        waiting = client.local.waiting()
        user = client.user
        submitted = ("submit", "submit_pair", "post_direct")
        unsent = [_unsent(p.payload, user, p.created_at) for p in waiting if p.kind in submitted]
        unsent += [  # the English of a pair recorded here
            _unsent(
                {**p.payload, **p.payload["english"], "text": p.payload["english_text"]}, user, p.created_at
            )
            for p in waiting
            if p.kind == "submit_pair"
        ]
        return TeamSnapshot(
            joined=True,
            user=user,
            role=client.role,
            team=client.config.get("team", ""),
            reachable=conn is not None,
            waiting=len(waiting),
            problem=problem,
            submissions=submissions,
            unsent=unsent,
        )

    def history(self, submission_id: int) -> list[dict[str, Any]] | None:
        """Who did what to a submission, from the audit log; None when the database can't be reached. Each
        entry carries its post's marked error for ``team.history.audit_detail``."""
        from psycopg.rows import dict_row

        from desktop.core.team.client import _jsonable

        client = self._joined()
        conn = client.try_connect()
        if conn is None:
            return None
        with conn, conn.cursor(row_factory=dict_row) as cur:
            return [_jsonable(r) for r in cur.execute(HISTORY_SQL, (submission_id,))]

    def images(self, submission_id: int) -> list[dict[str, Any]] | None:
        """A submission's images with their bytes, for the approver to see what will go out; None when the
        database can't be reached (the listing still names them and gives their alt text)."""
        from psycopg.rows import dict_row

        from desktop.core.team.client import holds_images

        client = self._joined()
        conn = client.try_connect()
        if conn is None:
            return None
        with conn, conn.cursor(row_factory=dict_row) as cur:
            if not holds_images(conn):
                return []
            return [{**r, "content": bytes(r["content"])} for r in cur.execute(IMAGES_SQL, (submission_id,))]

    def decide(self, submission_id: int, decision: str, note: str, version: int | None) -> bool:
        """Approve or send back; True when the database has it, False when it waits here to be sent.

        A refusal (an author, one's own submission, a submission that moved on) raises TeamError."""
        client = self._joined()
        doing = "approve posts" if decision == "approved" else "send posts back for changes"
        client.require_role("approver", doing)  # refused at once: nothing is stored to retry
        if decision == "changes_requested" and not note.strip():
            raise TeamError(QT_TRANSLATE_NOOP("core.team", "say what needs changing in the note"), 2)
        if decision == "approved" and self._gate is not None:
            current = next((s for s in client.view("submissions") if s["id"] == submission_id), None)
            if current is not None and version in (None, current.get("version")):  # else the database refuses
                self._gate(client, current, note)
        payload = {"submission_id": submission_id, "decision": decision, "comment": note, "version": version}
        return client.act("decide", payload)[1] is not None

    def comment(self, submission_id: int, body: str) -> bool:
        if not body.strip():
            raise TeamError(QT_TRANSLATE_NOOP("core.team", "the comment is empty"), 2)
        return self._joined().act("comment", {"submission_id": submission_id, "body": body})[1] is not None

    def holders(self) -> Holders | None:
        """Who publishes for each team account, and the team's people to add (``team.holders``); None
        when the database can't be reached (the list is only there)."""
        from desktop.core.team.holders import read_holders

        client = self._joined()
        conn = client.try_connect()
        if conn is None:
            return None
        with conn:
            return read_holders(client, conn)

    def set_holder(self, account_id: int, person: str, holds: bool) -> bool:
        """An admin adds or removes one who publishes for an account; whether it changed anything.
        Refusals (not an admin, not in the team) raise TeamError; offline raises Unreachable."""
        from desktop.core.team.holders import set_holder

        return set_holder(self._joined(), account_id, person, holds)

    def watch_connect(self) -> Callable[[], psycopg.Connection]:
        """A way for the watcher, on its own thread, to open its connection (the keyring, not SQLite)."""
        from desktop.core.team.connection import connect

        client = self._joined()
        client.secrets()  # made here, so the watcher's thread only reads the keyring
        url, config = client.url, client.config  # read here too: the team file's SQLite is this thread's

        def open_connection() -> psycopg.Connection:
            return connect(url, client.password(config))

        return open_connection

    def _joined(self) -> TeamClient:
        client = self.client()
        if client is None:
            raise TeamError(QT_TRANSLATE_NOOP("core.team", "this PC has not joined a team"))
        return client

    def close(self) -> None:
        self.forget()
