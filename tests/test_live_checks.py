"""When the live checks run while someone types: after the keystroke's counts are on screen, and once the
keys pause for as long as the last run took (a run holds the interpreter lock the GUI thread needs for
the next key). How long anything takes is benchmarks/bench_typing.py's to measure, not asserted here."""

from __future__ import annotations

import threading
import time

from PySide6.QtGui import QTextCursor

from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow
from tests.test_checks_ui import _checked, _open


def _window(qtbot, store: DraftStore) -> MainWindow:  # noqa: ANN001
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_checks_of_a_keystroke_wait_for_its_counts(qtbot, store: DraftStore, monkeypatch) -> None:  # noqa: ANN001
    """A long text is counted on the counts lane; held there, its checks do not start, however long."""
    from desktop.core import checks, counting

    real, real_shares = checks.run_checks, counting.network_shares
    release = threading.Event()
    release.set()
    checked: list[str] = []

    def held(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if text.endswith("Diolch"):
            assert release.wait(10), "the counts were never let go"
        return real_shares(text, *args, **kwargs)

    def recorded(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        checked.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(checks, "run_checks", recorded)  # before the window picks up run_checks
    monkeypatch.setattr(counting, "network_shares", held)  # the counts under the editor
    win = _window(qtbot, store)
    body = ("Bins go out on Tuesday next week because of the holiday. " * 200)[:10_500]
    _open(qtbot, win, store, body)
    qtbot.waitUntil(lambda: _checked(win), timeout=10000)
    win.editor.body.setFocus()
    win.editor.body.moveCursor(QTextCursor.MoveOperation.End)

    release.clear()
    qtbot.keyClicks(win.editor.body, " Diolch")
    qtbot.wait(400)  # (the old rule started the checks 20 ms after the key)
    assert not any(text.endswith("Diolch") for text in checked)
    assert not win.editor.counts.toggles["x"].text().startswith(f"X {len(body) + 7}/")
    release.set()
    qtbot.waitUntil(lambda: win.editor.counts.toggles["x"].text().startswith(f"X {len(body) + 7}/"))
    qtbot.waitUntil(lambda: _checked(win), timeout=10000)  # then they run, of the text as it is now
    assert checked[-1] == body + " Diolch"


def test_checks_wait_for_a_pause_as_long_as_their_last_run(qtbot, store: DraftStore, monkeypatch) -> None:  # noqa: ANN001
    """After a run that worked long (a big paste's), typing runs no checks until the keys pause; then one
    run, of the text as it is then."""
    from desktop.core import checks

    real = checks.run_checks
    checked: list[str] = []

    def recorded(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        checked.append(text)
        if text == "The park reopens on Saturday.":
            end = time.thread_time() + 0.6  # a long run: CPU time, as a paste's checks take
            while time.thread_time() < end:
                pass
        return real(text, *args, **kwargs)

    monkeypatch.setattr(checks, "run_checks", recorded)
    win = _window(qtbot, store)
    _open(qtbot, win, store, "The park reopens on Saturday.")
    qtbot.waitUntil(lambda: _checked(win), timeout=20000)
    runs = len(checked)
    win.editor.body.setFocus()
    win.editor.body.moveCursor(QTextCursor.MoveOperation.End)

    for key in " Diolch":
        qtbot.keyClicks(win.editor.body, key)
        qtbot.wait(50)
    assert len(checked) == runs  # none while the keys come faster than the last run took
    qtbot.waitUntil(lambda: _checked(win), timeout=10000)
    assert checked[runs:] == ["The park reopens on Saturday. Diolch"]
