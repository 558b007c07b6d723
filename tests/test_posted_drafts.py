"""Issue 17: a draft that went out is marked in the drafts list with where and when, and posting it again
asks first ("Already posted to @x on 6 Dec at 12:00 — post again?").
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.accounts import Accounts
from desktop.core.outbox import Outbox, State
from desktop.ui.drafts_model import DraftRoles
from tests.test_outbox_ui import _accept_post_dialog, link, net, window  # noqa: F401 - fixtures

WHEN = r"\d{1,2} \w{3}(?: \d{4})? at \d\d:\d\d"


def _post(qtbot, win) -> None:  # noqa: ANN001
    qtbot.keyClick(win.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def sent_draft(qtbot, window, db, link, monkeypatch):  # noqa: ANN001, ANN201, F811
    Accounts(db).add("x", "@cardiffcouncil")
    draft = window.store.create(title="Bins", body="Bins go out on Tuesday next week.")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    _accept_post_dialog(monkeypatch)
    link.online = True
    _post(qtbot, window)
    qtbot.waitUntil(lambda: [p.state for p in Outbox(db).posts()] == [State.SENT], timeout=5000)
    qtbot.waitUntil(lambda: bool(window.model.index(0).data(DraftRoles.POSTED)), timeout=5000)
    return draft


def test_a_posted_draft_says_where_and_when_in_the_list(qtbot, window, sent_draft) -> None:  # noqa: ANN001, F811
    index = window.model.index(0)
    assert re.fullmatch(rf"Posted to @cardiffcouncil on {WHEN}", index.data(DraftRoles.POSTED))
    assert "Posted to @cardiffcouncil" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    window.drafts.list.grab()  # the delegate draws the mark beside the text


def test_posting_it_again_asks_and_no_posts_nothing(qtbot, window, db, sent_draft, monkeypatch) -> None:  # noqa: ANN001, F811
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # noqa: ANN202
        def question(parent, title, text, *args):  # noqa: ANN001, ANN202
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.select_draft(sent_draft.id)
    _post(qtbot, window)
    qtbot.waitUntil(lambda: len(asked) == 1)  # the draft is read back off the GUI thread first
    assert re.fullmatch(rf"Already posted to @cardiffcouncil on {WHEN} — post again\?", asked[0]), asked
    assert len(Outbox(db).posts()) == 1

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _post(qtbot, window)
    qtbot.waitUntil(lambda: len(Outbox(db).posts()) == 2, timeout=5000)


def test_a_draft_never_posted_is_not_marked_and_posts_without_asking(qtbot, window, db, monkeypatch) -> None:  # noqa: ANN001, F811
    Accounts(db).add("x", "@cardiffcouncil")
    draft = window.store.create(title="New", body="Library opens late on Thursday.")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0).data(DraftRoles.POSTED) == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked about a fresh draft"))
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    _accept_post_dialog(monkeypatch)
    _post(qtbot, window)
    qtbot.waitUntil(lambda: len(Outbox(db).posts()) == 1, timeout=5000)
