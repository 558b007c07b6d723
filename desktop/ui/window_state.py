"""What the window remembers between runs on this machine: size, splitters, the open view, the last image
folder. An INI file (QSettings) in the local data folder, so it is per machine and per person, never in the
settings file people share or in machine policy, and a test's own data folder keeps it apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths

from desktop.core.paths import app_paths

STATE_FILE = "window-state.ini"
LAST_IMAGE_FOLDER = "images/last_folder"


def ui_state() -> QSettings:
    return QSettings(str(app_paths().data / STATE_FILE), QSettings.Format.IniFormat)


def image_folder() -> str:
    """Where the image file dialog opens: the folder last used, else Pictures, else home."""
    last = str(ui_state().value(LAST_IMAGE_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else QDir.homePath()


def remember_image_folder(path: str) -> None:
    state = ui_state()
    state.setValue(LAST_IMAGE_FOLDER, str(Path(path).parent))
    state.sync()
