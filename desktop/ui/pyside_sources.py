"""Stop PySide6's import hook from keeping the source of every module Crier imports.

After PySide6 is imported, each module imported is read with ``inspect.getsource`` to see whether it uses
PySide6 (so that it can opt in to ``__feature__``, PYSIDE-2029). ``linecache`` keeps every file read that
way: about 20 MB of source lines for Crier's imports when it runs from source (a bundle ships no ``.py``
files, so there it reads nothing). The wrapper lets PySide6 look, then forgets the file; a traceback reads
the lines again if it ever needs them.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6  # noqa: F401  (imports the feature module wrapped here)


def forget_sources_read_by_pyside() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "forgets_sources", False):
        return  # a PySide6 without the hook (or already wrapped): nothing to do

    def uses_pyside(module: ModuleType) -> bool:
        try:
            return bool(check(module))
        finally:
            linecache.cache.pop(getattr(module, "__file__", None) or "", None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
