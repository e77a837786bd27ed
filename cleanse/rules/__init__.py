"""The rule catalogue: one module per category, each a tuple of ``Rule`` in priority order.

Add a boilerplate family by adding one ``Rule`` (with examples and counterexamples) to the
module of its category; no code change is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import chrome, comments, disclaimer, runs
from .base import CATEGORIES, Rule, Scope, Where

__all__ = ["CATALOGUE", "CATEGORIES", "Rule", "Scope", "Where", "get_rule", "load_rules"]

#: Every built-in rule, in priority order (categories in the order below).
CATALOGUE: tuple[Rule, ...] = comments.RULES + disclaimer.RULES + chrome.RULES + runs.RULES


def get_rule(rule_id: str) -> Rule:
    """The built-in rule with this id (``KeyError`` if there is none)."""
    for rule in CATALOGUE:
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)


def load_rules(path: str | Path) -> tuple[Rule, ...]:
    """User rules from a JSON file: a list of objects in the form ``Rule.to_dict`` writes."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("rules", [])
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of rules")
    return tuple(Rule.from_dict(item) for item in data)
