"""Stop PySide6's import hook from keeping the source of every module Crier imports.

After PySide6 is imported, each module imported is read with ``inspect.getsource`` to see whether it uses
PySide6 (so that it can opt in to ``__feature__``, PYSIDE-2029). ``linecache`` keeps every file read that
way: about 20 MB of source lines for Crier's imports when it runs from source (a bundle ships no ``.py``
files, so there it reads nothing). The wrapper asks the same question of the file's bytes (a quarter of the
time of ``inspect``'s decoding and splitting into lines, for the 80-odd modules imported before the window
shows) and keeps nothing; what it can't open (a module in a zip, or without source) goes to PySide6's own
check, whose lines are then forgotten. A traceback reads the lines again if it ever needs them.

The hook asks about every module an import statement names, the interpreter's own too (``os``, ``sys``,
``typing``...: 40-odd before the window shows). None of those mentions PySide6, so PySide6's answer for
them, False, is given without opening a file: built-in and compiled modules (which its check cannot read)
and the standard library's sources (not its site-packages, which some systems keep inside it).
"""

from __future__ import annotations

import linecache
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType

import PySide6  # noqa: F401  (imports the feature module wrapped here)

#: The folder of the interpreter's own modules (in a bundle, where every module is there, none).
_STDLIB = None if getattr(sys, "frozen", False) else os.path.dirname(os.__file__) + os.sep
_COMPILED = tuple(EXTENSION_SUFFIXES)


def never_mentions_pyside(module: ModuleType) -> bool:
    """Built in or compiled (PySide6's check reads no source there, and says False), or a source file of the
    standard library (none mentions PySide6)."""
    spec = getattr(module, "__spec__", None)
    if spec is not None and spec.origin == "built-in":
        return True
    file = getattr(module, "__file__", None)
    if not isinstance(file, str):
        return False
    if file.endswith(_COMPILED):
        return True
    return _STDLIB is not None and file.startswith(_STDLIB) and "-packages" not in file[len(_STDLIB) :]


def forget_sources_read_by_pyside() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "forgets_sources", False):
        return  # a PySide6 without the hook (or already wrapped): nothing to do

    def uses_pyside(module: ModuleType) -> bool:
        if never_mentions_pyside(module):
            return False
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
