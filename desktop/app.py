"""The `crier` command: the desktop app, its self-test, and headless subcommands.

Qt is imported only when a window is wanted, so scripts and scheduled tasks start fast and work on
machines without a display.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from types import SimpleNamespace
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.core.errors import CrierError

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)
STARTED = time.perf_counter()
#: The window's icon in its first frame is a small PNG, which Qt decodes itself; the SVG, which loads Qt's
#: SVG plugin and is drawn at each size the window manager is given (3-5 ms under X11), replaces it after.
FIRST_ICON, ICON = "crier-32.png", "crier.svg"
# How long a second start waits for a first Crier that is still starting to answer (``_window_lock``).
HAND_OVER_S = 30


def build_parser() -> argparse.ArgumentParser:
    from desktop import cli
    from desktop.cli_text import Parser  # help and errors in the interface language
    from desktop.core.translatable import QT_TRANSLATE_NOOP

    parser = Parser(
        prog="crier",
        description=QT_TRANSLATE_NOOP(
            "cli", "Draft, check and publish council social media posts, offline first."
        ),
        epilog=QT_TRANSLATE_NOOP(
            "cli",
            "Without a command, crier opens the window; there Ctrl+P previews the post as each network "
            "will show it (its own parts, shortened links, image descriptions). Posting is checked first: "
            "by default personal data and placeholders stop a post outright, while other must-fix findings "
            "may be overridden with a one-line reason (crier queue --override); IT sets which by policy.",
        ),
    )
    # argparse gives --version its help as a plain literal, not through its gettext hook: mark it here.
    parser.add_argument(
        "--version",
        action="version",
        version=f"Crier {__version__}",
        help=QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("cli", "use this SQLAlchemy database URL instead of the local drafts file"),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print a health report and exit (for IT)"),
    )
    cli.add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


def _window_arguments(argv: list[str]) -> SimpleNamespace | None:
    """The arguments, when they ask for the window alone (at most a database URL): then argparse, the
    commands' parser and everything it imports stay off the start-up path. None for anything else."""
    rest, url = list(argv), None
    if rest[:1] == ["--database-url"] and len(rest) >= 2:
        rest, url = rest[2:], rest[1]
    elif rest[:1] and rest[0].startswith("--database-url="):
        rest, url = rest[1:], rest[0].partition("=")[2]
    return None if rest else SimpleNamespace(database_url=url, selftest=False, command=None)


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    """Show the window first, then open the database and settings off the GUI thread.

    The garbage collector waits until the window has painted: start-up makes some 40,000 objects that
    nearly all live on (Qt's enum types, modules, the widgets' wrappers), so the 60-odd collections it
    would run meanwhile (about 12 ms) free next to nothing. They are frozen once the window is up."""
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def _run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    import desktop.ui  # noqa: F401  (first: PySide6's import hook then reads bytes, not inspect: pyside_sources)
    from desktop.core.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.core.paths import RESOURCES, FolderError, app_paths
    from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise

    QCoreApplication.setApplicationName("Crier")
    QCoreApplication.setOrganizationName("Crier")
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Crier")
    app.setDesktopFileName("crier")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / FIRST_ICON)))
    from desktop.ui.contrast import first_theme, follow_system_theme

    platform, theme = first_theme(app)  # dark and high-contrast as the system says, placeholders readable
    try:
        paths = app_paths().ensure()
    except FolderError as error:
        from desktop.cli_text import say  # no translator is installed yet: the catalogue read directly

        message = say(error.user_message)
        print(f"crier: {message}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Crier", message)
        return 2
    from desktop.ui.dates import app_locale
    from desktop.ui.i18n import install_translations, language_setting

    install_translations(app, language_setting(), app_locale())
    lock = None if ask_running_instance_to_raise(paths.data) else _window_lock(paths.data)
    if lock is None:
        _configure_logging(paths.logs)
        log.info("Crier is already running on %s; asked it to come to the front", paths.data)
        return 0
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    opened: list = []

    def open_everything() -> tuple:
        from desktop.core.service import Crier

        crier = Crier(args.database_url, paths=paths)
        notices = crier.start()
        return crier, crier.store, notices

    def ready(result: tuple) -> None:
        crier, store, notices = result
        opened.append(crier)
        window.attach(store, crier.settings, crier=crier)
        window.show_notices(notices)
        freeze_start_up_objects()  # start-up's objects out of the GC's sight: no full-collection stalls
        if crier.db.path is not None:
            window.start_background_maintenance(crier.db.path, paths.backups)
        log.info("Drafts ready %.0f ms after start", (time.perf_counter() - STARTED) * 1000)

    def failed(error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.i18n import shown

        message = shown(error.user_message) if isinstance(error, CrierError) else None
        if message is None:
            log.error("Could not open the drafts database", exc_info=error)
            message = QCoreApplication.translate(
                "app",
                "Crier could not open your drafts database. The log has the details; please send it to IT.",
            )
        QMessageBox.critical(window, "Crier", message)
        app.exit(1)

    # Open the database once the window has painted: importing SQLAlchemy on the reader thread while the
    # first frame is drawn would hold the interpreter lock and delay it.
    from desktop.ui.first_paint import after_first_paint, freeze_start_up_objects

    def after_painting() -> None:
        gc.freeze()  # what start-up made lives on: no first collection walking all of it (see run_gui)
        gc.enable()
        app.setWindowIcon(QIcon(str(RESOURCES / "icons" / ICON)))  # sharp at every size, from now on
        follow_system_theme(app, platform, theme)  # Qt's own hints, and their changes, from now on
        _configure_logging(paths.logs)  # (logging.handlers, socket, pickle, queue: not first-frame work)
        window.reader.submit(open_everything, ready, failed)  # (ready comes after this returns)
        window.finish_building()  # the editor and the rest, while the database opens
        instance = InstanceServer(paths.data, window)  # a second start brings this window to the front
        instance.raise_requested.connect(window.bring_to_front)

    after_first_paint(window, after_painting)
    try:
        return app.exec()
    finally:
        for crier in opened:
            crier.close()
        lock.unlock()


def _window_lock(data: Path) -> QLockFile | None:
    """The data folder's one window, taken before it shows; None when another Crier holds it, once that one
    was asked to come to the front. Its server listens only after its first paint, so without this lock a
    second start a moment after the first (a double-click twice) found nobody and opened a second window on
    the same drafts. Qt's lock file notices an owner that died, so a crash never keeps Crier from starting."""
    from PySide6.QtCore import QLockFile

    from desktop.ui.single_instance import ask_running_instance_to_raise

    lock = QLockFile(str(data / "window.lock"))
    lock.setStaleLockTime(0)  # held for the window's life: only an owner that is gone makes it stale
    if lock.tryLock(0):
        return lock
    if _held_elsewhere(lock):  # Qt can't tell if it is alive there, nor can it be asked from here: take it
        log.warning("Taking over %s, left by Crier on another PC", data / "window.lock")
        if lock.removeStaleLockFile() and lock.tryLock(0):
            return lock
    deadline = time.monotonic() + HAND_OVER_S  # the first is still starting: ask once it listens
    while not ask_running_instance_to_raise(data) and time.monotonic() < deadline:
        if lock.tryLock(0):  # it quit (or died) before it listened: this start is the one window
            return lock
        time.sleep(0.2)
    return None


def _held_elsewhere(lock: QLockFile) -> bool:
    """True when ``lock`` was written on another machine (a data folder that follows the person: a VDI
    profile disk, a portable folder). Its Crier's socket is that machine's, and Qt never finds such a lock
    stale (``setStaleLockTime(0)``), so one killed there (a forced log-off) would keep Crier shut for good."""
    from PySide6.QtCore import QSysInfo

    info = lock.getLockInfo()  # (pid, host, program), or False when there is none to read
    return isinstance(info, tuple) and bool(info[1]) and info[1] != QSysInfo.machineHostName()


def _configure_logging(log_dir: Path) -> None:
    from desktop.core.logsetup import configure_logging

    configure_logging(log_dir)


def _refuse(message: str) -> int:
    from desktop.cli_text import say  # in the interface language, as the commands speak

    print(f"crier: {say(message)}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    window_only = _window_arguments(arguments)
    if window_only is not None:
        return run_gui(window_only)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None and not args.selftest:
        return run_gui(args)
    # Every command needs a usable data folder and a URL it can use; without, one sentence and exit 2.
    from desktop.core.service import Crier

    try:
        paths = Crier.data_folder(args.database_url)
    except CrierError as error:
        return _refuse(error.user_message)
    # Commands speak to people in one plain sentence; the details go to the log file only.
    _configure_logging(paths.logs)
    if args.selftest:
        from desktop import selftest

        return selftest.run(args.database_url)
    from desktop import cli

    return cli.run(args)
