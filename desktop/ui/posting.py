"""Post (Ctrl+Enter), the Outbox panel and the online indicator, wired to the core outbox.

Built once the database is open; the window only hands over its draft and its menus.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSystemTrayIcon

from desktop.core.accounts import Accounts
from desktop.core.bilingual import Bilingual, compose
from desktop.core.drafts import DraftData, StoreError
from desktop.core.outbox import Outbox, State
from desktop.core.posting import Verdict, assess
from desktop.ui.i18n import shown
from desktop.ui.outbox_view import OutboxPanel
from desktop.ui.post_dialog import PostDialog
from desktop.ui.sync_controller import SyncController

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.db import Database
    from desktop.ui.accounts_dialog import AccountsDialog
    from desktop.ui.calendar_view import CalendarView

log = logging.getLogger(__name__)


def default_sync(db: Database, settings: dict) -> tuple[object, Callable]:
    """The real engine and probe: the app's HTTP stack against each account's own API host."""
    from desktop.core.net import NetConfig, make_session
    from desktop.core.networks.registry import publisher_factory
    from desktop.core.reachability import session_probe
    from desktop.core.sync import SyncEngine

    config = NetConfig.from_settings(settings)
    session = make_session(config)
    engine = SyncEngine(db, publisher_factory(Accounts(db), net_config=config, settings=settings))
    return engine, session_probe(session)


class Posting(QObject):
    def __init__(self, window: QMainWindow, db: Database, settings: dict, sync: tuple | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.accounts = Accounts(db)
        self.outbox = Outbox(db)
        engine, probe = sync or default_sync(db, settings)
        self.sync = SyncController(self.outbox, engine, probe, self)

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
        self.settings = settings
        self._connect_context = None
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
        self.panel.send_now.connect(lambda post_id: self._act(self.outbox.send_now, post_id))
        self.panel.retry.connect(lambda post_id: self._act(self.outbox.retry, post_id))
        self.panel.cancel.connect(lambda post_id: self._act(self.outbox.cancel, post_id))
        self.sync.unreachable_changed.connect(self.panel.model.set_unreachable)
        self.sync.posts_changed.connect(self._show_posts)
        self.sync.online_changed.connect(self._show_online)
        self.sync.notify.connect(self._notify)
        self.sync.refresh()
        counts = self.outbox.counts()
        if any(counts.get(s) for s in (State.QUEUED, State.SCHEDULED, State.SENDING, State.WAITING)):
            self.sync.kick()  # left over from last time, or queued by `crier queue` meanwhile

    # -- posting ------------------------------------------------------------------------------

    def post(self, draft: DraftData) -> list[int]:
        """Check the draft for each account, ask where to post it, queue one post per account, send at once.

        ``posting.assess`` decides for each account (the same checks as the Checks panel); the dialog lists
        what must be fixed and asks for a reason where policy lets a finding be overridden.
        """
        sides = Bilingual(draft.text_cy, draft.text_en) if draft.bilingual else None
        if not (sides.cy + sides.en if sides else draft.body).strip():
            QMessageBox.information(
                self.window, self.tr("Post"), self.tr("This draft is empty: write something first.")
            )
            return []
        if not self._post_again(draft):
            return []
        accounts = self.accounts.all()
        if not accounts:
            QMessageBox.information(
                self.window,
                self.tr("Post"),
                self.tr("Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook."),
            )
            return []
        alt_texts = [m.alt_text for m in draft.media]
        verdicts: dict[int, Verdict] = {}
        notes: dict[int, str] = {}
        refused: dict[int, str] = {}
        languages: dict[int, str] = {}
        for account in accounts:
            try:
                text = draft.body
                if sides is not None:  # what this account gets: its language mode decides
                    composed = compose(sides, account, self.settings)
                    text, languages[account.id] = composed.text, composed.language
                verdicts[account.id] = assess(text, account, self.settings, alt_texts=alt_texts)
            except StoreError as error:
                refused[account.id] = error.user_message
                continue
            if len(verdicts[account.id].parts) > 1:
                notes[account.id] = self.tr("too long for one post: goes as a thread of {n}").format(
                    n=len(verdicts[account.id].parts)
                )
        wanted = {a.id for a in accounts if a.network in draft.networks}
        dialog = PostDialog(accounts, wanted or {accounts[0].id}, notes, self.window, verdicts, refused)
        if not dialog.exec():
            return []
        chosen = [verdicts[a] for a in dialog.chosen_accounts() if a in verdicts]
        if not chosen:
            return []
        try:
            ids = self.outbox.queue_checked(
                chosen,
                override_reason=dialog.override_reason(),
                media=draft.media,
                language=draft.language,
                scheduled_at=dialog.scheduled_at(),
                draft_id=draft.id,
                languages=languages,
            )
        except StoreError as error:
            lines = [line for v in getattr(error, "verdicts", ()) for line in v.problems(shown)]
            QMessageBox.information(self.window, self.tr("Post"), "\n".join([error.user_message, *lines]))
            return []
        self.dock.show()
        self.sync.kick()
        return ids

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
        limits: dict[str, int] = {}
        for account in self.accounts.all():
            value = account.settings.get("char_limit")
            if value and account.network not in limits:
                limits[account.network] = int(value)
        self.limits = limits

    def settings_changed(self, values: dict) -> None:
        """New settings: sign-in uses them at once; the sync's connection (proxy, API address) at restart."""
        self.settings = values
        self._connect_context = None

    def _context(self) -> object:
        """The keyring and HTTP session for signing in, made on first use (off the GUI thread)."""
        if self._connect_context is None:
            from desktop.core.connect import default_context

            self._connect_context = default_context(self.accounts, self.settings)
        return self._connect_context

    def open_accounts(self) -> AccountsDialog:
        from desktop.core import connect
        from desktop.core.bilingual import BOTH, MODE_SETTING, set_account_mode
        from desktop.core.credentials import SecretStore
        from desktop.ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(
            self.accounts.all,
            lambda form, values: connect.connect(form, values, self._context()),
            lambda account: connect.sign_out(account, self._context()),
            lambda account: connect.make_default(account, self.accounts),
            lambda: SecretStore().status(),
            self.window,
            allowed_networks=self.settings.get("networks.allowed"),
            set_language=lambda account, mode: set_account_mode(self.accounts, account.id, mode),
            default_language=self.settings.get(MODE_SETTING, BOTH),
        )
        dialog.finished.connect(lambda _result: (self._read_limits(), self.sync.kick()))
        dialog.open()
        return dialog

    def open_calendar(self) -> CalendarView:
        """View ▸ Calendar: scheduled and sent posts by week or month; moving one reschedules it."""
        from desktop.ui.calendar_view import CalendarView

        if self.calendar is None:
            self.calendar = CalendarView(self.outbox.reschedule, self.window)
            self.calendar.rescheduled.connect(lambda _post_id: self.sync.refresh())
            self.sync.posts_changed.connect(self.calendar.set_posts)
        self.calendar.set_posts(self.panel.model.posts())
        self.calendar.show()
        self.calendar.show_date(self.calendar.grid.anchor)
        self.calendar.raise_()
        self.calendar.activateWindow()
        return self.calendar

    def _act(self, action: Callable[[int], object], post_id: int) -> None:
        try:
            action(post_id)
        except StoreError as error:
            QMessageBox.warning(self.window, self.tr("Outbox"), error.user_message)
        self.sync.kick()

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
