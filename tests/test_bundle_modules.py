"""Nothing Crier needs is among the modules the bundle leaves out (``bundle_rules.excludes``).

The spec leaves out modules that only optional or unused paths of libraries reach (dnspython for
psycopg's SRV lookups, anyio for httpx's async transport, multiprocessing ...). These tests keep that true
as Crier changes: a Crier module that imports a left-out module, anywhere (in a function too), fails the
first; the others run Crier's real entry points from source with the bundle's exclusions in force (an
import of a left-out module raises, as in the bundle), so a library's lazy import that a path needs fails
here, not on a user's PC.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.every_network import EveryNetwork

REPO = Path(__file__).resolve().parents[1]
#: Test tools are excluded in case a developer's venv has them; tests themselves load them, Crier never.
TEST_TOOLS = ("pytest", "_pytest", "pytestqt", "hypothesis", "trustme")


def _rules():  # noqa: ANN202 - packaging/ is loaded by path (it would shadow PyPI's `packaging`)
    path = REPO / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("crier_bundle_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXCLUDED = tuple(name for name in _rules().excludes("linux") if name not in TEST_TOOLS)


def excluded(module: str) -> str | None:
    """The exclusion that leaves ``module`` out of the Linux bundle, if any."""
    return next((name for name in EXCLUDED if module == name or module.startswith(name + ".")), None)


def imported_names(tree: ast.AST) -> Iterator[str]:
    """Every module an AST imports: ``import a.b``, ``from a import b`` (a, a.b), ``import_module("a")``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


def test_the_exclusion_check_sees_submodules_and_function_level_imports() -> None:
    assert excluded("dns.resolver") == "dns" and excluded("dnspython") is None
    assert excluded("multiprocessing") == "multiprocessing" and excluded("sqlalchemy") is None
    tree = ast.parse("def f():\n    from psycopg import _dns\n    importlib.import_module('anyio')\n")
    assert {"psycopg._dns", "anyio"} <= set(imported_names(tree))


def test_crier_imports_nothing_the_bundle_leaves_out() -> None:
    offenders = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [
            f"{path.relative_to(REPO)} imports {name} ({why} is left out)"
            for name in imported_names(tree)
            if (why := excluded(name))
        ]
    assert offenders == []


# --- Crier's real entry points, with the bundle's exclusions in force (slow) ---------------------------

#: Runs ``crier ARGS`` from source (or CODE, for ``-c CODE``) as the bundle would: importing a module the
#: bundle leaves out raises ModuleNotFoundError, as it does there. A library's optional import carries on
#: without it (Pillow's AVIF plugin, Mako's Pygments highlighter); a needed one fails the run. The names of
#: the left-out modules that something asked for are written to the file named first.
AS_BUNDLED = """
import atexit, importlib.abc, os, runpy, sys
out, left_out, asked = sys.argv[1], tuple(os.environ["CRIER_TEST_LEFT_OUT"].split(",")), set()

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in left_out or name.startswith(tuple(prefix + "." for prefix in left_out)):
            asked.add(name)
            raise ModuleNotFoundError(f"No module named {name!r} (left out of the bundle)", name=name)
        return None

sys.meta_path.insert(0, LeftOut())
atexit.register(lambda: open(out, "w").write("\\n".join(sorted(asked))))
if sys.argv[2] == "-c":
    sys.argv = ["crier"]
    exec(compile(CODE, "<crier>", "exec"), {"__name__": "__main__"})
else:
    sys.argv = ["crier", *sys.argv[2:]]
    runpy.run_module("desktop", run_name="__main__", alter_sys=True)
"""

#: The window: shown, its first paint's work done (the database opens on the list lane), then closed.
WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

shown = QMainWindow.show

def show(window):
    shown(window)
    QTimer.singleShot(3000, QApplication.instance().quit)

QMainWindow.show = show
from desktop.app import main
main([])
"""


def run_as_bundled(args: list[str], env: dict[str, str], cwd: Path) -> tuple[str, set[str]]:
    """Run ``crier ARGS`` with the bundle's exclusions: (its output, the left-out modules it asked for).

    Fails on a non-zero exit or a traceback: a path that needs a left-out module would end there."""
    out = cwd / f"asked-{len(list(cwd.glob('asked-*')))}.txt"
    code = AS_BUNDLED.replace("CODE", repr(args[1]) if args[0] == "-c" else "''")
    result = subprocess.run(
        [sys.executable, "-c", code, str(out), *args],
        cwd=cwd,
        env={**env, "CRIER_TEST_LEFT_OUT": ",".join(EXCLUDED)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr[-4000:]
    return result.stdout, set(out.read_text(encoding="utf-8").split())


@pytest.mark.slow
def test_crier_runs_without_what_the_bundle_leaves_out(tmp_path: Path) -> None:
    """The self-test (every check passes), a check on every network, the window's start and first paint."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "CRIER_DATA_DIR": str(tmp_path / "data"),
        "CRIER_POLICY_FILE": str(tmp_path / "no-policy.json"),
    }
    draft = tmp_path / "draft.txt"
    draft.write_text("Bins go out on Tuesday 🎉 https://cardiff.gov.uk/bins @cardiff.bsky.social #Caerdydd")
    every_network = [
        arg for network in ("x", "bluesky", "mastodon", "facebook") for arg in ("--network", network)
    ]

    report, asked = run_as_bundled(["--selftest"], env, tmp_path)
    assert "All checks passed." in report and "PIL.AvifImagePlugin" in asked  # Pillow asked and carried on
    report, _asked = run_as_bundled(["check", *every_network, str(draft)], env, tmp_path)
    assert "bluesky" in report.lower()
    run_as_bundled(["-c", WINDOW], env, tmp_path)


@pytest.mark.slow
@pytest.mark.integration
def test_a_sync_run_on_every_network_needs_nothing_the_bundle_leaves_out(
    every_network: EveryNetwork, tmp_path: Path
) -> None:
    """The real ``crier sync --once`` posting to X, Bluesky (links, tags, facets), Mastodon and a Page."""
    from desktop.core.db import open_database
    from desktop.core.outbox import Outbox, State
    from desktop.core.paths import app_paths
    from tests.chaos import sync_env

    accounts = every_network.accounts
    db = open_database(app_paths())
    try:
        text = "Bins go out on Tuesday 🎉 https://cardiff.gov.uk/bins/collection-days #Caerdydd"
        post_ids = Outbox(db).queue([account.id for account in accounts], [text])
    finally:
        db.close()

    report, _asked = run_as_bundled(["sync", "--once"], sync_env(), tmp_path)

    db = open_database(app_paths())
    try:
        states = {Outbox(db).get(post_id).state for post_id in post_ids}
    finally:
        db.close()
    assert states == {State.SENT}, report
    assert {account.network for account in accounts} == {"x", "bluesky", "mastodon", "facebook"}
