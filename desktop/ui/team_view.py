"""The Team area (View > Team, Ctrl+4): submissions to review, my submissions, a submission's comments
and history, Approve / Request changes with a note; and the team connection in the status bar.

Everything that touches the team database or this PC's team file runs on the window's ``ops``, on a
lane of its own (a slow or unreachable server never holds up the drafts' saves and reads); a second lane
waits for the database's LISTEN/NOTIFY (``core.team.notify``, which polls the audit log where
notifications can't arrive). An action that succeeded, or a notification, announces ``Change.TEAM`` and
the team is read again. The database decides who may do what;
this view only hides what can't work and shows the database's refusal as one sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.team.desk import TeamSnapshot
from desktop.ui.contrast import error_style
from desktop.ui.dialogs import disposable, while_there
from desktop.ui.ops import TEAM, TEAM_WATCH, Change, Failure, Ops, ops_of
from desktop.ui.team_holders import HoldersDialog
from desktop.ui.team_images import SubmissionImages, thumbnails
from desktop.ui.team_join_dialog import JoinDialog
from desktop.ui.team_model import (
    POST_COLUMN,
    SUBMISSION_ROLE,
    SubmissionsModel,
    action_text,
    detail_text,
    sentence,
    state_text,
    when_text,
)

if TYPE_CHECKING:
    from desktop.core.service import Crier

log = logging.getLogger(__name__)

WAIT_SECONDS = 2.0  # one wait for notifications; also the longest a close waits for the watcher
RETRY_MS = 10_000  # offline: try the team database again this often
TO_REVIEW, MINE = 0, 1


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class TeamPanel(QWidget):
    """The list on the left, the chosen submission with its thread, history and decisions on the right."""

    join_requested = Signal()
    holders_requested = Signal()
    selected = Signal(object)  # the submission dict, or None
    decide = Signal(int, str, str)  # submission id, decision, note
    comment = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = TeamSnapshot(joined=False)
        self._role: str | None = None
        self.pages = QStackedWidget(self)

        joining = QWidget(self)
        self.join_text = QLabel(
            self.tr("This PC has not joined a team. Join with your team user name and password."), joining
        )
        self.join_text.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join team…"), joining)
        self.join_button.clicked.connect(self.join_requested)
        join_layout = QVBoxLayout(joining)
        join_layout.addWidget(self.join_text)
        join_layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        join_layout.addStretch(1)

        team = QWidget(self)
        self.tabs = QTabBar(team)
        self.tabs.addTab(self.tr("To review"))
        self.tabs.addTab(self.tr("My submissions"))
        self.tabs.setAccessibleName(self.tr("Which submissions"))
        self.tabs.currentChanged.connect(lambda _i: self._show_rows())
        self.model = SubmissionsModel(self)
        self.table = QTableView(team)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Submissions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(POST_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selected.emit(self.current()))
        self.model.modelReset.connect(lambda: self.selected.emit(self.current()))
        left = QWidget(team)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs)
        left_layout.addWidget(self.table, 1)
        self.holders_button = QPushButton(self.tr("Who pu&blishes…"), left)  # team_holders
        self.holders_button.setAccessibleName(self.tr("Who publishes for each account"))
        self.holders_button.clicked.connect(self.holders_requested)
        left_layout.addWidget(self.holders_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QWidget(team)
        self.heading = QLabel(right)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.post_text = QPlainTextEdit(right)
        self.post_text.setReadOnly(True)
        self.post_text.setAccessibleName(self.tr("Submitted text"))
        self.post_text.setMaximumHeight(90)
        self.images = SubmissionImages(right)
        self.comments = QTextBrowser(right)
        self.comments.setAccessibleName(self.tr("Comments"))
        self.history = QTextBrowser(right)
        self.history.setAccessibleName(self.tr("History"))
        self.note = QPlainTextEdit(right)
        self.note.setAccessibleName(self.tr("Note or comment"))
        self.note.setPlaceholderText(self.tr("A comment, or a note with your decision"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.comment_button = QPushButton(self.tr("&Comment"), right)
        self.approve_button = QPushButton(self.tr("&Approve"), right)
        self.changes_button = QPushButton(self.tr("Request c&hanges"), right)
        for button in (self.comment_button, self.approve_button, self.changes_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.comment_button.clicked.connect(lambda: self._emit("comment"))
        self.approve_button.clicked.connect(lambda: self._emit("approved"))
        self.changes_button.clicked.connect(lambda: self._emit("changes_requested"))
        self.message = QLabel(right)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Team message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.approve_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.post_text)
        right_layout.addWidget(self.images)
        self.thread_label = QLabel(self.tr("Comments"), right)
        self.history_label = QLabel(self.tr("History"), right)
        self.thread_label.setBuddy(self.comments)
        self.history_label.setBuddy(self.history)
        lists = QHBoxLayout()
        for label, view in ((self.thread_label, self.comments), (self.history_label, self.history)):
            stack = QVBoxLayout()
            stack.addWidget(label)
            stack.addWidget(view, 1)
            lists.addLayout(stack, 1)
        right_layout.addLayout(lists, 1)
        right_layout.addWidget(self.note)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal, team)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 660])
        splitter.setChildrenCollapsible(False)
        team_layout = QVBoxLayout(team)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addWidget(splitter)

        self.pages.addWidget(joining)
        self.pages.addWidget(team)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.show_snapshot(self.snapshot)

    # -- showing -----------------------------------------------------------------------------

    def focus_list(self) -> None:
        """Ctrl+4 puts the keyboard in the Team area: the list, or Join team when not joined."""
        (self.table if self.snapshot.joined else self.join_button).setFocus()

    def current(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return index.data(SUBMISSION_ROLE) if index.isValid() else None

    def show_snapshot(self, snapshot: TeamSnapshot) -> None:
        self.snapshot = snapshot
        self.pages.setCurrentIndex(1 if snapshot.joined else 0)
        if snapshot.role != self._role:  # an approver starts on what waits for them; an author on theirs
            self._role = snapshot.role
            self.tabs.setTabVisible(TO_REVIEW, snapshot.can_decide)
            self.tabs.setCurrentIndex(TO_REVIEW if snapshot.can_decide else MINE)
        self.tabs.setTabText(TO_REVIEW, self.tr("To review ({n})").format(n=len(snapshot.to_review())))
        self.tabs.setTabText(MINE, self.tr("My submissions ({n})").format(n=len(snapshot.mine())))
        self._show_rows()

    def _show_rows(self) -> None:
        chosen = self.current()
        rows = self.snapshot.to_review() if self.tabs.currentIndex() == TO_REVIEW else self.snapshot.mine()
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.get("id") if chosen else None)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0 and row != self.table.currentIndex().row():
            self.table.selectRow(row)
        self.selected.emit(self.current())

    def show_submission(
        self, submission: dict[str, Any] | None, history: list[dict[str, Any]] | None
    ) -> None:
        """The chosen submission; ``history`` None means it could not be read (offline)."""
        pending = submission is not None and submission.get("id") is None
        if submission is None:
            self.heading.setText(self.tr("Nothing to show here."))
            self.post_text.setPlainText("")
            self.comments.setHtml("")
            self.history.setHtml("")
            self.images.show_images([])
        else:
            self.heading.setText(
                self.tr("{state} · {account} · by {author} · {when}").format(
                    state=state_text(submission["state"]),
                    account=submission.get("account") or "",
                    author=submission.get("author") or "",
                    when=when_text(submission.get("submitted_at")),
                )
            )
            self.post_text.setPlainText(submission.get("text") or "")
            self.images.show_images(submission.get("images") or [])
            comments = submission.get("comments") or []
            self.comments.setHtml(
                "".join(
                    f"<p><b>{_escape(c['author'])}</b> <small>{when_text(c.get('at'))}</small><br>"
                    f"{_escape(c['body'])}</p>"
                    for c in comments
                )
                or "<p><i>" + _escape(self.tr("No comments yet.")) + "</i></p>"
            )
            self.show_history(history, pending)
        can_act = submission is not None and not pending
        waiting = (
            submission is not None and not pending and submission["state"] in ("submitted", "resubmitted")
        )
        self.comment_button.setEnabled(can_act)
        self.note.setEnabled(can_act)
        # Authors don't get the decision buttons at all: the database would refuse them anyway.
        self.approve_button.setVisible(self.snapshot.can_decide)
        self.changes_button.setVisible(self.snapshot.can_decide)
        self.approve_button.setEnabled(waiting)
        self.changes_button.setEnabled(waiting)

    def show_history(self, history: list[dict[str, Any]] | None, pending: bool = False) -> None:
        if pending:
            text = self.tr("This submission is on this PC only; it goes to the team when connected.")
            self.history.setHtml("<p><i>" + _escape(text) + "</i></p>")
        elif history is None:
            self.history.setHtml(
                "<p><i>" + _escape(self.tr("The history is shown when connected.")) + "</i></p>"
            )
        else:
            self.history.setHtml(
                "".join(
                    f"<p><small>{when_text(e.get('at'))}</small> <b>{_escape(e['actor'])}</b> "
                    f"{_escape(action_text(e['action']))}"
                    + (f": {_escape(detail_text(e))}" if e.get("detail") else "")
                    + "</p>"
                    for e in history
                )
            )

    def show_message(self, message: str, problem: bool = False) -> None:
        self.message.setText(message)
        self.message.setStyleSheet(error_style(self.message) if problem else "")

    def _emit(self, what: str) -> None:
        submission = self.current()
        if submission is None or submission.get("id") is None:
            return
        note = self.note.toPlainText()
        if what == "comment":
            self.comment.emit(submission["id"], note)
        else:
            self.decide.emit(submission["id"], what, note)


class TeamArea(QObject):
    """Wires the panel, the status bar and View > Team to the team database, off the GUI thread."""

    changed = Signal(object)  # TeamSnapshot, after each read

    def __init__(
        self,
        window: QMainWindow,
        crier: Crier,
        settings: Any,
        secrets: Any = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.crier = crier
        self.desk = crier.team.desk(secrets)
        found = ops or ops_of(window)
        self.ops = found if found is not None else Ops(self)
        self.ops.changed.connect(self._on_changed)
        self.snapshot = TeamSnapshot(joined=False)
        self._watcher: Any = None
        self._refreshing = False
        self._again = False
        self._shown_id: int | None = None

        self.panel = TeamPanel(window)
        self.dock = QDockWidget(self.tr("Team"), window)
        self.dock.setObjectName("team")
        self.dock.setWidget(self.panel)
        self.dock.setAccessibleName(self.tr("Team"))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("T&eam"))
        self.action.setShortcut(QKeySequence("Ctrl+4"))
        self.action.toggled.connect(lambda shown: self.panel.focus_list() if shown else None)
        self.join_action = QAction(self.tr("&Join team…"), window)
        self.join_action.triggered.connect(self.open_join)

        self.status_label = QLabel(window)
        self.status_label.setAccessibleName(self.tr("Team connection"))
        self.status_label.hide()
        window.statusBar().addPermanentWidget(self.status_label)

        self.panel.join_requested.connect(self.open_join)
        self.panel.holders_requested.connect(self.open_holders)
        self.panel.selected.connect(self._selected)
        self.panel.decide.connect(self._decide)
        self.panel.comment.connect(self._comment)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._start_watching)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Push what waits here, pull the team, show it; one read at a time, the latest wins."""
        if self._refreshing:
            self._again = True
            return
        if self.ops.run(self.desk.snapshot, self._show, lane=TEAM, on_error=self._failed):
            self._refreshing = True

    def show_mine(self) -> None:
        """The Team area on My submissions (after the window's Post submitted one for approval)."""
        self.dock.show()
        self.panel.tabs.setCurrentIndex(MINE)
        self.refresh()

    def _on_changed(self, changes: Change) -> None:
        if Change.TEAM in changes:
            self.refresh()

    def _show(self, snapshot: TeamSnapshot) -> None:
        self._refreshing = False
        self.snapshot = snapshot
        self.join_action.setVisible(not snapshot.joined)
        self.panel.show_snapshot(snapshot)
        self._show_status(snapshot)
        self.changed.emit(snapshot)
        if snapshot.joined and self._watcher is None:
            self._start_watching()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, failure: Failure) -> None:
        self._refreshing = False
        log.warning("Reading the team failed: %s", failure.message)
        self.panel.show_message(sentence(failure.message), True)

    def _show_status(self, snapshot: TeamSnapshot) -> None:
        if not snapshot.joined:
            self.status_label.clear()
            self.status_label.hide()
            return
        if snapshot.reachable:
            text = self.tr("Team: connected")
            if snapshot.waiting:
                text = self.tr("Team: connected, %n change(s) to send", "", snapshot.waiting)
        elif snapshot.waiting:
            text = self.tr("Team: offline, %n change(s) to send", "", snapshot.waiting)
        else:
            text = self.tr("Team: offline")
        self.status_label.setText(text)
        self.status_label.setToolTip(sentence(snapshot.problem) or text)
        self.status_label.show()

    def _selected(self, submission: dict[str, Any] | None) -> None:
        submission_id = submission.get("id") if submission else None
        if submission_id != self._shown_id:
            self.panel.note.clear()
            self.panel.show_message("")
        self._shown_id = submission_id
        self.panel.show_submission(submission, None)
        if submission_id is None:
            return

        def shown(history: list[dict[str, Any]] | None) -> None:
            if self._shown_id == submission_id:
                self.panel.show_history(history)

        self.ops.run(
            lambda: self.desk.history(submission_id), shown, lane=TEAM, on_error=lambda _failure: shown(None)
        )
        if submission and submission.get("images"):  # the pictures, read and scaled off this thread

            def pictures(scaled: dict) -> None:
                if self._shown_id == submission_id:
                    self.panel.images.show_pictures(scaled)

            job = lambda: thumbnails(self.desk.images(submission_id))  # noqa: E731
            self.ops.run(job, pictures, lane=TEAM, on_error=lambda _failure: None)  # the names stay

    # -- acting ------------------------------------------------------------------------------

    def _decide(self, submission_id: int, decision: str, note: str) -> None:
        current = self.panel.current() or {}
        version = current.get("version")
        done = (
            self.tr("Approved; it is queued to post.")
            if decision == "approved"
            else self.tr("Sent back to its author for changes.")
        )
        self._act(lambda: self.desk.decide(submission_id, decision, note, version), done)

    def _comment(self, submission_id: int, body: str) -> None:
        self._act(lambda: self.desk.comment(submission_id, body), self.tr("Comment added."))

    def _act(self, job: Callable[[], bool], done: str) -> None:
        for button in (self.panel.approve_button, self.panel.changes_button, self.panel.comment_button):
            button.setEnabled(False)

        def finished(sent: bool) -> None:
            self.panel.note.clear()
            self.panel.show_message(done if sent else self.tr("Saved on this PC; it is sent when connected."))

        def refused(failure: Failure) -> None:
            self.panel.show_message(sentence(failure.message), True)
            self.refresh()  # show the submission as the database has it now

        self.ops.run(job, finished, lane=TEAM, on_error=refused, changes=Change.TEAM)

    def open_holders(self) -> HoldersDialog:
        """Who publishes for each account: admins change it, everyone else reads it."""
        dialog = disposable(HoldersDialog(self.ops, self.desk, self.window))
        dialog.open()
        dialog.load()
        return dialog

    # -- joining -----------------------------------------------------------------------------

    def open_join(self) -> JoinDialog:
        from desktop.core.service.team import JOIN_SETTING as SETTING

        dialog = disposable(
            JoinDialog(self.settings.get(SETTING), self.settings.is_locked(SETTING), self.window)
        )
        dialog.buttons.accepted.connect(lambda: self._join(dialog))
        dialog.open()
        return dialog

    def _join(self, dialog: JoinDialog) -> None:
        from desktop.core.service.team import JOIN_SETTING as SETTING
        from desktop.core.service.team import join_team

        given = dialog.address.text().strip()
        configured = self.settings.get(SETTING)
        locked = self.settings.is_locked(SETTING)
        user, password = dialog.user.text(), dialog.password.text() or None
        data_dir, secrets = self.desk.data_dir, self.desk._secrets
        dialog.buttons.setEnabled(False)
        dialog.show_error("")

        def run() -> tuple[str, str]:
            result = join_team(
                data_dir, given, configured, locked=locked, user=user, password=password, secrets=secrets
            )
            self.desk.forget()
            return result

        def joined(result: tuple[str, str]) -> None:
            role, team = result
            while_there(dialog, lambda: dialog.accept())()  # joined even if it was closed meanwhile
            self.window.statusBar().showMessage(
                self.tr("Joined team {team} as a team {role}.").format(team=team, role=role), 8000
            )
            self.dock.show()

        def refused(failure: Failure) -> None:
            dialog.show_error(sentence(failure.message))

        self.ops.run(run, joined, lane=TEAM, on_error=while_there(dialog, refused), changes=Change.TEAM)

    # -- hearing about changes ---------------------------------------------------------------

    def _start_watching(self) -> None:
        if not self.snapshot.joined:
            return
        if self._watcher is None:

            def made(connect: Callable[[], Any]) -> None:
                if self._watcher is None:
                    self._watcher = self.crier.team.watcher(connect)
                    self._wait()

            self.ops.run(
                self.desk.watch_connect,
                made,
                lane=TEAM,
                on_error=lambda _failure: self._retry.start(RETRY_MS),
            )
            return
        self._wait()

    def _wait(self) -> None:
        watcher = self._watcher

        def heard(events: list[dict[str, Any]]) -> None:
            if events or not self.snapshot.reachable:  # a change, or the database is back: read again
                self.ops.announce(Change.TEAM)
            self._wait()

        def lost(_failure: Failure) -> None:
            watcher.close()
            if self.snapshot.reachable:
                self.refresh()  # says "offline" and counts what waits here
            self._retry.start(RETRY_MS)

        self.ops.run(lambda: watcher.wait(WAIT_SECONDS), heard, lane=TEAM_WATCH, on_error=lost)

    def shutdown(self) -> None:
        """Close the team connections, each on its own lane once the job in hand (a wait of WAIT_SECONDS
        at most) is done; the window's ops then deliver nothing more."""
        self._retry.stop()
        if self._watcher is not None:
            self.ops.run(self._watcher.close, lane=TEAM_WATCH)
        self.ops.run(self.desk.close, lane=TEAM)
