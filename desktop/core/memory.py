"""Handing memory back to the system after start-up and after large reads.

glibc's ``malloc`` keeps freed memory for reuse rather than returning it; ``malloc_trim`` returns the free
pages at the top of the heap and in its arenas (a few MB after start-up's temporary objects). Source lines
cached by ``linecache`` (tracebacks, and PySide6's import hook before ``desktop.ui.pyside_sources`` wraps it)
go too: a traceback reads them again when it needs them.
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    process = ctypes.CDLL(None)  # the symbols already loaded, the C library's among them
    return process if hasattr(process, "malloc_trim") else None  # glibc has it; musl does not


def release() -> None:
    """Drop the cached source lines and return free heap pages to the system (a millisecond or two)."""
    linecache.clearcache()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
