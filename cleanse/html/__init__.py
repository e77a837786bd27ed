"""HTML in, clean article body out.

``clean_html(page)`` returns the article body as text (paragraphs separated by blank lines);
``explain_html(page)`` returns an ``HtmlResult`` with the evidence: the elements the element
rules dropped (``pruned``), where the body came from (``source``), the text-rule result on
the body (``body``: removals, fixes), the page's metadata and, when the body is empty, why.

The page may be ``str``, ``bytes`` (decoded by BOM, declaration, then detection) or an
already parsed ``bs4.BeautifulSoup``/``bs4.Tag`` (converted to markup and parsed with lxml:
BeautifulSoup's own tree is too slow for the hot path; see docs/html.md).
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from lxml import etree

from ..cleaner import Cleaner
from ..config import Config
from ..result import CleanResult, Removal, make_result
from .body import best_index, find_body, lineage, render
from .decode import decode
from .elements import ELEMENT_RULES, ElementRule
from .meta import json_ld, ld_article_body, metadata, title
from .prune import Pruned, Pruner
from .tree import parse, stats

__all__ = [
    "ELEMENT_RULES",
    "ElementRule",
    "HtmlCleaner",
    "HtmlResult",
    "Pruned",
    "clean_html",
    "explain_html",
    "to_text",
]


@dataclass(frozen=True, slots=True)
class HtmlResult:
    """The article body of a page and the evidence for it."""

    #: The clean article body ("" when the page has none; ``reason`` says why).
    text: str
    #: The text-rule run on the extracted body (reference, removals, fixes).
    body: CleanResult
    #: Elements dropped by element rules, in document order.
    pruned: tuple[Pruned, ...] = ()
    #: Where the body came from: itemprop, json-ld, density, page or none.
    source: str = "none"
    #: The encoding used for bytes input ("" for str and soups).
    encoding: str = ""
    #: title, authors ("; "-separated), published, site_name, language, canonical_url.
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Why the body is empty, when it is.
    reason: str = ""

    @property
    def removals(self) -> tuple[Removal, ...]:
        return self.body.removals

    def rule_ids(self) -> list[str]:
        """Element-rule ids then text-rule ids that removed something, without repeats."""
        return list(dict.fromkeys([p.rule_id for p in self.pruned] + self.body.rule_ids()))

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "source": self.source,
            "encoding": self.encoding,
            "reason": self.reason,
            "metadata": dict(self.metadata),
            "pruned": [p.to_dict() for p in self.pruned],
            "removals": [r.to_dict() for r in self.body.removals],
            "fixes": [f.to_dict() for f in self.body.fixes],
            "guard_fired": self.body.guard_fired,
            "guard_reason": self.body.guard_reason,
        }


def to_text(page: object) -> tuple[str, str]:
    """``(markup as str, encoding used)`` for any accepted page type; ``TypeError`` otherwise."""
    if isinstance(page, str):
        return page, ""
    if isinstance(page, (bytes, bytearray, memoryview)):
        return decode(bytes(page))
    try:
        from bs4 import BeautifulSoup
        from bs4.element import Tag
    except ImportError:  # pragma: no cover - bs4 is a runtime dependency
        Tag = BeautifulSoup = None  # type: ignore[assignment,misc]
    if Tag is not None and isinstance(page, (BeautifulSoup, Tag)):
        return page.decode(), ""
    raise TypeError(f"clean_html expects str, bytes or a BeautifulSoup/Tag, got {type(page).__name__}")


def _source(page: object) -> tuple[str | bytes, str]:
    """``to_text``, but UTF-8 bytes stay bytes: the parser reads UTF-8, so decoding them to
    check them is enough (no second encoding)."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        text, encoding = decode(data)
        if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8):
            return data, encoding
        return text, encoding
    return to_text(page)


_TEXTLIKE = 0.6  # a JSON-LD articleBody this much longer than the DOM body replaces it


class HtmlCleaner:
    """Element rules, text rules and config compiled once; ``explain(page)`` per page."""

    __slots__ = ("cleaner", "config", "pruner")

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        self.cleaner = Cleaner(config, **options)
        self.config = self.cleaner.config
        self.pruner = Pruner(self.config)

    def __reduce__(self) -> tuple[Any, ...]:
        return (HtmlCleaner, (self.config,))

    def clean(self, page: object, /) -> str:
        markup, encoding = _source(page)
        try:
            return self._explain(markup, encoding, excerpts=False, report=False).text
        except RecursionError:  # pragma: no cover - nothing here recurses; belt and braces
            return ""

    def explain(self, page: object, /, *, excerpts: bool = True) -> HtmlResult:
        """The body and the evidence; ``excerpts=False`` skips the dropped elements' text."""
        markup, encoding = _source(page)
        try:
            return self._explain(markup, encoding, excerpts)
        except RecursionError:  # pragma: no cover - nothing here recurses; belt and braces
            return self._empty(encoding, "the page is nested too deeply to read")

    def _empty(
        self,
        encoding: str,
        reason: str,
        meta: Mapping[str, str] | None = None,
        pruned: tuple[Pruned, ...] = (),
    ) -> HtmlResult:
        return HtmlResult(
            "", make_result("", ""), pruned, "none", encoding, MappingProxyType(dict(meta or {})), reason
        )

    def _explain(
        self, markup: str | bytes, encoding: str, excerpts: bool = True, report: bool = True
    ) -> HtmlResult:
        """``report=False`` (``clean``): only the text is wanted, so of the metadata only the
        title is read and the code elements dropped are not listed."""
        root = parse(markup)
        if root is None:
            return self._empty(encoding, "the page is empty")
        ld = json_ld(root)
        if report:
            meta = metadata(root, ld)
        else:
            found_title = title(root, ld)
            meta = {} if found_title is None else {"title": found_title}
        title_tag = _title_tag(root)
        pruned = self.pruner.drop_code(root, report)
        st = stats(root)
        matches = self.pruner.match_all(st)
        dropped, _spared = self.pruner.prune(root, st, matches, structural=True, excerpts=excerpts)
        pruned.extend(dropped)
        best = best_index(st)
        protect = lineage(st.elements[best]) if best >= 0 else frozenset()
        dropped, _spared = self.pruner.prune(
            root, st, matches, structural=False, protect=protect, excerpts=excerpts
        )
        pruned.extend(dropped)
        found = find_body(st)
        titles = tuple(t for t in (meta.get("title", ""), title_tag) if t)
        text = "\n\n".join(t for t in (render(el, titles) for el in found.elements) if t)
        st.release()  # frees the tree bottom-up: much cheaper than the default order
        source = found.source
        ld_body = ld_article_body(ld)
        if ld_body and len(text) < _TEXTLIKE * len(ld_body.strip()):
            text = "\n\n".join(" ".join(p.split()) for p in ld_body.splitlines() if p.strip())
            source = "json-ld"
        if not text:
            return self._empty(encoding, found.reason or "no article text found", meta, tuple(pruned))
        result = self.cleaner.explain(text)
        merged = dict(result.metadata)
        merged.update(meta)
        reason = "" if result.text else "the text rules removed everything"
        return HtmlResult(
            result.text, result, tuple(pruned), source, encoding, MappingProxyType(merged), reason
        )


def _title_tag(root: etree._Element) -> str:
    """The text of the page's ``<title>`` (read before the code elements, ``<title>`` among
    them, are dropped)."""
    title = root.find(".//title")
    return "".join(title.itertext()) if title is not None else ""


@lru_cache(maxsize=16)
def _html_cleaner(config: Config) -> HtmlCleaner:
    return HtmlCleaner(config)


def _for(options: dict[str, Any]) -> HtmlCleaner:
    return _html_cleaner(Config(**options))


def clean_html(page: object, /, **options: Any) -> str:
    """The clean article body of a page (``str``, ``bytes`` or a soup). ``options``: Config fields."""
    return _for(options).clean(page)


def explain_html(page: object, /, **options: Any) -> HtmlResult:
    """The article body of a page with the evidence (see ``HtmlResult``)."""
    return _for(options).explain(page)
