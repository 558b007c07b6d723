"""Joining this PC to a team from the window: the address (IT's, when set by policy), your user name
(your login name, as Kerberos would use it) and password. The steps are core.team.joining's, run by
the Team area off the GUI thread; this dialog only asks and shows the answer in one sentence."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.contrast import error_style


class JoinDialog(QDialog):
    """Joining from the window: the address (IT's, when set by policy), your user name and password."""

    def __init__(self, address: str, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join team"))
        self.address = QLineEdit(address, self)
        self.address.setReadOnly(locked)
        self.address.setAccessibleName(self.tr("Team database address"))
        self.address.setPlaceholderText("postgresql://server/crier")
        self.user = QLineEdit(self._login_name(), self)
        self.user.setAccessibleName(self.tr("Your user name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Leave empty for Windows (Kerberos) sign-in"))
        for edit in (self.address, self.password):  # the hints whole, not "Leave empty for …"
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        if locked:
            form.addRow("", QLabel(self.tr("Set by your organisation"), self))
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if address else self.address).setFocus()

    @staticmethod
    def _login_name() -> str:
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name to suggest is fine
            return ""

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.buttons.setEnabled(True)
