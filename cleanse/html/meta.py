"""Page metadata: title, authors, published date, site name, language, canonical URL.

Sources, first found wins: JSON-LD (``NewsArticle``/``Article``...), Open Graph and other
``<meta>`` tags, ``<link rel=canonical>``, microdata (``itemprop``) and ``<time datetime>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

__all__ = ["json_ld", "metadata", "title"]

_ARTICLE_TYPES = ("article", "posting", "report", "blog")


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            main = item.get("mainEntity")
            if isinstance(main, (dict, list)):
                stack.append(main)


def json_ld(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (top level and ``@graph``), articles first."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        found.extend(_objects(data))

    def is_article(obj: dict[str, Any]) -> bool:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        return any(isinstance(k, str) and any(t in k.lower() for t in _ARTICLE_TYPES) for k in kinds)

    return sorted(found, key=lambda o: not is_article(o))


def _names(value: Any) -> list[str]:
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append(item["name"])
    return [" ".join(n.split()) for n in out if n and n.strip()]


def _clean(s: str | None) -> str:
    return " ".join(s.split()) if s else ""


def _meta_tags(root: etree._Element) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop/http-equiv, first one wins."""
    tags: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (
            el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
        ).lower()
        content = el.get("content")
        if key and content and key not in tags:
            tags[key] = _clean(content)
    return tags


_TITLE_TAGS = ("og:title", "twitter:title", "title", "headline")
_NOT_TITLED = ("Organization", "WebSite", "Person")


def _ld_title(obj: dict[str, Any]) -> str | None:
    for key in ("headline", "name"):
        if isinstance(obj.get(key), str) and obj.get("@type") not in _NOT_TITLED:
            return _clean(obj[key])
    return None


def _title_text(root: etree._Element) -> str | None:
    title = root.find(".//title")
    if title is not None and title.text and title.text.strip():
        return _clean(title.text)
    return None


def title(root: etree._Element, ld: list[dict[str, Any]]) -> str | None:
    """``metadata(root, ld).get("title")`` without the other fields (``clean_html`` needs only
    the title: headings repeating it are not rendered)."""
    for obj in ld:
        found = _ld_title(obj)
        if found is not None:
            return found
    tags = _meta_tags(root)
    for key in _TITLE_TAGS:
        if tags.get(key):
            return tags[key]
    return _title_text(root)


def metadata(root: etree._Element, ld: list[dict[str, Any]]) -> dict[str, str]:
    meta: dict[str, str] = {}
    tags = _meta_tags(root)
    authors: list[str] = []
    for obj in ld:
        if "title" not in meta:
            found = _ld_title(obj)
            if found is not None:
                meta["title"] = found
        if not authors and obj.get("author"):
            authors = _names(obj["author"])
        if "published" not in meta and isinstance(obj.get("datePublished"), str):
            meta["published"] = obj["datePublished"].strip()
        if "site_name" not in meta:
            pub = obj.get("publisher")
            names = _names(pub) if pub else []
            if names:
                meta["site_name"] = names[0]
        if "language" not in meta and isinstance(obj.get("inLanguage"), str):
            meta["language"] = obj["inLanguage"].strip()
        if "canonical_url" not in meta and isinstance(obj.get("url"), str) and obj.get("headline"):
            meta["canonical_url"] = obj["url"].strip()
    for key in _TITLE_TAGS:
        if "title" not in meta and tags.get(key):
            meta["title"] = tags[key]
    if "title" not in meta:
        found = _title_text(root)
        if found is not None:
            meta["title"] = found
    if not authors:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"):
            if tags.get(key) and not tags[key].startswith("http"):
                authors = [tags[key]]
                break
    if not authors:
        for el in root.iter(etree.Element):
            if el.get("rel") == "author" or "author" in (el.get("itemprop") or "").split():
                name = _clean("".join(el.itertext()))
                if name and len(name) < 80 and name not in authors:
                    authors.append(name)
    if authors:
        meta["authors"] = "; ".join(dict.fromkeys(a.removeprefix("By ").strip() for a in authors))
    for key in (
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "og:published_time",
    ):
        if "published" not in meta and tags.get(key):
            meta["published"] = tags[key]
    if "published" not in meta:
        for el in root.iter("time"):
            value = el.get("datetime")
            if value and value.strip():
                meta["published"] = value.strip()
                break
    if "site_name" not in meta and tags.get("og:site_name"):
        meta["site_name"] = tags["og:site_name"]
    if "language" not in meta:
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang and lang.strip():
            meta["language"] = lang.strip()
        elif tags.get("content-language"):
            meta["language"] = tags["content-language"]
        elif tags.get("og:locale"):
            meta["language"] = tags["og:locale"]
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta["canonical_url"] = (link.get("href") or "").strip()
            break
    if "canonical_url" not in meta and tags.get("og:url"):
        meta["canonical_url"] = tags["og:url"]
    return meta


def ld_article_body(ld: list[dict[str, Any]]) -> str:
    """The longest JSON-LD ``articleBody`` on the page ("" if none)."""
    best = ""
    for obj in ld:
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body) > len(best):
            best = body
    return best
