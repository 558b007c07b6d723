"""Print the one-folder bundle's size against the 110 MB aim, with its ten largest files.

    python packaging/bundle_size.py [dist/crier]

Counts regular files only (links cost nothing), in decimal megabytes (1 MB = 10**6 bytes), the way
tests/test_packaging.py does. Exit 2 with one sentence if there is no bundle to measure.
"""

from __future__ import annotations

import sys
from pathlib import Path

AIM_MB = 110
LARGEST = 10


def sizes(folder: Path) -> dict[str, int]:
    """Bundle-relative path -> bytes, for every regular file under ``folder``."""
    return {
        path.relative_to(folder).as_posix(): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def report(folder: Path, aim_mb: float = AIM_MB, largest: int = LARGEST) -> str:
    files = sizes(folder)
    total = sum(files.values()) / 1e6
    lines = [f"{folder}: {total:.1f} MB in {len(files)} files; {total / aim_mb:.2f}x the {aim_mb} MB aim"]
    for name, size in sorted(files.items(), key=lambda item: -item[1])[:largest]:
        lines.append(f"  {size / 1e6:6.1f} MB  {name}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/crier")
    if not folder.is_dir():
        print(f"There is no bundle at {folder}: build one with `make package` first.")
        return 2
    print(report(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
