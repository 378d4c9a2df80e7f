"""Every pattern the parsers use refuses (or finds) in a long run of one character at once.

A pattern that can read one run in many ways (`(?:X{2,20}\\s*)+`) tries them all before it fails: the
byline rule once took a third of a second on a real gov.cn act page, and hours on a 50-character run.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import extractors

ROOT = Path(extractors.__file__).parent


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(extractors.__path__, "extractors."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = (f"{info.name}.{name}", value)
    for path in sorted(ROOT.rglob("*.py")):
        # patterns written into calls (re.match(r"…", text)), not kept in a name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                pattern = node.args[0].value
                found.setdefault((pattern, 0), (f"{path.name}:{node.lineno}", re.compile(pattern)))
    return sorted(found.values(), key=lambda x: x[0])


RUNS = [ch * n + tail for ch in ("中", "1", " ", "\u3000", "。", "年", "、", "：", "（", "0.", "中 ", "1中")
        for n in (60, 240) for tail in ("", "1", "中", "）", "!")]


@pytest.mark.parametrize("name,pattern", _patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_pattern_reads_a_long_run_at_once(name: str, pattern: re.Pattern[str]) -> None:
    for run in RUNS:
        pattern.search(run)
        pattern.match(run)


def test_the_parsers_patterns_are_all_collected() -> None:
    names = {name for name, _ in _patterns()}
    assert len(names) > 100 and "extractors.portal._ORGAN_LINE" in names and "extractors.releases.LEAD" in names
