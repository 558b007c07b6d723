"""The house's shape, read from the source: no import cycles, no arrow from core up into the UI, small files.

Imports are read with ``ast`` (nothing is imported), so a test here can't be fooled by what happens to be
loaded already, and it names the offending file and line.

What counts:
- **Cycles** are between module-level imports, including those inside a module-level ``try``/``if``, but not
  those under ``if TYPE_CHECKING:`` (never run) and not function-level imports: those run only when called,
  after every module has loaded, so they cannot deadlock an import (they are how a lazy import stays lazy).
- **Core → UI**: any import at all, function-level and ``TYPE_CHECKING`` ones included, of ``desktop.ui`` or
  ``PySide6`` from ``desktop/core`` fails: the core must run (CLI, sync, tests) with no Qt installed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
MAX_LINES = 600


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a submodule where ``from package import submodule``)
    line: int
    module_level: bool  # runs when the importing module is loaded
    type_checking: bool  # under ``if TYPE_CHECKING:``

    def where(self) -> str:
        return f"{self.source} (line {self.line}) imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(
    nodes: list[ast.stmt], *, module_level: bool, type_checking: bool
) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, module_level, type_checking
        elif isinstance(node, ast.If):
            guarded = type_checking or _is_type_checking(node.test)
            yield from _walk(node.body, module_level=module_level, type_checking=guarded)
            yield from _walk(node.orelse, module_level=module_level, type_checking=type_checking)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _walk(node.body, module_level=False, type_checking=type_checking)
        elif isinstance(node, ast.ClassDef):
            yield from _walk(node.body, module_level=module_level, type_checking=type_checking)
        else:
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    yield from _walk(children, module_level=module_level, type_checking=type_checking)


def imports_of(name: str, path: Path, known: dict[str, Path]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    for node, module_level, type_checking in _walk(tree.body, module_level=True, type_checking=False):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from package import submodule`` depends on the submodule; otherwise on the module itself.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for target in dict.fromkeys(targets):
            yield Import(name, target, node.lineno, module_level, type_checking)


def all_imports() -> list[Import]:
    known = modules()
    return [item for name, path in known.items() for item in imports_of(name, path, known)]


def find_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (or a module importing itself): Tarjan."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1 or node in edges.get(node, ()):
                cycles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return cycles


def test_the_reader_sees_imports_of_every_kind() -> None:
    """Guard the reader itself, so the tests below can't pass by seeing nothing."""
    found = all_imports()
    assert len({item.source for item in found}) > 30
    assert any(item.type_checking for item in found)
    assert any(not item.module_level for item in found)
    assert any(item.target == "desktop.core.net.limits" and item.module_level for item in found)
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(edges) == [["a", "b", "c"]]


def test_no_import_cycles_between_modules() -> None:
    known = modules()
    edges: dict[str, set[str]] = {}
    for item in all_imports():
        if item.module_level and not item.type_checking and item.target in known:
            edges.setdefault(item.source, set()).add(item.target)
    cycles = find_cycles(edges)
    assert not cycles, "Import cycles (module-level imports): " + "; ".join(" <-> ".join(c) for c in cycles)


def test_core_never_imports_ui_or_qt() -> None:
    arrows = [
        item.where()
        for item in all_imports()
        if item.source.startswith("desktop.core")
        and (item.target == "desktop.ui" or item.target.startswith(("desktop.ui.", "PySide6")))
    ]
    assert not arrows, "desktop.core must not import the UI or Qt:\n" + "\n".join(arrows)


def _oversized() -> list[str]:
    sizes = ((path, len(path.read_text(encoding="utf-8").splitlines())) for path in PACKAGE.rglob("*.py"))
    return sorted(f"{path.relative_to(ROOT)} ({count})" for path, count in sizes if count > MAX_LINES)


def test_no_file_in_desktop_is_over_600_lines() -> None:
    assert not _oversized(), f"Files over {MAX_LINES} lines: {', '.join(_oversized())}"


# -- the front door: the window and the commands use the application service, nothing below it ---------

#: Where the front ends live (module-name prefixes): the window (desktop/ui), the ``crier`` entry point
#: and the commands (desktop/cli*.py).
FRONT_ENDS = ("desktop.ui", "desktop.app", "desktop.cli")
#: Core machinery a front end must reach through ``desktop.core.service`` (modules, or packages with all
#: their submodules): storage, secrets, the HTTP stack, the networks' wire clients, sign-in and
#: publishers, the sync engine, team connections, and policy loading.
MACHINERY_MODULES = (
    "desktop.core.db",
    "desktop.core.store",
    "desktop.core.credentials",
    "desktop.core.net",
    "desktop.core.networks.registry",
    "desktop.core.networks.publishing",
    "desktop.core.networks.saving",
    "desktop.core.networks.loopback",
    "desktop.core.sync",
    "desktop.core.connect",
    "desktop.core.policy",
    "desktop.core.team.client",
    "desktop.core.team.connection",
    "desktop.core.team.joining",
    "desktop.core.team.publish",
    "desktop.core.team.schema",
    "desktop.core.team.local",
)
#: A network's own wire client, sign-in and publisher (its descriptor and names are plain values).
NETWORK_MACHINERY = ("api", "sign_in", "publisher", "tokens", "login", "images")
#: Classes that hold a database or a file, in modules whose other names are plain values and functions.
MACHINERY_NAMES = {
    "desktop.core.outbox": {"Outbox"},
    "desktop.core.accounts": {"Accounts"},
    "desktop.core.settings": {"Settings"},
}
#: Third-party machinery the service wraps: a front end never drives it itself.
MACHINERY_LIBRARIES = ("sqlalchemy", "psycopg", "keyring", "requests", "tweepy", "alembic")
#: Imports that can't go through the service yet, each with why. Keep this short; empty is the aim.
ALLOWED_FOR_NOW: dict[tuple[str, str], str] = {}


def _is_machinery(target: str, names: set[str]) -> bool:
    if target.startswith(MACHINERY_LIBRARIES) and target.split(".")[0] in MACHINERY_LIBRARIES:
        return True
    if any(target == m or target.startswith(m + ".") for m in MACHINERY_MODULES):
        return True
    parts = target.split(".")
    if parts[:3] == ["desktop", "core", "networks"] and len(parts) == 5 and parts[4] in NETWORK_MACHINERY:
        return True
    return bool(MACHINERY_NAMES.get(target, set()) & names)


def front_end_imports() -> Iterator[tuple[Import, set[str]]]:
    """Run-time imports of the front ends, with the names each ``from … import`` takes."""
    known = modules()
    for name, path in known.items():
        if not name.startswith(FRONT_ENDS):  # desktop.ui.*, desktop.app, desktop.cli, desktop.cli_*
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        taken: dict[int, set[str]] = {}
        for node, _level, _checking in _walk(tree.body, module_level=True, type_checking=False):
            if isinstance(node, ast.ImportFrom):
                taken.setdefault(node.lineno, set()).update(alias.name for alias in node.names)
        for item in imports_of(name, path, known):
            if not item.type_checking:
                yield item, taken.get(item.line, set())


def test_front_ends_use_the_service_not_the_machinery_below_it() -> None:
    """The window and the commands ask ``desktop.core.service`` (one ``Crier``) for what they need, so the
    rules (the post gate, where secrets go, how a database is opened) live in one place."""
    found = [(item, names) for item, names in front_end_imports()]
    assert any(item.target.startswith("desktop.core.service") for item, _ in found)  # the reader sees them
    offending = [
        item.where()
        for item, names in found
        if _is_machinery(item.target, names) and (item.source, item.target) not in ALLOWED_FOR_NOW
    ]
    assert not offending, "Use desktop.core.service instead of:\n" + "\n".join(offending)
    used = {(item.source, item.target) for item, names in found if _is_machinery(item.target, names)}
    stale = sorted(f"{source} -> {target}" for source, target in set(ALLOWED_FOR_NOW) - used)
    assert not stale, "Exceptions no longer needed; delete them from ALLOWED_FOR_NOW: " + ", ".join(stale)


def test_the_machinery_rule_tells_machinery_from_values() -> None:
    assert _is_machinery("desktop.core.db", set())
    assert _is_machinery("desktop.core.net.session", {"make_session"})
    assert _is_machinery("desktop.core.networks.x.tokens", {"connect_oauth1"})
    assert _is_machinery("desktop.core.outbox", {"Outbox", "State"})
    assert _is_machinery("psycopg.rows", {"dict_row"})
    assert not _is_machinery("desktop.core.outbox", {"PostView", "State"})
    assert not _is_machinery("desktop.core.networks", {"NETWORK_NAMES"})
    assert not _is_machinery("desktop.core.networks.x.descriptor", {"X"})
    assert not _is_machinery("desktop.core.settings", {"SettingsError", "network_refusal"})
    assert not _is_machinery("desktop.core.posting", {"assess", "Verdict"})


# -- the window is thin: the service, plus values, types and pure rules -------------------------------

#: What desktop/ui may import from the core besides ``desktop.core.service`` (the one ``Crier`` the window
#: holds and asks): each module with the names it may give (None: any of its names). Anything else (a
#: store, a watcher, a probe, the sync engine, a team desk, a backup, a dictionary loader) the window gets
#: from the service. Any import counts: module-level, function-level and ``if TYPE_CHECKING:``.
UI_MAY_IMPORT: dict[str, frozenset[str] | None] = {
    # values and types: what the service's answers are made of
    "desktop.core.accounts": frozenset({"AccountStatus", "AccountView"}),
    "desktop.core.attachments": None,
    "desktop.core.clock": None,
    "desktop.core.drafts": None,
    "desktop.core.errors": None,
    "desktop.core.networks": None,  # the networks' names, limits and forms (their machinery is below it)
    "desktop.core.networks.forms": None,
    "desktop.core.outbox": frozenset({"Posted"}),
    "desktop.core.posting": frozenset({"Verdict"}),
    "desktop.core.posts": None,
    "desktop.core.reachability": frozenset({"Reachability"}),
    "desktop.core.setting_specs": None,
    "desktop.core.settings": frozenset({"SettingsError"}),
    "desktop.core.spelling": frozenset({"Misspelling", "SpellingUnavailable", "moved", "splice", "words"}),
    "desktop.core.team.desk": frozenset({"TeamSnapshot"}),
    "desktop.core.team.pairs": frozenset({"attempt_wait", "pair_wait", "team_error"}),
    "desktop.core.team.history": frozenset({"audit_detail"}),
    "desktop.core.team.states": frozenset({"state_words"}),
    "desktop.core.translatable": None,
    "desktop.core.waiting": None,
    # pure rules: text in, counts and findings out (no file, database, network or keyring), run on the
    # window's own lanes as they are typed
    "desktop.core.bilingual": None,
    "desktop.core.checks": None,
    "desktop.core.counting": None,
    "desktop.core.preview": None,
    "desktop.core.tone": None,
    # what start-up needs before the first paint, when the service must not load yet (test_startup_path)
    "desktop.core.paths": None,
    "desktop.core.early_setting": frozenset({"read_choice"}),
    "desktop.core.memory": frozenset({"release"}),
}
#: Handles the service gives out (``crier.store``, ``crier.settings``, ``crier.speller()`` ...) and
#: results it returns, which the window may name in annotations (under ``if TYPE_CHECKING:``, never run)
#: but never import to use.
UI_MAY_NAME: dict[str, frozenset[str]] = {
    "desktop.core.store": frozenset({"DraftStore"}),
    "desktop.core.settings": frozenset({"Settings"}),
    "desktop.core.spelling": frozenset({"Speller"}),
    "desktop.core.credentials": frozenset({"KeyringStatus"}),
    "desktop.core.sync": frozenset({"SyncReport"}),
}
SERVICE = "desktop.core.service"


def ui_core_imports() -> Iterator[tuple[Import, frozenset[str]]]:
    """Every import of ``desktop.core`` in desktop/ui, of any kind, with the names it takes."""
    known = modules()
    for name, path in known.items():
        if not name.startswith("desktop.ui"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        taken: dict[int, set[str]] = {}
        for node, _level, _checking in _walk(tree.body, module_level=True, type_checking=False):
            if isinstance(node, ast.ImportFrom):
                taken.setdefault(node.lineno, set()).update(alias.name for alias in node.names)
        for item in imports_of(name, path, known):
            if item.target == "desktop.core" or item.target.startswith("desktop.core."):
                yield item, frozenset(taken.get(item.line, set()))


def _ui_may(target: str, names: frozenset[str], *, type_checking: bool) -> bool:
    if target == SERVICE or target.startswith(SERVICE + "."):
        return True
    allowed = UI_MAY_IMPORT.get(target, frozenset())
    if type_checking:
        allowed = None if allowed is None else allowed | UI_MAY_NAME.get(target, frozenset())
    return allowed is None or (bool(names) and names <= allowed)


def test_the_window_reaches_the_core_only_through_the_service() -> None:
    """As Anki's window holds one ``Collection``: desktop/ui holds one ``Crier`` and asks it; it imports
    nothing else from the core but plain values, types and pure rules (``UI_MAY_IMPORT``)."""
    found = list(ui_core_imports())
    assert any(item.target == SERVICE for item, _ in found)  # the reader sees them
    assert any(item.type_checking for item, _ in found) and any(not i.module_level for i, _ in found)
    offending = [
        f"{item.where()} ({', '.join(sorted(names)) or 'the module'})"
        for item, names in found
        if not _ui_may(item.target, names, type_checking=item.type_checking)
    ]
    assert not offending, "desktop/ui must ask desktop.core.service (Crier) instead of:\n" + "\n".join(
        offending
    )


def test_the_windows_allowed_list_is_no_longer_than_it_needs_to_be() -> None:
    used: dict[str, set[str]] = {}
    for item, names in ui_core_imports():
        used.setdefault(item.target, set()).update(names)
    stale = [
        f"{module}: {', '.join(sorted(names - used.get(module, set()))) if names else 'the module'}"
        for listing in (UI_MAY_IMPORT, UI_MAY_NAME)
        for module, names in listing.items()
        if module not in used or (names is not None and not names <= used[module])
    ]
    assert not stale, "Delete what desktop/ui no longer imports from UI_MAY_IMPORT/UI_MAY_NAME: " + "; ".join(
        stale
    )
    machinery = [m for m, names in UI_MAY_IMPORT.items() if _is_machinery(m, set(names or ()))]
    assert not machinery, f"UI_MAY_IMPORT lists machinery: {machinery}"


def test_the_windows_rule_tells_the_service_from_what_is_below_it() -> None:
    assert _ui_may("desktop.core.service", frozenset({"Crier"}), type_checking=False)
    assert _ui_may("desktop.core.service.team", frozenset({"join_team"}), type_checking=False)
    assert _ui_may("desktop.core.drafts", frozenset({"DraftQuery"}), type_checking=False)
    assert _ui_may("desktop.core.store", frozenset({"DraftStore"}), type_checking=True)
    assert not _ui_may("desktop.core.store", frozenset({"DraftStore"}), type_checking=False)
    assert not _ui_may("desktop.core.changes", frozenset({"ChangeWatch"}), type_checking=False)
    assert not _ui_may("desktop.core.reachability", frozenset({"check"}), type_checking=False)
    assert not _ui_may("desktop.core.team.desk", frozenset({"TeamDesk"}), type_checking=True)
    assert not _ui_may("desktop.core.settings", frozenset({"settings"}), type_checking=False)
    assert not _ui_may("desktop.core.backup", frozenset({"daily_backup_if_due"}), type_checking=False)
