"""Can Qt open a window here? Asked before Qt is loaded, because Qt's own answer is an abort.

On Linux the xcb platform plugin needs a display and a handful of system libraries that a fresh
machine may lack; this names what is missing and the command that installs it.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

#: sonames the xcb plugin loads, and the Debian/Ubuntu packages that provide them.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "GL": "libgl1",
}


def missing_xcb_packages() -> list[str]:
    return sorted({pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None})


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
