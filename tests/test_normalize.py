from __future__ import annotations

import itertools

import pytest
from ftfy.badness import is_bad
from hypothesis import given
from hypothesis import strategies as st

import cleanse
from cleanse.normalize import _MOJIBAKE_CHAR_RE, SAFE_PUNCTUATION, looks_bad, needs_repair, normalize

CJK = "风险提示：投资有风险，入市需谨慎！"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("caf\u00c3\u00a9", "café"),  # mojibake
        ("AT&amp;T &lt;b&gt;", "AT&T <b>"),  # entities
        ("a\u200bb\ufeffc", "abc"),  # zero-width
        ("bell\x07 here", "bell here"),  # control
        ("line\r\nbreaks\rhere", "line\nbreaks\nhere"),
        ("e\u0301", "é"),  # NFC
        ("trailing   \n\n\n\n\nnext\t\n", "trailing\n\nnext"),
        (CJK, CJK),  # full-width punctuation not folded
        ("“curly” ‘quotes’ it’s", "“curly” ‘quotes’ it’s"),  # not uncurled
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),  # ZWNJ kept
    ],
)
def test_normalize_cases(raw: str, want: str) -> None:
    assert normalize(raw)[0] == want


TRAPS = [
    *list("&;\r\n\t é€ÃÂ©\u200b\ufeff\x85\x92\u2028“”‘’风险：，ﬁЖж\x1b\x00"),
    "&amp;",
    "Ã©",
    "â€™",
    "&lt;",
]
text_with_traps = st.lists(st.one_of(st.text(max_size=5), st.sampled_from(TRAPS))).map("".join)


@given(text_with_traps)
def test_fast_path_equals_full_path(text: str) -> None:
    assert normalize(text, fast=True)[0] == normalize(text, fast=False)[0]


@given(text_with_traps)
def test_repair_is_ftfy_fix_text(text: str) -> None:
    import ftfy

    from cleanse.normalize import _INVISIBLE_RE, FTFY_CONFIG, repair

    expected = _INVISIBLE_RE.sub("", ftfy.fix_text(_INVISIBLE_RE.sub("", text), FTFY_CONFIG))
    assert repair(text) == expected


@given(text_with_traps)
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)[0]
    assert normalize(once)[0] == once


@given(st.text(alphabet=st.characters(codec="ascii", exclude_characters="&\r")))
def test_plain_ascii_takes_fast_path(text: str) -> None:
    if not any((ord(c) < 32 and c not in "\n\t") or ord(c) == 127 for c in text):
        assert not needs_repair(text)


def test_cjk_survives_clean() -> None:
    doc = "央行宣布维持利率不变。\n\n分析师认为，通胀放缓为明年降息创造了条件。" + CJK[:0]
    assert cleanse.clean(doc) == doc


def test_safe_punctuation_never_bad_alone() -> None:
    """The fast path's claim: strings of safe punctuation, ASCII and CJK are never mojibake."""
    alphabet = [chr(c) for c in sorted(SAFE_PUNCTUATION)] + list("aZ ,.0\n\"'") + ["风", "。"]
    for n in (1, 2, 3):
        for chars in itertools.product(alphabet, repeat=n):
            assert not is_bad("".join(chars)), chars


@given(text_with_traps)
def test_windowed_detector_equals_ftfy(text: str) -> None:
    assert looks_bad(text) == is_bad(text)
    assert looks_bad(text * 3 + " " * 40 + text) == is_bad(text * 3 + " " * 40 + text)


@given(text_with_traps)
def test_bad_text_holds_a_mojibake_char(text: str) -> None:
    if is_bad(text):
        assert _MOJIBAKE_CHAR_RE.search(text) is not None


def test_detector_hint_misses_no_bad_string() -> None:
    """Every short string ftfy calls bad is one the fast path looks at."""
    import random

    from cleanse.normalize import _DETECTED

    alphabet = [chr(c) for c in sorted(_DETECTED | SAFE_PUNCTUATION)] + list("aZ s.0\n") + ["风"]
    rng = random.Random(7)
    for chars in itertools.product(alphabet, repeat=2):
        text = "".join(chars)
        assert not is_bad(text) or _MOJIBAKE_CHAR_RE.search(text), text
    for _ in range(60_000):
        text = "".join(rng.choices(alphabet, k=rng.randint(3, 8)))
        assert not is_bad(text) or _MOJIBAKE_CHAR_RE.search(text), text


def test_loud_letters_table_matches_installed_ftfy() -> None:
    from cleanse.normalize import _DETECTED, _QUIET_LETTERS, _bad_beside_ascii

    loud = {c for c in _DETECTED if chr(c).isalpha() and _bad_beside_ascii(chr(c))}
    assert not (loud & _QUIET_LETTERS)


def test_curly_quotes_and_dashes_take_fast_path() -> None:
    assert not needs_repair("It’s “fine” — really… ‘yes’ 风险。")
    assert needs_repair("caf\u00c3\u00a9")
