"""Time from process start to the main window on screen, against a bare PySide6 window with a text editor.

    python benchmarks/bench_startup.py [--runs 7]

The reference is the one issue 16 names: a bare QApplication and QMainWindow with a QPlainTextEdit in it;
the ratio to a bare window with nothing in it is printed too. All run the same way under Xvfb, in turn;
the clock stops when xdotool sees the window mapped, so the number includes imports and building the
window (Crier opens its database after the first paint). A start that exits before showing a window (Qt's
xcb plugin failing to connect to Xvfb under load, which the bare window hits too) is taken again, up to
three times, for every program alike; the count is printed.

On a loaded machine the medians move by a third between runs, so two steadier figures are printed beside
the ratio of medians: the median of each round's own ratio (its starts ran back to back, under much the
same load), and the ratio of CPU time used up to the window (all threads, from /proc; what the machine's
other work does to it is small).

Both run from compiled bytecode, as an installed Crier or the bundle does (PySide6's own was compiled when
it was installed): Crier's is compiled first (into the ignored __pycache__ folders), so a shell with
PYTHONDONTWRITEBYTECODE set doesn't make every start compile forty modules afresh.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setWindowTitle('Crier'); w.resize(1200, 760); w.show()\n"
    "app.exec()\n"
)
BARE_EDITOR = BARE.replace("w.show()", "w.setCentralWidget(QPlainTextEdit()); w.show()").replace(
    "QMainWindow\n", "QMainWindow, QPlainTextEdit\n"
)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return proc, ":" + pipe.readline().strip()


class NoWindow(RuntimeError):
    """The program exited before its window showed: under load Qt's xcb plugin sometimes fails to connect
    to Xvfb (the bare window hits it too), so the sample is taken again."""


def cpu_ms(pid: int) -> float:
    """CPU time the process has had so far, all its threads (Linux's schedstat, in nanoseconds). Unlike
    the wall clock it hardly moves with the load other programs put on the machine."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):  # a thread that ended meanwhile
            total += int((task / "schedstat").read_text().split()[0])
    return total / 1e6


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock ms from start to the window mapped, and the program's CPU ms up to the last look before
    the window was seen (so it leaves out what the program does after showing it)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                cpu = cpu_ms(proc.pid)
            except OSError:
                cpu = math.nan
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Crier$"], env=env, capture_output=True
            )
            if found.stdout.strip():
                return (time.perf_counter() - start) * 1000, cpu
            if proc.poll() is not None:
                raise NoWindow(f"{command} exited before showing a window")
    finally:
        proc.kill()
        proc.wait()


RETRIES = 3  # per sample, for either program alike


def sample(command: list[str], env: dict[str, str], retried: list[str]) -> tuple[float, float]:
    """One start's time, taken again (up to ``RETRIES`` times) when the program exited without a window."""
    for attempt in range(RETRIES + 1):
        try:
            return time_to_window(command, env)
        except NoWindow:
            if attempt == RETRIES:
                raise
            retried.append(command[-1])
    raise AssertionError("unreachable")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        sys.exit("Needs Xvfb and xdotool: scripts/system-deps.sh test")
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as data:
            # An installed Crier's own folders (platformdirs under XDG_*), not CRIER_DATA_DIR: a portable
            # install skips platformdirs, and measuring that would flatter the usual start.
            xdg = {f"XDG_{kind}_HOME": os.path.join(data, kind) for kind in ("DATA", "CONFIG", "STATE")}
            env = {**os.environ, **xdg, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            env.pop("CRIER_DATA_DIR", None)
            env.pop("WAYLAND_DISPLAY", None)
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "desktop")], check=True)
            programs = {
                "bare PySide6 window": [sys.executable, "-c", BARE],
                "bare window + text editor": [sys.executable, "-c", BARE_EDITOR],
                "Crier main window": [sys.executable, "-m", "desktop"],
            }
            retried: list[str] = []
            sample(programs["Crier main window"], env, retried)  # the first run creates the database
            times: dict[str, list[float]] = {name: [] for name in programs}
            cpu: dict[str, list[float]] = {name: [] for name in programs}
            for _ in range(args.runs):
                for name, command in programs.items():
                    wall, used = sample(command, env, retried)
                    times[name].append(wall)
                    cpu[name].append(used)
    finally:
        xvfb.terminate()
    medians = {name: statistics.median(taken) for name, taken in times.items()}
    for name, taken in times.items():
        print(
            f"{name + ':':27} median {medians[name]:.0f} ms (min {min(taken):.0f}),"
            f" CPU median {statistics.median(cpu[name]):.0f} ms"
        )
    crier, editor, bare = "Crier main window", "bare window + text editor", "bare PySide6 window"
    # each round's starts ran one after the other, under much the same load: their ratios, then the median
    paired = statistics.median(a / b for a, b in zip(times[crier], times[editor], strict=True))
    print(f"ratio to a bare window:    {medians[crier] / medians[bare]:.2f}x")
    print(f"CPU ratio (to the editor): {statistics.median(cpu[crier]) / statistics.median(cpu[editor]):.2f}x")
    print(f"paired ratio (the median of each round's): {paired:.2f}x")
    print(
        f"ratio: {medians[crier] / medians[editor]:.2f}x (to the window with a text editor; aim: within 1.3x)"
    )
    counts = ", ".join(f"{name} {retried.count(command[-1])}" for name, command in programs.items())
    print(f"retried (exited before showing a window): {counts}")


if __name__ == "__main__":
    main()
