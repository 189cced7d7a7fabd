"""docs/coaching-rules.md is the product's reference for its advice: every rule it numbers is
tested under its ID, and the code cites no other rules document."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RULES = ROOT / "docs" / "coaching-rules.md"
RULE_ROW = re.compile(r"^\| ([A-Z]\d) \|", re.MULTILINE)


def rule_ids() -> list[str]:
    return RULE_ROW.findall(RULES.read_text(encoding="utf-8"))


def names_of_tests() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names.update(
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name.startswith("test_")
        )
    return names


def test_the_rules_document_numbers_every_family_of_rules() -> None:
    ids = rule_ids()
    assert len(ids) == len(set(ids)), "a rule ID is used twice"
    for family in ("I", "F", "N", "A", "T"):
        assert any(rule.startswith(family) for rule in ids), family


def test_every_rule_has_a_test_named_after_it() -> None:
    names = names_of_tests()
    untested = [
        rule
        for rule in rule_ids()
        if not any(re.match(rf"test_{rule}[a-z]?_", name) for name in names)
    ]
    assert untested == []


def test_code_and_docs_cite_the_rules_document_the_repo_holds() -> None:
    stale = []
    for path in ROOT.glob("**/*"):
        if ".venv" in path.parts or ".git" in path.parts or not path.is_file():
            continue
        if path.suffix not in {".py", ".md", ".toml", ".example"} or path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "RULES.md" in text or "../shared" in text:
            stale.append(str(path.relative_to(ROOT)))
    assert stale == []
