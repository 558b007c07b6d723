"""Post (Ctrl+Enter), the Outbox panel and the online indicator, wired to the core outbox.

Built once the database is open; the window only hands over its draft and its menus. What may be posted
where, and queuing it, is the app service's (``Crier.assess``/``Crier.queue``, as ``crier queue`` uses):
this class asks where to post and shows the answer. Every call into the service runs on the window's
``ops`` (reads on the list lane; queuing and the Outbox panel's actions on the store lane, after the
autosave of the draft being posted), so the GUI thread never waits for the database.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSystemTrayIcon

from desktop.core.drafts import DraftData
from desktop.core.posts import State
from desktop.core.service import Outgoing
from desktop.ui.dialogs import disposable
from desktop.ui.i18n import shown
from desktop.ui.ops import LIST, STORE, Change, Failure, Ops, ops_of
from desktop.ui.outbox_view import OutboxPanel
from desktop.ui.post_dialog import PostDialog
from desktop.ui.sync_controller import SyncController

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.service import Crier
    from desktop.core.service.posting import Assessment
    from desktop.core.service.submitting import Destinations
    from desktop.ui.accounts_dialog import AccountsDialog
    from desktop.ui.calendar_view import CalendarView
    from desktop.ui.post_team import Sides

log = logging.getLogger(__name__)


class Posting(QObject):
    limits_changed = Signal()  # the per-network limits were read: the counts and checks use them

    def __init__(self, window: QMainWindow, crier: Crier, sync: tuple | None = None) -> None:
        """``sync``: an (engine, probe) pair for tests; else the service's, probing each account's host."""
        super().__init__(window)
        self.window = window
        self.crier = crier
        found = ops_of(window)
        self._own_ops = found is None  # built without a window's runner (a test): it runs its own
        self._ops = found if found is not None else Ops(self)
        if sync is not None:
            crier.use_sync(*sync)
        self.sync = SyncController(crier, self)

        self.panel = OutboxPanel(window)
        self.dock = QDockWidget(self.tr("Outbox"), window)
        self.dock.setObjectName("outbox")
        self.dock.setWidget(self.panel)
        self.dock.setAccessibleName(self.tr("Outbox"))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # shown once there is something in it

        self.online_label = QLabel(window)
        self.online_label.setAccessibleName(self.tr("Connection status"))
        self.waiting_label = QLabel(window)
        self.waiting_label.setAccessibleName(self.tr("Posts waiting"))
        window.statusBar().addPermanentWidget(self.waiting_label)
        window.statusBar().addPermanentWidget(self.online_label)

        self.post_action = QAction(self.tr("&Post…"), window)
        self.post_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.accounts_action = QAction(self.tr("&Accounts…"), window)
        self.accounts_action.setShortcut(QKeySequence("Ctrl+,"))
        self.accounts_action.triggered.connect(self.open_accounts)
        self.limits: dict[str, int] = {}
        self._read_limits()
        self.outbox_action = self.dock.toggleViewAction()
        self.outbox_action.setText(self.tr("&Outbox"))
        self.outbox_action.setShortcut(QKeySequence("Ctrl+3"))
        self.calendar_action = QAction(self.tr("&Calendar"), window)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: CalendarView | None = None

        self.tray = QSystemTrayIcon(window) if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.panel.send_now.connect(lambda post_id: self._act(crier.send_now, post_id))
        self.panel.retry.connect(lambda post_id: self._act(crier.retry, post_id))
        self.panel.cancel.connect(lambda post_id: self._act(crier.cancel, post_id))
        self.sync.unreachable_changed.connect(self.panel.model.set_unreachable)
        self.sync.posts_changed.connect(self._show_posts)
        self.sync.online_changed.connect(self._show_online)
        self.sync.notify.connect(self._notify)
        self.sync.refresh()
        self._ops.run(crier.outbox_counts, self._kick_if_waiting, lane=LIST)

    def _kick_if_waiting(self, counts: dict) -> None:
        if any(counts.get(s) for s in (State.QUEUED, State.SCHEDULED, State.SENDING, State.WAITING)):
            self.sync.kick()  # left over from last time, or queued by `crier queue` meanwhile

    # -- posting ------------------------------------------------------------------------------

    def post(self, draft: DraftData, on_queued: Callable[[list[int]], None] | None = None) -> None:
        """Check the draft for each account, ask where to post it, queue one post per account, send at once.

        ``posting.assess`` decides for each account (the same checks as the Checks panel); the dialog lists
        what must be fixed and asks for a reason where policy lets a finding be overridden. The accounts
        and their verdicts are read, and the posts queued, off the GUI thread; ``on_queued(ids)`` follows.
        """
        outgoing = Outgoing.from_draft(draft)
        if outgoing.empty:
            QMessageBox.information(
                self.window, self.tr("Post"), self.tr("This draft is empty: write something first.")
            )
            return
        if not self._post_again(draft):
            return
        crier = self.crier

        def read() -> tuple[Destinations, Assessment | None, Sides | None]:
            found = crier.destinations()  # on a PC joined to a team: the team's accounts
            accounts = found.accounts
            assessment = crier.assess(outgoing, accounts) if accounts else None
            sides = None
            if found.team is not None and outgoing.sides is not None and len(accounts) > 1:
                sides = {  # what each account would get as the Welsh or the English of a pair
                    language: crier.assess(outgoing.side(language), accounts).by_account(shown)
                    for language in ("cy", "en")
                }
            return found, assessment, sides

        self._ops.run(read, lambda found: self._ask(draft, outgoing, *found, on_queued), lane=LIST)

    def _ask(
        self,
        draft: DraftData,
        outgoing: Outgoing,
        found: Destinations,
        assessment: Assessment,
        sides: Sides | None,
        on_queued: Callable[[list[int]], None] | None,
    ) -> None:
        """The Post dialog, with each account's state; then queue what was chosen (store lane). On a PC
        joined to a team it submits for approval instead (the service decides: ``Crier.queue``)."""
        accounts = found.accounts
        if not accounts:
            none = self.tr(
                "Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook."
            )
            if found.team is not None:
                none = self.tr(
                    "The team has no accounts yet: an account connected on a team PC joins the team at that"
                    " PC's next sync."
                )
            QMessageBox.information(self.window, self.tr("Post"), none)
            return
        verdicts = assessment.verdicts
        refused = {account_id: shown(error.user_message) for account_id, error in assessment.refused.items()}
        notes = {
            account_id: self.tr("too long for one post: goes as a thread of {n}").format(n=len(verdict.parts))
            for account_id, verdict in verdicts.items()
            if len(verdict.parts) > 1
        }
        wanted = {a.id for a in accounts if a.network in draft.networks}
        preselected = wanted or {accounts[0].id}
        if found.team is not None:
            from desktop.ui.post_team import TeamPostDialog

            team_refused = {k: shown(v) for k, v in found.team.refused.items()}
            team = replace(found.team, refused=team_refused)
            dialog: PostDialog = TeamPostDialog(
                accounts, preselected, notes, self.window, verdicts, refused, team=team, sides=sides
            )
        else:
            dialog = PostDialog(accounts, preselected, notes, self.window, verdicts, refused)
        if not disposable(dialog).exec():
            return
        pair, direct = False, ""
        if found.team is not None:
            chosen, pair, direct = dialog.chosen_verdicts(), dialog.as_pair(), dialog.direct_reason()
        else:
            chosen = [verdicts[a] for a in dialog.chosen_accounts() if a in verdicts]
        if not chosen:
            return
        crier, reason, when = self.crier, dialog.override_reason(), dialog.scheduled_at()

        def queue() -> list[int | None]:
            return crier.queue(
                outgoing,
                chosen,
                override_reason=reason,
                scheduled_at=when,
                languages=assessment.languages,
                pair=pair,
                direct_reason=direct,
            )

        def queued(ids: list[int]) -> None:
            self.dock.show()
            self.sync.kick()
            if on_queued is not None:
                on_queued(ids)

        if found.team is not None:
            self._ops.run(
                queue, lambda ids: self._submitted(ids, bool(direct)), lane=STORE, on_error=self._refused,
                changes=Change.TEAM,
            )  # fmt: skip
            return
        self._ops.run(
            queue, queued, lane=STORE, on_error=self._refused, changes=Change.OUTBOX | Change.DRAFTS
        )

    def _submitted(self, ids: list[int | None], direct: bool) -> None:
        """Submitted (or saved here to be): say so, and show it in the Team area's My submissions."""
        if None in ids:
            said = self.tr(
                "Saved on this PC for approval: it goes to the team as soon as the team database can be"
                " reached."
            )
        elif direct:
            said = self.tr("Posted without approval: it is in the team outbox.")
        else:
            said = self.tr("Submitted for approval. The Team area lists it under My submissions.")
        self.window.statusBar().showMessage(said, 10000)
        team = getattr(self.window, "team", None)
        if team is not None:
            team.show_mine()

    def _refused(self, failure: Failure) -> None:
        lines = [line for v in getattr(failure.error, "verdicts", ()) for line in v.problems(shown)]
        QMessageBox.information(self.window, self.tr("Post"), "\n".join([failure.message, *lines]))

    def _post_again(self, draft: DraftData) -> bool:
        """A draft that went out already is posted again only when the officer says so."""
        where = self.window.model.posted_where(draft.id)
        if where is not None:
            accounts, date, time = where
            question = self.tr("Already posted to {accounts} on {date} at {time} — post again?").format(
                accounts=accounts, date=date, time=time
            )
        elif draft.status == "sent":  # went out before the posts the outbox lists
            question = self.tr("This draft has already been posted — post again?")
        else:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Post again?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _read_limits(self) -> None:
        """Per-network limits the counts should use: a connected Mastodon server's own, for example."""
        self._ops.run(self.crier.accounts.limits, self._set_limits, lane=LIST)

    def _set_limits(self, limits: dict[str, int]) -> None:
        if limits != self.limits:
            self.limits = limits
            self.limits_changed.emit()

    def settings_changed(self, values: dict) -> None:
        """New settings: sign-in uses them at once; the sync's connection (proxy, API address) at restart."""
        self.crier.settings_changed(values)

    def open_accounts(self) -> AccountsDialog:
        from desktop.core.bilingual import BOTH, MODE_SETTING
        from desktop.ui.accounts_dialog import AccountsDialog

        accounts = self.crier.accounts
        dialog = AccountsDialog(
            accounts.all,
            accounts.connect,
            accounts.sign_out,
            accounts.make_default,
            accounts.keyring_status,
            self.window,
            allowed_networks=self.crier.values.get("networks.allowed"),
            set_language=lambda account, mode: accounts.set_language(account, mode or "default"),
            default_language=self.crier.values.get(MODE_SETTING, BOTH),
        )
        disposable(dialog)
        dialog.finished.connect(lambda _result: (self._read_limits(), self.sync.kick()))
        dialog.open()
        return dialog

    def open_calendar(self) -> CalendarView:
        """View ▸ Calendar: scheduled and sent posts by week or month; moving one reschedules it."""
        from desktop.ui.calendar_view import CalendarView

        if self.calendar is None:
            self.calendar = CalendarView(self.crier.reschedule, self.window)
            self.calendar.rescheduled.connect(lambda _post_id: self.sync.refresh())
            self.sync.posts_changed.connect(self.calendar.set_posts)
        self.calendar.set_posts(self.panel.model.posts())
        self.calendar.show()
        self.calendar.show_date(self.calendar.grid.anchor)
        self.calendar.raise_()
        self.calendar.activateWindow()
        return self.calendar

    def _act(self, action: Callable[[int], object], post_id: int) -> None:
        """Send now, Retry or Cancel: a write, in order with the others; then the sync runs."""

        def failed(failure: Failure) -> None:
            QMessageBox.warning(self.window, self.tr("Outbox"), failure.message)
            self.sync.kick()

        self._ops.run(
            lambda: action(post_id),
            lambda _result: self.sync.kick(),
            lane=STORE,
            on_error=failed,
            changes=Change.OUTBOX | Change.DRAFTS,
        )

    # -- showing state ----------------------------------------------------------------------

    def _show_posts(self, posts: list) -> None:
        if posts and not self.panel.model.rowCount():
            self.dock.show()
        self.panel.model.set_posts(posts)
        self.window.model.set_postings(posts)  # the drafts list marks what went out, where and when
        waiting = sum(p.state in (State.QUEUED, State.WAITING, State.SENDING, State.SCHEDULED) for p in posts)
        attention = sum(p.state is State.NEEDS_ATTENTION for p in posts)
        parts = []
        if waiting:
            parts.append(self.tr("%n waiting to post", "", waiting))
        if attention:
            parts.append(self.tr("%n need attention", "", attention))
        self.waiting_label.setText(" · ".join(parts))
        self.waiting_label.setAccessibleDescription(self.waiting_label.text())  # its name hides its text

    def _show_online(self, online: bool, message: str) -> None:
        self.online_label.setText(("● " if online else "○ ") + message)
        self.online_label.setToolTip(message)

    def _notify(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.window.statusBar().showMessage(f"{title}: {message}", 10000)

    def shutdown(self) -> None:
        if self.calendar is not None:
            self.calendar.shutdown()
        self.sync.shutdown()
        if self._own_ops:
            self._ops.shutdown()
