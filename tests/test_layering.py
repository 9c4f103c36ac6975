"""The house rules (DESIGN.md, layers), checked on every module so that they cannot rot:
no Qt below the window, imports only downwards, no import loops, no file over 600 lines
and no function over 60."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import REPO

HEADLESS = ("reader.core", "reader.storage", "reader.formats", "reader.services")
HEADLESS_MODULES = ("reader.cli", "reader.headless", "reader.settings", "reader.paths")

# Imports every module of the named packages (found by pkgutil, not listed by hand) in
# a fresh interpreter, then names any Qt module that came with them.
QT_FREE_CHECK = """
import importlib, pkgutil, sys
packages, modules = sys.argv[1].split(","), sys.argv[2].split(",") if sys.argv[2] else []
for name in packages:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        modules.append(info.name)
for name in modules:
    importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "qtawesome")))
    if qt:
        sys.exit(f"{name} brings Qt: {qt[:3]}")
print(len(modules))
"""


def _qt_free(
    packages: tuple[str, ...], modules: tuple[str, ...], path: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", QT_FREE_CHECK, ",".join(packages), ",".join(modules)],
        capture_output=True, text=True, cwd=path,
    )  # fmt: skip


def test_no_module_below_the_window_imports_qt() -> None:
    done = _qt_free(HEADLESS, HEADLESS_MODULES, REPO)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 40  # every module was walked, not a hand-picked few


def test_the_check_catches_qt_anywhere_in_a_package(tmp_path: Path) -> None:
    """The same check on a package with a Qt import deep inside fails and names it."""
    deep = tmp_path / "leaky" / "inner"
    deep.mkdir(parents=True)
    (tmp_path / "leaky" / "__init__.py").write_text("")
    (deep / "__init__.py").write_text("")
    (deep / "fine.py").write_text("import json\n")
    (deep / "widget.py").write_text("from PySide6.QtCore import QObject\n")
    done = _qt_free(("leaky",), (), tmp_path)
    assert done.returncode != 0
    assert "leaky.inner.widget brings Qt" in done.stderr


# ---------------------------------------------------------------- the import graph


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((REPO / "reader").rglob("*.py"))}


def import_graph() -> dict[str, set[str]]:
    """module -> the modules of ours it imports (anywhere in it, lazy imports and
    TYPE_CHECKING ones included: a loop is a loop to a reader of the code)."""
    sources = _sources()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in sources.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            for target in targets:
                while target and target not in sources:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def _loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in list(graph):
        if node not in index:
            visit(node)
    return found


def test_there_are_no_import_loops() -> None:
    assert _loops(import_graph()) == []


def test_loops_are_found() -> None:
    assert _loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# Each room, and the rooms it may import from (DESIGN.md: one direction of imports).
ALLOWED = {
    "reader.core": {"reader.core"},
    "reader.storage": {"reader.core", "reader.storage"},
    "reader.formats": {"reader.core", "reader.formats"},
    "reader.services": {"reader.core", "reader.storage", "reader.formats", "reader.services",
                        "reader.paths", "reader"},
}  # fmt: skip


def _room(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_imports_only_go_down(room: str) -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if _room(module) == room
        for target in targets
        if _room(target) not in ALLOWED[room]
    ]
    assert wrong == []


def test_nothing_below_the_window_imports_the_window_or_the_command_line() -> None:
    top = ("reader.ui", "reader.cli", "reader.headless")
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if not module.startswith(top) and module != "reader.__main__"
        for target in targets
        if target.startswith(top)
    ]
    assert wrong == []


# ---------------------------------------------------------------- sizes

MAX_FILE_LINES, MAX_FUNCTION_LINES = 600, 60


def test_files_and_functions_stay_short() -> None:
    long = []
    for name, path in _sources().items():
        text = path.read_text("utf-8")
        if text.count("\n") > MAX_FILE_LINES:
            long.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {length} lines")
    assert long == []
