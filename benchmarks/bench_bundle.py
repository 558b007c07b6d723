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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
