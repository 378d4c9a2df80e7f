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
from common.provinces import covered
from extractors.portal import PortalSettings
from extractors.releases import _any_city, _other_cities

ROOT = Path(extractors.__file__).parent


# call sites whose pattern is built from a function's own values, which this test cannot evaluate:
# (file, function, the pattern as written) -> where the pattern is tested instead
UNCOLLECTED = {
    ("portal.py", "parse_list", "s.detail_href"): "every province's settings' detail_href",
    ("releases.py", "_title_pattern",
     "'|'.join((a for _, a in sorted(alternatives, key=lambda x: len(x[0]), reverse=True)))"):
        "_TITLE_NAMES, collected by that name",
    ("releases.py", "_other_cities", "'(?:' + '|'.join(names) + ')(?:市|州|土家族苗族自治州|林区)?(?!海关|调查|统计|中心支行)'"):
        "each covered province's, collected by _patterns",
    ("releases.py", "_any_city",
     "'(?:' + '|'.join(names) + ')(?:市|州)?(?!海关|调查|统计|中心支行|发布|关区)' if names else '(?!)'"):
        "collected by _patterns",
}
# where each re function takes its flags
_FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "split": 3, "findall": 2, "finditer": 2,
             "sub": 4, "subn": 4}
_Scope = ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
_Key = tuple[str | bytes, int]


def _own_names(scope: _Scope) -> set[str]:
    """The names a function binds itself (its arguments and assignments); none for the module."""
    if isinstance(scope, ast.Module):
        return set()
    names = {a.arg for a in (*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs)}
    names |= {a.arg for a in (scope.args.vararg, scope.args.kwarg) if a is not None}
    return names | {n.id for n in ast.walk(scope) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _call_sites() -> tuple[dict[_Key, tuple[str, re.Pattern]], set[tuple[str, str, str]]]:
    """Patterns written into calls (re.match(r"…", text), re.search(NUM + UNIT_RE, …)) with their flags,
    evaluated in their module; and the call sites whose pattern uses a function's own values."""
    found: dict[_Key, tuple[str, re.Pattern]] = {}
    local: set[tuple[str, str, str]] = set()
    for path in sorted(ROOT.rglob("*.py")):
        module = importlib.import_module(".".join(path.relative_to(ROOT.parent).with_suffix("").parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # each call is read in the innermost function around it
        scopes: dict[ast.AST, _Scope] = {}
        for scope in (n for n in ast.walk(tree) if isinstance(n, _Scope)):
            for node in ast.walk(scope):
                scopes[node] = scope  # an inner function's walk comes later and wins
        for node, scope in scopes.items():
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in _FLAGS_AT):
                continue
            at = _FLAGS_AT[node.func.attr]
            flags = node.args[at] if len(node.args) > at else \
                next((k.value for k in node.keywords if k.arg == "flags"), ast.Constant(0))
            used = {n.id for part in (node.args[0], flags) for n in ast.walk(part) if isinstance(n, ast.Name)}
            if used & _own_names(scope):
                name = getattr(scope, "name", f"lambda:{getattr(scope, 'lineno', 0)}")
                local.add((path.name, name, ast.unparse(node.args[0])))
                continue
            pattern, flag = (eval(compile(ast.fix_missing_locations(ast.Expression(part)), str(path), "eval"),
                                  vars(module)) for part in (node.args[0], flags))
            found.setdefault((pattern, flag), (f"{path.name}:{node.lineno}", re.compile(pattern, flag)))
    return found, local


def _patterns() -> list[tuple[str, re.Pattern]]:
    found: dict[_Key, tuple[str, re.Pattern]] = {}  # module-level names first
    for info in pkgutil.walk_packages(extractors.__path__, "extractors."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[(value.pattern, value.flags & ~re.UNICODE)] = (f"{info.name}.{name}", value)
            if isinstance(value, PortalSettings):  # a province's settings: its detail links' shape
                found[(value.detail_href, 0)] = (f"{info.name}.{name}.detail_href", re.compile(value.detail_href))
    sites, _ = _call_sites()
    for key, value in sites.items():
        found.setdefault(key, value)
    for province in covered():  # (built from the registry's cities in a call)
        if (cities := _other_cities(province.code, "")) is not None:
            found.setdefault((cities.pattern, 0), (f"releases._other_cities({province.code})", cities))
    found.setdefault((_any_city().pattern, 0), ("releases._any_city()", _any_city()))
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
    # a call's flags are kept: re.search(r"<\s*(!doctype|html|body|head)\b", text[:2048], re.I)
    assert any(name.startswith("http.py:") and p.flags & re.IGNORECASE and "doctype" in str(p.pattern)
               for name, p in _patterns())
