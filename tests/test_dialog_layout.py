"""The connect and Accounts dialogs show all their text: nothing clipped, store and network in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.connect import FORMS
from desktop.core.credentials import KeyringStatus
from desktop.ui.accounts_dialog import AccountsDialog, ConnectDialog

LONG_ERROR = (
    "The Mastodon server 127.0.0.1 didn't accept this access token. Check that you copied the whole token"
    " from Preferences → Development → your application, that the application may read and write, and"
    " that the token has not been revoked; then try again."
)


def account(network: str, status: AccountStatus, **extra: object) -> AccountView:
    values: dict[str, object] = {
        "id": 1,
        "network": network,
        "handle": "@southshirecouncil",
        "display_name": "South Shire Council News",
        "remote_id": "1",
        "service_url": "",
        "auth_kind": "oauth1",
        "secret_names": (),
        "status": status,
        "status_message": "",
        "settings": {},
        "is_default": True,
        "created_at": datetime(2026, 1, 1, tzinfo=UTC),
        "last_used_at": datetime(2025, 11, 21, 9, 30, tzinfo=UTC),
    }
    values.update(extra)
    return AccountView(**values)  # type: ignore[arg-type]


def fully_shown(label: QLabel) -> bool:
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("network", ["mastodon", "bluesky"])
def test_connect_dialog_shows_help_placeholder_and_a_long_error_whole(qtbot, network: str) -> None:  # noqa: ANN001
    dialog = ConnectDialog(FORMS[network])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for spec in FORMS[network].fields:
        if spec.help:
            assert fully_shown(dialog.helps[spec.key]), spec.help
    for edit in dialog.findChildren(QLineEdit):
        if edit.placeholderText():
            needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            assert edit.contentsRect().width() - 8 >= needed, edit.placeholderText()
    dialog.show_error(LONG_ERROR)
    qtbot.waitUntil(lambda: fully_shown(dialog.error))
    one_line = dialog.fontMetrics().horizontalAdvance(LONG_ERROR)
    assert dialog.error.width() < one_line  # wrapped, not one long line


def test_accounts_dialog_speaks_plainly_and_offers_reconnect(qtbot) -> None:  # noqa: ANN001
    accounts = [
        account("x", AccountStatus.NEEDS_SIGN_IN),
        account("mastodon", AccountStatus.CONNECTED, id=2, is_default=False, service_url="https://m.example"),
    ]
    dialog = AccountsDialog(
        lambda: accounts,
        lambda *_: accounts[0],
        lambda _a: None,
        lambda _a: None,
        lambda: KeyringStatus(True, "keyring.backends.SecretService.Keyring", "stored"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "keyring" in dialog.keyring_label.text())
    assert "your system's keyring" in dialog.keyring_label.text()
    assert "keyring.backends" not in dialog.keyring_label.text()
    assert dialog.model.index(0, 0).data() == "X"
    header = dialog.table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        wanted = max(dialog.table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= wanted, dialog.model.headerData(column, header.orientation())
    qtbot.waitUntil(lambda: header.length() <= dialog.table.viewport().width())  # the dialog widened

    dialog.table.selectRow(1)
    assert not dialog.reconnect_button.isEnabled()  # connected: nothing to reconnect
    dialog.table.selectRow(0)
    assert dialog.reconnect_button.isEnabled()
    form = dialog._reconnect_selected()
    assert form is not None and form.form.network == "x"
    form.reject()


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        ("keyring.backends.Windows.WinVaultKeyring", "Windows Credential Manager"),
        ("keyring.backends.macOS.Keyring", "macOS Keychain"),
        ("keyring.backends.kwallet.DBusKeyring", "your system's keyring"),
    ],
)
def test_store_names_are_the_ones_officers_know(backend: str, words: str) -> None:
    from desktop.ui.accounts_dialog import store_name

    assert store_name(backend) == words


def test_join_team_dialog_shows_its_hints_whole(qtbot) -> None:  # noqa: ANN001
    from desktop.ui.team_join_dialog import JoinDialog

    dialog = JoinDialog("", False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.address, dialog.password):
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.contentsRect().width() - 8 >= needed, edit.placeholderText()
