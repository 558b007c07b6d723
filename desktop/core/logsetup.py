"""Logging to a rotating file in the platform's log folder.

Draft text is only ever logged at DEBUG, which is off unless ``CRIER_DEBUG=1``: logs get attached to
support tickets and must not carry what residents were told.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "crier.log"


def configure_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    level = logging.DEBUG if os.environ.get("CRIER_DEBUG") == "1" else logging.INFO
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_crier", False):
            root.removeHandler(handler)
    file_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._crier = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return path
