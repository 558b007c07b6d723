"""``Crier``: what a front end holds while it works — the open database, settings and policy, the keyring,
the HTTP stack and the sync engine, each made on first use and closed in one place."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.errors import CrierError
from desktop.core.service.accounts import AccountService
from desktop.core.service.team import TeamService

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from desktop.core.accounts import Accounts
    from desktop.core.attachments import Attachment
    from desktop.core.changes import ChangeWatch
    from desktop.core.credentials import SecretStore
    from desktop.core.db import Database
    from desktop.core.drafts import DraftData, DraftSummary
    from desktop.core.last_check import Answers, LastCheck
    from desktop.core.net import NetConfig
    from desktop.core.net.probe import ProbeSchedule
    from desktop.core.outbox import Outbox, Posted, PostView
    from desktop.core.paths import AppPaths
    from desktop.core.policy import Policy
    from desktop.core.posting import Verdict
    from desktop.core.reachability import ProbeUrl, Reachability
    from desktop.core.service.posting import Assessment, Outgoing
    from desktop.core.service.submitting import Destinations
    from desktop.core.settings import Settings
    from desktop.core.spelling import Speller
    from desktop.core.store import DraftStore
    from desktop.core.sync import SyncEngine, SyncReport


log = logging.getLogger(__name__)


class InputError(CrierError):
    """What the person gave can't be used (pasted keys that aren't JSON, say): commands exit 2."""

    exit_code = 2


def explain_failure(error: BaseException, database_url: str | None) -> str | None:
    """A failure of the database a command used, in plain words; None when it isn't one."""
    from desktop.core.db import explain_for_url

    return explain_for_url(error, database_url)


class Crier:
    """The app's one front door. Give ``db``/``settings``/``values`` to wrap what is already open (tests, a
    window built around a store); otherwise each is opened from the data folder on first use."""

    def __init__(
        self,
        database_url: str | None = None,
        *,
        paths: AppPaths | None = None,
        db: Database | None = None,
        settings: Settings | None = None,
        values: Mapping[str, Any] | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        self.database_url = database_url
        self._paths = paths
        self._db = db
        self._owns_db = db is None  # a database handed in is closed by whoever opened it
        self._settings = settings
        self._policy: Policy | None = None
        self._values = dict(values) if values is not None else None
        self._secrets = secrets
        self._store: DraftStore | None = None
        self._outbox: Outbox | None = None
        self._accounts: Accounts | None = None
        self._engine: SyncEngine | None = None
        self._probe: ProbeUrl | None = None
        self._answers: Answers | None = None  # the engine's session's answers (None: a test's engine)
        self._sessions: list[Any] = []  # every HTTP session made here, closed by close()
        self.accounts = AccountService(self)
        self.team = TeamService(self)

    # -- opening ------------------------------------------------------------------------------------

    @staticmethod
    def data_folder(database_url: str | None = None) -> AppPaths:
        """The data folder, made usable, and ``database_url`` checked before anything is opened.

        Raises a ``CrierError`` in one sentence (``exit_code`` 2 for a URL Crier must not open).
        """
        from desktop.core.paths import app_paths

        paths = app_paths().ensure()
        if database_url:  # imported only then: `crier check` need not load SQLAlchemy
            from desktop.core.db import check_url

            check_url(database_url)
        return paths

    @property
    def paths(self) -> AppPaths:
        if self._paths is None:
            from desktop.core.paths import app_paths

            self._paths = app_paths().ensure()
        return self._paths

    def open(self) -> list[str]:
        """Open (recovering and migrating as needed) the database; returns what a person must be told,
        such as a damaged file restored from a backup: a recovery is never silent."""
        return list(self.db.notices)

    def start(self) -> list[str]:
        """Everything the window needs before it can work (settings, policy, database), opened together
        off the GUI thread; returns every notice: the database's, the policy's and the settings file's."""
        notices = self.open()
        return [*notices, *self.setup_problems()]

    def setup_problems(self) -> list[str]:
        """What is wrong with the machine policy and the settings file, one sentence each, for a front end
        to say every time it starts (valid values apply all the same: see ``policy``)."""
        settings = self.settings
        policy = [problem.message for problem in self._policy.problems] if self._policy is not None else []
        return [*policy, *settings.problems]

    @property
    def db(self) -> Database:
        if self._db is None:
            from desktop.core.db import open_database

            self._db = open_database(self.paths, self.database_url)
        return self._db

    # -- settings -----------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The person's settings under the machine policy (which binds)."""
        if self._settings is None:
            from desktop.core.policy import load_policy
            from desktop.core.settings import Settings

            self._policy = load_policy()
            self._settings = Settings.load(policy=self._policy)
        return self._settings

    @property
    def values(self) -> dict[str, Any]:
        """The effective settings as plain values, as the rules read them."""
        if self._values is None:
            self._values = self.settings.effective_values()
        return self._values

    def settings_changed(self, values: Mapping[str, Any]) -> None:
        """New settings: checks and sign-in use them at once; the sync's connection (proxy, API address)
        keeps its own until the app restarts."""
        self._values = dict(values)
        self.accounts.settings_changed()

    # -- what the database holds ------------------------------------------------------------------

    @property
    def store(self) -> DraftStore:
        """The drafts: autosaved, searched, kept with their revisions."""
        if self._store is None:
            from desktop.core.bilingual import order
            from desktop.core.store import DraftStore

            self._store = DraftStore(self.db, order=lambda: order(self.values))
        return self._store

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            from desktop.core.outbox import Outbox

            self._outbox = Outbox(self.db)
        return self._outbox

    @property
    def account_table(self) -> Accounts:
        """The accounts as stored (for the service's own parts; front ends use ``accounts``)."""
        if self._accounts is None:
            from desktop.core.accounts import Accounts

            self._accounts = Accounts(self.db)
        return self._accounts

    @property
    def secrets(self) -> SecretStore:
        """The OS keyring, the only place a secret is kept."""
        if self._secrets is None:
            from desktop.core.credentials import SecretStore

            self._secrets = SecretStore()
        return self._secrets

    def new_session(self) -> Any:
        """An HTTP session with the current settings (proxy, trust, API bases), closed by ``close``.

        ValueError (in one sentence) when the network settings can't be used.
        """
        from desktop.core.net import NetConfig, make_session

        session = make_session(NetConfig.from_settings(self.values))
        self._sessions.append(session)
        return session

    # -- posting ------------------------------------------------------------------------------------

    def assess(self, outgoing: Outgoing, accounts: Sequence[Any], *, pair: bool = False) -> Assessment:
        """Each account's verdict on ``outgoing``; see ``service.posting``."""
        from desktop.core.service.posting import assess

        return assess(outgoing, accounts, self.values, pair=pair)

    def images(self, chosen: Sequence[tuple[Path, str]]) -> tuple[Attachment, ...]:
        """Images for a post made without a draft (`crier queue --image PATH --alt TEXT`), each with its alt
        text: copied into the media folder with the window's Attach image checks (``store.copy_image``:
        type by first bytes, 20 MB) and the store's limit of how many. ``InputError`` (exit 2) says what is
        wrong with the first that can't go; then none is kept."""
        from desktop.core.drafts import StoreError
        from desktop.core.store import MAX_IMAGES, copy_image
        from desktop.core.translatable import QT_TRANSLATE_NOOP

        if len(chosen) > MAX_IMAGES:
            too_many = QT_TRANSLATE_NOOP("core.store", "A post can carry at most {n} images.")
            raise InputError(too_many.format(n=MAX_IMAGES))
        for path, alt_text in chosen:
            if not alt_text.strip():
                undescribed = QT_TRANSLATE_NOOP(
                    "core.store", "{name} has no alt text: describe it for people who can't see it."
                )
                raise InputError(undescribed.format(name=path.name))
        copies: list[Attachment] = []
        try:
            for path, alt_text in chosen:
                copies.append(copy_image(path, self.store.media_dir, alt_text))
        except StoreError as error:
            for copy in copies:
                copy.path.unlink(missing_ok=True)
            raise InputError(error.user_message) from None
        return tuple(copies)

    def destinations(self) -> Destinations:
        """Where a post can go: this PC's accounts, or on a PC joined to a team the team's (``team`` says
        so: a post there is submitted for approval)."""
        if self.team.joined():
            return self.team.destinations()
        from desktop.core.service.submitting import Destinations

        return Destinations(self.accounts.all())

    def queue(
        self,
        outgoing: Outgoing,
        verdicts: Sequence[Verdict],
        *,
        override_reason: str = "",
        scheduled_at: datetime | None = None,
        languages: Mapping[int, str] | None = None,
        pair: bool = False,
        direct_reason: str = "",
    ) -> list[int | None]:
        """Queue one post per verdict, refusing (``posting.Blocked``) what must be fixed first; the ids.

        On a PC joined to a team the posts are submitted for approval instead (``TeamService.submit``:
        submission ids, None for one that waits here to reach the team), so neither the window nor a
        command can send a team's post with this PC's credentials unapproved. ``direct_reason``: post
        without approval, where team policy lets this person.
        """
        if self.team.joined():
            from desktop.core.service.submitting import PostRequest

            how = (override_reason, scheduled_at, languages, pair, direct_reason)
            return self.team.submit(PostRequest(outgoing, verdicts, *how))
        return [
            *self.outbox.queue_checked(
                verdicts,
                override_reason=override_reason,
                media=outgoing.media,
                language=outgoing.language,
                scheduled_at=scheduled_at,
                draft_id=outgoing.draft_id,
                languages=languages,
                pair=pair,
            )
        ]

    def send_now(self, post_id: int) -> None:
        """A scheduled post goes at the next sync instead of at its time."""
        self.outbox.send_now(post_id)

    def retry(self, post_id: int) -> None:
        """A post that needs attention is tried again."""
        self.outbox.retry(post_id)

    def cancel(self, post_id: int) -> int | None:
        """Take a post out of the outbox; returns the draft it came from, to edit it again."""
        return self.outbox.cancel(post_id)

    def reschedule(self, post_id: int, when: datetime) -> None:
        """Move a post that still waits to ``when`` (naive UTC); refused once any of it is out."""
        self.outbox.reschedule(post_id, when)

    def outbox_counts(self) -> dict[Any, int]:
        """How many posts are in each state."""
        return self.outbox.counts()

    def posts(self, states: Sequence[Any] | None = None, limit: int = 1000) -> list[PostView]:
        return self.outbox.posts(states, limit=limit)

    def posted(self, draft_ids: Iterable[int]) -> dict[int, Posted]:
        """Where and when each of these drafts went out (the drafts list's mark), asked by draft id; on a team
        PC, where the team submission of each draft that has not gone out from here is (``Posted.state``)."""
        ids = list(draft_ids)
        posted = self.outbox.posted(ids)
        if self.team.joined():
            posted = {**self.team.marks([i for i in ids if i not in posted]), **posted}
        return posted

    def draft_summaries(self, *, trash: bool = False) -> Iterator[DraftSummary]:
        """Every draft (or those in the Trash) in the list's order, a page at a time: the window's paging."""
        from desktop.core.drafts import DraftQuery, View

        query = DraftQuery(view=View.TRASH if trash else View.DRAFTS)
        after = None
        while page := self.store.page(query, after):
            yield from page
            after = page[-1].cursor(query.sort)

    def export_drafts(self) -> list[DraftData]:
        """Every draft in full, for a record of what was written and posted (``crier drafts export``)."""
        return [self.store.get(summary.id) for summary in self.draft_summaries()]

    def sent_by_draft(self) -> dict[int, list[PostView]]:
        """Sent posts by the draft they came from, oldest first: a draft's record of where it went out."""
        from desktop.core.outbox import State

        by_draft: dict[int, list[PostView]] = {}
        for post in self.outbox.posts([State.SENT], limit=1_000_000):
            if post.draft_id is not None:
                by_draft.setdefault(post.draft_id, []).append(post)
        for posts in by_draft.values():
            posts.sort(key=lambda p: (p.sent_at or p.updated_at, p.id))
        return by_draft

    # -- syncing ------------------------------------------------------------------------------------

    @property
    def sync_engine(self) -> SyncEngine:
        """The engine that publishes each post exactly once, with one HTTP session for its publishers."""
        if self._engine is None:
            from desktop.core.last_check import Answers
            from desktop.core.networks.registry import publisher_factory
            from desktop.core.sync import SyncEngine

            session = self.new_session()
            self._answers = Answers.on(session)
            factory = publisher_factory(self.account_table, settings=self.values, session=session)
            self._engine = SyncEngine(self.db, factory)
        return self._engine

    @property
    def probe(self) -> ProbeUrl:
        """Whether an API host answers, through the app's own HTTP stack (proxy, PAC, certificates)."""
        if self._probe is None:
            from desktop.core.reachability import session_probe

            self._probe = session_probe(self.new_session())
        return self._probe

    @staticmethod
    def offline_backoff() -> ProbeSchedule:
        """When to probe again while offline: soon at first, then less and less often (``net.probe``)."""
        from desktop.core.net.probe import ProbeSchedule

        return ProbeSchedule()

    def publisher_factory(self, net_config: NetConfig | None = None) -> Callable[[Any], Any]:
        """Publishers for a run outside the engine (the team outbox), with the current settings (and
        ``net_config``, made from them when not given)."""
        from desktop.core.networks.registry import publisher_factory

        return publisher_factory(self.account_table, settings=self.values, net_config=net_config)

    def use_sync(self, engine: SyncEngine, probe: ProbeUrl) -> None:
        """Send with this engine and probe with this instead of the service's own (a test's networks)."""
        self._engine, self._probe, self._answers = engine, probe, None

    def sync_once(self, account: str | None = None) -> SyncReport:
        """Publish what is due now (for one account, by id or @handle), then return what happened."""
        account_id = self.account_table.find(account).id if account else None
        engine = self.sync_engine
        answers = self._answers
        before = answers.count if answers is not None else 0
        report = engine.run_once(account_id=account_id)
        from desktop.core.clock import utcnow
        from desktop.core.last_check import LastCheck

        if report.sent or (answers is not None and answers.count > before):
            self._remember(LastCheck(utcnow()))  # a host answered, whatever the last probe found
        elif answers is not None and report.waiting:  # posts failed and no host answered any request
            from desktop.core.drafts import StoreError
            from desktop.core.networks import NETWORK_NAMES

            networks = set()
            for post_id in report.waiting:
                with contextlib.suppress(StoreError):  # (cancelled and deleted since: no network to name)
                    network = self.outbox.get(post_id).network
                    networks.add(NETWORK_NAMES.get(network, network))
            if networks:
                self._remember(LastCheck(utcnow(), tuple(sorted(networks)), answered=False))
        return report

    def probe_and_sync(self) -> tuple[Reachability, SyncReport | None]:
        """Probe each connected account's network, then publish what is due for those that answered (the
        window's way: a network that isn't there costs one probe, not a failed attempt per post). What the
        probe found is kept for ``crier outbox`` (``last_check``)."""
        from desktop.core.clock import utcnow
        from desktop.core.last_check import LastCheck
        from desktop.core.reachability import check

        reach = check(self.accounts.all(), self.probe)
        if reach.hosts:
            self._remember(LastCheck.of(reach, utcnow()))
        report = self.sync_engine.run_once(only=reach.reachable) if reach.reachable else None
        return reach, report

    def last_check(self) -> LastCheck | None:
        """What this PC's last probe (or sync run) found: whether it was offline, and when."""
        from desktop.core.last_check import read

        return read(self.paths.data)

    def _remember(self, found: LastCheck) -> None:
        from desktop.core.last_check import record

        try:
            record(self.paths.data, found)
        except OSError as error:  # a hint only: a full disk must not stop the posts
            log.warning("Couldn't note the network check: %s", error)

    def watch_changes(self) -> ChangeWatch:
        """A watch that tells whether another process (``crier queue``, a second window) committed;
        use it from one thread, and close it there."""
        from desktop.core.changes import ChangeWatch

        return ChangeWatch(self.db)

    # -- the window's helpers ---------------------------------------------------------------------

    def speller(self) -> Speller:
        """Spelling with this person's own words (dictionaries load when ``load`` is called)."""
        from desktop.core.spelling import Speller

        return Speller(self.paths.data / "spelling-words.txt")

    @staticmethod
    def back_up_if_due(database: Path, backups: Path) -> None:
        """Today's backup of ``database`` into ``backups``, unless one less than a day old is there."""
        from desktop.core.backup import daily_backup_if_due

        daily_backup_if_due(database, backups)

    # -- closing ------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the HTTP sessions and the database; safe to call twice."""
        for session in self._sessions:
            session.close()
        self._sessions.clear()
        self.accounts.close()
        if self._db is not None and self._owns_db:
            self._db.close()

    def __enter__(self) -> Crier:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
