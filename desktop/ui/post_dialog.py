"""Post…: choose the accounts, now or at a time, and see what each network will get.

Before anything is queued it lists, per account, what the checks say must be fixed (``posting.assess``).
An account whose problems policy says can't be overridden can't be chosen; where they can be, Post asks
for a one-line reason, which is kept with the post.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.networks import NETWORK_NAMES
from desktop.core.posting import Verdict
from desktop.ui.i18n import shown
from desktop.ui.icons import network_icon


class PostDialog(QDialog):
    waits_for_connection = True  # an account that needs connecting: its post waits in this PC's outbox

    def __init__(
        self,
        accounts: list[AccountView],
        preselected: set[int],
        notes: dict[int, str],
        parent: QWidget | None = None,
        verdicts: dict[int, Verdict] | None = None,
        refused: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post"))
        self.resize(560, 480)
        self.verdicts = verdicts or {}
        refused = refused or {}
        self.model = QStandardItemModel(self)
        problems: list[str] = []
        for account in accounts:
            name = f"{NETWORK_NAMES.get(account.network, account.network)} · {account.handle}"
            label = name
            if account.status is not AccountStatus.CONNECTED and self.waits_for_connection:
                label += "  — " + self.tr("needs connecting; the post will wait in the outbox")
            if account.id in notes:
                label += f"  — {notes[account.id]}"
            verdict = self.verdicts.get(account.id)
            unusable = account.id in refused or bool(verdict and verdict.locked)
            if account.id in refused:
                label += "  — " + self.tr("can't be posted: {why}").format(why=refused[account.id])
            elif verdict and verdict.locked:
                label += "  — " + self.tr("must be fixed before posting")
            elif verdict and not verdict.clear:
                label += "  — " + self.tr("needs fixing, or a reason to post anyway")
            if verdict and not verdict.clear:
                problems.append(f"{name}:")
                problems += [f"  • {line}" for line in verdict.problems(shown)]
            item = QStandardItem(network_icon(account.network), label)
            if account.status is not AccountStatus.CONNECTED and account.status_message:
                item.setToolTip(shown(account.status_message))  # why, in the reader's language
            item.setCheckable(True)
            item.setEditable(False)
            item.setEnabled(not unusable)
            chosen = account.id in preselected and not unusable
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            item.setData(account.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Accounts to post to"))

        self.now = QRadioButton(self.tr("Send as soon as possible (now if online)"), self)
        self.later = QRadioButton(self.tr("Schedule for:"), self)
        self.now.setChecked(True)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), self)
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        self.when.setAccessibleName(self.tr("Scheduled time"))
        self.when.setEnabled(False)
        self.later.toggled.connect(self.when.setEnabled)

        self.problems = QPlainTextEdit("\n".join(problems), self)
        self.problems.setReadOnly(True)
        self.problems.setTabChangesFocus(True)
        self.problems.setAccessibleName(self.tr("What must be fixed before posting"))
        self.problems_label = QLabel(self.tr("The checks found what must be fixed before posting:"), self)
        self.problems_label.setBuddy(self.problems)
        self.problems_label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for posting anyway"))
        self.reason.setPlaceholderText(self.tr("Why this should go out as it is (kept with the post)"))
        self.reason_label = QLabel(self.tr("&Reason for posting anyway:"), self)
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(lambda _text: self._update())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.post_button = self.buttons.addButton(self.tr("&Post"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(lambda _item: self._update())

        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Post this draft to:"), self)
        self.intro.setBuddy(self.list)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.now)
        layout.addWidget(self.later)
        layout.addWidget(self.when)
        layout.addWidget(self.buttons)
        self._update()

    def chosen_accounts(self) -> list[int]:
        return [
            self.model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def scheduled_at(self) -> datetime | None:
        """Naive UTC, as the outbox stores times; None for "as soon as possible"."""
        if not self.later.isChecked():
            return None
        local = self.when.dateTime().toPython()
        when = local.astimezone(UTC).replace(tzinfo=None)  # that day's offset (BST or GMT), not today's
        return when if when > datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=30) else None

    def override_reason(self) -> str:
        """The reason given for posting despite the findings ("" when none was needed)."""
        return " ".join(self.reason.text().split()) if self.needs_reason() else ""

    def needs_reason(self) -> bool:
        return any(
            (v := self.verdicts.get(account_id)) is not None and not v.clear
            for account_id in self.chosen_accounts()
        )

    def _update(self) -> None:
        shown = bool(self.problems.toPlainText())
        self.problems_label.setVisible(shown)
        self.problems.setVisible(shown)
        needs_reason = self.needs_reason()
        self.reason_label.setVisible(needs_reason)
        self.reason.setVisible(needs_reason)
        ready = bool(self.chosen_accounts()) and (not needs_reason or bool(self.reason.text().strip()))
        self.post_button.setEnabled(ready)
