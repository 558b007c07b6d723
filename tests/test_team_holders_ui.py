"""Who publishes for each team account, in the window (Team area > Who publishes…), against a real
PostgreSQL server: an admin adds a team member and removes one after confirming, all by keyboard and off
the GUI thread; the database's refusal is one sentence; an author sees the list and cannot change it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.main_window import MainWindow
from desktop.ui.team_holders import HoldersDialog
from tests.postgres import OWNER, OWNER_PASSWORD, PortGate, TeamDatabase
from tests.test_team_ui import WAIT_MS, Team, _join, make_window, memory_keyring  # noqa: F401 - fixtures

pytestmark = pytest.mark.integration


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[Team]:
    t = Team(team_db)
    yield t
    t.owner.close()


def _holders(team: Team) -> list[str]:
    return [
        row[0]
        for row in team.owner.execute(
            "SELECT person FROM crier.account_holders WHERE account_id = %s AND holds ORDER BY person",
            (team.account,),
        )
    ]


def _open(qtbot, win: MainWindow) -> HoldersDialog:  # noqa: ANN001
    """Ctrl+4, then Tab to Who publishes… and Space: the dialog, once the list is read."""
    win.team.action.trigger()
    panel = win.team.panel
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == 1, timeout=WAIT_MS)
    panel.holders_button.setFocus()
    qtbot.keyClick(panel.holders_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HoldersDialog), timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, HoldersDialog)
    qtbot.waitUntil(lambda: dialog.holders is not None, timeout=WAIT_MS)
    return dialog


def _press(qtbot, button) -> None:  # noqa: ANN001
    """Tab to a button and press Space (mnemonics don't fire under the offscreen platform)."""
    assert button.isEnabled() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _people(dialog: HoldersDialog) -> list[str]:
    return [dialog.people.item(i).text() for i in range(dialog.people.count())]


def test_an_admin_adds_and_removes_one_who_publishes_by_keyboard_off_the_gui_thread(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
) -> None:
    _join(team, OWNER, OWNER_PASSWORD)
    win = make_window()
    threads: list[bool] = []
    desk = win.team.desk
    for name in ("holders", "set_holder"):
        real = getattr(desk, name)

        def watched(*args, real=real):  # noqa: ANN002, ANN202
            threads.append(threading.current_thread() is threading.main_thread())
            return real(*args)

        setattr(desk, name, watched)
    dialog = _open(qtbot, win)
    assert [dialog.accounts.item(i).text() for i in range(dialog.accounts.count())] == ["X · @council"]
    assert _people(dialog) == [OWNER] == _holders(team)  # the admin who made it known holds it
    assert dialog.changing.isVisible() and not dialog.read_only.isVisible()
    members = [dialog.member.itemText(i) for i in range(dialog.member.count())]
    assert sorted(members) == sorted([team.author, team.approver])  # the team's people not yet on it

    dialog.member.setFocus()
    dialog.member.setCurrentText(team.approver)
    _press(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: team.approver in _people(dialog), timeout=WAIT_MS)
    assert _holders(team) == sorted([OWNER, team.approver])
    assert dialog.message.text() == f"{team.approver} now publishes for @council."

    dialog.people.setFocus()
    dialog.people.setCurrentRow(_people(dialog).index(team.approver))
    _press(qtbot, dialog.remove_button)  # then Keep (Escape)
    box = dialog.confirmation
    assert box is not None and box.isVisible() and team.approver in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    assert _holders(team) == sorted([OWNER, team.approver])

    dialog.people.setCurrentRow(_people(dialog).index(team.approver))
    _press(qtbot, dialog.remove_button)
    box = dialog.confirmation
    _press(qtbot, box.button(QMessageBox.StandardButton.Yes))  # &Remove
    qtbot.waitUntil(lambda: team.approver not in _people(dialog), timeout=WAIT_MS)
    assert _holders(team) == [OWNER]
    assert dialog.message.text() == f"{team.approver} no longer publishes for @council."
    assert threads and not any(threads)  # every read and change ran on the team lane, not the GUI thread
    events = team.owner.execute(
        "SELECT actor, action FROM crier.audit_log WHERE action LIKE 'holder_%%' AND detail = %s ORDER BY id",
        (team.approver,),
    ).fetchall()
    assert events == [(OWNER, "holder_added"), (OWNER, "holder_removed")]


def test_the_databases_refusal_is_one_sentence_and_the_list_is_read_again(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
) -> None:
    _join(team, OWNER, OWNER_PASSWORD)
    win = make_window()
    dialog = _open(qtbot, win)
    dialog.member.setCurrentText(team.approver)
    team.owner.execute(
        "DELETE FROM crier.people WHERE name = %s", (team.approver,)
    )  # left the team meanwhile
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "not in this team" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text().lower() == f"{team.approver} is not in this team."  # (a sentence's capital)
    qtbot.waitUntil(lambda: dialog.member.findText(team.approver) < 0, timeout=WAIT_MS)  # read again
    assert _holders(team) == [OWNER]


def test_an_author_sees_who_publishes_and_cannot_change_it(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
) -> None:
    _join(team, team.author, "alice-pw")
    win = make_window()
    dialog = _open(qtbot, win)
    assert _people(dialog) == [OWNER]
    assert not dialog.changing.isVisible() and dialog.read_only.isVisible()
    assert dialog.read_only.text() == "Only a team admin can change who publishes."
    for widget in (dialog.accounts, dialog.people, dialog.member, dialog.add_button, dialog.remove_button):
        assert widget.accessibleName()
    dialog.people.setCurrentRow(0)
    assert dialog._confirm_remove() is not None  # even past the hidden button, the database decides
    _press(qtbot, dialog.confirmation.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: "admin" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text().count(".") == 1 and "\n" not in dialog.message.text()
    assert _holders(team) == [OWNER]


def test_offline_the_dialog_says_the_list_is_shown_when_connected(
    qtbot,  # noqa: ANN001
    team: Team,
    make_window,  # noqa: ANN001, F811
) -> None:
    gate = PortGate(team.db.server.port).open()
    _join(team, OWNER, OWNER_PASSWORD, port=gate.port)
    gate.block()  # the list is only in the team database
    win = make_window()
    qtbot.waitUntil(lambda: win.team.status_label.text() == "Team: offline", timeout=WAIT_MS)
    win.team.action.trigger()
    qtbot.waitUntil(lambda: win.team.panel.pages.currentIndex() == 1, timeout=WAIT_MS)
    dialog = win.team.open_holders()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=WAIT_MS)
    assert dialog.message.text() == "Who publishes is shown when connected to the team."
    assert dialog.accounts.count() == 0 and not dialog.changing.isVisible()
    gate.open()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=WAIT_MS)
    assert dialog.changing.isVisible() and dialog.message.text() == ""
    gate.block()
