"""The bundle's entry point: the same ``crier`` command the installed console script runs.

Windows' ``crierw.exe`` has no console, so Python starts with ``sys.stdout``/``sys.stderr`` set to None and
the first ``print`` of a headless command (``crierw sync --once`` from a scheduled task) would crash.
Those streams go to the null device instead; the log file keeps everything IT needs.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as we do


if __name__ == "__main__":
    _ensure_streams()
    from desktop.app import main

    raise SystemExit(main())
