"""The layers of the code, read from the modules' own imports (with `ast`, every import counted:
at the top, inside a function, under `TYPE_CHECKING`).

    bot.__main__                                     the entry point
    bot.telegram  bot.console  bot.webapp  bot.delivery   adapters
    bot.coach                                        use cases, transport-free
    bot.views                                        text and buttons
    bot.services                                     wiring: the database, the clock, the settings
    bot.settings  bot.logs                           configuration
    storage                                          models, repositories, the engine
    flows                                            pure coaching (storage uses its domain words)

An import goes down, or sideways between adapters; never up. The graph has no cycle. `flows`
imports nothing of ours but itself; `storage` takes from `flows` only the domain's words.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "flows", "storage")

# Lower number, lower layer.
LAYERS: tuple[tuple[str, int], ...] = (
    ("bot.__main__", 7),
    ("bot.telegram", 6),
    ("bot.console", 6),
    ("bot.webapp", 6),
    ("bot.delivery", 6),
    ("bot.coach", 5),
    ("bot.views", 4),
    ("bot.services", 3),
    ("bot.settings", 2),
    ("bot.logs", 2),
    ("storage", 1),
    ("flows", 0),
)
ADAPTERS = ("bot.telegram", "bot.console", "bot.webapp", "bot.delivery")
# What `storage` may take from `flows`: the words of the domain.
STORAGE_MAY_USE = frozenset({"flows.domain"})


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


MODULES = all_modules()


def resolve(name: str) -> str | None:
    """The module of ours that `name` (a module, or a name inside one) stands for."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> Iterator[tuple[str, int]]:
    """Every module of ours that `module` imports, with the line."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if (target := resolve(alias.name)) is not None:
                    yield target, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                target = resolve(f"{base}.{alias.name}") or resolve(base)
                if target is not None:
                    yield target, node.lineno


GRAPH: dict[str, set[str]] = {
    module: {target for target, _ in imports_of(module) if target != module} for module in MODULES
}


def layer_of(module: str) -> tuple[str, int]:
    for prefix, rank in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return prefix, rank
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS")


def test_every_module_has_a_layer() -> None:
    assert {"bot.coach.dialogs", "bot.views.callbacks", "flows.dialog"} <= MODULES.keys()
    for module in MODULES:
        if module != "bot":
            layer_of(module)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "bot"))
def test_imports_go_down(module: str) -> None:
    layer, rank = layer_of(module)
    upward = []
    for target, line in imports_of(module):
        if target == "bot":
            continue
        target_layer, target_rank = layer_of(target)
        sideways = target_rank == rank and (layer == target_layer or layer in ADAPTERS)
        if target_rank > rank or (target_rank == rank and not sideways):
            upward.append(f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}")
    assert not upward, "\n".join(upward)


def test_flows_import_nothing_of_ours_but_flows() -> None:
    for module in MODULES:
        if module.startswith("flows"):
            assert all(t.startswith("flows") for t in GRAPH[module]), module


def test_storage_takes_only_the_domain_from_flows() -> None:
    for module in MODULES:
        if module.startswith("storage"):
            from_flows = {t for t in GRAPH[module] if t.startswith("flows")}
            assert from_flows <= STORAGE_MAY_USE, (module, from_flows)


def test_views_never_call_the_use_cases() -> None:
    for module in MODULES:
        if module.startswith("bot.views"):
            tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
            names = {
                alias.name
                for node in ast.walk(tree)
                if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in node.names
            } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
            assert not any(name.startswith("bot.coach") for name in names), module


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the graph, as the modules around it, or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_the_import_graph_has_no_cycle() -> None:
    # A package's __init__ importing its own modules is not a cycle of the design: left out.
    graph = {
        module: {t for t in targets if not module.startswith(t + ".") and t != module}
        for module, targets in GRAPH.items()
    }
    cycle = find_cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


QUERY_BUILDERS = frozenset({"select", "insert", "update", "delete", "text", "func"})


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith(("bot", "flows"))))
def test_queries_are_written_in_storage_only(module: str) -> None:
    """No module of bot/ or flows/ builds SQL: every query is a repository's (storage/)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    builders = [
        f"{MODULES[module].relative_to(ROOT)}:{node.lineno} imports {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy")
        for alias in node.names
        if alias.name in QUERY_BUILDERS
    ]
    assert not builders, "\n".join(builders)
