"""Accounts (Ctrl+,): who Crier posts as, whether each account is connected, and adding or signing out.

The forms come from ``core.networks.forms.FORMS``, so a new network needs no new dialog code. Connecting
and signing out talk to the network and the keyring, so they run off the GUI thread: on a lane of the
window's ``ops`` that is the dialog's own (a browser sign-in may wait minutes and must not hold up the next
dialog), closed with the dialog. What they change is announced (``Change.ACCOUNTS``) and the list re-read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.bilingual import ACCOUNT_MODE_KEY
from desktop.core.networks import NETWORK_NAMES, NetworkForm
from desktop.core.networks.forms import FORMS, network_of
from desktop.ui.contrast import error_style
from desktop.ui.dates import local_time_text
from desktop.ui.dialogs import disposable, while_there
from desktop.ui.i18n import shown
from desktop.ui.icons import network_icon
from desktop.ui.ops import Change, Failure, Ops, ops_of

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
                return NETWORK_NAMES.get(account.network, account.network)
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
            return shown(account.status_message) or None
        if role == Qt.ItemDataRole.UserRole:
            return account
        return None


def store_name(backend: str) -> str:
    """The credential store in an officer's words: Windows and macOS by name, else "your system's keyring"."""
    if backend.startswith("keyring.backends.Windows"):
        return QCoreApplication.translate("AccountsDialog", "Windows Credential Manager")
    if backend.startswith("keyring.backends.macOS"):
        return QCoreApplication.translate("AccountsDialog", "macOS Keychain")
    return QCoreApplication.translate("AccountsDialog", "your system's keyring")


class ConnectDialog(QDialog):
    """One network's sign-in form, built from its field list.

    Help sits under each field as wrapped text rather than in the placeholder, where it was clipped, and the
    layout's minimum-size constraint grows the dialog when a long error appears, so nothing is cut off.
    """

    def __init__(
        self, form: NetworkForm, parent: QWidget | None = None, values: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("Connect {network}").format(network=shown(form.title)))
        width = self.fontMetrics().averageCharWidth() * 60  # a readable line for the wrapped texts
        intro = QLabel(shown(form.intro), self)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        intro.setMinimumWidth(width)
        self.edits: dict[str, QLineEdit] = {}
        self.helps: dict[str, QLabel] = {}
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in form.fields:
            edit = QLineEdit((values or {}).get(spec.key, spec.default), self)
            edit.setAccessibleName(shown(spec.label))
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            fields.addRow(shown(spec.label), edit)
            if spec.help:
                edit.setAccessibleDescription(shown(spec.help))
                help_label = QLabel(shown(spec.help), self)
                help_label.setWordWrap(True)
                fields.addRow("", help_label)
                self.helps[spec.key] = help_label
            self.edits[spec.key] = edit
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.setEnabled(True)
        self.adjustSize()  # grow to the wrapped error's height rather than squeeze it


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
        set_language: Callable[[AccountView, str | None], None] | None = None,  # None: the council's default
        default_language: str = "both",
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
        found = ops_of(parent)
        self._own_ops = found is None  # a dialog shown alone (a test) runs its own
        self._ops = found if found is not None else Ops(self)
        self._lane = self._ops.private_lane("accounts")
        self._ops.changed.connect(self._on_changed)
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Connected accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        # Every column as wide as its widest text; the dialog widens to fit them (see _fit_columns).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.keyring_label = QLabel(self)
        self.keyring_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add account"), self)
        menu = QMenu(self.add_button)
        for network, form in FORMS.items():
            if allowed_networks is None or network_of(network) in allowed_networks:
                menu.addAction(shown(form.title), lambda n=network: self.add(n))
        self.add_button.setMenu(menu)
        self.add_button.setEnabled(not menu.isEmpty())
        self.sign_out_button = QPushButton(self.tr("&Sign out"), self)
        self.default_button = QPushButton(self.tr("Make &default"), self)
        self.reconnect_button = QPushButton(self.tr("&Reconnect"), self)
        self.reconnect_button.setToolTip(self.tr("Sign in to the selected account again"))
        self.reconnect_button.clicked.connect(self._reconnect_selected)
        self.sign_out_button.clicked.connect(self._sign_out_selected)
        self.default_button.clicked.connect(self._default_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.reconnect_button, self.sign_out_button, self.default_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(self._language_row(set_language, default_language))
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _language_row(
        self, set_language: Callable[[AccountView, str | None], None] | None, default: str
    ) -> QHBoxLayout:
        """The selected account's language mode (Welsh only, English only or one bilingual post)."""
        self._set_language = set_language
        self.language = QComboBox(self)
        names = self.language_names()
        self.language.addItem(self.tr("Council default ({mode})").format(mode=names[default]), "")
        for mode in ("cy", "en", "both"):
            self.language.addItem(names[mode], mode)
        self.language.setAccessibleName(self.tr("Language the selected account posts in"))
        self.language.activated.connect(self._language_chosen)
        label = QLabel(self.tr("&Language of the selected account:"), self)
        label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        for widget in (label, self.language):
            widget.setVisible(set_language is not None)
        return row

    def language_names(self) -> dict[str, str]:
        return {
            "cy": self.tr("Welsh only"),
            "en": self.tr("English only"),
            "both": self.tr("Welsh and English (one bilingual post)"),
        }

    def _language_chosen(self, index: int) -> None:
        account, mode = self.selected(), self.language.itemData(index) or None
        if account is None or self._set_language is None:
            return
        if account.settings.get(ACCOUNT_MODE_KEY) == mode:
            return
        keep = self._set_language
        self._change(lambda: keep(account, mode))

    def selected(self) -> AccountView | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        account = self.selected()
        self.sign_out_button.setEnabled(account is not None)
        self.default_button.setEnabled(account is not None and not account.is_default)
        needs_sign_in = account is not None and account.status is AccountStatus.NEEDS_SIGN_IN
        self.reconnect_button.setEnabled(needs_sign_in)
        self.language.setEnabled(account is not None)
        mode = account.settings.get(ACCOUNT_MODE_KEY) if account is not None else None
        self.language.setCurrentIndex(max(0, self.language.findData(mode or "")))

    def refresh(self) -> None:
        self._ops.run(lambda: (self._list(), self._keyring_status()), self._show, lane=self._lane)

    def _on_changed(self, changes: Change) -> None:
        if Change.ACCOUNTS in changes:
            self.refresh()

    def _show(self, result: tuple[list[AccountView], KeyringStatus]) -> None:
        accounts, status = result
        was = self.selected()
        self.model.set_accounts(accounts)
        ids = [a.id for a in accounts]
        if was is not None and was.id in ids:  # a change to one account leaves it selected
            self.table.selectRow(ids.index(was.id))
        if status.available:
            self.keyring_label.setText(
                self.tr("Passwords and tokens are kept in {store}, never in Crier's files.").format(
                    store=store_name(status.backend)
                )
            )
        else:
            self.keyring_label.setText(shown(status.message))  # marked words, in the reader's language
            self.keyring_label.setStyleSheet(error_style(self))
        self._update_buttons()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen the dialog (within the screen) so no column is cut off."""
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        needed = header.length() + 2 * self.table.frameWidth()
        if self.table.verticalScrollBar().isVisible():
            needed += self.table.verticalScrollBar().width()
        shortfall = needed - self.table.viewport().width()
        if shortfall > 0:
            screen = self.screen().availableGeometry().width() if self.screen() else self.width() + shortfall
            self.resize(min(self.width() + shortfall, screen), self.height())

    def reconnect_form(self, account: AccountView) -> str:
        """The form that signs this account in again: the way it was first connected."""
        browser = f"{account.network}-browser"
        if account.auth_kind in ("oauth2", "oauth") and browser in FORMS:
            return browser
        return account.network if account.network in FORMS else browser

    def _reconnect_selected(self) -> ConnectDialog | None:
        account = self.selected()
        if account is None:
            return None
        known = {"handle": account.handle.lstrip("@"), "instance": account.service_url}
        return self.add(self.reconnect_form(account), {k: v for k, v in known.items() if v})

    def add(self, network: str, values: dict[str, str] | None = None) -> ConnectDialog:
        dialog = disposable(ConnectDialog(FORMS[network], self, values))

        def attempt() -> None:
            dialog.setEnabled(False)
            values = dialog.values()
            self._ops.run(
                lambda: self._connect(network, values),
                while_there(dialog, lambda _account: dialog.accept()),
                lane=self._lane,
                on_error=while_there(dialog, lambda failure: dialog.show_error(failure.message)),
                changes=Change.ACCOUNTS,
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
            self._change(lambda: self._sign_out(account))

    def _default_selected(self) -> None:
        account = self.selected()
        if account is not None:
            self._change(lambda: self._make_default(account))

    def _change(self, job: Callable[[], object]) -> None:
        self._ops.run(job, lane=self._lane, on_error=self._failed, changes=Change.ACCOUNTS)

    def _failed(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Accounts"), failure.message)
        self.refresh()

    def done(self, result: int) -> None:
        self._lane.close()  # a browser sign-in may still be waiting; it times out alone
        if self._own_ops:
            self._ops.shutdown()
        super().done(result)
