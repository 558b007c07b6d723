"""Screenshot the main window under Xvfb with a few sample drafts, for a person to look at; then the main
window and the Post dialog in Welsh (beside OUT.png as main-window-cy.png and post-dialog-cy.png), drawn
offscreen by Qt itself, so a reviewer can see Welsh text that is clipped or truncated.

python scripts/screenshot.py OUT.png
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = [
    (
        "Bin collections over Christmas",
        "Bin collections move by a day over Christmas.\n"
        "Check your new collection day at cardiff.gov.uk/bins #RecyclingCardiff",
    ),
    (
        "",
        "Gŵyl Fwyd Caerdydd: dewch i'r ŵyl fwyd ddydd Sadwrn yn y Bae.\n"
        "Food festival this Saturday in the Bay.",
    ),
    (
        "",
        "Road closure: the A470 northbound is closed overnight from 8pm for resurfacing. "
        "Please use the diversion via the A4054.",
    ),
    ("Library hours", "Our libraries open late on Thursdays until 8pm from next week."),
    (
        "Bins reminder",
        "PLEASE DO NOT put your bins out early!! Going forward we will utilise new vans to "
        "facilitate collections. Questions? Call Dave on 07700 900123. #binday #roadclosure #cardiff",
    ),
]


def _fill_samples() -> None:
    """Sample drafts (and accounts, so Post has somewhere to go) in $CRIER_DATA_DIR."""
    sys.path.insert(0, str(REPO))
    from desktop.core.accounts import Accounts
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    for title, body in SAMPLES:
        store.create(title=title, body=body)
    Accounts(db).add("x", "@CyngorCaerdydd")
    Accounts(db).add("bluesky", "@caerdydd.gov.uk")
    db.close()


def draw_in_language(language: str, out_dir: Path) -> None:
    """The main window with the Welsh sample open, then Post… on it, in the given interface language."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.ui import post_dialog
    from desktop.ui.i18n import install_translations
    from desktop.ui.main_window import MainWindow

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    app = QApplication([])
    install_translations(app, language)
    settings = Settings.load()
    settings.set("ui.language", language)
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths

    db = open_database(app_paths().ensure())
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.attach(DraftStore(db), settings)
    settle(1500)  # the list loads and the checks run off the GUI thread: a picture, not a test
    window.drafts.list.setCurrentIndex(window.model.index(3, 0))  # the Welsh sample (newest first)
    settle(1500)
    window.grab().save(str(out_dir / f"main-window-{language}.png"))

    def shoot(dialog: post_dialog.PostDialog) -> int:
        dialog.show()
        settle(500)
        dialog.grab().save(str(out_dir / f"post-dialog-{language}.png"))
        return 0

    post_dialog.PostDialog.exec = shoot  # type: ignore[method-assign]
    window.posting.post_action.trigger()
    window.close()
    db.close()


def main(out: str) -> None:
    data = Path(tempfile.mkdtemp(prefix="crier-shot-"))
    os.environ["CRIER_DATA_DIR"] = str(data)
    _fill_samples()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, __file__, "--language", "cy", str(Path(out).resolve().parent)], cwd=REPO, check=True
    )

    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    display = ":" + os.fdopen(read_fd).readline().strip()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=REPO, env=env)
    try:
        win = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Crier$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowsize", win, "1280", "800"], env=env, check=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", win], env=env, check=True)
        time.sleep(1.5)  # let the database open and the list paint: a picture, not a test
        subprocess.run(["xdotool", "key", "Down"], env=env, check=True)
        time.sleep(1.0)
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", out], env=env, check=True)
    finally:
        app.kill()
        xvfb.kill()
        shutil.rmtree(data, ignore_errors=True)
    print(out)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--language"]:
        sys.path.insert(0, str(REPO))
        draw_in_language(sys.argv[2], Path(sys.argv[3]))
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "screenshots/main-window.png")
