"""Issue 17's behaviour items, driven through real widgets offscreen with real keystrokes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, QPoint, QRect, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop.core.paths import app_paths
from desktop.core.store import DraftQuery, DraftStore, View
from desktop.ui.autosave import NEW
from desktop.ui.checks_view import FINDING_ROLE
from desktop.ui.contrast import ratio
from desktop.ui.focus import install, ring_colour
from desktop.ui.help import USER_GUIDE, ShortcutsDialog, shortcut_rows, user_guide
from desktop.ui.history_dialog import HistoryDialog, diff_colours
from desktop.ui.images_view import ImagesPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.window_state import STATE_FILE

# --- earlier versions ------------------------------------------------------------------------------------


def test_keep_version_keeps_the_text_once(store: DraftStore) -> None:
    draft = store.create(body="Bins go out on Monday.")
    assert store.keep_version(draft.id)
    assert not store.keep_version(draft.id)  # the newest version already holds this text
    assert [r.body for r in store.revisions(draft.id)] == ["Bins go out on Monday."]
    empty = store.create()
    assert not store.keep_version(empty.id)  # nothing worth keeping


def test_only_an_untouched_empty_draft_is_discarded(store: DraftStore) -> None:
    empty = store.create()
    spaces = store.create(body="  \n")
    written = store.create(body="Bins go out on Monday.")
    emptied = store.create(body="Gone soon")
    store.save(emptied.id, title="", body="")  # its text is now an earlier version: it has history
    assert store.discard_if_empty(empty.id)
    assert store.discard_if_empty(spaces.id)
    assert not store.discard_if_empty(written.id)
    assert not store.discard_if_empty(emptied.id)
    assert [r.body for r in store.revisions(emptied.id)] == ["Gone soon"]
    assert {d.id for d in store.page(DraftQuery())} == {written.id, emptied.id}


def test_history_lists_now_and_shows_the_changes_since_a_version(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body="Bins go out on Monday.")
    store.keep_version(draft.id)
    dialog = HistoryDialog(store.revisions(draft.id), current="Bins go out on Tuesday.")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.list.model()
    assert model.rowCount() == 2
    assert model.index(0, 0).data().startswith("Now")
    assert dialog.list.currentIndex().row() == 1  # the newest earlier version is chosen
    assert dialog.preview.toPlainText() == "Bins go out on Monday."
    changes = dialog.changes.toHtml()
    assert "Monday" in changes and "Tuesday" in changes
    assert "line-through" in changes and "underline" in changes  # not by colour alone
    assert dialog.restore_button.isEnabled()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # to the text as it is now
    assert dialog.preview.toPlainText() == "Bins go out on Tuesday."
    assert not dialog.restore_button.isEnabled()


# --- the image file dialog ---------------------------------------------------------------------------------


def _pictures_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Pictures folder of this test's own, as the desktop's user-dirs file names it (XDG)."""
    pictures, config = tmp_path / "Pictures", tmp_path / "config"
    pictures.mkdir()
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_PICTURES_DIR="{pictures}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return pictures


@pytest.mark.skipif(sys.platform != "linux", reason="the Pictures folder is set through XDG user-dirs here")
def test_image_dialog_opens_pictures_then_the_last_folder_used(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    pictures = _pictures_folder(tmp_path, monkeypatch)
    elsewhere = tmp_path / "Event photos"
    elsewhere.mkdir()
    photo = elsewhere / "fair.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(photo))

    panel = ImagesPanel()
    qtbot.addWidget(panel)
    panel.show()
    chosen: list[str] = []
    panel.attach_requested.connect(chosen.append)
    panel.attach_button.setFocus()
    qtbot.keyClick(panel.attach_button, Qt.Key.Key_Space)
    dialog = panel.file_dialog
    assert dialog is not None and Path(dialog.directory().absolutePath()) == pictures
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(name.hasFocus)  # the file name box has the keyboard, as in any Open dialog
    qtbot.keyClicks(name, str(photo))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen == [str(photo)])

    again = ImagesPanel()  # the next time, even after a restart: the folder last used
    qtbot.addWidget(again)
    again.show()
    again.attach_button.setFocus()
    qtbot.keyClick(again.attach_button, Qt.Key.Key_Space)
    assert Path(again.file_dialog.directory().absolutePath()) == elsewhere
    qtbot.keyClick(again.file_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: again.file_dialog is None)


# --- the drafts list ----------------------------------------------------------------------------------------


def test_no_drafts_yet_goes_once_a_draft_exists(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.drafts.empty_label.isVisible())
    assert "No drafts yet" in window.drafts.empty_label.text()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert not window.drafts.empty_label.isVisible()


def test_escape_in_the_search_box_clears_it(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    store.create(body="Gŵyl Fwyd Caerdydd")
    store.create(body="Planning committee agenda")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.drafts.search, "gwy")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.keyClick(window.drafts.search, Qt.Key.Key_Escape)
    assert window.drafts.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.drafts.search.hasFocus()
    qtbot.keyClick(window.drafts.search, Qt.Key.Key_Escape)  # again, in the empty box: back to the list
    assert window.drafts.list.hasFocus()


# --- focus --------------------------------------------------------------------------------------------------


def test_the_focused_widget_has_a_ring_of_at_least_3_to_1(qtbot) -> None:  # noqa: ANN001
    install()
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    layout.setSpacing(12)
    first, second = QLineEdit(form), QLineEdit(form)
    layout.addWidget(first)
    layout.addWidget(second)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # a keyboard user moves on
    assert second.hasFocus()
    ring = next(w for w in form.findChildren(QWidget) if type(w).__name__ == "_Ring")
    qtbot.waitUntil(ring.isVisible)
    assert ring.geometry().contains(second.geometry()) and ring.geometry() != second.geometry()
    palette = second.palette()
    colour = ring_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert ratio(colour, palette.color(role)) >= 3.0
    # and it is really drawn there: the pixel just above the field, in the ring
    image = form.grab().toImage()
    top = second.geometry().top() - 2
    drawn = image.pixelColor(second.geometry().center().x(), top)
    assert ratio(drawn, palette.color(QPalette.ColorRole.Window)) >= 3.0


# --- apply suggestion ---------------------------------------------------------------------------------------

SNOW = "Roads are icy. ROADS CLOSED DUE TO SNOW. DO NOT TRAVEL IN POWYS unless you must."


def _open_draft(qtbot, win: MainWindow, store: DraftStore, body: str) -> int:  # noqa: ANN001
    draft = store.create(body=body)
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(draft.id) >= 0)
    win.select_draft(draft.id)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.id == draft.id)
    return draft.id


def _finding_row(win: MainWindow, rule: str) -> int:
    model = win.checks.model
    rules = [model.index(r).data(FINDING_ROLE).rule for r in range(model.rowCount())]
    return rules.index(rule) if rule in rules else -1


def test_apply_keeps_focus_in_the_editor_at_the_change_and_keeps_a_version(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    draft_id = _open_draft(qtbot, window, store, SNOW)
    qtbot.waitUntil(lambda: _finding_row(window, "shouting") >= 0, timeout=3000)
    window.checks.list.setFocus()
    window.checks.list.setCurrentIndex(window.checks.model.index(_finding_row(window, "shouting")))
    qtbot.keyClick(window.checks.list, Qt.Key.Key_Tab)  # from the finding to its Apply button
    assert window.checks.apply_button.hasFocus()
    qtbot.keyClick(window.checks.apply_button, Qt.Key.Key_Space)
    fixed = "Roads are icy. Roads closed due to snow. Do not travel in Powys unless you must."
    assert window.editor.body.toPlainText() == fixed
    qtbot.waitUntil(lambda: _finding_row(window, "shouting") < 0, timeout=3000)  # the panel has refreshed
    assert QApplication.focusWidget() is window.editor.body
    changed_end = fixed.index(" unless")
    assert window.editor.body.textCursor().position() == changed_end
    qtbot.keyClicks(QApplication.focusWidget(), ", please,")  # the next keystrokes land in the post
    assert window.editor.body.toPlainText().startswith(fixed[:changed_end] + ", please,")
    assert window.drafts.search.text() == ""
    qtbot.waitUntil(lambda: not window.autosaver.dirty)
    assert SNOW in [r.body for r in store.revisions(draft_id)]  # the text before Apply is a version


# --- empty new drafts and the Trash view --------------------------------------------------------------------


def test_an_empty_new_draft_is_not_kept_when_left(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    kept = store.create(body="Library opening hours")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    empty_id = window.editor.draft.id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # another, leaving it empty
    qtbot.waitUntil(lambda: window.editor.draft.id != empty_id)
    qtbot.waitUntil(lambda: window.model.row_of(empty_id) < 0)
    assert empty_id not in {d.id for d in store.page(DraftQuery())}
    second_id = window.editor.draft.id
    window.drafts.list.setFocus()
    qtbot.keyClick(window.drafts.list, Qt.Key.Key_End)  # moving away with the keyboard
    qtbot.waitUntil(lambda: window.editor.draft.id == kept.id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert {d.id for d in store.page(DraftQuery())} == {kept.id}
    assert second_id not in {d.id for d in store.page(DraftQuery())}


def test_a_draft_with_text_or_history_is_kept_and_closing_drops_an_empty_one(
    qtbot, store: DraftStore
) -> None:  # noqa: ANN001
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id != NEW)  # made
    written = window.editor.draft.id
    qtbot.keyClicks(window.editor.body, "x")
    qtbot.waitUntil(lambda: not window.autosaver.dirty and store.get(written).body == "x")
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Backspace)  # emptied again, but it has a history now
    qtbot.waitUntil(lambda: not window.autosaver.dirty and store.get(written).body == "")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft.id != written)
    left_empty = window.editor.draft.id
    window.close()
    ids = {d.id for d in store.page(DraftQuery())}
    assert written in ids and left_empty not in ids


def test_the_trash_view_does_not_leave_another_draft_in_the_editor(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    live = store.create(body="Bins go out on Monday")
    binned = store.create(body="Old notice")
    store.trash([binned.id])
    window.model.reload()
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == live.id)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.query.view is View.TRASH and window.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == binned.id)
    store.restore([binned.id])
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.query.view is View.DRAFTS)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # now an empty Trash
    qtbot.waitUntil(lambda: window.model.query.view is View.TRASH and window.model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.editor.draft is None)


# --- menus, toolbar and Help --------------------------------------------------------------------------------


def test_drafts_trash_and_outbox_are_one_group_and_take_the_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    group = window.show_drafts_action.actionGroup()
    outbox = window.posting.outbox_action
    assert group is not None and group.isExclusive()
    assert group.actions() == [window.show_drafts_action, window.show_trash_action, outbox]
    texts = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&Drafts", "&Trash", "&Outbox"]
    assert window.show_drafts_action.isChecked()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert outbox.isChecked() and not window.show_drafts_action.isChecked()
    qtbot.waitUntil(lambda: window.posting.dock.isVisible())
    assert QApplication.focusWidget() is window.posting.panel.table
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.show_trash_action.isChecked() and not outbox.isChecked()
    assert QApplication.focusWidget() is window.drafts.list
    qtbot.waitUntil(lambda: window.model.query.view is View.TRASH)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.show_drafts_action.isChecked()
    assert QApplication.focusWidget() is window.drafts.list
    window.drafts.view_choice.setCurrentIndex(window.drafts.view_choice.findData(View.TRASH))  # "Show: Trash"
    assert window.show_trash_action.isChecked()


def test_post_trash_and_empty_trash_are_disabled_with_nothing_to_act_on(
    qtbot, window: MainWindow, store: DraftStore
) -> None:  # noqa: ANN001
    post, trash, empty = window.posting.post_action, window.delete_action, window.empty_trash_action
    qtbot.waitUntil(lambda: window.drafts.empty_label.isVisible())
    assert not post.isEnabled() and not trash.isEnabled() and not empty.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id != NEW)  # made
    assert trash.isEnabled() and not post.isEnabled()  # an empty draft has nothing to post
    qtbot.keyClicks(window.editor.body, "Bins go out on Monday")
    assert post.isEnabled()
    window.drafts.list.setFocus()
    qtbot.keyClick(window.drafts.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.waitUntil(empty.isEnabled)  # now there is something in the Trash
    assert not post.isEnabled() and not trash.isEnabled()


def test_toolbar_has_new_post_outbox_and_accounts_with_icons(window: MainWindow) -> None:
    actions = window.toolbar.actions()
    assert [a.text() for a in actions] == ["&New draft", "&Post…", "&Outbox", "&Accounts…"]
    assert all(not a.icon().isNull() for a in actions)
    assert window.toolbar.objectName()  # so the window's saved state can place it


def test_keyboard_shortcuts_are_listed_from_the_actions(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    rows = dict(shortcut_rows(window.menuBar()))
    assert ("New draft", "Ctrl+N") in rows["File"]
    assert ("Post", "Ctrl+Return, Ctrl+Enter") in rows["File"]
    assert ("Drafts", "Ctrl+1") in rows["View"] and ("Outbox", "Ctrl+3") in rows["View"]
    assert ("Crier user guide", "F1") in rows["Help"]
    more = dict(shortcut_rows(window.menuBar(), {"Search box": [window.drafts.clear_search_action]}))
    assert more["Search box"] == [("Clear search", "Esc")]
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    file_group = dialog.tree.topLevelItem(0)
    assert file_group.text(0) == "File" and file_group.child(0).text(0) == "New draft"


class _Browser(QObject):
    """Stands where the desktop's browser would: QDesktopServices hands it file:// addresses."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_f1_opens_the_local_user_guide(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    browser = _Browser()
    QDesktopServices.setUrlHandler("file", browser, "open")
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = browser.opened
    guide = Path(url.toLocalFile())
    assert guide == USER_GUIDE and guide.is_file()
    assert "Keyboard shortcuts" in guide.read_text(encoding="utf-8")


def test_the_welsh_window_opens_the_welsh_guide() -> None:
    welsh = user_guide(QLocale("cy_GB"))
    assert welsh.name == "user-guide.cy.html" and welsh.is_file()
    assert 'lang="cy-GB"' in welsh.read_text(encoding="utf-8")
    assert user_guide(QLocale("en_GB")) == USER_GUIDE


# --- what the window remembers ------------------------------------------------------------------------------


def _shown(qtbot, store: DraftStore) -> MainWindow:  # noqa: ANN001
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_window_remembers_its_size_splitter_and_view(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    first = _shown(qtbot, store)
    first.resize(700, 540)
    first.centralWidget().setSizes([200, 250, 250])
    size, sizes = (first.width(), first.height()), first.centralWidget().sizes()
    qtbot.keyClick(first, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Trash
    qtbot.waitUntil(lambda: first.model.query.view is View.TRASH)
    first.close()
    assert (app_paths().data / STATE_FILE).is_file()  # in this test's own data folder, not the user's

    again = _shown(qtbot, store)
    assert (again.width(), again.height()) == size
    assert again.centralWidget().sizes() == sizes
    assert again.show_trash_action.isChecked()
    qtbot.waitUntil(lambda: again.model.query.view is View.TRASH)
    qtbot.keyClick(again, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    again.close()
    third = _shown(qtbot, store)
    assert third.posting.outbox_action.isChecked() and third.posting.dock.isVisible()
    third.close()


def _escape_the_dialog_soon(qtbot) -> list[QWidget]:  # noqa: ANN001
    """Press Escape in the dialog that is about to open (its exec() runs its own event loop)."""
    seen: list[QWidget] = []
    tries = iter(range(100))  # five seconds, then give up (the test then fails on ``seen``)

    def escape() -> None:
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        if dialog is None or focus is None or focus.window() is not dialog:  # not up and focused yet
            if next(tries, None) is not None:
                QTimer.singleShot(50, escape)
            return
        seen.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, escape)
    return seen


@pytest.mark.parametrize("opened_by", ["Ctrl+H", "settings", "shortcuts"])
def test_closing_a_dialog_gives_the_keyboard_back(qtbot, store: DraftStore, opened_by: str) -> None:  # noqa: ANN001
    store.create(body="Bins go out on Monday")
    window = _shown(qtbot, store)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    start = window.drafts.list if opened_by == "shortcuts" else window.editor.body
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = _escape_the_dialog_soon(qtbot)
    if opened_by == "Ctrl+H":
        qtbot.keyClick(start, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    else:
        (window.settings_action if opened_by == "settings" else window.shortcuts_action).trigger()
    qtbot.waitUntil(lambda: len(seen) > 0)  # a dialog opened (Ctrl+H: once the versions are read) and closed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    ring = next(w for w in start.parentWidget().findChildren(QWidget) if type(w).__name__ == "_Ring")
    assert ring.isVisible() and ring.geometry().contains(start.geometry())
    window.close()


@pytest.mark.parametrize(
    ("base", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#f0f0f0"), ("#000000", "#ffffff")]
)
def test_the_changes_are_readable_on_light_and_dark_backgrounds(base: str, text: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    for colour in diff_colours(palette):
        assert ratio(QColor(colour), QColor(base)) >= 4.5


def test_the_focus_ring_never_becomes_a_splitter_pane(qtbot) -> None:  # noqa: ANN001
    install()
    form = QWidget()
    qtbot.addWidget(form)
    splitter = QSplitter(form)
    first, second = QLineEdit(splitter), QLineEdit(splitter)
    QVBoxLayout(form).addWidget(splitter)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert splitter.count() == 2
    ring = next(w for w in form.findChildren(QWidget) if type(w).__name__ == "_Ring")
    assert ring.parentWidget() is form and ring.isVisible()
    assert ring.geometry().contains(QRect(second.mapTo(form, QPoint(0, 0)), second.size()))
