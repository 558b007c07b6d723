"""The Checks panel and the counts under the editor: stable buttons, worst first, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from desktop.core.checks import CheckResult
from desktop.core.store import DraftStore
from desktop.core.tone import Finding
from desktop.ui.checks_view import FINDING_ROLE, ChecksPanel
from desktop.ui.main_window import MainWindow
from tests.test_store import PNG_1X1


def _open(qtbot, win: MainWindow, store: DraftStore, draft_id: int) -> None:  # noqa: ANN001
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(draft_id) >= 0)
    win.select_draft(draft_id)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.id == draft_id)


def test_network_toggles_keep_their_place_as_counts_appear(qtbot, window, store) -> None:  # noqa: ANN001
    draft = store.create(body="", networks=("x", "bluesky", "mastodon", "facebook"))
    _open(qtbot, window, store, draft.id)
    toggles = window.editor.counts.toggles
    qtbot.waitUntil(lambda: all(b.isVisible() for b in toggles.values()))
    qtbot.wait(300)  # the window's first layout passes and the first (empty) check settle
    before = {n: b.geometry() for n, b in toggles.items()}
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, "Bins go out on Tuesday next week because of the holiday. " * 6)
    qtbot.waitUntil(lambda: "→" in toggles["x"].text(), timeout=5000)  # counts shown, X is a thread
    qtbot.wait(50)  # let the layout settle
    assert {n: b.geometry() for n, b in toggles.items()} == before
    assert not toggles["x"].icon().isNull()  # a thread is marked by an icon, not amber alone


def test_a_new_count_repaints_its_toggle_and_lays_nothing_else_out(qtbot, window, store) -> None:  # noqa: ANN001
    """A keystroke's count changes a toggle's text (and, near the limit, its colour and icon): it is painted
    at once, and nothing else is laid out (in a layout, a toggle's new text sent a layout request up to the
    main window, which re-laid out and repainted the editor's tab around the counts on every key)."""
    from desktop.core.counting import network_shares

    draft = store.create(body="", networks=("x", "bluesky"))
    _open(qtbot, window, store, draft.id)
    counts = window.editor.counts
    qtbot.waitUntil(lambda: all(b.isVisible() for b in counts.toggles.values()))
    qtbot.wait(300)  # the first layout passes and the first count settle
    requests = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(type(watched).__name__)
            return False

    class Painted(QObject):
        times = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            self.times += event.type() == QEvent.Type.Paint
            return False

    watch = Watch()
    for widget in (window.editor, window.editor.parentWidget(), window):
        widget.installEventFilter(watch)
    painted = Painted()
    counts.toggles["x"].installEventFilter(painted)
    before = {n: b.geometry() for n, b in counts.toggles.items()}
    for text in ("a", "ab " * 60, "abc " * 70, "Bins " * 100, "a"):  # near the limit, a thread, and back
        painted.times = 0
        counts.show_parts(network_shares(text, ["x", "bluesky"]))
        assert painted.times == 1  # at once: not left to an event loop busy with other things
        qtbot.wait(20)
    assert counts.toggles["x"].text() == "X 1/280"
    assert counts.toggles["x"].icon().isNull()
    assert requests == []
    assert {n: b.geometry() for n, b in counts.toggles.items()} == before
    for button in counts.toggles.values():  # each toggle lies within the bar, on its place in the grid
        assert counts.rect().contains(button.geometry())


def test_findings_are_listed_worst_first_then_in_text_order_with_an_icon_and_a_word(qtbot) -> None:  # noqa: ANN001
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    text = "a b c d e f g h"
    findings = (
        Finding("tip", 0, 1, "info", "a tip"),
        Finding("late-error", 10, 11, "error", "late error"),
        Finding("warn", 2, 3, "warning", "a warning"),
        Finding("early-error", 4, 5, "error", "early error"),
    )
    panel.show_result(CheckResult(text, (), findings))
    model = panel.model
    rows = [model.index(r) for r in range(model.rowCount())]
    assert [i.data(FINDING_ROLE).rule for i in rows] == ["early-error", "late-error", "warn", "tip"]
    words = ["Must fix", "Must fix", "Consider", "Tip"]
    for index, word in zip(rows, words, strict=True):
        assert index.data().startswith(word)
        assert not index.data(0x1).isNull()  # Qt.DecorationRole: an icon beside the colour


def test_an_image_without_alt_text_is_a_finding_in_the_panel(qtbot, window, store, tmp_path) -> None:  # noqa: ANN001
    image = tmp_path / "photo.png"
    image.write_bytes(PNG_1X1)
    draft = store.create(body="The park reopens on Saturday.", networks=("x",))
    store.attach(draft.id, image)
    _open(qtbot, window, store, draft.id)
    model = window.checks.model

    def rules() -> list[str]:
        return [model.index(r).data(FINDING_ROLE).rule for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "alt-text" in rules(), timeout=5000)
    assert window.checks.summary.text() != "No problems found."
    assert rules()[0] == "alt-text"  # a must-fix, so first
    window.editor.images.alt_text_changed.emit(0, "A bench by the lake")
    qtbot.waitUntil(lambda: "alt-text" not in rules(), timeout=5000)
