"""The package sources bind each module-level name once: a second ``_PATTERN = ...`` further
down a long module silently changes what the code above it reads (it once did, in
what is now ``geo/extract/frames/``)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for pkg in ("geo", "gazetteer") for p in (ROOT / pkg).rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(n.id for t in node.targets for n in ast.walk(t)
                         if isinstance(n, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert not [n for n, count in names.items() if count > 1]


def test_a_second_binding_is_caught():
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _top_level_names(tree)["_A"] == 2
