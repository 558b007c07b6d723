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
