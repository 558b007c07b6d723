"""Time from process start to the main window on screen, against a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 7]

Both programs run the same way under Xvfb; the clock stops when xdotool sees the window mapped, so
the number includes imports, opening the database, the first page of the list and painting.

Both run from compiled bytecode, as an installed Crier or the bundle does (PySide6's own was compiled when
it was installed): Crier's is compiled first (into the ignored __pycache__ folders), so a shell with
PYTHONDONTWRITEBYTECODE set doesn't make every start compile forty modules afresh.
"""

from __future__ import annotations

import argparse
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


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Crier$"], env=env, capture_output=True
            )
            if found.stdout.strip():
                return (time.perf_counter() - start) * 1000
            if proc.poll() is not None:
                raise RuntimeError(f"{command} exited before showing a window")
    finally:
        proc.kill()
        proc.wait()


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
            bare_cmd = [sys.executable, "-c", BARE]
            app_cmd = [sys.executable, "-m", "desktop"]
            time_to_window(app_cmd, env)  # first run creates and migrates the database
            bare, app = [], []
            for _ in range(args.runs):
                bare.append(time_to_window(bare_cmd, env))
                app.append(time_to_window(app_cmd, env))
    finally:
        xvfb.terminate()
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b:.0f} ms (min {min(bare):.0f})")
    print(f"Crier main window:   median {a:.0f} ms (min {min(app):.0f})")
    print(f"ratio: {a / b:.2f}x (aim: within 1.3x)")


if __name__ == "__main__":
    main()
