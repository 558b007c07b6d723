"""Live checks in the window: counts, findings, underlines, Apply and Ignore, big pastes."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop.core.store import DraftStore
from desktop.ui.checks_view import FINDING_ROLE
from desktop.ui.contrast import TEXT_COLOURS
from desktop.ui.main_window import MainWindow


def _open(qtbot, win: MainWindow, store: DraftStore, body: str, networks=("x",)) -> int:  # noqa: ANN001
    draft = store.create(body=body, networks=networks)
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(draft.id) >= 0)
    win.select_draft(draft.id)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.id == draft.id)
    return draft.id


def _rules(win: MainWindow) -> list[str]:
    model = win.checks.model
    return [model.index(r).data(FINDING_ROLE).rule for r in range(model.rowCount())]


def _checked(win: MainWindow) -> bool:
    """The checks have run on the text as it is now."""
    return win.last_checks is not None and win.last_checks.text == win.editor.check_text()


def test_typing_shows_findings_and_underlines(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    _open(qtbot, window, store, "")
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, "PLEASE DO NOT leave bins out. We will utilise new vans.")
    qtbot.waitUntil(lambda: {"shouting", "plain-english"} <= set(_rules(window)), timeout=3000)
    assert len(window.editor.body.spell_highlighter.marks()) >= 2  # the findings' underlines
    assert window.checks.summary.text().endswith("to consider.")
    assert window.editor.counts.toggles["x"].text().startswith("X ")


def test_findings_are_drawn_with_the_text_and_move_with_it(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    """A finding's underline is a format of the paragraph itself, as the spelling's are, not an extra
    selection (Qt draws every line under one a second time on each paint, which doubled a long post's paint
    after each key); typing before it moves it with its words before the checks run again."""
    _open(qtbot, window, store, "We will utilise the new depot.")
    qtbot.waitUntil(lambda: "plain-english" in _rules(window), timeout=3000)
    body = window.editor.body

    def underlined() -> list[tuple[int, int]]:
        wave = QTextCharFormat.UnderlineStyle.WaveUnderline
        formats = body.document().firstBlock().layout().formats()
        return [(r.start, r.start + r.length) for r in formats if r.format.underlineStyle() == wave]

    qtbot.waitUntil(lambda: (8, 15) in underlined())  # "utilise"
    assert body.extraSelections() == []
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    body.setFocus()
    qtbot.keyClicks(body, "So ")
    assert (11, 18) in underlined()
    assert body.toPlainText()[11:18] == "utilise"


def test_apply_suggestion_replaces_the_words(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    _open(qtbot, window, store, "We will utilise the new depot.")
    qtbot.waitUntil(lambda: "plain-english" in _rules(window), timeout=3000)
    row = _rules(window).index("plain-english")
    window.checks.list.setCurrentIndex(window.checks.model.index(row))
    assert window.checks.apply_button.isEnabled()
    window.checks.apply_button.click()
    assert window.editor.body.toPlainText() == "We will use the new depot."
    qtbot.waitUntil(lambda: "plain-english" not in _rules(window), timeout=3000)
    window.editor.body.undo()
    assert "utilise" in window.editor.body.toPlainText()


def test_ignore_hides_a_finding_for_this_draft_and_is_remembered(
    qtbot,
    window: MainWindow,
    store: DraftStore,  # noqa: ANN001
) -> None:
    draft_id = _open(qtbot, window, store, "Going forward the tip opens at 8.")
    qtbot.waitUntil(lambda: "plain-english" in _rules(window), timeout=3000)
    window.checks.list.setCurrentIndex(window.checks.model.index(_rules(window).index("plain-english")))
    window.checks.ignore_button.click()
    qtbot.waitUntil(lambda: "plain-english" not in _rules(window), timeout=3000)
    qtbot.waitUntil(lambda: store.get(draft_id).ignored_findings == ("plain-english:going forward",))


def test_a_long_post_counts_as_the_thread_it_becomes(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    _open(qtbot, window, store, "word " * 70, networks=("x", "bluesky", "mastodon"))
    button = window.editor.counts.toggles["x"]
    assert button.text() == "X 350/280 → 2 posts"  # counted as the draft opens, before any checks
    assert TEXT_COLOURS["warning"] in button.styleSheet()  # amber: it goes, as a thread
    assert window.editor.counts.toggles["bluesky"].text() == "Bluesky 350/300 → 2 posts"
    assert window.editor.counts.toggles["mastodon"].text() == "Mastodon 350/500"
    qtbot.waitUntil(lambda: _checked(window), timeout=3000)
    assert "length" not in _rules(window)  # a thread is not an error to fix
    marks = window.editor.body.spell_highlighter.marks()
    shaded = [fmt for _start, _end, fmt in marks if fmt.background().color().alpha() == 50]
    assert not shaded


def test_counts_turn_red_and_shade_the_overflow_facebook_never_splits(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: DraftStore,
) -> None:
    _open(qtbot, window, store, "word " * 12_700, networks=("facebook",))
    button = window.editor.counts.toggles["facebook"]
    qtbot.waitUntil(lambda: button.text() == "Facebook 63500/63206", timeout=5000)  # on the counts lane
    assert TEXT_COLOURS["error"] in button.styleSheet()
    qtbot.waitUntil(lambda: _checked(window), timeout=5000)
    assert "length" in _rules(window)
    (facebook,) = window.last_checks.parts
    assert facebook.parts == (("word " * 12_700).strip(),)  # one post, never numbered
    assert facebook.whole.over == (63_206, 63_500)  # what highlight() shades


def test_network_choice_is_saved_with_the_draft(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    draft_id = _open(qtbot, window, store, "Hello", networks=("x",))
    window.editor.counts.toggles["mastodon"].click()
    qtbot.waitUntil(lambda: store.get(draft_id).networks == ("x", "mastodon"), timeout=3000)
    qtbot.waitUntil(lambda: window.editor.counts.toggles["mastodon"].text() == "Mastodon 5/500", timeout=3000)


def test_a_100kb_paste_does_not_block_the_gui(qtbot, store: DraftStore, monkeypatch) -> None:  # noqa: ANN001
    """The paste's checks and counts run off the GUI thread: while they work, the window takes typing;
    the counts arrive without waiting for the checks, and are right; then the checks finish.

    The checks of the paste wait until the GUI thread lets them go, which only a running event loop can do
    (checks run on the GUI thread would wait in vain and fail). How long the paste takes is measured by
    benchmarks/bench_paste.py and bench_typing.py, not asserted here.
    """
    from desktop.core import checks, counting

    real, real_shares = checks.run_checks, counting.network_shares
    released = threading.Event()
    started = threading.Event()
    threads: list[int] = []
    counted_on: list[int] = []

    def gated(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if len(text) >= 100_000:
            threads.append(threading.get_ident())
            started.set()
            assert released.wait(10), "the GUI thread never let the checks go: its event loop was stuck"
        return real(text, *args, **kwargs)

    def shares(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if len(text) >= 100_000:
            counted_on.append(threading.get_ident())
        return real_shares(text, *args, **kwargs)

    monkeypatch.setattr(checks, "run_checks", gated)  # before the window picks up run_checks
    monkeypatch.setattr(counting, "network_shares", shares)  # the counts under the editor (not the checks')
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _open(qtbot, win, store, "", networks=("x", "bluesky"))
    shown: list[tuple[counting.NetworkParts, ...]] = []
    win.counter.counted.connect(shown.append)
    big = ("The council will utilise the new depot going forward. " * 2000)[:100_000]

    win.editor.body.setPlainText(big)
    qtbot.waitUntil(started.is_set, timeout=10000)  # the paste's checks are under way...
    win.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(win.editor.body, " Diolch")  # ...and the window still takes typing meanwhile
    assert win.editor.body.toPlainText() == big + " Diolch"
    # The counts never wait for the checks, and are those of the text as it is now (counted afresh).
    qtbot.waitUntil(lambda: win.editor.counts.toggles["x"].text().startswith("X 100007"), timeout=10000)
    counting._PACKED.clear()
    assert shown[-1] == real_shares(big + " Diolch", ["x", "bluesky"])
    assert counted_on and threading.main_thread().ident not in counted_on  # never counted on the GUI thread
    assert "plain-english" not in _rules(win)  # no checks result yet
    released.set()

    # The checks finish, and their last run is of the text as it is now.
    qtbot.waitUntil(lambda: _checked(win), timeout=10000)
    assert "plain-english" in _rules(win)
    assert threading.main_thread().ident not in threads
    assert win.editor.body.toPlainText() == big + " Diolch"
    win.close()


def test_turning_a_rule_off_in_settings_takes_effect_at_once(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    _open(qtbot, window, store, "We will utilise the new depot.")
    qtbot.waitUntil(lambda: "plain-english" in _rules(window), timeout=3000)
    assert window.settings_action.isEnabled()
    window.settings.set("tone.disabled_rules", ["plain-english"])
    window.settings.save()
    window._settings_changed(["tone.disabled_rules"])  # what the dialog's OK emits
    qtbot.waitUntil(lambda: "plain-english" not in _rules(window), timeout=3000)


def test_counts_use_a_connected_mastodon_servers_own_limit(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    from desktop.core.accounts import Accounts

    Accounts(store.db).add(
        "mastodon", "@council@social.example", settings={"char_limit": 1000, "url_length": 23}
    )
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    _open(qtbot, win, store, "Hello", networks=("mastodon",))
    qtbot.waitUntil(lambda: win.editor.counts.toggles["mastodon"].text() == "Mastodon 5/1000", timeout=3000)
    win.close()


def test_a_check_finishing_after_the_window_closed_starts_nothing(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    _open(qtbot, win, store, "Hello")
    checker = win.checker
    win.close()
    checker.request("more text", ("x",), ())  # e.g. a result delivered late asks for the next run
    checker._finished(None)
    assert not checker._timer.isActive()


LONG = " ".join(["The council will resurface Church Street from Monday 3 June, and bins go out."] * 5)


def test_split_into_thread_writes_the_breaks_keeps_a_version_and_undoes_in_one_step(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core.counting import parts_for

    draft_id = _open(qtbot, window, store, LONG, networks=("mastodon", "x"))
    assert window.split_action in window.edit_menu.actions()
    qtbot.waitUntil(lambda: window.checks.split_button.isVisible(), timeout=3000)
    assert window.split_action.isEnabled()
    window.checks.split_button.setFocus()
    qtbot.keyClick(window.checks.split_button, Qt.Key.Key_Space)
    split = window.editor.body.toPlainText()
    assert split.count("\n---\n") == 1  # X (the tightest) makes two posts; Mastodon would make one
    assert "1/2" not in split  # the numbering is added as the posts go out, not written in
    assert parts_for(split, "x") == parts_for(LONG, "x")  # the same two posts go out
    assert QApplication.focusWidget() is window.editor.body
    assert window.editor.body.textCursor().position() == split.index("---") + len("---\n")
    qtbot.waitUntil(lambda: not window.checks.split_button.isVisible(), timeout=3000)  # it fits now
    assert not window.split_action.isEnabled()
    qtbot.waitUntil(lambda: not window.autosaver.dirty)
    qtbot.waitUntil(lambda: LONG in [r.body for r in store.revisions(draft_id)])  # kept before the split
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.body.toPlainText() == LONG  # one step of Undo
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.body.toPlainText() == LONG  # nothing older in this draft's text history


def test_split_into_thread_does_nothing_when_the_text_fits(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    draft_id = _open(qtbot, window, store, "Bins go out on Monday.", networks=("x", "bluesky"))
    qtbot.waitUntil(lambda: window.editor.counts.toggles["x"].text().startswith("X "), timeout=3000)
    assert not window.checks.split_button.isVisible()
    assert not window.split_action.isEnabled()
    window.split_into_thread()
    assert window.editor.body.toPlainText() == "Bins go out on Monday."
    assert not window.editor.body.document().isUndoAvailable()
    qtbot.waitUntil(lambda: not window.autosaver.dirty)
    assert store.revisions(draft_id) == []  # no version kept for a split that did not happen


def test_split_into_thread_has_its_own_shortcut(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    """Ctrl+Shift+T splits from the keyboard: no other command, standard key (text editing included) or
    shortcut of the window uses it, and Help > Keyboard shortcuts lists it under Edit."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    from desktop.ui.help import shortcut_rows

    keys = QKeySequence("Ctrl+Shift+T")
    assert window.split_action.shortcut() == keys
    others = [a for a in window.findChildren(QAction) if a is not window.split_action]
    assert keys not in [key for action in others for key in action.shortcuts()]
    standard = [key for standard in QKeySequence.StandardKey for key in QKeySequence.keyBindings(standard)]
    assert keys not in standard
    assert ("Split into thread", "Ctrl+Shift+T") in dict(shortcut_rows(window.menuBar()))["Edit"]

    _open(qtbot, window, store, LONG, networks=("x",))
    qtbot.waitUntil(lambda: window.split_action.isEnabled(), timeout=3000)
    window.activateWindow()
    window.editor.body.setFocus()
    qtbot.waitUntil(lambda: window.editor.body.hasFocus())
    qtbot.keyClick(
        window.editor.body,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.editor.body.toPlainText().count("\n---\n") == 1
