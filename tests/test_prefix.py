"""The two-character and per-alternative pre-checks may only reject units that the rule
cannot match, and the faster line splitter finds the same lines as the plain scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanse.engine import _UNSPACED_RE, CompiledRule, _fewest
from cleanse.prefilter import PREFIX_CHARS, RAW, _alternatives, _tree, branch_filters, fold, prefix_pattern
from cleanse.rules import CATALOGUE
from cleanse.segment import Line, split_lines

COMPILED = [CompiledRule.of(r) for r in CATALOGUE]


def _admits(c: CompiledRule, text: str) -> bool:
    return c.prefix is None or c.prefix.fullmatch(text[:PREFIX_CHARS]) is not None


@pytest.mark.parametrize("c", COMPILED, ids=[c.id for c in COMPILED])
def test_every_example_passes_its_rules_prefix_check(c: CompiledRule) -> None:
    for text in c.rule.examples + c.rule.counterexamples:
        for variant in (text.strip(), text.strip().upper(), text.strip().lower()):
            if c.regex.match(variant):
                assert _admits(c, variant), variant


def test_the_catalogue_is_mostly_bounded() -> None:
    assert sum(c.prefix is not None for c in COMPILED) >= 0.8 * len(COMPILED)


_STARTS = sorted({t.strip()[:3] for c in COMPILED for t in c.rule.examples if t.strip()})


@given(st.sampled_from(COMPILED), st.sampled_from(_STARTS), st.text(max_size=60))
def test_a_match_always_passes_the_prefix_check(c: CompiledRule, start: str, text: str) -> None:
    for unit in (text, start + text, start[:1] + text, start.upper() + text):
        if c.regex.match(unit) is not None:
            assert _admits(c, unit), unit


@pytest.mark.parametrize(
    ("pattern", "flags", "yes", "no"),
    [
        (r"read more|see also", re.I, ["Re", "SE"], ["Th", "r", "ad"]),
        (r"[\[(]?[ \t]*(?:ad|more)", re.I, ["[a", "(m", " a", "ad", "  "], ["[x", "xa"]),
        (r"(?i:risk)|\d+ comments", 0, ["Ri", "1 ", "42"], ["Co", "a1"]),
        (r"(?=foo)fo|[^a]x", 0, ["fo", "bx", "fx"], ["ax", "ab"]),
        (r"(?-i:[A-Z])[a-z]+ said", re.I, ["Ab", "AB"], ["ab"]),
        (r"k[a-z]", re.I, ["\u212ax"], ["xk"]),  # the Kelvin sign folds to k, as the engine says
        (r"x{0,3}yy", 0, ["xx", "xy", "yy"], ["yx", "zz"]),
        (r"\b(?:ab|c)d", 0, ["ab", "cd"], ["ad", "c"]),
        # A lookahead bounds the characters after it: the text must start as it says.
        (r"(?=foo)f|xy", 0, ["fo", "xy"], ["fx", "xx"]),
        (r"(?=[A-Z]{2}[^\n]*\Z)[^\n]+", 0, ["AB", "ZZ"], ["Ab", "aB", "A "]),
        (r"(?=ab|cd)[^\n]+", 0, ["ab", "cd"], ["ax", "xc", "cx"]),
        # A match that ends before the prefix is full: the unit is that short ('|' alone).
        (r"a\Z", 0, ["a"], ["ab", "b"]),
        (r"[|¦]{1,3}[\s.]*\Z", 0, ["|", "||", "| ", "¦."], ["a|", "|a", "a"]),
    ],
)
def test_prefix_pattern_cases(pattern: str, flags: int, yes: list[str], no: list[str]) -> None:
    got = prefix_pattern(re.compile(pattern, flags))
    assert got is not None
    for key in yes:
        assert got.fullmatch(key) is not None, key
    for key in no:
        assert got.fullmatch(key) is None, key


@pytest.mark.parametrize(
    "pattern", [r"a", r"ab?", r"(?=f)f|xy", r"(a)\1", r"a*b", r"(?s:.)x", r"(?x:a b)c"]
)
def test_unbounded_or_short_patterns_give_none(pattern: str) -> None:
    assert prefix_pattern(re.compile(pattern)) is None


def _plain_split(text: str) -> list[Line]:
    lines: list[Line] = []
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl < 0 else nl
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            lines.append(Line(s, e))
        pos = nl + 1
    return lines


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000文"), max_size=60))
def test_split_lines_finds_the_lines_of_a_plain_scan(text: str) -> None:
    assert split_lines(text) == _plain_split(text)


def _passes_branch_words(c: CompiledRule, text: str) -> bool:
    """The engine's bound for ``text``: its check exists and its words (if any) are in it."""
    check = c.check(text[:PREFIX_CHARS])
    if check is None:
        return False
    needs, latin = check[2], check[3]
    if needs is None:
        return True
    if _UNSPACED_RE.search(text) is None:
        needs = latin  # the engine tests only these on a unit without CJK, kana or hangul
    folded, raw = needs
    return any(word in text for word in raw) or any(word in fold(text) for word in folded)


@pytest.mark.parametrize("c", COMPILED, ids=[c.id for c in COMPILED])
def test_every_example_passes_its_rules_branch_check(c: CompiledRule) -> None:
    for text in c.rule.examples + c.rule.counterexamples:
        for variant in (text.strip(), text.strip().upper(), text.strip().lower()):
            if c.regex.match(variant):
                assert _passes_branch_words(c, variant), variant


@given(
    st.sampled_from(COMPILED),
    st.sampled_from(_STARTS),
    st.text(max_size=60),
    st.sampled_from(["", "@", "[AB]", "/", "İ", "ſ", "K", " photo", "Σ", "ς", "ẞ", "Ä", "Й", "ᲀ"]),
)
def test_a_match_always_passes_the_branch_check(c: CompiledRule, start: str, text: str, odd: str) -> None:
    for unit in (text, start + text + odd, start + odd + text, odd + text):
        if c.regex.match(unit) is not None:
            assert _passes_branch_words(c, unit), unit


def test_branch_filters_cases() -> None:
    got = branch_filters(re.compile(r"[(]?(?:read more|watch|[^\n]{0,9}@\w+)[:\s][^\n]*", re.I))
    assert got is not None
    assert len(got.needs) == 3
    assert got.mask("Re") == (True, False, True)  # the third alternative can start anywhere
    assert got.mask("(w") == (False, True, True)
    assert got.needs[2] == frozenset({"@"})
    assert branch_filters(re.compile(r"abc")) is None


def test_alternatives_with_the_same_start_share_a_group() -> None:
    got = branch_filters(re.compile(r"read more|read next|watch|[^\n]{0,9}@|[^\n]{0,9}#", re.I))
    assert got is not None
    assert got.groups[0] == got.groups[1] != got.groups[2]
    assert got.groups[3] == got.groups[4]
    assert got.admit.groups == 3
    assert got.mask("Re") == (True, True, False, True, True)
    assert got.mask("wa") == (False, False, True, True, True)


def test_branch_words_read_a_class_of_a_few_characters() -> None:
    # The parser turns (?:攝|摄) into the class [攝摄]: a unit must still hold one of them.
    got = branch_filters(re.compile(r"[^\n]{0,80}?[（(][\u4e00-\u9fff]{2,4}(?:攝|摄)[）)]|abc"))
    assert got is not None
    assert got.needs[0] == frozenset({RAW + "攝", RAW + "摄"})  # case counts in this pattern
    # A class of spaces or ASCII punctuation is in nearly every line: no bound from it.
    got = branch_filters(re.compile(r"[^\n]{0,9}[ \t][0-9]|abc"))
    assert got is not None and got.needs[0] is None


def test_fewest_keeps_the_words_no_other_contains() -> None:
    assert _fewest(frozenset({"photo", "photograph", "ap", "apple", "x"})) == {"photo", "ap", "x"}


def test_every_rule_with_alternatives_has_branch_filters() -> None:
    # Past _MAX_BRANCHES alternatives a rule loses its per-alternative words and its pattern
    # runs on every line that starts like any of them (chrome.newsletter at 130 alternatives
    # ran on 4411 lines of extracted.txt instead of 250): group alternatives, or raise it.
    for c in COMPILED:
        if len(_alternatives(list(_tree(c.regex.pattern, c.regex.flags))) or ()) > 1:
            assert branch_filters(c.regex) is not None, c.id
