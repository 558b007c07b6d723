"""`crier --selftest`: a short health report IT runs after installing.

Each check returns (ok, detail), ok being None for a warning that should not fail an install (no
credential store: drafting still works). The exit status is non-zero when any check fails, so a
deployment script can test it.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import tempfile
from collections.abc import Callable

from desktop import __version__

Result = tuple[bool | None, str]
Check = tuple[str, Callable[[], Result]]


def _python() -> Result:
    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    return True, f"{platform.python_version()} on {platform.platform()}{frozen}"


def _qt() -> Result:
    """Qt starts, and draws what the bundle trims close to: an SVG icon, text in the system's fonts, and
    the Welsh catalogue (plugins, fonts and translations are what a smaller bundle could lose)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if _headless() else "")
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.core.paths import RESOURCES

    app = QApplication.instance() or QApplication([sys.argv[0]])
    detail = f"PySide6 {pyside_version}, platform plugin '{app.platformName()}' loaded"
    if QIcon(str(RESOURCES / "icons" / "post.svg")).pixmap(32, 32).isNull():
        return False, f"{detail}; can't draw the SVG icon resources/icons/post.svg"
    label = QLabel("Ŵyl Dewi")
    label.adjustSize()
    families = len(QFontDatabase.families())
    if not families or label.grab().isNull():
        return False, f"{detail}; no fonts to draw text with"
    if not QTranslator().load("crier_cy", str(RESOURCES / "translations")):
        return False, f"{detail}; can't read the Welsh catalogue resources/translations/crier_cy.qm"
    if not _icu_serves_qt():
        return False, f"{detail}; ICU's data lacks Welsh collation or time-zone names"
    return True, (
        f"{detail}; draws SVG icons and text ({families} font families); Welsh catalogue loads;"
        " ICU sorts Welsh and names time zones"
    )


def _icu_serves_qt() -> bool:
    """What Qt asks of ICU, whose data the Linux bundle trims: Welsh sorts "ch" after "cy", as its alphabet
    does (collation), and time zones have their long names. Other platforms' Qt asks the system instead."""
    if not sys.platform.startswith("linux"):
        return True
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    london = QTimeZone(b"Europe/London")
    name = london.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_GB"))
    return QCollator(QLocale("cy_GB")).compare("cyw", "chwarae") < 0 and name == "Greenwich Mean Time"


def _spelling() -> Result:
    """Enchant finds the bundled Hunspell dictionaries for both languages (without, no underlines)."""
    from desktop.core.spelling import LANGUAGES, Speller, SpellingUnavailable

    speller = Speller()
    try:
        speller.load()
    except SpellingUnavailable as error:
        return None, f"no spelling underlines: {error}"
    if not (speller.check("bore", "cy") and speller.check("morning", "en")):
        return False, "the dictionaries loaded but don't know 'bore' (Welsh) or 'morning' (English)"
    return True, f"{', '.join(LANGUAGES.values())} dictionaries load"


def _headless() -> bool:
    from desktop.core.display import display_problem

    return display_problem() is not None


def _data_dir() -> Result:
    from desktop.core.paths import app_paths

    paths = app_paths().ensure()
    with tempfile.NamedTemporaryFile(dir=paths.data, prefix=".selftest-"):
        pass
    private = ", only you can read it" if os.name == "posix" else ""
    return True, f"{paths.data} (writable{private}); logs in {paths.logs}"


def _database(url: str | None) -> Callable[[], Result]:
    def check() -> Result:
        from desktop.core.db import HEAD_REVISION, current_revision, open_database
        from desktop.core.paths import app_paths

        db = open_database(app_paths().ensure(), url)
        try:
            revision = current_revision(db.engine)
            ok: bool | None = revision == HEAD_REVISION
            where = db.path or "the configured database"
            detail = f"{where} opens; schema at migration {revision} (this build expects {HEAD_REVISION})"
            if ok and db.notices:  # a recovery on opening: it works, but IT should hear of it
                ok = None
            return ok, " ".join([detail, *db.notices])
        finally:
            db.close()

    return check


def _policy() -> Result:
    from desktop.core.policy import load_policy

    policy = load_policy()
    if not policy.ok:
        return False, f"{policy.source}: " + " | ".join(str(problem) for problem in policy.problems)
    if not policy.values:
        return True, f"none set ({policy.source})"
    n, names = len(policy.values), ", ".join(sorted(policy.values))
    return True, f"{n} setting{'' if n == 1 else 's'} from {policy.source}: {names}"


def _keyring() -> Result:
    import keyring
    from keyring.backends import fail

    from desktop.core.credentials import keyring_backends_report

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # Every backend keyring found, so IT can see a bundle or machine that lacks one (each on its own line).
    backends = "".join(f"\n      {line}" for line in keyring_backends_report())
    if isinstance(backend, fail.Keyring):
        return None, f"no credential store found ({name}); drafting works, posting needs one{backends}"
    return True, f"{name}{backends}"


def _publishers() -> Result:
    """Load every network's publisher: they are imported by name, so a build could lack one unnoticed."""
    import importlib

    from desktop.core.networks.registry import MODULES

    for module in MODULES.values():
        importlib.import_module(module)
    return True, f"can post to {', '.join(MODULES)}"


def _team_driver() -> Result:
    """psycopg and its libpq load: otherwise a build's team mode is first tried when someone joins a team."""
    import psycopg
    from psycopg import pq

    major, minor = divmod(pq.version(), 10000)
    return True, f"psycopg {psycopg.__version__} ({pq.__impl__}) with libpq {major}.{minor}"


def _images() -> Result:
    """Pillow's codecs load and round-trip: the Bluesky publisher reads these formats to shrink photos."""
    import io

    import PIL
    from PIL import Image

    formats = ("JPEG", "PNG", "GIF", "WEBP")
    for name in formats:
        data = io.BytesIO()
        Image.new("RGB", (8, 8), "teal").save(data, name)
        with Image.open(io.BytesIO(data.getvalue())) as image:
            image.load()
    return True, f"Pillow {PIL.__version__} reads and writes {', '.join(formats)}"


def _tls() -> Result:
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    default = ssl.create_default_context()
    stats = default.cert_store_stats()
    return True, (
        f"system certificate store via truststore {truststore.__version__} ({type(context).__name__});"
        f" OpenSSL default store holds {stats.get('x509_ca', 0)} CA certificates"
    )


def checks(database_url: str | None = None) -> list[Check]:
    return [
        ("Python", _python),
        ("Qt", _qt),
        ("Data folder", _data_dir),
        ("Database", _database(database_url)),
        ("Machine policy", _policy),
        ("Credential store", _keyring),
        ("Publishers", _publishers),
        ("Spelling", _spelling),
        ("Images", _images),
        ("Team database driver", _team_driver),
        ("TLS certificates", _tls),
    ]


def _until_closed(out: Callable[[str], None]) -> Callable[[str], None]:
    """``out``, until the reader goes away (``crier --selftest | head``): then the rest is dropped quietly, as
    the commands do, and the checks still run so the exit status says whether they all passed."""
    closed = False

    def say(line: str) -> None:
        nonlocal closed
        if closed:
            return
        try:
            out(line)
            if out is print:
                sys.stdout.flush()  # so a closed pipe shows here, not as Python's report at exit
        except BrokenPipeError:
            closed = True
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    return say


def run(database_url: str | None = None, out: Callable[[str], None] = print) -> int:
    out = _until_closed(out)
    out(f"Crier {__version__} self-test")
    failures = 0
    for name, check in checks(database_url):
        try:
            ok, detail = check()
        except Exception as error:  # noqa: BLE001 - the report must go on and say what broke
            ok, detail = False, f"{type(error).__name__}: {error}"  # a CrierError's str() is its user_message
        failures += ok is False
        out(f"  [{ {True: 'ok', None: 'warn', False: 'FAIL'}[ok] }] {name}: {detail}")
    out("All checks passed." if not failures else f"{failures} check{'' if failures == 1 else 's'} failed.")
    return 1 if failures else 0
