"""Every rule against its own examples and counterexamples, in the position it is for."""

from __future__ import annotations

import re
from typing import Any

import pytest

import cleanse
from cleanse.prefilter import _tree
from cleanse.rules import CATALOGUE, Rule, Scope, Where

from .articles import ARTICLE, TITLE

RULE_IDS = [r.id for r in CATALOGUE]


def place(rule: Rule, unit: str) -> tuple[str, str]:
    """A document with ``unit`` where ``rule`` applies, and what cleaning must leave."""
    if rule.before_headline:  # kickers stand above the headline, at the very top
        return f"{unit}\n{TITLE}\n\n{ARTICLE}", f"{TITLE}\n\n{ARTICLE}"
    if rule.scope is Scope.LEAD:  # glued to the start of the first paragraph
        return f"{TITLE}\n\n{unit}{ARTICLE}", f"{TITLE}\n\n{ARTICLE}"
    if rule.where is Where.HEAD:
        return f"{TITLE}\n\n{unit}\n\n{ARTICLE}", f"{TITLE}\n\n{ARTICLE}"
    if rule.where is Where.TAIL:
        if rule.scope is Scope.SECTION:
            return f"{ARTICLE}\n\n{unit}\n\nGreat piece, thanks.", ARTICLE
        return f"{ARTICLE}\n\n{unit}", ARTICLE
    first, rest = ARTICLE.split("\n\n", 1)
    return f"{first}\n\n{unit}\n\n{rest}", ARTICLE


def test_ids_unique_and_well_formed() -> None:
    assert len(RULE_IDS) == len(set(RULE_IDS))
    for rule in CATALOGUE:
        assert rule.id.split(".")[0] == rule.category, rule.id
        assert rule.category in cleanse.rules.CATEGORIES
        assert rule.description
        assert rule.examples, f"{rule.id} has no examples"
        assert rule.counterexamples, f"{rule.id} has no counterexamples"


def options(rule: Rule) -> dict[str, Any]:
    """The options under which ``rule`` applies (lead rules: with keep_dateline off)."""
    return {"keep_dateline": False} if rule.scope is Scope.LEAD else {}


@pytest.mark.parametrize("rule", CATALOGUE, ids=RULE_IDS)
def test_rule_examples_removed(rule: Rule) -> None:
    for example in rule.examples:
        doc, want = place(rule, example)
        result = cleanse.explain(doc, **options(rule))
        assert result.text == want, f"{rule.id} did not remove {example!r}"
        assert rule.id in result.rule_ids(), f"{example!r} was removed by {result.rule_ids()}"


@pytest.mark.parametrize("rule", CATALOGUE, ids=RULE_IDS)
def test_rule_counterexamples_kept(rule: Rule) -> None:
    for counter in rule.counterexamples:
        doc, _ = place(rule, counter)
        result = cleanse.explain(doc, **options(rule))
        assert counter in result.text, f"{rule.id}: {counter!r} was removed by {result.rule_ids()}"


@pytest.mark.parametrize("rule", CATALOGUE, ids=RULE_IDS)
def test_rule_pattern_compiles_alone(rule: Rule) -> None:
    regex = rule.compile()
    assert isinstance(regex, re.Pattern)
    for example in rule.examples:
        units = example.split("\n") if rule.scope is Scope.RUN else [example]
        for unit in units:
            unit = unit + ARTICLE if rule.scope is Scope.LEAD else unit.strip()  # a lead needs its story
            assert regex.match(unit), f"{rule.id} pattern does not match {unit!r}"


def test_user_rule_same_form(tmp_path: object) -> None:
    rule = Rule(
        id="chrome.house-promo",
        category="chrome",
        pattern=r"get the app for breaking news",
        description="Our site's own app prompt",
        examples=("Get the app for breaking news",),
        counterexamples=("Get the app for breaking news, the ad said, was everywhere.",),
    )
    doc, want = place(rule, "Get the app for breaking news")
    assert cleanse.clean(doc, extra_rules=(rule,)) == want
    assert cleanse.clean(doc) == doc
    assert Rule.from_dict(rule.to_dict()) == rule


def test_disabled_rule_does_not_apply() -> None:
    doc = f"{ARTICLE}\n\nLeave a comment"
    assert cleanse.clean(doc) == ARTICLE
    assert cleanse.clean(doc, disabled_rules={"comments.prompt"}) == doc
    assert cleanse.clean(doc, comments=False) == doc


def test_bad_rule_rejected() -> None:
    with pytest.raises(ValueError):
        Rule(id="Bad Id", category="chrome", pattern="x", description="d")
    with pytest.raises(ValueError):
        Rule(id="chrome.bad", category="chrome", pattern="(", description="d")


def _repeated_alternatives(tree: Any) -> list[str]:
    """Alternatives listed twice in one alternation anywhere in a parse tree."""
    found: list[str] = []
    for op, av in tree:
        name = str(op)
        children: list[Any] = []
        if name == "BRANCH":
            keys = [repr(list(branch)) for branch in av[1]]
            found += sorted({k for k in keys if keys.count(k) > 1})
            children = list(av[1])
        elif name == "SUBPATTERN":
            children = [av[-1]]
        elif name.endswith("_REPEAT"):
            children = [av[2]]
        elif name in ("ASSERT", "ASSERT_NOT"):
            children = [av[1]]
        for child in children:
            found += _repeated_alternatives(child)
    return found


@pytest.mark.parametrize("rule", CATALOGUE, ids=RULE_IDS)
def test_rule_alternatives_not_repeated(rule: Rule) -> None:
    # An alternative written twice is dead weight on every match attempt, and the usual
    # trace of a merge that kept both sides of a conflict.
    tree = _tree(rule.compile().pattern, rule.compile().flags)
    assert _repeated_alternatives(tree) == [], f"{rule.id} lists an alternative twice"


def test_repeated_alternatives_are_found() -> None:
    assert _repeated_alternatives(_tree("(?:ab|cd|ab)x", 0)) == [repr(list(_tree("ab", 0)))]
    assert _repeated_alternatives(_tree("(?:ab|cd)(?:ef|ab)", 0)) == []
