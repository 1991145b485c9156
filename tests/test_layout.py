"""The package's imports flow one way, down the layers of the data flow, with no circles.

Layers, lowest first: the core (types, errors, resources), the lexicon, the pipeline's stages, the
optional backends, the pipeline, then corpus tools and training, and the CLI and public API on top.
A module-level import may only point to the same layer or a lower one. An import inside a function
(done lazily, e.g. ``Summary.to_text`` rendering itself) may point anywhere, but no import, eager or
lazy, may close a circle. Imports under ``if TYPE_CHECKING:`` are type hints and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"

LAYERS = {
    "types": 0, "errors": 0, "resources": 0,
    "lexicon": 1,
    "stages": 2,
    "backends": 3,
    "pipeline": 4,
    "corpus": 5, "training": 5,
    "cli": 6, "cli_summarize": 6, "console": 6, "__init__": 6, "__main__": 6,
}


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> int:
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else "__init__"
    return LAYERS[key]


def _resolve(module: str, is_package: bool, node: ast.ImportFrom, package: Path) -> list[str]:
    if node.level == 0:
        base = node.module or ""
        if not base.startswith("summarizer"):
            return []
    else:
        here = module.split(".") if is_package else module.split(".")[:-1]
        anchor = here[: len(here) - node.level + 1]
        base = ".".join(anchor + ([node.module] if node.module else []))
    targets = []
    for alias in node.names:  # `from . import x` names a module; `from .x import y` names a member
        candidate = f"{base}.{alias.name}"
        targets.append(candidate if _exists(candidate, package) else base)
    return targets


def _exists(module: str, package: Path) -> bool:
    rel = Path(*module.split(".")[1:])
    return (package / rel).with_suffix(".py").is_file() or (package / rel / "__init__.py").is_file()


def _edges(package: Path = PACKAGE) -> dict[str, set[tuple[str, bool]]]:
    """module -> {(imported module, eager?)}"""
    graph: dict[str, set[tuple[str, bool]]] = {}
    for path in sorted(package.rglob("*.py")):
        module = _module_name(path, package)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out: set[tuple[str, bool]] = set()

        def visit(node: ast.AST, eager: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                    continue
                if isinstance(child, ast.ImportFrom):
                    for target in _resolve(module, path.name == "__init__.py", child, package):
                        if target != module:
                            out.add((target, eager))
                elif isinstance(child, ast.Import):
                    for alias in child.names:
                        if alias.name.startswith("summarizer."):
                            out.add((alias.name, eager))
                inner = eager and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                visit(child, inner)

        visit(tree, True)
        graph[module] = out
    return graph


def test_every_module_belongs_to_a_layer():
    for module in _edges():
        assert _layer(module) >= 0, module


def test_module_level_imports_point_down_the_layers():
    wrong = [(m, t) for m, targets in _edges().items() for t, eager in targets
             if eager and t != "summarizer" and _layer(t) > _layer(m)]
    assert wrong == []


def test_stages_and_backends_never_import_the_pipeline_corpus_training_or_cli():
    forbidden = ("summarizer.pipeline", "summarizer.corpus", "summarizer.training", "summarizer.cli")
    wrong = [(m, t) for m, targets in _edges().items() for t, _ in targets
             if m.split(".")[1:2] and m.split(".")[1] in ("stages", "backends", "lexicon") and t.startswith(forbidden)]
    assert wrong == []


def _cycles(edges: dict[str, set[tuple[str, bool]]]) -> list[list[str]]:
    graph = {m: {t for t, _ in targets if t in edges} for m, targets in edges.items()}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def dfs(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                dfs(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            dfs(node)
    # the package's __init__ re-exports the public API: a module importing `summarizer` is no cycle
    return [c for c in cycles if "summarizer" not in c]


def test_no_import_cycles():
    assert _cycles(_edges()) == []


def test_the_checker_sees_a_lazy_cycle(tmp_path):
    """The check itself can fail: a made-up package whose lazy import closes a circle is caught."""
    pkg = tmp_path / "summarizer"
    (pkg / "stages").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "stages" / "__init__.py").write_text("")
    (pkg / "types.py").write_text("def f():\n    from .stages.render import render\n")
    (pkg / "stages" / "render.py").write_text("from ..types import f\n")
    edges = _edges(pkg)
    assert ("summarizer.stages.render", False) in edges["summarizer.types"]
    assert ("summarizer.types", True) in edges["summarizer.stages.render"]
    assert _cycles(edges) == [["summarizer.stages.render", "summarizer.types", "summarizer.stages.render"]]
