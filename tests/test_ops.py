"""The UI's one runner of background work (``desktop.ui.ops``): order, failures, change notices, shutdown,
and the window's promise that the GUI thread never touches the database."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from desktop.core.db import Database
from desktop.core.drafts import DraftQuery, StoreError, View
from desktop.core.errors import CrierError
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import STORE, TEAM, Change, Failure, Ops


@pytest.fixture
def ops(qtbot) -> Iterator[Ops]:  # noqa: ANN001
    runner = Ops()
    yield runner
    runner.shutdown()


def test_writes_run_in_the_order_they_were_given_and_answer_on_the_gui_thread(qtbot, ops: Ops) -> None:  # noqa: ANN001
    ran: list[int] = []
    answered: list[tuple[int, threading.Thread]] = []
    for i in range(50):
        ops.run(lambda i=i: ran.append(i) or i, lambda i: answered.append((i, threading.current_thread())))
    qtbot.waitUntil(lambda: len(answered) == 50)
    assert ran == list(range(50))
    assert [i for i, _ in answered] == list(range(50))
    assert {thread for _, thread in answered} == {threading.main_thread()}


def test_a_crier_error_is_shown_as_its_own_sentence_anything_else_as_one_plain_sentence_and_logged(
    qtbot,  # noqa: ANN001
    ops: Ops,
    caplog: pytest.LogCaptureFixture,
) -> None:
    failures: list[Failure] = []

    def raise_(error: BaseException) -> None:
        raise error

    ops.run(lambda: raise_(StoreError("Not saved: the disk is full.")), on_error=failures.append)
    ops.run(lambda: raise_(ValueError("a bug")), on_error=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2)
    expected, unexpected = failures
    assert expected.expected and expected.message == "Not saved: the disk is full."
    assert isinstance(expected.error, CrierError)
    assert not unexpected.expected and isinstance(unexpected.error, ValueError)
    assert unexpected.message == "Crier could not do that; the log has the details."
    assert "a bug" not in unexpected.message
    logged = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert [r.exc_info[1] for r in logged] == [unexpected.error]  # the traceback is in the log, once

    # No on_error of its own: the runner's ``failed`` signal carries it (the window shows a message).
    with qtbot.waitSignal(ops.failed) as heard:
        ops.run(lambda: raise_(StoreError("That draft no longer exists.")))
    assert heard.args[0].message == "That draft no longer exists."

    # A quiet kind (a search a newer one cancelled) reaches nobody; the next job still runs.
    class Cancelled(Exception):
        pass

    done: list[str] = []
    ops.run(lambda: raise_(Cancelled()), on_error=failures.append, quiet=(Cancelled,))
    ops.run(lambda: "next", done.append)
    qtbot.waitUntil(lambda: done == ["next"])
    assert len(failures) == 2


def test_an_operation_announces_what_it_changed_once_it_has_succeeded(qtbot, ops: Ops) -> None:  # noqa: ANN001
    heard: list[Change] = []
    ops.changed.connect(heard.append)
    answers: list[str] = []
    ops.run(lambda: "saved", answers.append, changes=Change.DRAFTS | Change.OUTBOX)
    ops.run(lambda: 1 / 0, on_error=lambda _f: answers.append("failed"), changes=Change.TEAM)
    qtbot.waitUntil(lambda: answers == ["saved", "failed"])
    assert heard == [Change.DRAFTS | Change.OUTBOX]  # after on_done; nothing for the failure
    ops.announce(Change.SETTINGS)
    assert heard[-1] == Change.SETTINGS


def _released(ops: Ops, lane: str, gate: threading.Event, answers: list[str], name: str) -> threading.Event:
    """Queue a job that waits for ``gate``; the returned event is set once its answer has been posted."""
    posted = threading.Event()
    future = ops.run(lambda: gate.wait(10) and name, answers.append, lane=lane)
    assert future is not None
    future.add_done_callback(lambda _f: posted.set())  # after the runner's own: the answer is posted
    return posted


def test_shutdown_lands_the_queued_writes_then_refuses_work_and_delivers_nothing(qtbot) -> None:  # noqa: ANN001
    ops = Ops()
    gate = threading.Event()
    written: list[int] = []
    ops.run(lambda: gate.wait(10))  # holds the store lane, as a slow save would
    for i in range(20):
        ops.run(lambda i=i: written.append(i))

    # Before the shutdown, a job's answer is delivered (the control for the check below).
    answers: list[str] = []
    other_gate = threading.Event()
    posted = _released(ops, TEAM, other_gate, answers, "before")
    other_gate.set()
    assert posted.wait(10)
    qtbot.waitUntil(lambda: answers == ["before"])

    late_gate = threading.Event()
    late = _released(ops, TEAM, late_gate, answers, "after")  # still running at the shutdown
    threading.Thread(target=gate.set).start()  # the slow save finishes while shutdown waits for it
    ops.shutdown()
    assert written == list(range(20))  # every write queued before the close has landed, in order

    ran: list[str] = []
    assert ops.run(lambda: ran.append("store")) is None
    assert ops.run(lambda: ran.append("team"), lane=TEAM) is None
    assert ops.lane(STORE).closed and ops.closed

    late_gate.set()
    assert late.wait(10)
    QCoreApplication.processEvents()
    assert answers == ["before"]  # the late job ran, but nobody hears of it after the close
    assert ran == []


class _ThreadsTouchingTheDatabase:
    """Notes the thread of every statement the engine runs."""

    def __init__(self, db: Database) -> None:
        self.threads: list[str] = []
        event.listen(db.engine, "before_cursor_execute", self._note)

    def _note(self, *_args: object) -> None:
        self.threads.append(threading.current_thread().name)

    def on_gui_thread(self) -> int:
        return sum(name == threading.main_thread().name for name in self.threads)


def test_the_gui_thread_never_touches_the_database_in_everyday_work(
    qtbot,  # noqa: ANN001
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = DraftStore(db)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.team is not None and not window.team._refreshing)
    seen = _ThreadsTouchingTheDatabase(db)  # from here on: the person's actions only

    def rows() -> int:
        return window.model.rowCount()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # create
    qtbot.keyClicks(window.editor.body, "Bins go out on Tuesday")  # typed at once, autosaved
    qtbot.waitUntil(lambda: rows() == 1 and window.save_label.text().startswith("Saved"))
    qtbot.waitUntil(lambda: not window.autosaver.dirty)
    first = window.editor.draft.id
    window.duplicate_action.trigger()  # duplicate
    qtbot.waitUntil(lambda: rows() == 2)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id != first)
    copy = window.editor.draft.id
    window.delete_action.trigger()  # trash (the copy, in the editor)
    qtbot.waitUntil(lambda: rows() == 1)
    window.undo_action.trigger()  # restore
    qtbot.waitUntil(lambda: rows() == 2)
    window.redo_action.trigger()  # trash again
    qtbot.waitUntil(lambda: rows() == 1)
    window._show_view(View.TRASH)
    qtbot.waitUntil(lambda: window.model.row_of(copy) >= 0)
    window.select_draft(copy)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == copy)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.empty_trash_action.trigger()  # empty the Trash
    qtbot.waitUntil(lambda: rows() == 0)
    window._show_view(View.DRAFTS)
    qtbot.waitUntil(lambda: rows() == 1 and window.editor.draft is not None)

    threads, on_gui_thread = sorted(set(seen.threads)), seen.on_gui_thread()
    assert threads, "the listener saw no statements: the test would prove nothing"
    assert on_gui_thread == 0, threads
    assert "crier-store" in " ".join(threads)
    window.close()
    assert store.count(DraftQuery(view=View.TRASH)) == 0 and store.count(DraftQuery()) == 1


def test_the_gui_thread_never_touches_the_database_when_posting_or_in_the_outbox(
    qtbot,  # noqa: ANN001
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Post through to queued, Send now / Retry / Cancel in the Outbox panel, and Edit (back to drafts)."""
    import random
    from datetime import datetime

    from desktop.core.accounts import Accounts
    from desktop.core.net import NetProblem, ProbeResult
    from desktop.core.outbox import State
    from desktop.core.sync import SyncEngine
    from desktop.ui import post_dialog
    from desktop.ui.autosave import NEW
    from tests.fakes.scripted import Network, ScriptedPublisher

    def offline(_url: str) -> ProbeResult:  # posts wait in the outbox: nothing goes out
        return ProbeResult(False, NetProblem("offline", "Offline: posts wait in the outbox.", ""), 0.0, None)

    net = Network()
    Accounts(db).add("x", "@council")
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    seen = _ThreadsTouchingTheDatabase(db)  # from the start: building Posting reads the outbox too
    window = MainWindow(DraftStore(db), sync=(engine, offline))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.team is not None and not window.team._refreshing)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))
    schedule: list[datetime] = []

    def accept(dialog: post_dialog.PostDialog) -> int:
        if schedule:
            dialog.later.setChecked(True)
            dialog.scheduled_at = lambda: schedule[0]  # type: ignore[method-assign]
        return 1

    monkeypatch.setattr(post_dialog.PostDialog, "exec", accept)
    panel = window.posting.panel

    def states() -> dict[int, State]:  # what the panel shows (read off the GUI thread by the sync)
        return {p.id: p.state for p in panel.model._posts}

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, "Bins go out on Tuesday")
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id != NEW)
    schedule.append(datetime(2099, 1, 1, 12, 0))
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Post
    qtbot.waitUntil(lambda: list(states().values()) == [State.SCHEDULED], timeout=5000)
    [scheduled] = states()
    panel.send_now.emit(scheduled)  # Send now
    qtbot.waitUntil(lambda: states()[scheduled] in (State.QUEUED, State.WAITING), timeout=5000)
    panel.retry.emit(scheduled)  # Retry (refused or done: either way, off the GUI thread)
    panel.edit.emit(scheduled)  # Edit (back to drafts)
    qtbot.waitUntil(lambda: states()[scheduled] is State.CANCELLED, timeout=5000)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.status != "queued")

    schedule.clear()
    window.post_draft()  # Post again, now
    qtbot.waitUntil(lambda: len(states()) == 2, timeout=5000)
    [again] = set(states()) - {scheduled}
    panel.cancel.emit(again)  # Cancel
    qtbot.waitUntil(lambda: states()[again] is State.CANCELLED, timeout=5000)

    threads, on_gui_thread = sorted(set(seen.threads)), seen.on_gui_thread()
    assert on_gui_thread == 0, threads
    assert "crier-store" in " ".join(threads)
    window.close()
    assert net.posts == {} or not any(net.posts.values())
