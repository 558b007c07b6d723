"""The `crier` command: the desktop app, its self-test, and headless subcommands.

Qt is imported only when a window is wanted, so scripts and scheduled tasks start fast and work on
machines without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crier", description="Draft, check and publish council social media posts, offline first."
    )
    parser.add_argument("--version", action="version", version=f"Crier {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use this SQLAlchemy database URL instead of the local drafts file",
    )
    parser.add_argument("--selftest", action="store_true", help="print a health report and exit (for IT)")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from desktop.core.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.core.db import DatabaseError, open_database
    from desktop.core.paths import app_paths
    from desktop.core.policy import load_policy
    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise

    QCoreApplication.setApplicationName("Crier")
    QCoreApplication.setOrganizationName("Crier")
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Crier")
    paths = app_paths().ensure()
    if ask_running_instance_to_raise(paths.data):
        log.info("Crier is already running on %s; asked it to come to the front", paths.data)
        return 0
    instance = InstanceServer(paths.data)

    try:
        db = open_database(paths, args.database_url)
    except DatabaseError as error:
        log.error("Could not open the database: %s", error.user_message)
        QMessageBox.critical(None, "Crier", error.user_message)
        return 1

    from desktop.ui.main_window import MainWindow

    policy = load_policy()
    settings = Settings.load(policy=policy)
    window = MainWindow(DraftStore(db), settings)
    instance.raise_requested.connect(window.bring_to_front)
    window.show()
    window.show_notices([*db.notices, *(str(problem) for problem in policy.problems), *settings.problems])
    if db.path is not None:
        window.start_background_maintenance(db.path, paths.backups)
    try:
        return app.exec()
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    from desktop.core.logsetup import configure_logging
    from desktop.core.paths import app_paths

    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(app_paths().logs, console=args.command is not None or args.selftest)
    if args.selftest:
        from desktop import selftest

        return selftest.run(args.database_url)
    if args.command is None:
        return run_gui(args)
    parser.error(f"unknown command {args.command}")
    return 2
