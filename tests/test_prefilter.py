"""The first-character pre-check may only reject units that the rule cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanse.engine import CompiledRule
from cleanse.prefilter import RAW, first_char_class, fold, holds, required_literals
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


def _passes_literals(c: CompiledRule, text: str) -> bool:
    return holds(c.needs, text)


@pytest.mark.parametrize("c", COMPILED, ids=[c.id for c in COMPILED])
def test_every_example_passes_its_rules_literal_check(c: CompiledRule) -> None:
    for text in c.rule.examples + c.rule.counterexamples:
        for variant in (text.strip(), text.strip().upper(), text.strip().lower()):
            if c.regex.match(variant):
                assert _passes_literals(c, variant), variant


def test_the_costly_rules_name_their_words() -> None:
    # Rules that scan a whole line for a keyword are the ones the literal check must cover.
    by_id = {c.id: c for c in COMPILED}
    for rule_id in ("disclaimer.forward-looking-sentence", "disclaimer.no-responsibility"):
        assert by_id[rule_id].needs, rule_id


@given(st.sampled_from(COMPILED), st.text(max_size=80), st.sampled_from(["", "İ", "ı", "ſ", "K", "Σ", "ς", "Ä", "Й", "ᲀ"]))
def test_a_match_always_passes_the_literal_check(c: CompiledRule, text: str, odd: str) -> None:
    for unit in (text, odd + text, "Disclaimer: " + text + odd):
        if c.regex.match(unit) is not None:
            assert _passes_literals(c, unit)


@pytest.mark.parametrize(
    ("pattern", "flags", "needs"),
    [
        (r"(?=[^\n]{0,200}?(?:obligation|duty))[^\n]+", 0, {RAW + "obligation"}),
        (r"the (?:motley|fools) has", re.I, {"motley", "fools"}),
        (r"abc(?:defg)?", 0, None),
        (r"风险提示[:：]", re.I, {"风险提示"}),
        # Letters of any script count; a word read where case is ignored is folded.
        (r"straße", re.I, {"straße"}),
        (r"läs också", re.I, {"läs också"}),
        (r"Disclaimer", 0, {RAW + "Disclaimer"}),
        # Letters the engine equates across lower cases fold to one (в ᲀ В, σ ς Σ).
        (r"Вход", re.I, {"вход"}),
        (r"ΧΡΗΜΑΤΙΣΤΗΡΙΟ", re.I, {fold("χρηματιστηριο")}),
        # An inline flag group names its words too, compared as its flags say.
        (r"(?i:copyright by)|(?i:all rights)", 0, {"copyright by", "all rights"}),
        (r"(?-i:Disclaimer): x", re.I, {RAW + "Disclaimer"}),
    ],
)
def test_required_literals_cases(pattern: str, flags: int, needs: set[str] | None) -> None:
    got = required_literals(re.compile(pattern, flags))
    if needs is None:
        assert got is None
    else:
        assert got is not None and needs <= got


def test_fold_is_the_regex_engines_case_insensitive_equality_on_every_character() -> None:
    # The engine equates two characters when their lower cases are equal or in one class of
    # its table of extra cases; fold must give every character that class's smallest member,
    # so that a case-insensitive word matches a unit only where its folded form is.
    import _sre

    casefix = pytest.importorskip("re._casefix")
    classes: dict[int, int] = {}
    for key, others in casefix._EXTRA_CASES.items():
        for member in (key, *others):
            classes[member] = min(key, *others)
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        lower = _sre.unicode_tolower(cp)
        assert fold(chr(cp)) == chr(classes.get(lower, lower)), hex(cp)


def test_fold_is_character_wise() -> None:
    for text in ("ΟΔΟΣ ΑΘΗΝΑΣ", "İstanbul BORSASI", "СВОДКА ᲀ", "Straße ẞ µ"):
        assert fold(text) == "".join(fold(c) for c in text)


def test_fold_covers_every_character_the_regex_engine_equates_with_an_ascii_letter() -> None:
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    for cp in range(0x80, 0x110000):
        ch = chr(cp)
        if letter.fullmatch(ch):
            assert fold(ch)[:1].isascii() and fold(ch)[:1].isalpha(), repr(ch)
