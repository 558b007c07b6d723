"""Team > Who publishes… : each team account and the people whose PCs publish it (team migration t0008).

Only an account's holders may send its approved posts, so a council admin needs to see and change the
list where they work. Admins add a team member or remove one (after a confirmation); everyone else sees
the list read-only. Reading and changing run on the window's ``ops`` on the team lane (``TeamDesk``);
the database decides who may, and its refusal is shown as one sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.networks import NETWORK_NAMES
from desktop.ui.contrast import error_style
from desktop.ui.dialogs import disposable, while_there
from desktop.ui.ops import TEAM, Failure, Ops
from desktop.ui.team_model import sentence

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class HoldersDialog(QDialog):
    """The accounts on the left, who publishes for the chosen one on the right; add and remove for admins."""

    def __init__(self, ops: Ops, desk: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.desk = ops, desk
        self.holders: Any = None  # core.team.holders.Holders, once read
        self.confirmation: QMessageBox | None = None
        self.setWindowTitle(self.tr("Who publishes for each account"))
        self.intro = QLabel(
            self.tr(
                "Only these people's PCs send an account's approved posts. Add someone only when their PC "
                "holds the account's sign-in."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.accounts = QListWidget(self)
        self.accounts.setAccessibleName(self.tr("Team accounts"))
        self.accounts.currentRowChanged.connect(lambda _row: self._show_account())
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("Who publishes for this account"))
        self.people.currentRowChanged.connect(lambda _row: self._enable())
        accounts_label = QLabel(self.tr("&Accounts"), self)
        accounts_label.setBuddy(self.accounts)
        self.people_label = QLabel(self.tr("&Publishes for it"), self)
        self.people_label.setBuddy(self.people)
        self.nobody = QLabel(self)
        self.nobody.setWordWrap(True)

        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Team member to add"))
        member_label = QLabel(self.tr("&Team member:"), self)
        member_label.setBuddy(self.member)
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.add_button.setAccessibleName(self.tr("Add as one who publishes"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen person"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._confirm_remove)
        self.changing = QWidget(self)
        change_row = QHBoxLayout(self.changing)
        change_row.setContentsMargins(0, 0, 0, 0)
        change_row.addWidget(member_label)
        change_row.addWidget(self.member, 1)
        change_row.addWidget(self.add_button)
        change_row.addWidget(self.remove_button)
        self.read_only = QLabel(self.tr("Only a team admin can change who publishes."), self)
        self.read_only.setWordWrap(True)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # account names are anyone's words, not markup
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        lists = QGridLayout()
        lists.addWidget(accounts_label, 0, 0)
        lists.addWidget(self.people_label, 0, 1)
        lists.addWidget(self.accounts, 1, 0)
        lists.addWidget(self.people, 1, 1)
        lists.addWidget(self.nobody, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(lists, 1)
        layout.addWidget(self.changing)
        layout.addWidget(self.read_only)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self.changing.hide()
        self.read_only.hide()
        self._enable()
        self.accounts.setFocus()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the list again (off the GUI thread); the chosen account and person stay chosen."""
        shown, failed = while_there(self, self.show_holders), while_there(self, self._failed)
        self.ops.run(self.desk.holders, shown, lane=TEAM, on_error=failed)

    def show_holders(self, holders: Any) -> None:
        offline = self.tr("Who publishes is shown when connected to the team.")
        if holders is None:
            self.show_message(offline, True)
            return
        if self.message.text() == offline:  # connected again (a change's own message stays)
            self.show_message("")
        self.holders = holders
        chosen = self._account()
        self.accounts.blockSignals(True)
        self.accounts.clear()
        for account in holders.accounts:
            network = NETWORK_NAMES.get(account["network"], account["network"])
            item = QListWidgetItem(f"{network} · {account['handle']}")  # as Post and the outbox say it
            item.setData(ACCOUNT_ROLE, account)
            self.accounts.addItem(item)
        self.accounts.blockSignals(False)
        ids = [a["id"] for a in holders.accounts]
        row = ids.index(chosen["id"]) if chosen and chosen["id"] in ids else 0
        self.accounts.setCurrentRow(row if ids else -1)
        self.changing.setVisible(holders.can_change)
        self.read_only.setVisible(not holders.can_change)
        if not ids:
            self.nobody.setText(self.tr("The team has no accounts yet."))
        self._show_account()

    def _account(self) -> dict[str, Any] | None:
        item = self.accounts.currentItem()
        return item.data(ACCOUNT_ROLE) if item is not None else None

    def _person(self) -> str | None:
        item = self.people.currentItem()
        return item.text() if item is not None else None

    def _show_account(self) -> None:
        account, person = self._account(), self._person()
        self.people.clear()
        self.member.clear()
        if account is not None:
            self.people.addItems(account["holders"])
            names = account["holders"]
            if person in names:
                self.people.setCurrentRow(names.index(person))
            self.nobody.setText("" if names else self.tr("No one: its approved posts wait."))
            people = self.holders.people if self.holders is not None else []
            for member in people:
                if member["name"] not in names:
                    self.member.addItem(member["name"])
        self._enable()

    def _enable(self) -> None:
        account = self._account() is not None
        self.add_button.setEnabled(account and self.member.count() > 0)
        self.remove_button.setEnabled(account and self._person() is not None)

    # -- changing ----------------------------------------------------------------------------

    def _add(self) -> None:
        account, person = self._account(), self.member.currentText()
        if account is None or not person:
            return
        done = self.tr("{name} now publishes for {account}.")
        self._change(account, person, True, done.format(name=person, account=account["handle"]))

    def _confirm_remove(self) -> QMessageBox | None:
        account, person = self._account(), self._person()
        if account is None or person is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove one who publishes"),
            self.tr(
                "Stop {name}'s PCs publishing for {account}? Its approved posts are sent only by the people "
                "left on the list."
            ).format(name=person, account=account["handle"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        disposable(box)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        done = self.tr("{name} no longer publishes for {account}.")
        said = done.format(name=person, account=account["handle"])

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._change(account, person, False, said)

        box.buttonClicked.connect(answered)
        self.confirmation = box
        box.open()
        return box

    def _change(self, account: dict[str, Any], person: str, holds: bool, done: str) -> None:
        self.add_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.show_message("")

        def finished(_changed: bool) -> None:
            self.show_message(done)
            self.load()

        def refused(failure: Failure) -> None:
            self.show_message(sentence(failure.message), True)
            self.load()  # the list as the database has it now

        job = lambda: self.desk.set_holder(int(account["id"]), person, holds)  # noqa: E731
        self.ops.run(job, while_there(self, finished), lane=TEAM, on_error=while_there(self, refused))

    # -- saying ------------------------------------------------------------------------------

    def _failed(self, failure: Failure) -> None:
        self.show_message(sentence(failure.message), True)

    def show_message(self, message: str, problem: bool = False) -> None:
        self.message.setText(message)
        self.message.setStyleSheet(error_style(self.message) if problem else "")
