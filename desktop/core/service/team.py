"""Team mode for the front ends: joining, the team client, and the parts of a team command that speak to
PostgreSQL itself (set-up, policy, the audit log, publishing the team outbox). The team database enforces
who may do what; this module only connects the pieces, so a front end never holds a connection's SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.accounts import AccountView
    from desktop.core.outbox import Posted
    from desktop.core.service.app import Crier
    from desktop.core.service.submitting import Destinations, PostRequest
    from desktop.core.team.client import TeamClient
    from desktop.core.team.connection import TeamUrl
    from desktop.core.team.desk import TeamDesk
    from desktop.core.team.local import LocalTeam
    from desktop.core.team.notify import TeamWatcher

#: The setting naming the team database (IT may lock it by policy); ``team.joining.SETTING``, named here so
#: the window can read it without loading psycopg.
JOIN_SETTING = "team.database_url"

AUDIT_SQL = """
SELECT l.id, l.at, l.actor, l.action, l.submission_id, l.outbox_id, a.handle AS account, a.network, l.text,
       l.detail, to_jsonb(l) -> 'detail_args' AS detail_args,  -- the detail's phrase (none before t0009)
       to_jsonb(o) -> 'error_text' AS error_text  -- a send error's marked form (none before t0005)
FROM crier.audit_log l LEFT JOIN crier.accounts a ON a.id = l.account_id
     LEFT JOIN crier.outbox o ON o.id = l.outbox_id
WHERE l.at >= %s ORDER BY l.id
"""


def join_team(
    data_dir: Path,
    given: str,
    configured: str,
    *,
    locked: bool,
    user: str,
    password: str | None,
    secrets: Any,
) -> tuple[str, str]:
    """Join the team at ``given`` (else the configured address, which binds when locked); (role, team)."""
    from desktop.core.team.joining import join, team_url

    url = team_url(given, configured, locked=locked, user=user)
    return join(data_dir, url, password, secrets)


def connection_dropped(error: BaseException) -> bool:
    """Whether ``error`` is the team database connection dropping mid-command (nothing lost: run again)."""
    import psycopg

    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)


def keyring_failed(error: BaseException) -> bool:
    from desktop.core.credentials import CredentialsError

    return isinstance(error, CredentialsError)


class TeamService:
    def __init__(self, crier: Crier) -> None:
        self._crier = crier

    @property
    def _data(self) -> Path:
        return self._crier.paths.data

    def local(self) -> LocalTeam:
        """This PC's side of the team: the team it joined and the actions waiting to reach the database."""
        from desktop.core.team.local import LocalTeam

        return LocalTeam(self._data)

    def desk(self, secrets: Any = None) -> TeamDesk:
        """The window's side of the team (``team.desk``): snapshots, decisions and comments."""
        from desktop.core.team.desk import TeamDesk

        return TeamDesk(self._data, secrets, gate=self.check_approval, policy_url=self.policy_url())

    def check_approval(self, client: TeamClient, submission: dict[str, Any], note: str) -> None:
        """The post gate on a submission's words before approving it (``submitting.approval_gate``)."""
        from desktop.core.service.submitting import approval_gate

        approval_gate(client, submission, self._crier.accounts.all(), self._crier.values, note)

    @staticmethod
    def watcher(connect: Callable[[], Any]) -> TeamWatcher:
        """What hears the team database's notifications on a connection of its own (``team.notify``)."""
        from desktop.core.team.notify import TeamWatcher

        return TeamWatcher(connect)

    def joined(self) -> bool:
        """Whether this PC joined a team (so queue, sync and outbox work on the team's outbox)."""
        from desktop.core.team.local import FILE_NAME

        if not (self._data / FILE_NAME).exists():
            return False
        local = self.local()
        try:
            return local.joined
        finally:
            local.close()

    def policy_url(self) -> str | None:
        """The team address IT locked by machine policy (it binds every connection), or None."""
        settings = self._crier.settings
        return (settings.get(JOIN_SETTING) or None) if settings.is_locked(JOIN_SETTING) else None

    def client(self) -> TeamClient:
        from desktop.core.team.client import TeamClient

        return TeamClient(self.local(), policy_url=self.policy_url())

    @contextmanager
    def session(self) -> Iterator[TeamClient]:
        """A client for one job, its local file closed after (SQLite keeps a connection to one thread)."""
        client = self.client()
        try:
            yield client
        finally:
            client.local.close()

    # -- posting ----------------------------------------------------------------------------------

    def destinations(self) -> Destinations:
        """The accounts a post can be submitted to, and what this person may do; see ``submitting``."""
        from desktop.core.service.submitting import destinations

        with self.session() as client:
            return destinations(client, self._crier.accounts.all(), self._crier.values)

    def find(self, ref: str) -> AccountView:
        """The team account ``ref`` (id or @handle) names, for ``crier queue --account``."""
        from desktop.core.service.submitting import find

        with self.session() as client:
            return find(client, ref, self._crier.accounts.all(), self._crier.values)

    def marks(self, draft_ids: list[int]) -> dict[int, Posted]:
        """Where each of these drafts' team submissions is (``team.marks``), as last pulled."""
        from desktop.core.team.marks import team_marks

        with self.session() as client:
            return team_marks(client.local, draft_ids)

    def submit(self, request: PostRequest) -> list[int | None]:
        """Submit for approval (or post without it, where allowed); see ``submitting.submit``."""
        from desktop.core.service.submitting import submit

        with self.session() as client:
            return submit(client, request)

    # -- joining ----------------------------------------------------------------------------------

    @staticmethod
    def parse_url(text: str) -> TeamUrl:
        from desktop.core.team.connection import TeamUrl

        return TeamUrl.parse(text)

    def init(self, url: TeamUrl, password: str | None) -> tuple[str, str, str]:
        """Create or upgrade the team schema (IT, once), and join this PC; (what happened, role, team)."""
        from desktop.core.team.connection import TeamUrl, connect
        from desktop.core.team.joining import membership, remember
        from desktop.core.team.schema import init_team

        locked = self.policy_url()
        url = url.bound_to(TeamUrl.parse(locked)) if locked else url
        what = init_team(url, password)
        with connect(url, password) as conn:
            role, team = membership(conn, url)
        remember(self._data, url, password, role, team)
        return what, role, team

    def join_url(self, given: str | None, user: str) -> TeamUrl:
        """The address to join: the one given, else the setting (which binds when IT set it by policy)."""
        from desktop.core.team.joining import team_url

        settings = self._crier.settings
        return team_url(given, settings.get(JOIN_SETTING), locked=settings.is_locked(JOIN_SETTING), user=user)

    def join(self, url: TeamUrl, password: str | None) -> tuple[str, str]:
        from desktop.core.team.joining import join

        return join(self._data, url, password)

    # -- what admins do ---------------------------------------------------------------------------

    def add_person(self, client: TeamClient, name: str, role: str, password: str | None) -> None:
        from desktop.core.team.schema import add_person

        with client.connect() as conn:
            add_person(conn, name, role, password)

    def set_policy(self, client: TeamClient, setting: str, value: str, account: str | None) -> None:
        """Change a team policy setting (or one account's ``needs_approval``); the database checks who may.

        ``ValueError`` when the value is of the wrong kind for the setting.
        """
        import psycopg

        from desktop.core.team.connection import REFUSALS, refusal_message
        from desktop.core.team.errors import TeamError

        with client.connect() as conn:
            try:
                if setting == "needs_approval":
                    team_account = client.find_account(account or "", [])
                    on = value.lower() in ("1", "true", "yes", "on")
                    conn.execute("SELECT crier.set_account_approval(%s, %s)", (int(team_account["id"]), on))
                else:
                    conn.execute("SELECT crier.set_policy(%s, %s)", (setting, value))
            except REFUSALS as error:
                raise TeamError(refusal_message(error)) from None
            except Exception as error:  # noqa: BLE001 - a value of the wrong kind, or out of range
                out_of_range = (psycopg.errors.CheckViolation, psycopg.errors.NumericValueOutOfRange)
                if "invalid input syntax" in str(error) or isinstance(error, out_of_range):
                    raise ValueError(value) from None
                raise

    def set_holder(self, client: TeamClient, account: str, person: str, holds: bool) -> bool:
        """Name PERSON as one who publishes for ACCOUNT (id or @handle), or stop; whether that changed
        anything (``team.holders``)."""
        from desktop.core.team.holders import set_holder

        return set_holder(client, int(client.find_account(account, [])["id"]), person, holds)

    def holders(self, client: TeamClient) -> list[dict[str, Any]]:
        """Each team account with the people who publish for it (none: its posts wait)."""
        from desktop.core.team.holders import account_holders

        conn = client.connect()
        with conn:
            return account_holders(conn)

    def audit(self, client: TeamClient, since: datetime) -> list[dict[str, Any]]:
        """The team's audit log from ``since``, as JSON-ready rows; ``Unreachable`` when offline (it is only
        in the team database)."""
        from psycopg.rows import dict_row

        from desktop.core.team.client import _jsonable

        conn = client.connect()
        with conn, conn.cursor(row_factory=dict_row) as cur:
            return [_jsonable(r) for r in cur.execute(AUDIT_SQL, (since,))]

    # -- syncing ----------------------------------------------------------------------------------

    def publish(self, client: TeamClient, conn: Any, account: str | None) -> tuple[int, Any]:
        """Push, make this PC's accounts known, publish the team outbox for the accounts held here, pull;
        (changes pushed, the team sender's report). This PC publishes only to networks its machine policy
        allows; another PC may send the rest."""
        from desktop.core.net import NetConfig
        from desktop.core.posting import prepare_parts
        from desktop.core.settings import network_refusal
        from desktop.core.team.publish import TeamSender, team_accounts_held

        crier = self._crier
        with conn:
            accounts = crier.account_table
            connected = [a for a in accounts.all() if a.status.value == "connected"]
            # known first: a post submitted offline to an account of this PC's names it
            client.register_accounts(conn, [(a.network, a.handle, a.display_name) for a in connected])
            pushed = client.push(conn)
            held = {
                k: v
                for k, v in team_accounts_held(conn, connected).items()
                if not network_refusal(v.network, crier.values)
            }
            if account:
                wanted = accounts.find(account).id
                held = {k: v for k, v in held.items() if v.id == wanted}
            net = NetConfig.from_settings(crier.values)  # how long a post's request may stay open
            publishers = crier.publisher_factory(net)
            media = crier.paths.media
            report = TeamSender(conn, held, publishers, prepare_parts, media, net.longest_request).run()
            if client.role == "admin" and not conn.closed:
                conn.execute("SELECT crier.purge_expired()")  # the team's retention period
            if not conn.closed:
                client.pull(conn)
        return pushed, report
