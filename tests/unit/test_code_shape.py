"""The code keeps the shape docs/DEVELOPING.md asks for: no function longer than 40 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 40


def long_functions(folder: str) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > LIMIT:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length})")
    return found


@pytest.mark.parametrize("folder", ["kit", "services"])
def test_no_function_is_longer_than_40_lines(folder: str) -> None:
    assert long_functions(folder) == []
