"""Accounts (Ctrl+,): who Crier posts as, whether each account is connected, and adding or signing out.

The forms come from ``core.connect.FORMS``, so a new network needs no new dialog code. Connecting
and signing out talk to the network and the keyring, so they run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.connect import FORMS, NetworkForm, network_of
from desktop.ui.drafts_model import local_time_text
from desktop.ui.icons import network_icon
from desktop.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktop.core.credentials import KeyringStatus

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Network"),
        QT_TRANSLATE_NOOP("AccountsModel", "Account"),
        QT_TRANSLATE_NOOP("AccountsModel", "Status"),
        QT_TRANSLATE_NOOP("AccountsModel", "Last used"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[AccountView] = []

    def set_accounts(self, accounts: list[AccountView]) -> None:
        self.beginResetModel()
        self.accounts = accounts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def status_text(self, account: AccountView) -> str:
        if account.status is AccountStatus.CONNECTED:
            return self.tr("Connected")
        if account.status is AccountStatus.NEEDS_SIGN_IN:
            return self.tr("Needs signing in")
        return self.tr("Can't store credentials on this computer")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self.accounts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return FORMS[account.network].title if account.network in FORMS else account.network
            if column == 1:
                name = f" ({account.display_name})" if account.display_name else ""
                default = self.tr(" — default") if account.is_default else ""
                return f"{account.handle}{name}{default}"
            if column == 2:
                return self.status_text(account)
            return local_time_text(account.last_used_at) if account.last_used_at else self.tr("Never")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return network_icon(account.network)
        if role == Qt.ItemDataRole.ToolTipRole:
            return account.status_message or None
        if role == Qt.ItemDataRole.UserRole:
            return account
        return None


class ConnectDialog(QDialog):
    """One network's sign-in form, built from its field list."""

    def __init__(self, form: NetworkForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("Connect {network}").format(network=form.title))
        intro = QLabel(form.intro, self)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        self.edits: dict[str, QLineEdit] = {}
        fields = QFormLayout()
        for spec in form.fields:
            edit = QLineEdit(spec.default, self)
            edit.setAccessibleName(spec.label)
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if spec.help:
                edit.setToolTip(spec.help)
                edit.setPlaceholderText(spec.help)
            fields.addRow(spec.label, edit)
            self.edits[spec.key] = edit
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.setEnabled(True)


class AccountsDialog(QDialog):
    def __init__(
        self,
        list_accounts: Callable[[], list[AccountView]],
        connect: Callable[[str, dict[str, str]], AccountView],
        sign_out: Callable[[AccountView], None],
        make_default: Callable[[AccountView], None],
        keyring_status: Callable[[], KeyringStatus],
        parent: QWidget | None = None,
        allowed_networks: Collection[str] | None = None,  # None: every network (no policy limits them)
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(720, 420)
        self._list, self._connect, self._sign_out, self._make_default = (
            list_accounts,
            connect,
            sign_out,
            make_default,
        )
        self._keyring_status = keyring_status
        self._worker = SerialWorker("crier-accounts", self)
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Connected accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.keyring_label = QLabel(self)
        self.keyring_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add account"), self)
        menu = QMenu(self.add_button)
        for network, form in FORMS.items():
            if allowed_networks is None or network_of(network) in allowed_networks:
                menu.addAction(form.title, lambda n=network: self.add(n))
        self.add_button.setMenu(menu)
        self.add_button.setEnabled(not menu.isEmpty())
        self.sign_out_button = QPushButton(self.tr("&Sign out"), self)
        self.default_button = QPushButton(self.tr("Make &default"), self)
        self.sign_out_button.clicked.connect(self._sign_out_selected)
        self.default_button.clicked.connect(self._default_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.sign_out_button, self.default_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def selected(self) -> AccountView | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        account = self.selected()
        self.sign_out_button.setEnabled(account is not None)
        self.default_button.setEnabled(account is not None and not account.is_default)

    def refresh(self) -> None:
        self._worker.submit(lambda: (self._list(), self._keyring_status()), self._show)

    def _show(self, result: tuple[list[AccountView], KeyringStatus]) -> None:
        accounts, status = result
        self.model.set_accounts(accounts)
        if status.available:
            self.keyring_label.setText(
                self.tr("Passwords and tokens are kept in {store}, never in Crier's files.").format(
                    store=status.backend
                )
            )
        else:
            self.keyring_label.setText(status.message)
            self.keyring_label.setStyleSheet("color: #b00020;")
        self._update_buttons()

    def add(self, network: str) -> ConnectDialog:
        dialog = ConnectDialog(FORMS[network], self)

        def attempt() -> None:
            dialog.setEnabled(False)
            values = dialog.values()
            self._worker.submit(
                lambda: self._connect(network, values),
                lambda _account: (dialog.accept(), self.refresh()),
                lambda error: dialog.show_error(getattr(error, "user_message", None) or str(error)),
            )

        dialog.buttons.accepted.connect(attempt)
        dialog.open()
        return dialog

    def _sign_out_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign out"),
            self.tr(
                "Sign out of {handle}? Its credentials are removed from this computer. Posts queued for"
                " it stay in the outbox until you connect it again."
            ).format(handle=account.handle),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._worker.submit(lambda: self._sign_out(account), lambda _r: self.refresh(), self._failed)

    def _default_selected(self) -> None:
        account = self.selected()
        if account is not None:
            self._worker.submit(lambda: self._make_default(account), lambda _r: self.refresh(), self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Accounts"), getattr(error, "user_message", None) or str(error))
        self.refresh()

    def done(self, result: int) -> None:
        self._worker.shutdown(wait=False)  # a browser sign-in may still be waiting; it times out alone
        super().done(result)
