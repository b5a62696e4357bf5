"""The source itself: a module-level name bound twice in one module (a pattern named like one defined a thousand lines
away) silently replaces the first for every use above it, which no linter reports for an assignment."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import korea_cli

MODULES = sorted(Path(korea_cli.__file__).parent.glob("*.py"))


def bound_at_the_top(tree: ast.Module) -> list[tuple[str, int]]:
    """Each name a module's top level assigns, defines or imports, with its line, in order."""
    names: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [(target.id, node.lineno) for target in targets if isinstance(target, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    first: dict[str, int] = {}
    twice = []
    for name, line in bound_at_the_top(ast.parse(module.read_text(encoding="utf-8"))):
        if name in first and name != "__all__":
            twice.append(f"{name}: lines {first[name]} and {line}")
        first.setdefault(name, line)
    assert not twice, f"{module.name} binds a name twice: " + "; ".join(twice)


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("import re\n_A = re.compile('a')\ndef f():\n    return _A\n_A = re.compile('b')\n")
    assert [name for name, _ in bound_at_the_top(tree)].count("_A") == 2
