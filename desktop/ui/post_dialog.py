"""Post…: choose the accounts, now or at a time, and see what each network will get."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.networks import NETWORK_NAMES
from desktop.ui.icons import network_icon


class PostDialog(QDialog):
    def __init__(
        self,
        accounts: list[AccountView],
        preselected: set[int],
        notes: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post"))
        self.resize(520, 420)
        self.model = QStandardItemModel(self)
        for account in accounts:
            label = f"{NETWORK_NAMES.get(account.network, account.network)} · {account.handle}"
            if account.status is not AccountStatus.CONNECTED:
                label += "  — " + self.tr("needs connecting; the post will wait in the outbox")
            if account.id in notes:
                label += f"  — {notes[account.id]}"
            item = QStandardItem(network_icon(account.network), label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if account.id in preselected else Qt.CheckState.Unchecked
            )
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

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.post_button = self.buttons.addButton(self.tr("&Post"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(lambda _item: self._update())

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Post this draft to:"), self)
        intro.setBuddy(self.list)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
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
        when = local.replace(tzinfo=datetime.now().astimezone().tzinfo).astimezone(UTC).replace(tzinfo=None)
        return when if when > datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=30) else None

    def _update(self) -> None:
        self.post_button.setEnabled(bool(self.chosen_accounts()))
