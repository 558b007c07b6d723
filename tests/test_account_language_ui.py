"""An account's language mode (Welsh only, English only, one bilingual post) set in the Accounts dialog."""

from __future__ import annotations

from desktop.core.accounts import Accounts
from desktop.core.bilingual import ACCOUNT_MODE_KEY, account_mode
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow


def test_the_accounts_dialog_sets_and_clears_an_accounts_language(qtbot) -> None:  # noqa: ANN001
    db = open_database(app_paths().ensure())
    accounts = Accounts(db)
    welsh = accounts.add("x", "@CyngorCymraeg")
    accounts.add("bluesky", "council.bsky.social")
    window = MainWindow(DraftStore(db))
    qtbot.addWidget(window)
    dialog = window.posting.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.language.isVisible()
    assert dialog.language.isEnabled() == (dialog.selected() is not None)
    assert dialog.language.itemText(0) == "Council default (Welsh and English (one bilingual post))"

    row = [dialog.model.index(r, 0).data(0x0100).id for r in range(2)].index(welsh.id)
    dialog.table.selectRow(row)
    assert dialog.language.isEnabled() and dialog.language.currentIndex() == 0
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    qtbot.waitUntil(lambda: accounts.get(welsh.id).settings.get(ACCOUNT_MODE_KEY) == "cy")
    assert account_mode(accounts.get(welsh.id), {"posting.language_mode": "both"}) == "cy"
    qtbot.waitUntil(
        lambda: dialog.selected() is not None and dialog.selected().settings.get(ACCOUNT_MODE_KEY) == "cy"
    )
    assert dialog.language.currentText() == "Welsh only"  # still selected after the refresh, showing its mode

    dialog.language.setCurrentIndex(0)
    dialog.language.activated.emit(0)
    qtbot.waitUntil(lambda: ACCOUNT_MODE_KEY not in accounts.get(welsh.id).settings)
    dialog.reject()
    window.close()
    db.close()
