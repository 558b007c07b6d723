"""What the window remembers between runs on this machine: size, splitters, the open view, the last image
folder. An INI file (QSettings) in the local data folder, so it is per machine and per person, never in the
settings file people share or in machine policy, and a test's own data folder keeps it apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.core.paths import app_paths

STATE_FILE = "window-state.ini"
LAST_IMAGE_FOLDER = "images/last_folder"


def ui_state() -> QSettings:
    return QSettings(str(app_paths().data / STATE_FILE), QSettings.Format.IniFormat)


def image_folder() -> str:
    """Where the image file dialog opens: the folder last used, else Pictures, else home."""
    from PySide6.QtCore import QDir, QStandardPaths  # (their enum types: not before the first paint)

    last = str(ui_state().value(LAST_IMAGE_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else QDir.homePath()


def remember_image_folder(path: str) -> None:
    state = ui_state()
    state.setValue(LAST_IMAGE_FOLDER, str(Path(path).parent))
    state.sync()


def save_window(window: QMainWindow, splitter: QSplitter, view: str) -> None:
    """On close: the window's size and place, its docks and toolbar, the splitter and the open view."""
    state = ui_state()
    state.setValue("window/geometry", window.saveGeometry())
    state.setValue("window/state", window.saveState())
    state.setValue("window/splitter", splitter.saveState())
    state.setValue("window/view", view)
    state.sync()


def _blob(state: QSettings, key: str) -> QByteArray | None:
    value = state.value(f"window/{key}")
    return value if isinstance(value, QByteArray) else None


def restore_geometry(window: QMainWindow, splitter: QSplitter) -> None:
    """At start, before the window is shown: its size and place, and the splitter. A missing or damaged
    entry is skipped (Qt checks each one), so that part keeps its default."""
    state = ui_state()
    if (geometry := _blob(state, "geometry")) is not None:
        window.restoreGeometry(geometry)
    if (sizes := _blob(state, "splitter")) is not None:
        splitter.restoreState(sizes)


def restore_layout(window: QMainWindow) -> str | None:
    """Once the docks and toolbar exist: where they were, and the view that was open (if one was kept)."""
    state = ui_state()
    if (layout := _blob(state, "state")) is not None:
        window.restoreState(layout)
    view = state.value("window/view")
    return view if isinstance(view, str) and view else None
