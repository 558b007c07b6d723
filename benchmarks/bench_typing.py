"""Typing latency in the real main window, against one 16 ms frame.

    python benchmarks/bench_typing.py [--keys 300] [--interval-ms 200] [--lengths 280,5000]
    python benchmarks/bench_typing.py --paste-mb 1,5 [--paste-lines] --keys 20

With ``--paste-mb`` it pastes that many megabytes (Welsh, English and emoji mixed; one paragraph, or
short lines with ``--paste-lines``) through the clipboard into an empty draft, as an officer pasting a whole
document by mistake, and types at its end; "counts painted" is then the X toggle's first new text.

Opens MainWindow on a throwaway database (offscreen unless QT_QPA_PLATFORM says otherwise), puts a 280-
and then a 5,000-character draft in the editor and types into it with QTest, one key every
``--interval-ms`` (200 ms is about 60 words a minute). For each key it records, from the moment it is
sent:

* echo: the start of the editor's next paint (the letter appears), and
* counts: the paint of the X toggle showing the new length (counted on the GUI thread once the letter is
  painted, on the counts lane over 10,000 characters; the tone checks run after it, on a worker thread).

It prints p50/p95 of each as a ratio to the 16 ms frame, and the worst GUI stall (the longest gap in a
5 ms heartbeat timer on the GUI thread, less 5 ms), also against the same heartbeat in the idle window
(the machine's own stalls). Timings are wall clock on a shared machine: compare the ratios within one run.
It also prints the GUI thread's CPU time from the key to the counts' paint: the work done on the way
(this loop's polling included, not a worker's count over 10,000 characters), which a loaded machine does
not stretch as it stretches the wall clock (time spent waiting for a core or the interpreter lock is not
in it).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FRAME_MS = 16.0
HEARTBEAT_MS = 5


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def draft_text(length: int) -> str:
    words = "Bin collections move to Tuesday next week in Caerdydd; gwasanaeth ar ddydd Mawrth. #bins "
    return (words * (length // len(words) + 1))[:length]


PASTE_UNIT = "Gwasanaeth ar ddydd Mawrth 🗑️ bins move to Tuesday — ŵ ŷ 👍🏽 #bins "


def paste_text(megabytes: float, lines: bool) -> str:
    unit = PASTE_UNIT + "\n" if lines else PASTE_UNIT
    size = int(megabytes * 1_000_000)
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--interval-ms", type=int, default=200)  # about 60 words a minute
    parser.add_argument("--lengths", default="280,5000", help="draft lengths, e.g. 280,5000,100000 (a paste)")
    parser.add_argument("--paste-mb", default="", help="paste drafts of these sizes instead, e.g. 1,5")
    parser.add_argument("--paste-lines", action="store_true", help="the paste in short lines, not one")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="crier-typing-"))
    os.environ["CRIER_DATA_DIR"] = str(data)
    sys.path.insert(0, str(REPO))
    try:
        from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        print(f"bench_typing: skipped, PySide6's QtTest isn't available here ({error}).")
        return 0
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    window = MainWindow(store)
    window.show()
    from desktop.ui.first_paint import freeze_start_up_objects

    freeze_start_up_objects()  # as desktop/app.py does once the window has its drafts
    clock = QElapsedTimer()
    clock.start()
    now = clock.nsecsElapsed

    class Watch(QObject):
        """Paint times of the editor and of the counts bar, and the heartbeat's longest gap."""

        def __init__(self) -> None:
            super().__init__()
            self.editor_paints: list[int] = []
            self.counts_paints: list[tuple[int, str, int]] = []  # (time, text, GUI-thread CPU)
            self.last_beat = now()
            self.worst_gap = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                if watched is window.editor.body.viewport():
                    self.editor_paints.append(now())
                elif watched is x_toggle:
                    self.counts_paints.append((now(), watched.text(), time.thread_time_ns()))
            return False

        def beat(self) -> None:
            t = now()
            self.worst_gap = max(self.worst_gap, t - self.last_beat)
            self.last_beat = t

    x_toggle = window.editor.counts.toggles["x"]
    watch = Watch()
    window.editor.body.viewport().installEventFilter(watch)
    x_toggle.installEventFilter(watch)
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(watch.beat)
    gc_pauses: list[tuple[int, float]] = []  # (generation, ms): a full collection stops every thread
    gc_started = [0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter_ns()
        else:
            gc_pauses.append((info["generation"], (time.perf_counter_ns() - gc_started[0]) / 1e6))

    gc.callbacks.append(on_gc)

    def settle(ms: int) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)

    # The same heartbeat with the window idle: this machine's own stalls, the reference for the typing ones.
    settle(500)
    watch.worst_gap, watch.last_beat = 0, now()
    heartbeat.start(HEARTBEAT_MS)
    settle(5000)
    heartbeat.stop()
    idle_stall = max(0.0, watch.worst_gap / 1e6 - HEARTBEAT_MS)
    results = []
    pastes = [float(n) for n in args.paste_mb.split(",") if n]
    for length in pastes or [int(n) for n in args.lengths.split(",")]:
        draft = store.create(body="" if pastes else draft_text(length), networks=["x", "bluesky"])
        window.model.reload()
        settle(300)
        window.select_draft(draft.id)
        window.editor.body.setFocus()
        window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
        settle(500)
        if pastes:
            pasted = time.perf_counter()
            QApplication.clipboard().setText(paste_text(length, args.paste_lines))
            window.editor.body.paste()
            while window.autosaver.dirty:  # saved, counted and checked: the window has settled
                settle(100)
            settle(2000)
            print(f"  pasting {length} MB: {time.perf_counter() - pasted:.1f} s to paste, count and save")
            length = len(window.editor.body.toPlainText())
        echo, counts, cpu, missed = [], [], [], 0
        watch.worst_gap = 0
        watch.last_beat = now()
        gc_pauses.clear()
        heartbeat.start(HEARTBEAT_MS)
        for i in range(args.keys):
            key = "abcdefghij klmnopqrstuvwxyz "[i % 28]  # weight 1 each: X counts len + 1
            watch.editor_paints.clear()
            watch.counts_paints.clear()
            expected = len(window.editor.body.toPlainText()) + 1
            shown = x_toggle.text()
            sent, sent_cpu = now(), time.thread_time_ns()
            QTest.keyClicks(window.editor.body, key)
            deadline = time.perf_counter() + (10.0 if pastes else 1.0)
            seen_echo = seen_counts = counts_cpu = None
            while time.perf_counter() < deadline and (seen_echo is None or seen_counts is None):
                app.processEvents()
                if seen_echo is None and watch.editor_paints:
                    seen_echo = watch.editor_paints[0]
                for at, text, at_cpu in watch.counts_paints:
                    # "X 281/280", or "X 384/280 → 2 posts" once it goes as a thread
                    # (a paste's emoji weigh more than one: its counts are the toggle's first new text)
                    fresh = text != shown if pastes else f" {expected}/" in f" {text}"
                    if seen_counts is None and fresh:
                        seen_counts, counts_cpu = at, at_cpu
                time.sleep(0.0002)
            if seen_echo is not None:
                echo.append((seen_echo - sent) / 1e6)
            if seen_counts is not None and counts_cpu is not None:
                counts.append((seen_counts - sent) / 1e6)
                cpu.append((counts_cpu - sent_cpu) / 1e6)
            else:
                missed += 1
            settle(max(0, args.interval_ms - int((now() - sent) / 1e6)))
        heartbeat.stop()
        stall = max(0.0, watch.worst_gap / 1e6 - HEARTBEAT_MS)
        full = [ms for generation, ms in gc_pauses if generation == 2]
        results.append((length, echo, counts, cpu, missed, stall, len(full), max(full, default=0.0)))
        window.autosaver.save_now()
        settle(200)

    print(
        f"Typing into the main window ({args.keys} keys per draft, one every {args.interval_ms} ms, "
        f"{os.environ['QT_QPA_PLATFORM']}); ratio = time / {FRAME_MS:.0f} ms frame:"
    )
    worst_p95 = 0.0
    for length, echo, counts, cpu, missed, stall, full_gcs, worst_gc in results:
        for name, samples in (
            ("key -> letter painted", echo),
            ("key -> counts painted", counts),
            ("key -> counts, GUI CPU", cpu),
        ):
            if not samples:
                print(f"  {length:>5} chars  {name}: never seen")
                continue
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            if name.endswith("counts painted"):
                worst_p95 = max(worst_p95, p95)
            print(
                f"  {length:>5} chars  {name}: p50 {p50:6.1f} ms ({p50 / FRAME_MS:4.2f}x)  "
                f"p95 {p95:6.1f} ms ({p95 / FRAME_MS:4.2f}x)"
            )
        if missed:
            print(f"  {length:>5} chars  counts not updated within the deadline after {missed} keys")
        print(
            f"  {length:>5} chars  worst GUI stall: {stall:.1f} ms ({stall / FRAME_MS:.2f}x the frame;"
            f" {stall / max(idle_stall, 0.1):.1f}x the idle window's worst stall)"
        )
        print(f"  {length:>5} chars  {full_gcs} full garbage collections, longest {worst_gc:.1f} ms")
    print(f"  idle window, 5 s: worst stall {idle_stall:.1f} ms ({idle_stall / FRAME_MS:.2f}x)")
    print(f"keystroke to counts, worst p95: {worst_p95 / FRAME_MS:.2f}x the {FRAME_MS:.0f} ms frame")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
