"""Properties over arbitrary input (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import cleanse
from cleanse.rules import CATALOGUE, Scope, Where

from .articles import PARAGRAPHS, TITLE

# Text with the pieces boilerplate is made of, so that rules actually fire.
FRAGMENTS = (
    [ex for r in CATALOGUE for ex in r.examples] + list(PARAGRAPHS) + [TITLE, "Comments", "\n", "\n\n"]
)
docs = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("\n\n".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=10).map("".join),
)


@given(docs)
def test_idempotent(text: str) -> None:
    once = cleanse.clean(text)
    assert cleanse.clean(once) == once


@given(docs)
def test_only_removes_and_replays(text: str) -> None:
    result = cleanse.explain(text)
    ref = result.reference
    assert cleanse.apply_removals(ref, result.removals) == result.text
    pos = 0
    for r in result.removals:
        assert pos <= r.start < r.end <= len(ref)
        assert ref[r.start : r.end] == r.text
        pos = r.end
    for line in result.text.split("\n"):
        assert line in ref  # nothing new is written: every output line comes from the reference


@given(st.text())
def test_never_raises(text: str) -> None:
    result = cleanse.explain(text)
    assert isinstance(result.text, str)


@given(docs, st.sampled_from(["chrome", "disclaimer", "comments"]))
def test_disabling_a_category_never_removes_more(text: str, category: str) -> None:
    full = cleanse.explain(text, guard_threshold=1.0)
    less = cleanse.explain(text, guard_threshold=1.0, **{category: False})
    assert sum(r.end - r.start for r in less.removals) <= sum(r.end - r.start for r in full.removals)


EDGE_RULES = [r for r in CATALOGUE if r.where in (Where.HEAD, Where.TAIL)]


@given(
    st.lists(st.sampled_from(PARAGRAPHS), min_size=2, max_size=4).map("\n\n".join),
    st.sampled_from([(r, ex) for r in EDGE_RULES for ex in r.examples]),
    st.sampled_from(["\n\n", "\n"]),
)
def test_example_at_edge_goes_article_stays(article: str, rule_ex: tuple[object, str], sep: str) -> None:
    rule, example = rule_ex
    assert hasattr(rule, "where")
    options = {}
    if rule.scope is Scope.LEAD:  # type: ignore[attr-defined]
        doc = f"{example}{article}"  # glued to the first paragraph; applies with keep_dateline off
        options["keep_dateline"] = False
    elif rule.where is Where.HEAD:  # type: ignore[attr-defined]
        doc = f"{example}{sep}{article}"
        if rule.scope is Scope.RUN:  # type: ignore[attr-defined]
            options["keep_title"] = False  # else the run's first line is taken for a headline
    else:
        doc = f"{article}{sep}{example}"
    assert cleanse.clean(doc, **options) == article


QUOTES = st.sampled_from(["'", "’", "‘", '"', "“", "”"])
WORDS = st.sampled_from(["the", "market", "rose", "its", "Fed", "said", "风险", "投资", "銀行", "株価"])


@given(st.lists(st.tuples(WORDS, QUOTES), min_size=1, max_size=30))
def test_cjk_and_quotes_survive(parts: list[tuple[str, str]]) -> None:
    text = " ".join(f"{q}{w}{q}" for w, q in parts) + "."
    assume(text.strip() == text)
    assert cleanse.clean(text) == text
