"""Post in the window stops what must be fixed: the dialog lists it per account before anything is queued.

Real widgets offscreen, a real SQLite file and the real sync engine with a scripted publisher.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.outbox import Outbox, State
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.ui import post_dialog
from desktop.ui.main_window import MainWindow
from tests.fakes.scripted import Network, ScriptedPublisher
from tests.test_outbox_ui import Link


@pytest.fixture
def net() -> Network:
    return Network()


@pytest.fixture
def window(qtbot, db: Database, net: Network) -> MainWindow:  # noqa: ANN001
    link = Link()
    link.online = True
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    win = MainWindow(DraftStore(db), sync=(engine, link))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _open(window: MainWindow, qtbot, body: str) -> int:  # noqa: ANN001
    draft = window.store.create(body=body)
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    # read off the GUI thread
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    return draft.id


def _dialogs(monkeypatch: pytest.MonkeyPatch, answer) -> list:  # noqa: ANN001
    """Replace exec with ``answer(dialog)``, pressing Post only if the dialog lets the person press it."""
    seen: list[post_dialog.PostDialog] = []

    def exec_(dialog: post_dialog.PostDialog) -> int:
        seen.append(dialog)
        answer(dialog)
        return int(dialog.post_button.isEnabled())

    monkeypatch.setattr(post_dialog.PostDialog, "exec", exec_)
    return seen


def test_personal_data_stops_post_and_the_dialog_says_why(qtbot, window, db, net, monkeypatch) -> None:  # noqa: ANN001
    account = Accounts(db).add("x", "@cardiffcouncil")
    _open(window, qtbot, "Call Jo on 07700 900123, 07700 900456 or jo.bloggs@gmail.com about the bins.")
    seen = _dialogs(monkeypatch, lambda dialog: dialog.reason.setText("I know best"))
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) > 0)  # the draft is read back off the GUI thread first

    [dialog] = seen
    listed = dialog.problems.toPlainText()
    assert "@cardiffcouncil" in listed and "07700 900123" in listed and "jo.bloggs@gmail.com" in listed
    assert dialog.problems.isVisibleTo(dialog)
    item = dialog.model.item(0)
    assert not item.isEnabled() and item.checkState() == Qt.CheckState.Unchecked
    assert not dialog.post_button.isEnabled()
    assert Outbox(db).posts() == [] and net.posts.get(account.id) is None


def test_an_override_needs_a_reason_which_the_outbox_shows(qtbot, window, db, net, monkeypatch) -> None:  # noqa: ANN001
    account = Accounts(db).add("x", "@cardiffcouncil")
    draft_id = _open(window, qtbot, "The bins are shit this week, sorry.")
    states: list[tuple[bool, bool]] = []

    def answer(dialog: post_dialog.PostDialog) -> None:
        states.append((dialog.reason.isVisibleTo(dialog), dialog.post_button.isEnabled()))
        dialog.reason.setText("  Quoting the resident's own words  ")

    _dialogs(monkeypatch, answer)
    window.post_draft()
    qtbot.waitUntil(lambda: len(states) > 0)  # the draft is read back off the GUI thread first
    assert states == [(True, False)]  # asked for a reason; Post waits for one
    qtbot.waitUntil(lambda: [p.state for p in Outbox(db).posts()] == [State.SENT], timeout=5000)
    [post] = Outbox(db).posts()
    assert post.override_reason == "Quoting the resident's own words"
    model = window.posting.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 4).data() == post.override_reason)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Override reason"
    assert [t for _, t, _ in net.posts[account.id]] == ["The bins are shit this week, sorry."]
    assert draft_id


def test_a_post_edited_back_into_drafts_is_checked_again(qtbot, window, db, monkeypatch) -> None:  # noqa: ANN001
    from desktop.core.posting import assess

    account = Accounts(db).add("x", "@council")
    outbox = Outbox(db)
    draft_id = _open(window, qtbot, "The bins are shit this week, sorry.")
    draft = window.store.get(draft_id)
    verdict = assess(draft.body, account, window.settings.effective_values())
    [post_id] = outbox.queue_checked(
        [verdict], override_reason="first time", draft_id=draft_id, scheduled_at=None
    )
    outbox.cancel(post_id)  # Edit (back to drafts)
    seen = _dialogs(monkeypatch, lambda dialog: None)  # no reason given this time
    window.select_draft(draft_id)
    window.post_draft()
    qtbot.waitUntil(lambda: len(seen) > 0)  # the draft is read back off the GUI thread first
    [dialog] = seen
    assert "shit" in dialog.problems.toPlainText() and not dialog.post_button.isEnabled()
    assert [p.state for p in outbox.posts()] == [State.CANCELLED]
