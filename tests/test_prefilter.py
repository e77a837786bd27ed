"""The first-character pre-check may only reject units that the rule cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanse.engine import CompiledRule
from cleanse.prefilter import first_char_class
from cleanse.rules import CATALOGUE

COMPILED = [CompiledRule.of(r) for r in CATALOGUE]


def _admits(c: CompiledRule, text: str) -> bool:
    return c.first is None or (text != "" and c.first.match(text[0]) is not None)


@pytest.mark.parametrize("c", COMPILED, ids=[c.id for c in COMPILED])
def test_every_example_passes_its_rules_precheck(c: CompiledRule) -> None:
    for text in c.rule.examples + c.rule.counterexamples:
        for variant in (text.strip(), text.strip().upper(), text.strip().lower()):
            if c.regex.match(variant):
                assert _admits(c, variant), variant


def test_the_catalogue_is_mostly_bounded() -> None:
    # The pre-check only pays if most rules name their first characters.
    assert sum(c.first is not None for c in COMPILED) >= 0.8 * len(COMPILED)


@pytest.mark.parametrize(
    ("pattern", "flags", "yes", "no"),
    [
        (r"disclaimer:", re.I, "D", "x"),
        (r"(?i:risk)|\d+ comments", 0, "R", "c"),
        (r"(?=foo)f|[^a]x", 0, "b", "a"),
        (r"\s*(?:read more)", re.I, " ", "x"),
        (r"[^\n]{1,20}", 0, "x", "\n"),
        (r"(?:a|)b", 0, "b", "c"),
        (r"k", re.I, "\u212a", "x"),  # the Kelvin sign folds to k, as the engine says
    ],
)
def test_first_char_class_cases(pattern: str, flags: int, yes: str, no: str) -> None:
    cls = first_char_class(re.compile(pattern, flags))
    assert cls is not None
    assert cls.match(yes) is not None
    assert cls.match(no) is None


@pytest.mark.parametrize("pattern", [r"a*", r".x", r"\b", r"(?:x|)"])
def test_unbounded_patterns_give_none(pattern: str) -> None:
    assert first_char_class(re.compile(pattern)) is None


@given(st.sampled_from(COMPILED), st.text(max_size=80))
def test_a_match_always_passes_the_precheck(c: CompiledRule, text: str) -> None:
    for unit in (text, text + " comments", "Disclaimer: " + text):
        m = c.regex.match(unit)
        if m is not None and m.end() > 0:
            assert _admits(c, unit)
