"""The outbox in the window: Post, going offline and online, and what the Outbox panel shows."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.net import NetProblem, ProbeResult
from desktop.core.networks.publishing import ErrorKind, PublishError
from desktop.core.outbox import Outbox, State
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.ui import post_dialog
from desktop.ui.main_window import MainWindow
from tests.fakes.scripted import Network, ScriptedPublisher


class Link:
    """The probe's answer, switched by the test: the machine going offline and back online."""

    def __init__(self) -> None:
        self.online = False
        self.probes = 0

    def __call__(self, url: str) -> ProbeResult:
        self.probes += 1
        if self.online:
            return ProbeResult(True, None, 3.0, 401)
        return ProbeResult(False, NetProblem("offline", "Offline: posts wait in the outbox.", ""), 0.0, None)


@pytest.fixture
def net() -> Network:
    return Network()


@pytest.fixture
def link() -> Link:
    return Link()


@pytest.fixture
def window(qtbot, db: Database, net: Network, link: Link) -> MainWindow:  # noqa: ANN001
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    win = MainWindow(DraftStore(db), sync=(engine, link))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _accept_post_dialog(monkeypatch: pytest.MonkeyPatch, *, schedule: datetime | None = None) -> None:
    def accept(dialog: post_dialog.PostDialog) -> int:
        if schedule is not None:
            dialog.later.setChecked(True)
            dialog.scheduled_at = lambda: schedule  # type: ignore[method-assign]
        return 1

    monkeypatch.setattr(post_dialog.PostDialog, "exec", accept)


def _states(win: MainWindow) -> list[str]:
    model = win.posting.panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_post_offline_waits_then_drains_when_back_online(qtbot, window, db, net, link, monkeypatch) -> None:  # noqa: ANN001
    account = Accounts(db).add("x", "@cardiffcouncil")
    draft = window.store.create(body="Bins go out on Tuesday next week.")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # read off the GUI thread
    _accept_post_dialog(monkeypatch)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.posting.online_label.text().startswith("○"), timeout=5000)
    qtbot.waitUntil(lambda: _states(window) == ["Waiting: X can't be reached"])
    assert "1 waiting to post" in window.posting.waiting_label.text()
    assert net.posts.get(account.id) is None

    link.online = True
    window.posting.sync.kick()  # what QNetworkInformation's reachability signal does
    qtbot.waitUntil(lambda: _states(window) == ["Sent"], timeout=5000)
    assert [t for _, t, _ in net.posts[account.id]] == ["Bins go out on Tuesday next week."]
    assert window.posting.online_label.text().startswith("● Online")
    assert window.posting.waiting_label.text() == ""


def test_outbox_shows_each_state_and_acts(qtbot, window, db, net, link) -> None:  # noqa: ANN001
    a = Accounts(db).add("x", "@council").id
    outbox = Outbox(db)
    scheduled = outbox.queue([a], ["later"], scheduled_at=datetime(2099, 1, 1, 12, 0))[0]
    failing = outbox.queue([a], ["no credit"])[0]
    link.online = True
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_ATTENTION, "Your X plan has no API credit left."))
    window.posting.sync.kick()
    qtbot.waitUntil(lambda: "Needs attention" in _states(window), timeout=5000)
    states = dict(zip([p.id for p in window.posting.panel.model._posts], _states(window), strict=True))
    assert states[scheduled].startswith("Scheduled for")
    assert states[failing] == "Needs attention"
    assert "1 need attention" in window.posting.waiting_label.text()

    panel = window.posting.panel
    row = [p.id for p in panel.model._posts].index(failing)
    panel.table.selectRow(row)
    assert panel.buttons["retry"].isEnabled() and panel.buttons["copy"].isEnabled()
    assert not panel.buttons["open"].isEnabled()
    panel.buttons["copy"].click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "Your X plan has no API credit left."
    panel.buttons["retry"].click()
    qtbot.waitUntil(lambda: outbox.get(failing).state is State.SENT, timeout=5000)

    row = [p.id for p in panel.model._posts].index(scheduled)
    panel.table.selectRow(row)
    panel.buttons["cancel"].click()
    qtbot.waitUntil(lambda: outbox.get(scheduled).state is State.CANCELLED, timeout=5000)


def test_waiting_post_says_when_it_retries(qtbot, window, db, net, link) -> None:  # noqa: ANN001
    a = Accounts(db).add("x", "@council").id
    post_id = Outbox(db).queue([a], ["hello"])[0]
    link.online = True
    net.fail_next(
        "publish",
        PublishError(
            ErrorKind.WAIT_UNTIL,
            "X's rate limit: trying again at 14:20",
            retry_at=datetime.utcnow() + timedelta(minutes=15),
        ),
    )
    window.posting.sync.kick()
    qtbot.waitUntil(lambda: any(s.startswith("Retrying at") for s in _states(window)), timeout=5000)
    panel = window.posting.panel
    panel.table.selectRow(0)
    assert panel.model.index(0, 3).data() == "X's rate limit: trying again at 14:20"
    panel.buttons["send_now"].click()
    qtbot.waitUntil(lambda: Outbox(db).get(post_id).state is State.SENT, timeout=5000)


def test_outbox_rows_carry_the_network_icon(qtbot, window, db, net, link) -> None:  # noqa: ANN001
    a = Accounts(db).add("x", "@council").id
    Outbox(db).queue([a], ["hello"])
    window.posting.sync.refresh()
    qtbot.waitUntil(lambda: window.posting.panel.model.rowCount() == 1)
    icon = window.posting.panel.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert window.posting.panel.model.index(0, 1).data() == "X · @council"


def test_posts_of_a_signed_out_account_say_it_needs_connecting(qtbot, window, db) -> None:  # noqa: ANN001
    accounts = Accounts(db)
    a = accounts.add("x", "@council").id
    post_id = Outbox(db).queue([a], ["hello"])[0]
    accounts.remove(a)  # signed out with a post still queued: the account is kept, marked
    window.posting.sync.refresh()
    qtbot.waitUntil(lambda: _states(window) == ["Waiting: the account needs connecting"])
    assert Outbox(db).get(post_id).state is State.QUEUED
    assert Outbox(db).get(post_id).as_json()["error"] == "The account needs connecting."
