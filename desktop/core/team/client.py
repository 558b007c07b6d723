"""A joined PC's team operations: record locally, push when reachable, pull what others did.

Every action goes into the local file first (``LocalTeam.record``) and is then pushed in the order it
was made; a refusal by the database (role, policy, a submission that moved on) is kept beside the action
and shown, never retried. What is pulled (accounts, submissions, the team outbox) is cached so the
listings work offline.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from desktop.core.team.connection import (
    REFUSALS,
    TeamError,
    TeamUrl,
    Unreachable,
    connect,
    is_connection_lost,
    refusal_message,
    scalar,
)
from desktop.core.team.local import KEYRING_KEY, Image, LocalTeam, Pending
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
ROLE_RANK = {"author": 0, "approver": 1, "admin": 2}
NO_IMAGES_YET = QT_TRANSLATE_NOOP(
    "core.team",
    "The team database can't hold images yet: ask IT to run `crier team init` once to upgrade it, then"
    " submit the post again.",
)
# A change with values PostgreSQL can never store (a DataError, a CHECK, text that isn't UTF-8) is refused,
# not retried: else it would stay first in this PC's queue and keep every later change from the team.
UNSTORABLE = (psycopg.DataError, psycopg.errors.CheckViolation, UnicodeEncodeError)
HAS_NUL = QT_TRANSLATE_NOOP(
    "core.team",
    "this has an invisible NUL character (often from pasted text), which the team database can't store;"
    " remove it and try again",
)
CANT_STORE = QT_TRANSLATE_NOOP(
    "core.team", "the team database can't store a value in this change, so it was not sent"
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "core.team",
    "this has bytes that aren't UTF-8 text (from a terminal or file in another encoding), which the team"
    " database can't store; type it again as UTF-8",
)
LONG_ALT = QT_TRANSLATE_NOOP(
    "core.team",
    "the team database keeps at most 5,000 characters of an image's description; shorten it and submit again",
)

# Until when a team outbox row ``o`` waits for an attempt another PC began (team migration t0010): it is
# 'sending', but nobody holds its account's lock (that PC's connection is gone) and that PC's last request
# may still land; else NULL. (to_jsonb: a team database before t0010 has no request_until.)
ATTEMPT_WAIT_SQL = """CASE WHEN o.state = 'sending'
        AND (to_jsonb(o) ->> 'request_until')::timestamptz > clock_timestamp()
        AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = 1667591493
                        AND l.objid = o.account_id AND l.objsubid = 2)
    THEN (to_jsonb(o) ->> 'request_until')::timestamptz END"""

SUBMISSIONS_SQL = """
SELECT s.id, s.state, s.text, s.version, a.handle AS account, a.network, s.author, s.language,
       s.submitted_at, s.updated_at, s.scheduled_at, s.pair_index, crier.pair_hold(s.id) AS pair_hold,
       (SELECT p.id FROM crier.submissions p WHERE p.pair_id = s.pair_id AND p.id <> s.id) AS pair_of,
       (SELECT o.error FROM crier.outbox o WHERE o.submission_id = s.id ORDER BY o.id DESC LIMIT 1) AS error,
       (SELECT to_jsonb(o) -> 'error_text' FROM crier.outbox o WHERE o.submission_id = s.id
        ORDER BY o.id DESC LIMIT 1) AS error_text,  -- (to_jsonb: a team database before t0005 has none)
       (SELECT coalesce(json_agg(json_build_object('author', c.author, 'body', c.body, 'at', c.at)
                                 ORDER BY c.id), '[]') FROM crier.comments c WHERE c.submission_id = s.id)
           AS comments, {images} AS images,
       (SELECT {attempt_wait} FROM crier.outbox o WHERE o.submission_id = s.id ORDER BY o.id DESC LIMIT 1)
           AS attempt_wait
FROM crier.submissions s JOIN crier.accounts a ON a.id = s.account_id
"""
# Each submission's images as the listings show them (not their bytes): team migration t0007.
IMAGES_SQL = """(SELECT coalesce(json_agg(json_build_object('position', m.position, 'name', m.name,
        'media_type', m.media_type, 'alt_text', m.alt_text, 'bytes', octet_length(m.content),
        'sha256', encode(m.sha256, 'hex')) ORDER BY m.position), '[]')
    FROM crier.attachments m WHERE m.submission_id = s.id)"""

OUTBOX_SQL = f"""
SELECT o.id, o.submission_id, a.handle AS account, a.network, o.text, o.state, o.remote_ids, o.remote_url,
       o.error, to_jsonb(o) -> 'error_text' AS error_text, o.attempts, o.holder, o.next_attempt_at,
       o.created_at, o.sent_at,
       CASE WHEN o.state IN ('queued', 'waiting') THEN crier.pair_hold(o.submission_id) END AS pair_hold,
       {ATTEMPT_WAIT_SQL} AS attempt_wait
FROM crier.outbox o JOIN crier.accounts a ON a.id = o.account_id
"""


def _iso(value: Any) -> Any:
    return value.isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in row.items()}


#: The roles and what they allow, as ``require_role`` says them (callers pass the English words).
ROLE_WORDS = {
    "author": QT_TRANSLATE_NOOP("core.team", "an author"),
    "approver": QT_TRANSLATE_NOOP("core.team", "an approver"),
    "admin": QT_TRANSLATE_NOOP("core.team", "an admin"),
}
DOING_WORDS = {
    "approve posts": QT_TRANSLATE_NOOP("core.team", "approve posts"),
    "send posts back for changes": QT_TRANSLATE_NOOP("core.team", "send posts back for changes"),
    "add people": QT_TRANSLATE_NOOP("core.team", "add people"),
    "change team policy": QT_TRANSLATE_NOOP("core.team", "change team policy"),
    "change who publishes for an account": QT_TRANSLATE_NOOP(
        "core.team", "change who publishes for an account"
    ),
}


class TeamClient:
    def __init__(self, local: LocalTeam, secrets: Any = None, policy_url: str | None = None) -> None:
        self.local = local
        self._secrets = secrets
        self._policy_url = policy_url or None  # IT's locked address: binds every connection

    # -- who and where ---------------------------------------------------------------------------

    @property
    def config(self) -> dict[str, str]:
        cfg = self.local.config()
        if "url" not in cfg:
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team", "this PC has not joined a team; run `crier team join URL` first"
                )
            )
        return cfg

    @property
    def url(self) -> TeamUrl:
        """The address to connect to: the one kept in this PC's team file, checked each time against IT's
        locked address (the file is the user's own to edit) and connected with exactly its parameters."""
        kept = TeamUrl.parse(self.config["url"])
        return kept.bound_to(TeamUrl.parse(self._policy_url)) if self._policy_url else kept

    @property
    def user(self) -> str:
        """Who this PC joined as (read from the team file: no check, for saying who is offline)."""
        return TeamUrl.parse(self.config["url"]).user

    @property
    def role(self) -> str:
        return self.config.get("role", "author")

    def secrets(self) -> Any:
        if self._secrets is None:
            from desktop.core.credentials import SecretStore

            self._secrets = SecretStore()
        return self._secrets

    def password(self, config: dict[str, str] | None = None) -> str | None:
        """The team password from the keyring; ``config``: the team file as read on its own thread, for the
        watcher's thread (SQLite stays on the thread that opened it)."""
        config = config if config is not None else self.config
        if config.get("auth") == "none":
            return None  # Kerberos/GSSAPI or a client certificate: libpq signs in by itself
        secret = self.secrets().get(*KEYRING_KEY)
        if not secret:  # a cleared credential store: signing in with none would say "refused the password"
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "this PC no longer has the team password for {user} (it was removed from the computer's "
                    "credential store); join the team again with crier team join or File > Join team…",
                ).format(user=TeamUrl.parse(config["url"]).user)
            )
        return secret.reveal()

    def connect(self) -> psycopg.Connection:
        return connect(self.url, self.password())

    def try_connect(self) -> psycopg.Connection | None:
        try:
            return self.connect()
        except Unreachable:
            return None

    # -- recording and pushing -------------------------------------------------------------------

    def act(self, kind: str, payload: dict[str, Any], images: Sequence[Image] = ()) -> tuple[str, int | None]:
        """Record an action (with the bytes of its images), push it now if the database is reachable.

        Returns (uid, result): the result is the database's answer (e.g. the submission id), None when
        offline. A refusal raises TeamError and is not retried.
        """
        uid = self.local.record(kind, payload, images)
        conn = self.try_connect()
        if conn is None:
            return uid, None
        with conn:
            self.push(conn)
        pushed, result, refused = self.local.outcome(uid)
        if refused:
            raise TeamError(refused)
        return uid, result if pushed else None

    def push(self, conn: psycopg.Connection) -> int:
        """Send every waiting action in order; returns how many were applied. Stops if the link drops."""
        applied = 0
        for action in self.local.waiting():
            try:
                result = push_action(conn, action, self.local.images(action.uid))
            except REFUSALS as error:
                self.local.pushed(action.uid, None, refusal_message(error))
                continue
            except psycopg.errors.UndefinedFunction:  # images, and the team database is older than t0007
                self.local.pushed(action.uid, None, NO_IMAGES_YET)
                continue
            except UNSTORABLE as error:  # the same values would be refused every time: kept as its refusal
                log.warning("Team change %s not storable: %s", action.kind, error)
                self.local.pushed(action.uid, None, _unstorable(error))
                continue
            except psycopg.Error as error:
                if is_connection_lost(error) or conn.closed:
                    raise Unreachable(
                        QT_TRANSLATE_NOOP("core.team", "the team database went away while sending changes")
                    ) from None
                raise
            self.local.pushed(action.uid, result)
            applied += 1
        return applied

    # -- pulling ---------------------------------------------------------------------------------

    def pull(self, conn: psycopg.Connection) -> dict[str, Any]:
        with conn.cursor(row_factory=dict_row) as cur:
            me = cur.execute(
                "SELECT p.name, p.role, t.name AS team, t.self_approval, t.authors_post_directly,"
                " t.approvers_skip_approval FROM crier.people p"
                " JOIN crier.teams t ON t.id = p.team_id WHERE p.name = session_user"
            ).fetchone()
            accounts = cur.execute(
                "SELECT id, network, handle, display_name, needs_approval FROM crier.accounts ORDER BY id"
            ).fetchall()
            submissions = cur.execute(submissions_sql(conn) + " ORDER BY s.id").fetchall()
            outbox = cur.execute(OUTBOX_SQL + " ORDER BY o.id").fetchall()
        if me is None:
            raise TeamError(
                QT_TRANSLATE_NOOP("core.team", "{user} is no longer a member of this team").format(
                    user=self.url.user
                )
            )
        if me["role"] != self.role:
            self.local.set_config(role=me["role"])
        pulled = {
            "accounts": [_jsonable(a) for a in accounts],
            "submissions": [_jsonable(s) for s in submissions],
            "outbox": [_jsonable(o) for o in outbox],
            "policy": {
                k: me[k] for k in ("self_approval", "authors_post_directly", "approvers_skip_approval")
            },
        }
        self.local.put_cache(**pulled)
        return pulled

    def register_accounts(self, conn: psycopg.Connection, accounts: list[tuple[str, str, str]]) -> None:
        """Make this PC's connected accounts known to the team (name and network, never secrets)."""
        for network, handle, name in accounts:
            conn.execute("SELECT crier.register_account(%s, %s, %s)", (network, handle, name))

    # -- reading (live when reachable, else the cached copy) -------------------------------------

    def view(self, key: str) -> list[dict[str, Any]]:
        conn = self.try_connect()
        if conn is not None:
            with conn:
                return self.pull(conn)[key]
        return list(self.local.cache(key, []))

    def find_account(self, ref: str, local_accounts: list[tuple[str, str]]) -> dict[str, str]:
        """A team account by id or @handle; this PC's own connected accounts count too (they become
        the team's at the next sync)."""
        known = [
            {"id": str(a["id"]), "network": a["network"], "handle": a["handle"]}
            for a in self.view("accounts")
        ]
        known += [{"id": "", "network": n, "handle": h} for n, h in local_accounts]
        ref = ref.strip()
        if ref.isdigit():
            matches = [a for a in known if a["id"] == ref]
        else:
            wanted = ref.lstrip("@").casefold()
            matches = [a for a in known if a["handle"].lstrip("@").casefold() == wanted]
        unique = {(a["network"], a["handle"]): a for a in matches}
        if not unique:
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "the team has no account {ref}; connect it on a team PC and run `crier sync --once`",
                ).format(ref=ref),
                2,
            )
        if len(unique) > 1:
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team", "more than one team account is called {ref}; use its number"
                ).format(ref=ref),
                2,
            )
        return next(iter(unique.values()))

    def require_role(self, at_least: str, doing: str) -> None:
        if ROLE_RANK.get(self.role, 0) < ROLE_RANK[at_least]:
            message = QT_TRANSLATE_NOOP(
                "core.team", "you joined as {role} ({user}), and only {needed} can {doing}"
            )
            raise TeamError(
                message.format(
                    role=ROLE_WORDS.get(self.role, self.role),
                    user=self.url.user,
                    needed=ROLE_WORDS[at_least],
                    doing=DOING_WORDS.get(doing, doing),
                )
            )


# -- how each recorded action reaches the database ---------------------------------------------


def _account_id(conn: psycopg.Connection, payload: dict[str, Any]) -> int:
    row = conn.execute(
        "SELECT id FROM crier.accounts WHERE network = %s AND handle = %s",
        (payload["network"], payload["handle"]),
    ).fetchone()
    if row is None:
        raise psycopg.errors.NoDataFound(f"the team has no account {payload['handle']} yet")
    return row[0]


#: What each kind of action calls: the team function, then its arguments after the action's uid, each a
#: payload key (``"key"`` must be there, ``("key", default)`` may be missing) or ACCOUNT, the team's id for
#: the payload's network and handle (ENGLISH: the same for the payload's ``english`` account, of a pair).
ACCOUNT = "@account"
ENGLISH = "@english"
PUSHED: dict[str, tuple[str, tuple[str | tuple[str, Any], ...]]] = {
    "submit": ("submit", (ACCOUNT, "text", ("language", "en"), ("scheduled_at", None))),
    "post_direct": (
        "post_direct",
        (ACCOUNT, "text", ("reason", ""), ("language", "en"), ("scheduled_at", None)),
    ),
    "submit_pair": (
        "submit_pair",
        (ACCOUNT, "text", ENGLISH, "english_text", ("scheduled_at", None)),
    ),
    "decide": ("decide", ("submission_id", "decision", ("comment", ""), ("version", None))),
    "comment": ("add_comment", ("submission_id", "body")),
    "edit": ("edit", ("submission_id", "text", ("base_version", None))),
}


def _unstorable(error: Exception) -> str:
    """Why the team database can never store a change's values, in the user's words."""
    if isinstance(error, UnicodeEncodeError):  # a byte that isn't UTF-8, kept by Python as a lone surrogate
        return NOT_UTF8
    if "NUL" in str(error):
        return HAS_NUL
    if isinstance(error, psycopg.Error) and error.diag.constraint_name == "attachments_alt_text_check":
        return LONG_ALT
    return CANT_STORE


def holds_images(conn: psycopg.Connection) -> bool:
    """Whether the team database holds images (team migration t0007)."""
    return bool(scalar(conn, "SELECT to_regclass('crier.attachments') IS NOT NULL"))


def submissions_sql(conn: psycopg.Connection) -> str:
    """The submissions query, with each one's images where the team database holds them."""
    images = IMAGES_SQL if holds_images(conn) else "'[]'::json"
    return SUBMISSIONS_SQL.format(images=images, attempt_wait=ATTEMPT_WAIT_SQL)


def push_action(conn: psycopg.Connection, action: Pending, images: Sequence[Image] = ()) -> int:
    """Apply one recorded action by calling its team function; returns what the function returns.

    A submission with images calls the function's ``_with_images`` form (t0007), the images last."""
    function, arguments = PUSHED[action.kind]
    wanted = action.payload.get("submission_id")
    if isinstance(wanted, int) and not -(2**63) <= wanted < 2**63:  # sent as a numeric, no function takes it
        raise psycopg.errors.NoDataFound(f"there is no submission {wanted} in your team")
    values: list[Any] = [action.uid]
    for argument in arguments:
        if argument == ACCOUNT:
            values.append(_account_id(conn, action.payload))
        elif argument == ENGLISH:
            values.append(_account_id(conn, action.payload["english"]))
        elif isinstance(argument, tuple):
            values.append(action.payload.get(*argument))
        else:
            values.append(action.payload[argument])
    if images:
        function += "_with_images"
        described = [{"media_type": i.media_type, "alt_text": i.alt_text, "name": i.name} for i in images]
        values += [Jsonb(described), [i.content for i in images]]
    placeholders = ", ".join(["%s"] * len(values))
    note = action.payload.get("note")
    if not note:
        return scalar(conn, f"SELECT crier.{function}({placeholders})", tuple(values))
    with conn.transaction():  # the submission and why the post gate's findings were overridden, together
        result = scalar(conn, f"SELECT crier.{function}({placeholders})", tuple(values))
        note_uid = uuid.uuid5(uuid.UUID(action.uid), "note")  # pushed twice, commented once
        scalar(conn, "SELECT crier.add_comment(%s, %s, %s)", (note_uid, result, note))
    return result
