"""Stop PySide6's import hook from keeping the source of every module Crier imports.

After PySide6 is imported, each module imported is read with ``inspect.getsource`` to see whether it uses
PySide6 (so that it can opt in to ``__feature__``, PYSIDE-2029). ``linecache`` keeps every file read that
way: about 20 MB of source lines for Crier's imports when it runs from source (a bundle ships no ``.py``
files, so there it reads nothing). The wrapper asks the same question of the file's bytes (a quarter of the
time of ``inspect``'s decoding and splitting into lines, for the 80-odd modules imported before the window
shows) and keeps nothing; what it can't open (a module in a zip, or without source) goes to PySide6's own
check, whose lines are then forgotten. A traceback reads the lines again if it ever needs them.
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
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        try:
            return bool(check(module))
        finally:
            linecache.cache.pop(file or "", None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    uses_pyside.pyside_check = check  # type: ignore[attr-defined]  (PySide6's own, for the tests)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
