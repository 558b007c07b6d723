"""How long the window's event loop stalls while a 100 kB paste is checked, and while someone types.

The checks run off the GUI thread (tests/test_checks_ui.py proves that as behaviour); this measures what
a person feels. A 10 ms timer ticks on the GUI thread; the longest gap between ticks is the worst stall.
Targets: under 250 ms for the paste (setPlainText itself lays out 100 kB of text), under 50 ms while
typing into that long draft. Prints each stall as a ratio of its budget. Run:
``QT_QPA_PLATFORM=offscreen python benchmarks/bench_paste.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CRIER_DATA_DIR"] = tempfile.mkdtemp(prefix="crier-bench-paste-")
os.environ.setdefault("CRIER_POLICY_FILE", str(Path(os.environ["CRIER_DATA_DIR"]) / "no-policy.json"))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.db import open_database  # noqa: E402
from desktop.core.paths import app_paths  # noqa: E402
from desktop.core.store import DraftStore  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

PASTE_BUDGET_MS = 250.0
TYPING_BUDGET_MS = 50.0
BIG = ("The council will utilise the new depot going forward. " * 2000)[:100_000]


def wait_until(app: QApplication, done, timeout: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.001)


class Stalls:
    """The longest gap between ticks of a 10 ms timer on the GUI thread, while it runs."""

    def __init__(self) -> None:
        self.gaps: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(lambda: self.gaps.append(self._clock.restart()))

    def __enter__(self) -> Stalls:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()

    @property
    def worst(self) -> float:
        return float(max(self.gaps[1:] or self.gaps or [0]))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    window = MainWindow(store)
    window.show()
    draft = store.create(body="", networks=("x", "bluesky", "mastodon"))
    window.model.reload()
    wait_until(app, lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    wait_until(app, lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    counter = window.editor.counts.toggles["x"]

    with Stalls() as paste:
        started = time.perf_counter()
        window.editor.body.setPlainText(BIG)
        wait_until(app, lambda: counter.text().startswith("X 100"))
        checked_s = time.perf_counter() - started

    body = window.editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    with Stalls() as typing:
        for char in " Diolch am eich amynedd":
            QTest.keyClick(body, char)
            app.processEvents()
            time.sleep(0.03)  # about a fast typist's pace
        wait_until(app, lambda: counter.text().startswith("X 100023"))

    for name, stall, budget in (
        ("paste", paste.worst, PASTE_BUDGET_MS),
        ("typing", typing.worst, TYPING_BUDGET_MS),
    ):
        verdict = "ok" if stall < budget else "OVER BUDGET"
        print(
            f"{name:>6}: worst GUI stall {stall:.0f} ms, "
            f"{stall / budget:.2f}x its {budget:g} ms budget {verdict}"
        )
    print(f" paste: checks of 100 kB finished {checked_s * 1000:.0f} ms after the paste")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
