"""Build a Debian/Ubuntu package of Crier from the one-folder PyInstaller bundle, with plain ``dpkg-deb``.

    .venv/bin/python packaging/linux/build_deb.py [--bundle dist/crier] [--out dist] [--compression xz]

The package installs the bundle to /opt/crier, links /usr/bin/crier to it, and adds a desktop entry and
hicolor icons (dpkg's triggers refresh the menus and icon cache, so no maintainer scripts are needed).
It depends on the X11/xcb libraries Qt loads at run time (the list ``desktop.core.display`` checks
before opening a window), on the desktop libraries the bundle leaves to the system (``SYSTEM_LIBRARIES``
in bundle_rules.py) and on a glibc at least as new as the build machine's, because the bundled Python
and Qt were linked against it.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "crier"
INSTALL_DIR = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = os.environ.get("CRIER_DEB_MAINTAINER", "Crier packaging <packaging@crier.invalid>")
#: Offered, not required: without a Secret Service provider drafting works but posting can't sign in.
RECOMMENDS = ("gnome-keyring",)
DESCRIPTION = """\
Draft, check and publish council social media posts
 Crier is an offline-first desktop app in which council communications
 staff draft social media posts, see whether each post fits each network
 and reads well, and queue them to go out exactly once when online.
 .
 Run "crier --selftest" to check an installation."""


def app_version() -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def debian_version(version: str) -> str:
    """PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.2rc1 -> 1.2~rc1."""
    return re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", version)


def runtime_depends() -> list[str]:
    """The system libraries Qt's xcb platform plugin loads, plus glibc no older than the build's."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop.core.display import XCB_LIBRARIES

    packages = sorted(set(XCB_LIBRARIES.values()) | set(_bundle_rules().system_packages()))
    libc, libc_version = platform.libc_ver()
    if libc == "glibc" and libc_version:
        packages.insert(0, f"libc6 (>= {libc_version})")
    return packages


def _bundle_rules():  # noqa: ANN202 - loaded by path: packaging/ is not a package (it would shadow PyPI's)
    import importlib.util

    spec = importlib.util.spec_from_file_location("crier_bundle_rules", HERE.parent / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _normalise_modes(tree: Path) -> None:
    """0755 for folders and anything executable, 0644 for the rest: what Debian policy asks of packages."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _size_kib(tree: Path) -> int:
    total = sum(p.lstat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink())
    return math.ceil(total / 1024)


def stage(bundle: Path, staging: Path, version: str, arch: str) -> None:
    """Lay out the package's file system under ``staging`` (which becomes ``/``)."""
    executable = bundle / PACKAGE
    if not (executable.is_file() and os.access(executable, os.X_OK)):
        raise SystemExit(f"{executable} is missing: build the bundle first (make package)")
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so the package also works unpacked somewhere else (dpkg -x into a test folder).
    (bin_dir / PACKAGE).symlink_to(Path("..", "..", INSTALL_DIR, PACKAGE))

    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "crier.desktop", share / "applications" / f"{PACKAGE}.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"crier-{size}.png", target / f"{PACKAGE}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "crier.svg", scalable / f"{PACKAGE}.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Crier\nLicense: MIT\n\nThe bundled Python, Qt (LGPL-3.0) and Python libraries keep their own "
        f"licences; their metadata is in /{INSTALL_DIR}/_internal.\n",
        encoding="utf-8",
    )
    _normalise_modes(staging)

    control = staging / "DEBIAN"
    control.mkdir(mode=0o755)
    fields = {
        "Package": PACKAGE,
        "Version": debian_version(version),
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(_size_kib(staging)),
        "Depends": ", ".join(runtime_depends()),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "utils",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    text = "".join(f"{name}: {value}\n" for name, value in fields.items())
    (control / "control").write_text(text, encoding="utf-8")
    (control / "control").chmod(0o644)


def build_deb(bundle: Path, out_dir: Path, compression: str = "xz", level: int | None = None) -> Path:
    """Build the .deb into ``out_dir`` and return its path; ``level`` trades size for speed (0-9)."""
    version = app_version()
    arch = architecture()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{debian_version(version)}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="crier-deb-") as temp:
        staging = Path(temp) / "root"
        staging.mkdir()
        stage(bundle, staging, version, arch)
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{compression}",
                *([f"-z{level}"] if level is not None else []),
                "--build",
                str(staging),
                str(target),
            ],  # fmt: skip
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write the .deb")
    parser.add_argument(
        "--compression", default="xz", choices=("xz", "gzip", "zstd", "none"),
        help="xz (default) installs on every dpkg; gzip builds fastest",
    )  # fmt: skip
    parser.add_argument("--level", type=int, choices=range(10), metavar="0-9", help="compression level")
    args = parser.parse_args(argv)
    print(build_deb(args.bundle.resolve(), args.out.resolve(), args.compression, args.level))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
