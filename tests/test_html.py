"""The HTML path: element rules, body selection, metadata, encodings, robustness."""

from __future__ import annotations

import gzip
import html as htmllib
import os
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.html import ELEMENT_RULES, HtmlResult, explain_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
AEB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "aeb" / "docs"

STORY = (
    "<p>Oil prices fell on Tuesday as worries about supply eased, with Brent crude down 1.2% by midday.</p>"
    "<p>Traders said the market had priced in a larger disruption than now seemed likely this quarter.</p>"
    "<p>Analysts at two banks cut their demand forecasts, citing slower growth in China and Europe.</p>"
)


def page(extra: str) -> str:
    return f"<html><head><title>T</title></head><body>{extra}<article>{STORY}</article></body></html>"


def article() -> bytes:
    return (FIXTURES / "article.html").read_bytes()


# --- element rules, as data ------------------------------------------------------------------


def test_element_rule_ids_are_unique_and_documented() -> None:
    ids = [r.id for r in ELEMENT_RULES]
    assert len(ids) == len(set(ids))
    for r in ELEMENT_RULES:
        assert r.description and r.category and r.examples, r.id


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, ex) for r in ELEMENT_RULES for ex in r.examples],
    ids=lambda x: getattr(x, "id", ""),
)
def test_element_rule_examples_are_dropped(rule: object, example: str) -> None:
    result = explain_html(page(example))
    assert rule.id in [p.rule_id for p in result.pruned]  # type: ignore[attr-defined]
    assert "Oil prices fell" in result.text
    inner = BeautifulSoup(example, "html.parser").get_text(" ", strip=True)
    if inner:
        assert inner not in result.text


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, ex) for r in ELEMENT_RULES for ex in r.counterexamples],
    ids=lambda x: getattr(x, "id", ""),
)
def test_element_rule_counterexamples_are_kept(rule: object, example: str) -> None:
    result = explain_html(page(f"<div>{example}</div>"))
    assert rule.id not in [p.rule_id for p in result.pruned if p.text]  # type: ignore[attr-defined]


def test_fixture_article_body_metadata_and_evidence() -> None:
    result = cleanse.explain_html(article())
    assert isinstance(result, HtmlResult)
    text = result.text
    assert text.startswith("Oil prices fell on Tuesday")
    for kept in ("Demand outlook", "WTI: $78.10", "well supplied for now"):
        assert kept in text
    for gone in (
        "cookies",
        "Share on",
        "Advertisement",
        "Subscriber-only",
        "Gold hits record",
        "This article is great",
        "Central bank holds",
        "All rights reserved",
        "By Jane Doe",
        "holds no positions",
    ):
        assert gone not in text
    # the headline is metadata, not body
    assert "Oil prices slip" not in text
    assert "\n\n" in text
    ids = result.rule_ids()
    for rid in ("html.nav", "html.share-bar", "html.ads", "html.hidden", "html.related", "html.comments"):
        assert rid in ids
    assert "disclaimer.no-position" in ids  # text rules run inside the article container
    meta = result.metadata
    assert meta["title"] == "Oil prices slip as supply worries ease"
    assert meta["authors"] == "Jane Doe; John Roe"
    assert meta["published"].startswith("2024-03-05")
    assert meta["site_name"] == "Example News"
    assert meta["language"] == "en-GB"
    assert meta["canonical_url"] == "https://news.example.com/markets/oil-prices-slip"
    d = result.to_dict()
    assert d["text"] == text and d["pruned"]


def test_str_bytes_and_soup_agree() -> None:
    raw = article()
    text = raw.decode("utf-8")
    soup = BeautifulSoup(text, "html.parser")
    expected = cleanse.clean_html(raw)
    assert cleanse.clean_html(text) == expected
    assert cleanse.clean_html(soup) == expected
    tag = soup.find("main")
    assert tag is not None
    assert cleanse.clean_html(tag) == expected


def test_clean_html_is_explain_html_text() -> None:
    """``clean_html`` takes a shorter path (only the title of the metadata, no reports): same text."""
    from lxml import etree

    from cleanse.html.meta import json_ld, metadata, title

    pages = [article().decode("utf-8")]
    if AEB.is_dir():
        pages += [
            gzip.decompress((d / "page.html.gz").read_bytes()).decode("utf-8", "replace")
            for d in sorted(AEB.iterdir())[:40]
        ]
    for page in pages:
        assert cleanse.clean_html(page) == explain_html(page).text
        root = etree.fromstring(page.encode("utf-8"), etree.HTMLParser())
        ld = json_ld(root)
        assert title(root, ld) == metadata(root, ld).get("title")


def test_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        cleanse.clean_html(42)
    with pytest.raises(TypeError):
        cleanse.clean_html(None)


# --- body selection -------------------------------------------------------------------------------


def test_itemprop_article_body_wins() -> None:
    html = (
        "<body><div class='x'><p>" + "Teaser text about something else entirely here. " * 8 + "</p></div>"
        "<div itemprop='articleBody'>" + STORY + "</div></body>"
    )
    result = explain_html(html)
    assert result.source == "itemprop"
    assert result.text.startswith("Oil prices fell")


def test_json_ld_article_body_when_the_dom_has_none() -> None:
    body = "First paragraph of the story, long enough to be the article body text.\nSecond paragraph follows it here."
    html = (
        '<html><head><script type="application/ld+json">'
        + '{{"@type": "NewsArticle", "headline": "H", "articleBody": "{}"}}'.format(body.replace("\n", "\\n"))
        + "</script></head><body><div id='app'></div></body></html>"
    )
    result = explain_html(html)
    assert result.source == "json-ld"
    assert result.text == body.replace("\n", "\n\n")


def test_tables_are_text_rows() -> None:
    html = page("").replace(
        "</article>",
        "<table><tr><td>Brent</td><td>82.40</td></tr><tr><td>WTI</td><td>78.10</td></tr></table></article>",
    )
    text = cleanse.clean_html(html)
    assert "Brent 82.40\nWTI 78.10" in text


# --- pages with no article, odd pages -----------------------------------------------------------


@pytest.mark.parametrize(
    "empty", ["", "   ", b"", "<html></html>", "<!-- only a comment -->", "<script>x()</script>"]
)
def test_empty_pages_say_why(empty: str | bytes) -> None:
    result = explain_html(empty)
    assert result.text == ""
    assert result.reason


def test_menu_only_page_is_empty_with_reason() -> None:
    html = "<body>" + "".join(f"<div><a href='/{i}'>Section {i}</a></div>" for i in range(30)) + "</body>"
    result = explain_html(html)
    assert result.text == ""
    assert "no article" in result.reason


def test_odd_markup() -> None:
    cases = [
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        + STORY
        + "</body></html>",
        "<frameset><frame src='a.html'><noframes>" + STORY + "</noframes></frameset>",
        STORY,  # no <html>, no <body>
        "<div><p>Unclosed <b>bold <i>and italic " + STORY,
        '<!DOCTYPE html SYSTEM "http://example.com/evil.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;</p>'
        + STORY,
    ]
    for html in cases:
        text = cleanse.clean_html(html)
        assert "Oil prices fell" in text
        assert "root:" not in text


def test_deep_nesting_does_not_recurse() -> None:
    n = 100_000
    html = "<html><body>" + "<div>" * n + STORY + "</div>" * n + "</body></html>"
    cleanse.clean_html(html)  # no RecursionError; libxml2 caps depth, text past it is not kept
    shallow = "<html><body>" + "<div>" * 1000 + STORY + "</div>" * 1000 + "</body></html>"
    assert "Oil prices fell" in cleanse.clean_html(shallow)


def test_big_page_is_fast_enough() -> None:
    html = (
        "<html><body>"
        + ("<div class='c'>" + STORY + "<a href='/x'>more</a></div>") * 15_000
        + "</body></html>"
    )
    assert len(html) > 5_000_000
    t0 = time.perf_counter()
    cleanse.clean_html(html)
    assert time.perf_counter() - t0 < 60


# --- encodings ------------------------------------------------------------------------------------


def test_shift_jis_with_meta_charset() -> None:
    result = explain_html((FIXTURES / "shift_jis_meta.html").read_bytes())
    assert result.encoding in ("cp932", "shift_jis")
    assert "日経平均株価" in result.text


def test_utf8_with_bom() -> None:
    result = explain_html((FIXTURES / "utf8_bom.html").read_bytes())
    assert result.encoding == "utf-8"
    assert "café’s" in result.text and "\ufeff" not in result.text


def test_windows_1252_without_declaration() -> None:
    result = explain_html((FIXTURES / "windows1252_undeclared.html").read_bytes())
    assert "Café de Flore’s" in result.text
    assert "“surprised”" in result.text


# --- properties ----------------------------------------------------------------------------------

_markup = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div class='share'>",
                "</div>",
                "<a href='x'>",
                "</a>",
                "<table><tr><td>",
                "<br>",
                "<script>",
                "</script>",
                "<article>",
                "<h1>",
                "<li>",
                "<!--",
                "-->",
                "<![CDATA[",
                "&amp;",
                "&#0;",
                "<p hidden>",
                "<?xml ?>",
                "<svg>",
                "<math>",
                "<",
                ">",
                "\x00",
                "\ufeff",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=40,
).map("".join)


@given(_markup)
@settings(deadline=None)
def test_never_raises_on_arbitrary_markup(markup: str) -> None:
    result = explain_html(markup)
    assert isinstance(result.text, str)
    assert (result.text == "") == bool(result.reason) or result.text
    explain_html(markup.encode("utf-8", "replace"))


_words = st.lists(
    st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=12), min_size=1, max_size=60
)


@given(_words, st.sampled_from([".", ",", "!", ""]))
@settings(deadline=None)
def test_single_paragraph_page_is_clean_of_its_text(words: list[str], end: str) -> None:
    text = " ".join(words) + end
    html = f"<html><body><p>{htmllib.escape(text)}</p></body></html>"
    assert cleanse.clean_html(html) == cleanse.clean(" ".join(text.split()))


# --- dev pages end to end ------------------------------------------------------------------------


@pytest.mark.skipif(not AEB.is_dir(), reason="../shared/eval/aeb is not beside the repository")
def test_dev_pages_end_to_end() -> None:
    pages = sorted(AEB.iterdir())
    assert len(pages) >= 100
    t0 = time.perf_counter()
    empty = 0
    for d in pages:
        raw = gzip.decompress((d / "page.html.gz").read_bytes())
        result = cleanse.explain_html(raw)  # bytes: the decoding path too
        empty += not result.text
    assert empty <= len(pages) // 20
    limit = 120 if os.environ.get("CI") else 60
    assert time.perf_counter() - t0 < limit
