"""Keeps the outbox moving from the window: probes for the network, runs the sync engine, reports.

Everything here runs on its own background thread; the GUI only hears signals. Qt's
QNetworkInformation (when the platform has a backend) merely prompts a probe: "online" means the API
host answered through the same HTTP stack (proxy, certificates) the posts use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.models import utcnow
from desktop.core.outbox import PostView, State
from desktop.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktop.core.net import ProbeResult, ProbeSchedule
    from desktop.core.outbox import Outbox
    from desktop.core.sync import SyncEngine, SyncReport

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 30_000


class SyncController(QObject):
    posts_changed = Signal(list)  # list[PostView]
    online_changed = Signal(bool, str)  # online, message for the status bar
    notify = Signal(str, str)  # title, message: a desktop notification

    def __init__(
        self,
        outbox: Outbox,
        engine: SyncEngine,
        probe: Callable[[], ProbeResult],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._engine = engine
        self._probe = probe
        self._worker = SerialWorker("crier-sync", self)
        self._online: bool | None = None
        self._offline_since: datetime | None = None
        self._sent_while_back: int = 0
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)
        self._backoff: ProbeSchedule | None = None  # while offline: probe less and less often
        self._closed = False
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
        if self._closed:
            return
        self._worker.submit(self._outbox.posts, self.posts_changed.emit, self._log_error)

    def kick(self) -> None:
        """Probe and publish what is due now (Post pressed, network changed, a timer fired)."""
        if self._closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._worker.submit(self._cycle, self._done, self._failed)

    def _cycle(self) -> tuple[ProbeResult, SyncReport | None, list[PostView]]:
        result = self._probe()
        report = self._engine.run_once() if result.online else None
        return result, report, self._outbox.posts()

    def _done(self, outcome: tuple[ProbeResult, SyncReport | None, list[PostView]]) -> None:
        result, report, posts = outcome
        self._running = False
        self._set_online(result)
        self.posts_changed.emit(posts)
        if report is not None:
            self._announce(report, posts)
        if self._again:
            self._again = False
            self.kick()
            return
        self._schedule(posts)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._log_error(error)
        self._timer.start(IDLE_CHECK_MS)

    def _log_error(self, error: BaseException) -> None:
        log.error("Outbox sync failed", exc_info=error)

    def _set_online(self, result: ProbeResult) -> None:
        was = self._online
        self._online = result.online
        proxy_sign_in = result.problem is not None and result.problem.kind == "proxy-auth"
        if not result.online and was is not False and not proxy_sign_in:
            self._offline_since = datetime.now()  # for "Back online" later; a proxy refusal is not offline
        message = (
            self.tr("Online")
            if result.online
            else (result.problem.message if result.problem else self.tr("Offline: posts wait in the outbox"))
        )
        if was != result.online:
            self.online_changed.emit(result.online, message)

    def _announce(self, report: SyncReport, posts: list[PostView]) -> None:
        by_id = {p.id: p for p in posts}
        for post_id in report.needs_attention:
            post = by_id.get(post_id)
            if post is not None:
                self.notify.emit(self.tr("A post needs attention"), f"{post.account}: {post.error}")
        if report.paused_accounts:
            self.notify.emit(
                self.tr("An account needs signing in"),
                self.tr("Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,)."),
            )
        if self._offline_since is not None and report.sent:
            self.notify.emit(
                self.tr("Back online"),
                self.tr("{n} post(s) from the outbox have gone out.").format(n=len(report.sent)),
            )
            self._offline_since = None

    def _schedule(self, posts: list[PostView]) -> None:
        """Wake for the next retry or scheduled time, or check again later while anything waits."""
        if self._closed:
            return
        pending = [p for p in posts if p.state in (State.QUEUED, State.WAITING, State.SCHEDULED)]
        if not pending:
            return
        if self._online is False:
            if self._backoff is None:
                from desktop.core.net import ProbeSchedule

                self._backoff = ProbeSchedule()
            self._timer.start(int(self._backoff.next_delay() * 1000))
            return
        if self._backoff is not None:
            self._backoff.reset()
        times = [p.next_attempt_at or p.scheduled_at for p in pending]
        now = utcnow()
        delays = [max(0.5, (t - now).total_seconds()) for t in times if t is not None]
        delay = min(delays + [IDLE_CHECK_MS / 1000])
        self._timer.start(int(delay * 1000))

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._worker.shutdown()
