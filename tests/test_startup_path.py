"""What the window's start-up loads before the main window is first shown (issue 16: start-up within 1.3x
of a bare PySide6 window). Everything not on the first screen waits for the first paint or first use;
this keeps it from creeping back. ``python -m desktop`` in a child process, offscreen, with its own data
folder; the modules are listed at the moment the window is shown, then the child exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

ROOT = Path(__file__).resolve().parent.parent

#: Loaded after the first paint (the database, on the list lane) or when first used (dialogs, views).
NOT_BEFORE_THE_WINDOW = (
    # libraries: the database, the networks' clients, images, proxies, logging's rotating file
    "sqlalchemy",
    "alembic",
    "psycopg",
    "keyring",
    "requests",
    "urllib3",
    "tweepy",
    "atproto",
    "mastodon",
    "PIL",
    "pypac",
    "regex",
    "logging.handlers",
    "hashlib",  # the single-instance name is a CRC
    "datetime",  # imported where a date or time is first written, after the window shows
    "json",  # the early language setting parses a settings file only where there is one (not here)
    "concurrent.futures",  # the first background lane starts after the first paint
    "platformdirs",  # the probe has CRIER_DATA_DIR; without it the folders are platformdirs'
    "dataclasses",  # a dataclass's generated code is compiled as it is made: the first screen's are not
    *(("PySide6.QtNetwork",) if os.name == "posix" else ()),  # no other Crier's socket: nobody to ask
    # core machinery and data
    "desktop.core.models",
    "desktop.core.draft_rows",  # the drafts as read: their slotted dataclasses come with the first one
    "desktop.core.attachments",
    "desktop.core.db",
    "desktop.core.store",
    "desktop.core.outbox",
    "desktop.core.settings",
    "desktop.core.policy",
    "desktop.core.service",
    "desktop.core.tone",
    "desktop.core.checks",
    "desktop.core.counting",
    "desktop.core.spelling",
    "desktop.core.preview",
    "desktop.core.networks",  # the counts bar's names come with the editor
    "desktop.core.posts",  # the outbox's posts: the drafts list asks about them once it is read
    "desktop.cli",
    # what is not on the first screen: dialogs, the outlined style, the focus ring, toolbar icons
    "desktop.ui.outlined_style",
    "desktop.ui.focus",
    "desktop.ui.theme_icons",
    "desktop.ui.draft_delegate",  # the rows' look: the list has no rows before the first paint
    "desktop.ui.editor",  # its page shows the hint it shows with no draft open (empty_hint)
    "desktop.ui.images_view",
    "desktop.ui.spelling",
    "desktop.ui.bilingual_editor",
    "desktop.ui.preview",
    "desktop.ui.history_dialog",
    "desktop.ui.help",
    "desktop.ui.settings_dialog",
    "desktop.ui.post_dialog",
    "desktop.ui.accounts_dialog",
    "desktop.ui.team_join_dialog",
    "desktop.ui.posting",
    "desktop.ui.outbox_model",
    "desktop.ui.outbox_view",
    "desktop.ui.calendar_view",
    "desktop.ui.team_view",
    "desktop.ui.live_checks",
    "desktop.ui.sync_controller",
)

#: Qt classes not made before the window shows. PySide6 builds a class's Python type, with all its enum
#: types, the first time it is used: QStyle's take about 12 ms. An event type is made when an event of
#: its kind first reaches Python (an event filter), which a filter on a widget does dozens of times before
#: the window is up.
NOT_MADE_BEFORE_THE_WINDOW = (
    "QtWidgets.QStyle",
    "QtWidgets.QCommonStyle",
    "QtWidgets.QProxyStyle",
    "QtCore.QStandardPaths",  # the image dialog's folder
    "QtCore.QDir",  # Qt's temporary folder, where another Crier's socket is, is worked out as Qt does
    "QtWidgets.QSizePolicy",  # the hidden Split button's comes after the first paint
    "QtWidgets.QStyledItemDelegate",  # the drafts' rows' look (draft_delegate), and its base and font
    "QtWidgets.QAbstractItemDelegate",
    "QtGui.QFontMetrics",
    "QtGui.QKeyEvent",
    "QtGui.QMouseEvent",
    "QtGui.QFocusEvent",
    "QtCore.QEvent",  # the counts bar's layout requests; its move and resize events
    "QtGui.QMoveEvent",
    "QtGui.QResizeEvent",
    # the editor's text classes (QTextFormat's enums: some 5 ms) and the drafts list's painting, which
    # the window doesn't need before it shows (the first row is painted after)
    "QtGui.QTextFormat",
    "QtGui.QTextCharFormat",
    "QtGui.QTextCursor",
    "QtWidgets.QTextEdit",
    "QtWidgets.QStyleOption",
    "QtWidgets.QStyleOptionViewItem",
    "QtGui.QPainter",
    "QtWidgets.QMessageBox",  # and QDialog, its base: made when a first message is shown
    "QtWidgets.QDialog",
    "QtGui.QKeySequence",  # shortcuts are set after the first paint: the window takes no keys till then
    "QtCore.QLibraryInfo",  # where Qt's own catalogues are: none is loaded for English, Crier's source
    # the Qt namespace with all its enums (17 ms or more): made by the first Qt enum used or handed over
    # (the theme's hints, alignments, a queued connection, even QSplitter(parent) or setShortcut's
    # overloads), so the first screen takes Qt's enums by name through properties or not at all
    "QtCore.Qt",
)

PROBE = """
import os, sys
from PySide6.QtWidgets import QMainWindow

def show(window):
    from PySide6.QtGui import QAction

    print("\\n".join(sorted(sys.modules)), flush=True)
    if window.drafts.search.findChild(QAction, "_q_qlineeditclearaction") is not None:
        print("search-clear-button", flush=True)  # its icon waits for the first paint
    if os.path.exists("/proc/self/maps") and "svg" in open("/proc/self/maps").read():
        print("svg-library", flush=True)  # Crier's SVG icon waits for the first paint
    for name in ("QtCore", "QtGui", "QtWidgets"):  # the classes PySide6 has made so far
        made = vars(sys.modules["PySide6." + name])
        print("\\n".join(f"{name}.{c}" for c, v in made.items() if isinstance(v, type)), flush=True)
    os._exit(0)

QMainWindow.show = show
sys.argv = ["crier"]
from desktop.app import main
main([])
"""


def modules_when_the_window_shows(data: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRIER_DATA_DIR": str(data)}
    env |= {"LC_ALL": "en_GB.UTF-8", "LANGUAGE": "en_GB"}  # an English computer (see QLibraryInfo below)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_window_shows_before_the_database_networks_and_dialogs_are_loaded(tmp_path: Path) -> None:
    loaded = modules_when_the_window_shows(tmp_path)
    assert "desktop.ui.main_window" in loaded  # the probe did see the window
    assert "search-clear-button" not in loaded
    assert "svg-library" not in loaded  # (Linux: where /proc/self/maps lists the libraries loaded)
    early = sorted(
        name
        for name in loaded
        for heavy in NOT_BEFORE_THE_WINDOW
        if name == heavy or name.startswith(heavy + ".")
    )
    assert early == []


@pytest.mark.skipif(os.name != "posix", reason="a socket file is how QLocalServer listens on POSIX")
def test_a_socket_file_left_by_a_killed_crier_does_not_bring_qtnetwork(tmp_path: Path) -> None:
    """A Crier killed (a crash, or the start-up benchmark's kill) leaves its socket file; the next start
    finds nobody listening there without loading QtNetwork, and starts."""
    from desktop.ui.single_instance import ask_running_instance_to_raise, server_name

    left = Path(QDir.tempPath()) / server_name(tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as killed:
        killed.bind(str(left))  # and closed without removing the file, as a killed process does
    try:
        assert not ask_running_instance_to_raise(tmp_path)
        loaded = modules_when_the_window_shows(tmp_path)
    finally:
        left.unlink(missing_ok=True)
    assert "desktop.ui.main_window" in loaded
    assert "PySide6.QtNetwork" not in loaded and "socket" not in loaded


def test_the_window_shows_before_qt_builds_the_style_and_event_types(tmp_path: Path) -> None:
    made = modules_when_the_window_shows(tmp_path)
    assert "QtWidgets.QMainWindow" in made  # the probe did list the classes
    assert sorted(made & set(NOT_MADE_BEFORE_THE_WINDOW)) == []


#: ``python -m desktop`` up to the end of what it does after the first paint: the window's icon then.
AFTER_THE_FIRST_PAINT = """
import os, sys
import desktop.ui.first_paint as first_paint

def after_first_paint(window, then):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    icon = QApplication.windowIcon()
    print("first", icon.actualSize(QSize(256, 256)).width(), flush=True)
    def and_then():
        then()
        print("then", QApplication.windowIcon().actualSize(QSize(256, 256)).width(), flush=True)
        os._exit(0)
    first(window, and_then)

first = first_paint.after_first_paint
first_paint.after_first_paint = after_first_paint
sys.argv = ["crier"]
from desktop.app import main
main([])
"""


def test_the_first_frame_has_a_small_png_icon_and_the_svg_comes_after(tmp_path: Path) -> None:
    """The first frame's icon is the 32-pixel PNG (no SVG plugin before the window shows: the probe above);
    after the first paint the SVG, sharp at any size, is the window's icon."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRIER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", AFTER_THE_FIRST_PAINT],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["first", "32", "then", "256"]


def test_the_editor_and_preview_take_their_tabs_after_the_first_paint(qtbot) -> None:  # noqa: ANN001
    """Until then the Write tab shows what the editor shows with no draft open; then the editor, with the
    same hint in the same place, is the tab's page."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hint = window.tabs.widget(0).findChildren(QLabel)
    assert [label.text() for label in hint] == [
        "Select a draft on the left, or press Ctrl+N to start a new one."
    ]
    place = hint[0].mapTo(window, hint[0].rect().topLeft())
    toolbar = window.toolbar.height()  # New's icon comes now too, in room kept for it
    window.finish_building()
    assert window.tabs.widget(0) is window.editor and window.tabs.widget(1) is window.preview
    assert window.tabs.currentIndex() == 0
    assert [window.tabs.tabText(i) for i in range(2)] == ["Write", "Preview"]
    qtbot.waitUntil(lambda: window.editor.empty_hint.isVisible())
    assert window.editor.empty_hint.text() == hint[0].text()
    assert window.editor.empty_hint.mapTo(window, window.editor.empty_hint.rect().topLeft()) == place
    assert not window.new_action.icon().isNull() and window.toolbar.height() == toolbar
    from desktop.ui.draft_delegate import DraftDelegate  # the rows' look, before the first row is read

    assert isinstance(window.drafts.list.itemDelegate(), DraftDelegate)
    clear = window.drafts.search.findChild(QAction, "_q_qlineeditclearaction")
    assert clear is not None and clear.text() == "Clear search"
    # Tab still goes list, editor, checks, preview, tabs (Qt's default is the order widgets were made in)
    names, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.accessibleName():
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    wanted = ["Drafts", "Draft title", "Post text", "Count for X", "Findings", "Posts on each network"]
    assert [name for name in names if name in wanted] == wanted
    assert names.index("Posts on each network") < names.index("Write or preview")
    window.finish_building()  # once only
    assert window.tabs.count() == 2


def test_what_the_first_screen_sets_without_qts_enums_is_what_they_say(qtbot) -> None:  # noqa: ANN001
    """Before the window shows, Qt's enums are set by name through properties, by defaults, or as numbers
    (the Qt namespace is built after the first paint); they come out as Qt's own."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QSizePolicy, QSplitter

    from desktop.ui.checks_view import FINDING_ROLE
    from desktop.ui.drafts_model import DraftRoles
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    user = Qt.ItemDataRole.UserRole
    roles = [DraftRoles.ID, DraftRoles.SNIPPET, DraftRoles.UPDATED, DraftRoles.SUMMARY, DraftRoles.POSTED]
    assert roles == [user + n for n in range(1, 6)]
    assert FINDING_ROLE - user == 20
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolBarArea(window.toolbar) == Qt.ToolBarArea.TopToolBarArea
    assert window.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    clear = window.drafts.clear_search_action
    assert clear.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert window.drafts.empty_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.findChild(QSplitter).orientation() == Qt.Orientation.Horizontal
    # the shortcuts come after the first paint (QKeySequence is not made before: above), each as before
    assert clear.shortcut().isEmpty() and window.undo_action.shortcut().isEmpty()
    window.finish_building()
    assert clear.shortcut() == QKeySequence(Qt.Key.Key_Escape)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    keys = ("new", "duplicate", "history", "redo", "restore", "split", "show_drafts", "show_trash", "preview")
    assert [getattr(window, f"{key}_action").shortcut().toString() for key in keys] == [
        "Ctrl+N", "Ctrl+D", "Ctrl+H", "Ctrl+Shift+Z", "Ctrl+R", "Ctrl+Shift+T", "Ctrl+1", "Ctrl+2", "Ctrl+P"
    ]  # fmt: skip
    window.show()
    qtbot.waitExposed(window)
    split = window.checks.split_button
    policy = split.sizePolicy()  # set after the first paint, as before
    assert (policy.horizontalPolicy(), policy.verticalPolicy()) == (
        QSizePolicy.Policy.Maximum,
        QSizePolicy.Policy.Fixed,
    )
    split.setVisible(True)  # at the left, its own width, as AlignLeft put it
    qtbot.waitUntil(lambda: split.width() == split.sizeHint().width())
    assert split.x() == window.checks.layout().contentsMargins().left()


def test_pyside_is_told_which_modules_use_it_as_its_own_check_would() -> None:
    """PySide6's import hook asks of every module whether its source mentions PySide6; Crier answers from
    the file's bytes (desktop.ui.pyside_sources) rather than through inspect, with the same answers."""
    import desktop.ui.main_window  # noqa: F401  (desktop.ui wraps the check)
    from desktop.ui.pyside_sources import never_mentions_pyside

    ours = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    theirs = ours.pyside_check
    modules = [module for _name, module in sorted(sys.modules.items())]  # the interpreter's own too
    answers = [(module.__name__, ours(module), bool(theirs(module))) for module in modules]
    assert [name for name, mine, pyside in answers if mine != pyside] == []
    assert ("desktop.ui.main_window", True, True) in answers and ("json", False, False) in answers
    # ... and those it answers without reading a file: built in, compiled, the standard library's
    unread = {module.__name__ for module in modules if never_mentions_pyside(module)}
    assert {"sys", "gc", "zlib", "PySide6.QtCore", "os", "typing", "json.decoder"} <= unread
    assert not unread & {"PySide6", "shiboken6", "desktop.app", "desktop.ui.main_window"}


#: ``python -m desktop`` as it starts (PySide6 not imported first, unlike PROBE), up to the window showing.
AS_IT_STARTS = """
import inspect, os, sys, importlib.machinery

read = []
getsource = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or getsource(obj)

class StopAtShow:
    def find_spec(self, name, path, target=None):
        if name != "desktop.ui.main_window":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.MainWindow.show = lambda window: (print(*read, flush=True), os._exit(0))
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, StopAtShow())
sys.argv = ["crier"]
from desktop.app import main
main([])
"""


def test_no_module_of_crier_is_read_through_inspect_as_it_starts(tmp_path: Path) -> None:
    """desktop.ui (pyside_sources) is imported before PySide6 is, so PySide6's import hook never decodes
    and splits a module's source with inspect on the way to the window (it did for desktop.core.paths,
    tempfile, dataclasses, pathlib and others, some 3 ms)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRIER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", AS_IT_STARTS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    read = result.stdout.split()
    assert "shiboken6" in read  # the probe sees inspect's reads (PySide6's own, before desktop.ui wraps it)
    assert [name for name in read if name.startswith("desktop") or name in ("tempfile", "pathlib")] == []


@pytest.mark.skipif(sys.platform != "linux", reason="Linux's rule; macOS asks Qt itself")
@pytest.mark.parametrize(
    "tmpdir", [None, "", "{tmp}/real/", "{tmp}/link", "{tmp}/absent/", "rel/dir", "{tmp}//real/../real"]
)
def test_the_temporary_folder_is_the_one_qt_puts_its_socket_in(
    tmpdir: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Crier's socket is looked for where QLocalServer makes it, QDir.tempPath(), worked out without
    building QDir's type: $TMPDIR made absolute and clean (a link is not followed), else /tmp."""
    from desktop.ui.single_instance import qt_temp_folder

    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path)
    if tmpdir is None:
        monkeypatch.delenv("TMPDIR", raising=False)
    else:
        monkeypatch.setenv("TMPDIR", tmpdir.format(tmp=tmp_path))
    assert qt_temp_folder() == QDir.tempPath()


def test_the_display_check_loads_the_libraries_without_ctypes() -> None:
    """Before Qt, the xcb libraries are tried with _ctypes' dlopen: ctypes itself costs every start 2 ms."""
    check = "import sys\nfrom desktop.core.display import missing_xcb_packages\nmissing_xcb_packages()\n"
    check += "print('ctypes' in sys.modules, '_ctypes' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["False", "True"], result.stderr
