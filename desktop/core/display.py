"""Can Qt open a window here? Asked before Qt is loaded, because Qt's own answer is an abort.

On Linux the xcb platform plugin needs a display and a handful of system libraries that a fresh
machine may lack; this names what is missing and the command that installs it.
"""

from __future__ import annotations

import os
import sys

#: Libraries the xcb plugin loads (by soname) and the Debian/Ubuntu packages that provide them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libGL.so.1": "libgl1",
}


def _loadable(soname: str) -> bool:
    # dlopen is what Qt will do a moment later; it takes microseconds, unlike find_library's ldconfig.
    # (_ctypes' dlopen is what ctypes.CDLL calls; importing ctypes itself would add 2 ms to every start.)
    from _ctypes import dlopen

    try:
        dlopen(soname, os.RTLD_NOW | os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def missing_xcb_packages() -> list[str]:
    return sorted({pkg for soname, pkg in XCB_LIBRARIES.items() if not _loadable(soname)})


def display_problem() -> str | None:
    """A plain explanation when a window cannot be shown, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "Crier needs a graphical desktop, and none was found (DISPLAY is not set).\n"
            "Run it from a desktop session, or on a server use a virtual screen:\n"
            "  sudo apt-get install xvfb && xvfb-run -a make run\n"
            "For scripts, the headless commands work without a screen: crier --help"
        )
    if platform.startswith("wayland") or (
        os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")
    ):
        return None
    missing = missing_xcb_packages()
    if missing:
        return (
            "Qt needs some system libraries to open a window, and these are missing: "
            + ", ".join(missing)
            + ".\nInstall them with:\n  sudo apt-get install -y "
            + " ".join(missing)
        )
    return None
