"""A dialog the window opens is gone once closed: opening Who publishes…, Join team…, Accounts or
Settings again and again used to leave every closed one (and all its widgets) under the window for as
long as it stayed open. Each is opened and closed with Escape N times in a real window, then the live
ones are counted; a team answer that comes back after its dialog has gone is dropped, not an error."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.accounts_dialog import AccountsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.team_holders import HoldersDialog
from desktop.ui.team_join_dialog import JoinDialog
from tests.postgres import OWNER, OWNER_PASSWORD
from tests.test_team_ui import WAIT_MS, Team, _join, make_window, memory_keyring, team  # noqa: F401 - fixtures

TIMES = 4


def _escape(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    """Escape in the dialog, once it is the active window (as it is on a desktop when it opens)."""
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _live(win: MainWindow, kind: type[QDialog]) -> int:
    """The dialogs of ``kind`` still under the window, once Qt's pending deletions are done."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(win.findChildren(kind))


def _open_and_close(qtbot, win: MainWindow, kind: type[QDialog], opening: Callable[[], object]) -> None:  # noqa: ANN001
    for _ in range(TIMES):
        opening()
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        _escape(qtbot, dialog)
    assert _live(win, kind) == 0


@pytest.mark.integration
def test_who_publishes_and_join_team_are_not_kept_after_closing(
    qtbot,  # noqa: ANN001
    team: Team,  # noqa: F811
    make_window,  # noqa: F811
) -> None:
    _join(team, OWNER, OWNER_PASSWORD)
    win = make_window()
    win.team.action.trigger()
    qtbot.waitUntil(lambda: win.team.panel.pages.currentIndex() == 1, timeout=WAIT_MS)
    # closed at once, before the list is read: its answer comes back to no dialog
    _open_and_close(qtbot, win, HoldersDialog, win.team.open_holders)
    dialog = win.team.open_holders()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=WAIT_MS)  # still reads the list
    _escape(qtbot, dialog)
    assert _live(win, HoldersDialog) == 0
    _open_and_close(qtbot, win, JoinDialog, win.team.open_join)


def test_accounts_and_settings_are_not_kept_after_closing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    _open_and_close(qtbot, window, AccountsDialog, window.posting.open_accounts)

    def settings() -> None:  # a modal exec(): closed from inside it, as a person would
        QTimer.singleShot(0, lambda: _escape(qtbot, QApplication.activeModalWidget()))
        window.open_settings()

    for _ in range(TIMES):
        settings()
    assert _live(window, SettingsDialog) == 0
