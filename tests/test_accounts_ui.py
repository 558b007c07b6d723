"""The Accounts dialog against the fake X API, with an in-memory keyring."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot, db: Database, x_api, monkeypatch, memory_keyring) -> MainWindow:  # noqa: ANN001
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    win = MainWindow(DraftStore(db))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_connect_x_with_pasted_keys_then_sign_out(
    qtbot, window, x_api, db, memory_keyring, monkeypatch
) -> None:  # noqa: ANN001
    dialog = window.posting.open_accounts()
    qtbot.waitUntil(lambda: "never in Crier's files" in dialog.keyring_label.text())
    form = dialog.add("x")
    values = {
        "consumer_key": x_api.app.consumer_key,
        "consumer_secret": x_api.app.consumer_secret,
        "access_token": x_api.oauth1.access_token,
        "access_token_secret": x_api.oauth1.access_token_secret,
    }
    for key, value in values.items():
        form.edits[key].setText(value)
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    account = Accounts(db).all()[0]
    assert account.handle.lstrip("@") == x_api.user.username
    assert dialog.model.index(0, 2).data() == "Connected"
    stored = "".join(str(v) for v in memory_keyring.__dict__.values())
    assert x_api.oauth1.access_token_secret in stored  # in the keyring ...
    for value in values.values():  # ... and nowhere in the database file
        assert value.encode() not in app_paths().database.read_bytes()

    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.sign_out_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    stored = "".join(str(v) for v in memory_keyring.__dict__.values())
    assert x_api.oauth1.access_token_secret not in stored


def test_rejected_keys_say_so_in_the_form(qtbot, window, x_api) -> None:  # noqa: ANN001
    dialog = window.posting.open_accounts()
    form = dialog.add("x")
    for key in ("consumer_key", "consumer_secret", "access_token", "access_token_secret"):
        form.edits[key].setText("wrong")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert "X" in form.error.text() and "Traceback" not in form.error.text()
    assert form.isVisible() and dialog.model.rowCount() == 0


def test_browser_sign_in_needs_the_councils_client_id(qtbot, window) -> None:  # noqa: ANN001
    dialog = window.posting.open_accounts()
    form = dialog.add("x-browser")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert "client ID" in form.error.text()
