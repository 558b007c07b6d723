"""The one-folder bundle's size against the 110 MB aim, with its ten largest files.

    python benchmarks/bench_bundle.py [dist/crier]

Measures a bundle already built (`make package` builds dist/crier; the build takes minutes, so this
benchmark never starts one). Counts regular files in decimal megabytes, as packaging/bundle_size.py
and tests/test_packaging.py do; links cost nothing.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: The bundle before session 5's cuts (commit 6dfc9fa, built on this machine), for comparison: total MB and
#: its ten largest files. After them (2026-12-06): 109.3 MB, cryptography's _rust 11.6, libQt6Gui 11.5,
#: crier 10.4, libQt6Widgets 8.2, libQt6Core 7.5, QtWidgets 6.1, libpython 5.7, pydantic_core 5.0,
#: QtGui 4.8, QtCore 4.0 (libcrypto 4.7, libicudata 4.5 and libstdc++ 2.2 now come from the system or
#: shrank; the PYZ in `crier` lost 1 MB).
BEFORE_MB = 127.4
BEFORE_TOP_TEN = (
    ("_internal/cryptography/hazmat/bindings/_rust.abi3.so", 11.6),
    ("_internal/PySide6/Qt/lib/libQt6Gui.so.6", 11.5),
    ("crier", 11.4),
    ("_internal/PySide6/Qt/lib/libQt6Widgets.so.6", 8.2),
    ("_internal/PySide6/Qt/lib/libQt6Core.so.6", 7.5),
    ("_internal/PySide6/QtWidgets.abi3.so", 6.1),
    ("_internal/libpython3.11.so.1.0", 5.7),
    ("_internal/pydantic_core/_pydantic_core.cpython-311-x86_64-linux-gnu.so", 5.0),
    ("_internal/PySide6/QtGui.abi3.so", 4.8),
    ("_internal/libcrypto.so.3", 4.7),
)


def _bundle_size():  # noqa: ANN202 - a module loaded by path (packaging/ is not a package)
    spec = importlib.util.spec_from_file_location("crier_bundle_size", REPO / "packaging" / "bundle_size.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    bundle_size = _bundle_size()
    folder = Path(argv[0]) if argv else REPO / "dist" / "crier"
    if not folder.is_dir():
        sys.exit(f"There is no bundle at {folder}: build one with `make package` first.")
    print(bundle_size.report(folder))
    total_mb = sum(bundle_size.sizes(folder).values()) / 1e6
    print(f"ratio: {total_mb / bundle_size.AIM_MB:.2f}x (aim: under {bundle_size.AIM_MB} MB, below 1.00x)")
    before_ratio = BEFORE_MB / bundle_size.AIM_MB
    print(f"before session 5's cuts: {BEFORE_MB} MB ({before_ratio:.2f}x); now {total_mb:.1f} MB")
    for name, size_mb in BEFORE_TOP_TEN:
        print(f"  {size_mb:6.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
