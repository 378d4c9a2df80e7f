"""The packages form layers: an import never reaches up, and no modules import each other in a cycle.

common (settings, province registry, stage contracts) < extractors, transforms < warehouse < reports
< provintel (pipeline, CLI, DAG factory) < dags. replay/ is test and demo tooling outside the wheel.
Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"common": 0, "extractors": 1, "transforms": 1, "warehouse": 2, "reports": 3, "provintel": 4, "dags": 5}
# the demos and the benchmarks start the replay server; nothing else in the product may
TOOLING = {"replay": {"provintel.demo", "provintel.bench", "provintel.scale"}}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module of ours this file imports (`from a.b import c` may name module a.b.c)."""
    ours = {*LAYERS, *TOOLING}
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in out if m.split(".")[0] in ours}


def _graph() -> dict[str, set[str]]:
    files = [p for top in (*LAYERS, *TOOLING) for p in (ROOT / top).rglob("*.py") if "corpus" not in p.parts]
    modules = {_module(p): p for p in files}
    graph = {}
    for name, path in modules.items():
        # keep only names that are modules (not functions imported from them)
        graph[name] = {m for m in _imports(path) if m in modules and m != name}
    return graph


def test_no_import_reaches_a_higher_layer() -> None:
    wrong = []
    for module, deps in _graph().items():
        top = module.split(".")[0]
        for dep in deps:
            dep_top = dep.split(".")[0]
            if dep_top in TOOLING:
                if module not in TOOLING[dep_top] and top != dep_top:
                    wrong.append(f"{module} -> {dep} (tooling)")
            elif top in TOOLING:
                if LAYERS[dep_top] > 0:
                    wrong.append(f"{module} -> {dep} (tooling may use common only)")
            elif LAYERS[dep_top] > LAYERS[top] or (LAYERS[dep_top] == LAYERS[top] and dep_top != top):
                wrong.append(f"{module} -> {dep}")
    assert not wrong, "imports against the layers:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not cycles, f"modules importing each other: {cycles}"


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from provintel.pipeline import load\n")
    assert "provintel.pipeline" in _imports(source)
