"""Screenshot the main window under Xvfb with a few sample drafts, for a person to look at.

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


def main(out: str) -> None:
    data = Path(tempfile.mkdtemp(prefix="crier-shot-"))
    os.environ["CRIER_DATA_DIR"] = str(data)
    sys.path.insert(0, str(REPO))
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    for title, body in SAMPLES:
        store.create(title=title, body=body)
    db.close()

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
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshots/main-window.png")
