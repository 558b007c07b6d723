"""Keeps the outbox moving from the window: probes each network, runs the sync engine, reports.

Everything here asks the app service (``Crier``) and runs on the window's ``ops`` (its sync and watch
lanes); the GUI only hears signals. Qt's QNetworkInformation (when the platform has a backend) merely
prompts a probe: a network is "online" when its accounts' API host answered through the same HTTP stack
(proxy, certificates) the posts use, and the outbox sends for the accounts whose network answered
(``Crier.probe_and_sync``).

The watch lane asks every second whether another process changed the database (``Crier.watch_changes``),
re-reads the outbox when it did and announces the change (drafts may have changed too), so
``crier queue`` and ``crier sync`` show up in the window. Any operation that changed the outbox
(``Change.OUTBOX``: a post taken back to drafts) has it re-read too.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.clock import utcnow
from desktop.core.posts import PostView, State
from desktop.ui.i18n import shown
from desktop.ui.ops import SYNC, WATCH, Change, Failure, Ops, ops_of

if TYPE_CHECKING:
    from desktop.core.reachability import Reachability
    from desktop.core.service import Crier
    from desktop.core.sync import SyncReport

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 30_000
WATCH_MS = 1_000  # how often to ask whether another process changed the database
PENDING = (State.QUEUED, State.WAITING, State.SCHEDULED, State.SENDING)


class SyncController(QObject):
    posts_changed = Signal(list)  # list[PostView]
    online_changed = Signal(bool, str)  # online, message for the status bar
    notify = Signal(str, str)  # title, message: a desktop notification
    unreachable_changed = Signal(object)  # {account id: problem kind} for the networks that didn't answer

    def __init__(self, crier: Crier, parent: QObject | None = None, *, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self._crier = crier
        found = ops or ops_of(parent)
        self._own_ops = found is None  # built without a window (a test): then it runs its own
        self._ops = found if found is not None else Ops(self)
        self._ops.changed.connect(self._on_changed)
        self._watch = crier.watch_changes()
        # the baseline, before the first read of the outbox
        self._ops.run(self._watch.changed, lane=WATCH, on_error=self._watch_failed)
        self._watching = False
        self._watch_timer = QTimer(self)
        self._watch_timer.timeout.connect(self._look_for_changes)
        self._watch_timer.start(WATCH_MS)
        self._online: bool | None = None
        self._status: tuple[bool, str] | None = None
        self._reachable: frozenset[int] = frozenset()
        self._offline_since: datetime | None = None
        self._sent_while_back: int = 0
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)
        self._backoff: Any = None  # while offline: probe less and less often (``Crier.offline_backoff``)
        self._watch_network()

    @property
    def online(self) -> bool | None:
        return self._online

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.loadDefaultBackend() and QNetworkInformation.instance() is not None:
            QNetworkInformation.instance().reachabilityChanged.connect(lambda _r: self.kick())

    def refresh(self) -> None:
        """Re-read the outbox (after the user acts on a post)."""
        self._ops.run(self._crier.posts, self.posts_changed.emit, lane=SYNC, on_error=self._log_error)

    def _on_changed(self, changes: Change) -> None:
        if Change.OUTBOX in changes:
            self.refresh()

    def kick(self) -> None:
        """Probe and publish what is due now (Post pressed, network changed, a timer fired)."""
        if self._ops.closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._ops.run(self._cycle, self._done, lane=SYNC, on_error=self._failed)

    def _cycle(self) -> tuple[Reachability, SyncReport | None, list[PostView]]:
        reach, report = self._crier.probe_and_sync()
        return reach, report, self._crier.posts()

    def _done(self, outcome: tuple[Reachability, SyncReport | None, list[PostView]]) -> None:
        reach, report, posts = outcome
        self._running = False
        self._set_online(reach, posts)
        self.posts_changed.emit(posts)
        if report is not None:
            self._announce(report, posts)
        if self._again:
            self._again = False
            self.kick()
            return
        self._schedule(posts)

    def _failed(self, failure: Failure) -> None:
        self._running = False
        self._log_error(failure)
        self._timer.start(IDLE_CHECK_MS)

    def _log_error(self, failure: Failure) -> None:
        log.error("Outbox sync failed: %s", failure.message)  # (an unexpected one is logged in full)

    def _set_online(self, reach: Reachability, posts: list[PostView]) -> None:
        was = self._online
        self._online = reach.online
        self._reachable = reach.reachable
        unreachable = {a: h.result.problem or None for h in reach.unreachable for a in h.account_ids}
        # Before posts_changed, so the Outbox says which posts wait for a network and why.
        self.unreachable_changed.emit({a: p.kind if p else "offline" for a, p in unreachable.items()})
        problem = reach.problem
        proxy_sign_in = problem is not None and problem.kind == "proxy-auth"
        if not reach.online and was is not False and not proxy_sign_in:
            self._offline_since = datetime.now()  # for "Back online" later; a proxy refusal is not offline
        status = (reach.online, self._status_text(reach, posts))
        if status != self._status:
            self._status = status
            self.online_changed.emit(*status)

    def _status_text(self, reach: Reachability, posts: list[PostView]) -> str:
        """What the status bar says: "Online", or each network that can't be reached and what waits for it."""
        if not reach.hosts:
            return self.tr("No account connected")
        if reach.online:
            return self.tr("Online")
        said: list[str] = []
        for host in reach.unreachable:
            problem = host.result.problem
            if problem is not None and problem.kind == "proxy-auth":
                text = problem.message  # the proxy wants a sign-in: the same for every network
            else:
                waiting = sum(p.account_id in host.account_ids and p.state in PENDING for p in posts)
                if waiting:
                    text = self.tr("{network} can't be reached; %n posts wait for it", "", waiting).format(
                        network=host.name
                    )
                else:
                    text = self.tr("{network} can't be reached").format(network=host.name)
            if text not in said:
                said.append(text)
        return "; ".join(said) if len(said) > 1 else said[0]

    # -- other processes' changes ----------------------------------------------------------------

    def _look_for_changes(self) -> None:
        """Every second, off the GUI thread: has anyone else committed? Then re-read the outbox."""
        if self._watching:
            return
        if self._ops.run(self._changed_posts, self._changes_seen, lane=WATCH, on_error=self._watch_failed):
            self._watching = True

    def _changed_posts(self) -> list[PostView] | None:
        return self._crier.posts() if self._watch.changed() else None

    def _changes_seen(self, posts: list[PostView] | None) -> None:
        self._watching = False
        if posts is None:
            return
        self.posts_changed.emit(posts)
        self._ops.announce(Change.DRAFTS)  # e.g. `crier queue` marked its draft queued
        if not self._running:
            self._schedule(posts, probing=False)  # e.g. `crier queue` added a post: send it soon

    def _watch_failed(self, failure: Failure) -> None:
        self._watching = False
        log.warning("Couldn't check the database for other programs' changes: %s", failure.message)

    def _announce(self, report: SyncReport, posts: list[PostView]) -> None:
        by_id = {p.id: p for p in posts}
        for post_id in report.needs_attention:
            post = by_id.get(post_id)
            if post is not None:
                self.notify.emit(self.tr("A post needs attention"), f"{post.account}: {shown(post.error)}")
        if report.paused_accounts:
            self.notify.emit(
                self.tr("An account needs signing in"),
                self.tr("Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,)."),
            )
        if self._offline_since is not None and report.sent:
            self.notify.emit(
                self.tr("Back online"),
                self.tr("%n post(s) from the outbox have gone out.", "", len(report.sent)),
            )
            self._offline_since = None

    def _schedule(self, posts: list[PostView], *, probing: bool = True) -> None:
        """Wake for the next retry or scheduled time, or check again later while anything waits.

        While a network can't be reached, probe again on a growing delay (``probing``: a probe result
        just came in; a change seen in the database only brings due posts forward).
        """
        if self._ops.closed:
            return
        pending = [p for p in posts if p.state in (State.QUEUED, State.WAITING, State.SCHEDULED)]
        if not pending:
            return
        now = utcnow()

        def due_in(chosen: list[PostView]) -> list[float]:
            times = [p.next_attempt_at or p.scheduled_at for p in chosen]
            return [max(0.5, (t - now).total_seconds()) for t in times if t is not None]

        if self._online is False and probing:
            if self._backoff is None:
                self._backoff = self._crier.offline_backoff()
            # Probe the missing networks less and less often; the others' posts still go when due.
            reachable = [p for p in pending if p.account_id in self._reachable]
            delay = min([self._backoff.next_delay(), *due_in(reachable)])
        else:
            if self._backoff is not None and self._online:
                self._backoff.reset()
            delay = min([*due_in(pending), IDLE_CHECK_MS / 1000])
        if self._timer.isActive() and self._timer.remainingTime() <= delay * 1000:
            return  # already waking sooner
        self._timer.start(int(delay * 1000))

    def shutdown(self) -> None:
        """Stop the timers and close the change watch (on its lane, after the look in hand); the window's
        ops then wait for both lanes and deliver nothing more."""
        self._timer.stop()
        self._watch_timer.stop()
        self._ops.run(self._watch.close, lane=WATCH)
        if self._own_ops:
            self._ops.shutdown()
