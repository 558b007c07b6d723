"""Logging to a rotating file in the platform's log folder, or to standard error when that can't be written.

Draft text is only ever logged at DEBUG, which is off unless ``CRIER_DEBUG=1``: logs get attached to
support tickets and must not carry what residents were told. The log file is created 0600 (POSIX).
A log that can't be written (read-only or full disk, a folder in the file's place) must never stop the
app nor print Python's "--- Logging error ---" report: warnings and errors go to standard error instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.core.paths import PRIVATE_FILE, PRIVATE_FOLDER, make_private, private_opener

LOG_FILE = "crier.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _NoTracebacks(logging.Formatter):
    """Standard error gets the message only: a traceback there reads as a crash to the person using it."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record)
        return self.formatMessage(record)


def _stderr_handler() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_NoTracebacks(_FORMAT))
    handler._crier = True  # type: ignore[attr-defined]
    return handler


class _PrivateLogFile(RotatingFileHandler):
    """A rotating log whose files are 0600 and whose write failures fall back to standard error."""

    def __init__(self, path: Path) -> None:
        self.fallback = _stderr_handler()
        super().__init__(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")

    def _open(self):  # noqa: ANN202 - logging's own signature
        return open(  # noqa: SIM115 - the handler keeps the stream open
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=private_opener
        )

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if record.levelno >= self.fallback.level:
            self.fallback.handle(record)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # what could not be written went to standard error already
            super().close()


def configure_logging(log_dir: Path) -> Path | None:
    """Log to ``log_dir``; returns the log file, or None when only standard error could be used."""
    level = logging.DEBUG if os.environ.get("CRIER_DEBUG") == "1" else logging.INFO
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_crier", False):
            root.removeHandler(handler)
            handler.close()
    path = log_dir / LOG_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        make_private(log_dir, PRIVATE_FOLDER)
        file_handler: logging.Handler = _PrivateLogFile(path)
        make_private(path, PRIVATE_FILE)
    except OSError:
        root.addHandler(_stderr_handler())
        return None
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._crier = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return path
