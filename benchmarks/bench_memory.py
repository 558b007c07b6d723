"""The main window's resident memory with 100,000 drafts, against the 150 MB aim.

    python benchmarks/bench_memory.py [--drafts 100000]

Builds the same throwaway database as bench_drafts.py (in a child process, so the window's figures don't
carry the generator's memory), then in one process: the window on screen with
no drafts open (start), after opening the 100,000 drafts, after scrolling the list from top to bottom,
and after a few searches. Prints each resident set size (VmRSS, Linux) and the largest as a ratio to
150 MB. Offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
AIM_MB = 150.0
SEARCHES = ("bin", "bin coll", "llyfrgell", "Caerdydd ŵyl", "road closure")


def rss_mb() -> float | None:
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


BARE_WINDOW = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.setCentralWidget(QPlainTextEdit()); w.resize(1200, 760); w.show()\n"
    "app.processEvents()\n"
    "line = [l for l in Path('/proc/self/status').read_text().splitlines() if l.startswith('VmRSS:')][0]\n"
    "print(int(line.split()[1]) / 1024)\n"
)


def bare_window_mb() -> float | None:
    """A bare PySide6 window with a text editor, in its own process: the floor Crier's figure sits on."""
    result = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True, timeout=120)
    return float(result.stdout.strip()) if result.returncode == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=100_000)
    args = parser.parse_args()
    if rss_mb() is None:
        print("bench_memory: skipped, resident memory is read from /proc (Linux only).")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.first_paint import freeze_start_up_objects
    from desktop.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="crier-memory-"))
    path = folder / "crier.sqlite3"
    build = "import sys, pathlib, bench_drafts as b; b.build(pathlib.Path(sys.argv[1]), int(sys.argv[2]))"
    subprocess.run(  # the same generated drafts as the drafts benchmark
        [sys.executable, "-c", build, str(path), str(args.drafts)],
        cwd=REPO / "benchmarks",
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])},
        check=True,
    )
    app = QApplication.instance() or QApplication([])

    def settle(seconds: float, until: object = None) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not (until and until()):
            app.processEvents()
            time.sleep(0.002)

    window = MainWindow()
    window.show()
    settle(0.5)
    figures = [("window shown, no drafts", rss_mb())]

    # The database once the window is up, as the app opens it (SQLAlchemy is imported after the window's
    # modules, as in the app).
    from desktop.core.db import open_database
    from desktop.core.paths import AppPaths
    from desktop.core.store import DraftStore

    paths = AppPaths(
        data=folder, logs=folder / "logs", backups=folder / "b", media=folder / "m", config=folder
    )
    db = open_database(paths.ensure())
    window.attach(DraftStore(db))
    freeze_start_up_objects()  # as the app does once its drafts are open
    settle(30, lambda: window.model.rowCount() > 0)
    settle(1)
    figures.append((f"{args.drafts:,} drafts opened", rss_mb()))

    from PySide6.QtWidgets import QAbstractItemView

    view = window.drafts.findChild(QAbstractItemView)
    bar = view.verticalScrollBar()
    started = time.perf_counter()
    while time.perf_counter() - started < 300:
        bar.setValue(bar.maximum())  # the model fetches the next page as the end comes into view
        settle(0.02)
        if bar.value() >= bar.maximum() and window.model.rowCount() >= args.drafts:
            break
    settle(1)
    figures.append((f"scrolled to the end ({window.model.rowCount():,} rows loaded)", rss_mb()))

    for text in SEARCHES:
        window.drafts.search.setText(text)
        settle(1.0)
    window.drafts.search.clear()
    settle(2)
    figures.append((f"after {len(SEARCHES)} searches and clearing", rss_mb()))

    bare = bare_window_mb()
    print(f"Main window resident memory ({os.environ['QT_QPA_PLATFORM']}), aim {AIM_MB:.0f} MB:")
    if bare is not None:
        print(
            f"  {'reference: bare PySide6 window with an editor':<45} {bare:6.1f} MB ({bare / AIM_MB:.2f}x)"
        )
    for name, mb in figures:
        print(f"  {name:<45} {mb:6.1f} MB ({mb / AIM_MB:.2f}x)")
    peak = max(mb for _name, mb in figures)
    print(f"largest: {peak:.1f} MB, {peak / AIM_MB:.2f}x the {AIM_MB:.0f} MB aim")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
