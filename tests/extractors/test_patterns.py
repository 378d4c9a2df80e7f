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
from extractors.portal import PortalSettings

ROOT = Path(extractors.__file__).parent


# call sites whose pattern is built from a function's own values, which this test cannot evaluate
UNCOLLECTED = {
    "portal.py:parse_list": "the province's detail_href, collected from every province's settings instead",
    "releases.py:_title_pattern": "its parts, compiled into _TITLE_NAMES, collected by that name",
}


def _call_sites() -> tuple[dict[str | bytes, tuple[str, re.Pattern]], set[str]]:
    """Patterns written into calls (re.match(r"…", text), re.search(NUM + UNIT_RE, …)), evaluated in their
    module; and the call sites whose pattern uses a function's local values."""
    found: dict[str | bytes, tuple[str, re.Pattern]] = {}
    local: set[str] = set()
    for path in sorted(ROOT.rglob("*.py")):
        module = importlib.import_module(".".join(path.relative_to(ROOT.parent).with_suffix("").parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))]:
            for node in ast.walk(function):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                        and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                        and node.func.attr in ("compile", "search", "match", "fullmatch", "sub", "subn",
                                               "split", "findall", "finditer")):
                    continue
                try:
                    pattern = eval(compile(ast.Expression(node.args[0]), str(path), "eval"), vars(module))
                except NameError:  # a value of the function's own
                    if function is not tree:
                        local.add(f"{path.name}:{function.name}")  # type: ignore[attr-defined]
                    continue
                if isinstance(pattern, (str, bytes)):
                    found.setdefault(pattern, (f"{path.name}:{node.lineno}", re.compile(pattern)))
    return found, local


def _patterns() -> list[tuple[str, re.Pattern]]:
    found: dict[str | bytes, tuple[str, re.Pattern]] = {}  # by pattern: module-level names first
    for info in pkgutil.walk_packages(extractors.__path__, "extractors."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[value.pattern] = (f"{info.name}.{name}", value)
            if isinstance(value, PortalSettings):  # a province's settings: its detail links' shape
                found[value.detail_href] = (f"{info.name}.{name}.detail_href", re.compile(value.detail_href))
    sites, _ = _call_sites()
    for key, value in sites.items():
        found.setdefault(key, value)
    return sorted(found.values(), key=lambda x: x[0])


RUNS = [ch * n + tail for ch in ("中", "1", " ", "\u3000", "。", "年", "、", "：", "（", "0.", "中 ", "1中")
        for n in (60, 240) for tail in ("", "1", "中", "）", "!")]
BYTE_RUNS = [run.encode() for run in RUNS] + [b"<meta " + b"a" * 240, b"<" * 240, b"count" * 60]


@pytest.mark.parametrize("name,pattern", _patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_pattern_reads_a_long_run_at_once(name: str, pattern: re.Pattern) -> None:
    for run in RUNS if isinstance(pattern.pattern, str) else BYTE_RUNS:
        pattern.search(run)
        pattern.match(run)


def test_the_parsers_patterns_are_all_collected() -> None:
    names = {name for name, _ in _patterns()}
    assert len(names) > 100
    assert {"extractors.portal._ORGAN_LINE", "extractors.releases.LEAD", "extractors.http._TAGS",
            "extractors.releases._ISSUER_PROVINCE"} <= names
    assert any(name.endswith(".settings.PORTAL.detail_href") for name in names)
    assert any(name.startswith("releases.py:") and "个百分点" in p.pattern for name, p in _patterns()
               if isinstance(p.pattern, str))  # built from module values (NUM + UNIT_RE) in a call
    # a pattern built from a function's own values is out of this test's reach: each such site is named
    assert _call_sites()[1] == set(UNCOLLECTED)
