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


def test_a_draft_posted_before_the_latest_thousand_posts_still_says_where(
    qtbot,  # noqa: ANN001
    window,  # noqa: F811
    db,  # noqa: ANN001
    sent_draft,  # noqa: ANN001
    net,  # noqa: F811
    link,  # noqa: F811
) -> None:
    """The mark is asked by draft id, off the GUI thread: a draft that went out before a thousand later
    posts (more than the outbox list reads) says where and when, not just "Posted"."""
    import random
    import threading
    from datetime import timedelta

    from sqlalchemy import event, insert

    from desktop.core.models import Post, utcnow
    from desktop.core.store import DraftStore
    from desktop.core.sync import SyncEngine
    from desktop.ui.main_window import MainWindow
    from tests.fakes.scripted import ScriptedPublisher

    said = window.model.index(0).data(DraftRoles.POSTED)
    assert said.startswith("Posted to @cardiffcouncil on ")
    account = Outbox(db).posts()[0].account_id
    later = utcnow() + timedelta(minutes=1)
    with db.write() as session:  # a thousand posts went out after it (queued from the command line)
        session.execute(
            insert(Post),
            [
                dict(
                    account_id=account,
                    batch=f"b{i}",
                    state=State.SENT.value,
                    parts=[f"Notice {i}"],
                    created_at=later,
                    updated_at=later,
                    sent_at=later,
                    remote_ids=[str(i)],
                )
                for i in range(1000)
            ],
        )
    asked_on: list[bool] = []  # per query by draft id: was it on the GUI thread?

    @event.listens_for(db.engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        if "posts.draft_id IN" in statement:
            asked_on.append(threading.current_thread() is threading.main_thread())

    engine = SyncEngine(db, lambda acct: ScriptedPublisher(net, acct), rng=random.Random(4))
    again = MainWindow(DraftStore(db), sync=(engine, link))  # the next start-up
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.posting.panel.model.rowCount() == 1000, timeout=10000)  # the newest 1,000
    qtbot.waitUntil(lambda: again.model.index(0).data(DraftRoles.POSTED) == said, timeout=5000)
    assert asked_on and not any(asked_on)
    again.close()


def test_posted_answers_by_draft_id_in_chunks(db, store) -> None:  # noqa: ANN001
    """Accounts in the order the draft first reached each, the last time it went out; drafts never sent
    (or only queued) are not in the answer; more ids than one query takes are asked in chunks."""
    from datetime import timedelta

    from sqlalchemy import insert

    from desktop.core.models import Post, utcnow
    from desktop.core.outbox import IDS_PER_QUERY

    x, bluesky = (Accounts(db).add(n, h).id for n, h in (("x", "@cardiff"), ("bluesky", "@caerdydd.gov.uk")))
    drafts = [store.create(body=f"Notice {i}").id for i in range(IDS_PER_QUERY + 20)]
    start = utcnow()
    rows = [
        dict(account_id=bluesky, draft_id=drafts[0], state=State.SENT.value, sent_at=start),
        dict(account_id=x, draft_id=drafts[0], state=State.SENT.value, sent_at=start + timedelta(hours=1)),
        dict(
            account_id=bluesky, draft_id=drafts[0], state=State.SENT.value, sent_at=start + timedelta(hours=2)
        ),
        dict(account_id=x, draft_id=drafts[1], state=State.QUEUED.value, sent_at=None),
        dict(account_id=x, draft_id=drafts[-1], state=State.SENT.value, sent_at=start),
    ]
    with db.write() as session:
        session.execute(insert(Post), [dict(row, parts=["Notice"]) for row in rows])
    posted = Outbox(db).posted(drafts)
    assert set(posted) == {drafts[0], drafts[-1]}
    assert posted[drafts[0]].accounts == ("@caerdydd.gov.uk", "@cardiff")
    assert posted[drafts[0]].last == start + timedelta(hours=2)
    assert posted[drafts[-1]].accounts == ("@cardiff",)
    assert Outbox(db).posted([]) == {}
