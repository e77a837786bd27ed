"""Finding the article body in a pruned page and writing it out as paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .tree import BLOCK_TAGS, Stats

__all__ = ["Body", "find_body", "render"]

#: The weights of link text and of other non-prose text (short lines, captions, list items)
#: against prose in a container.
ALPHA = 1.0
BETA = 0.3
_SPACE = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\n\s*\n\s*")
_HEADINGS = frozenset({"h1", "h2", "h3"})
_LINE_TAGS = frozenset({"tr", "br"})
_CELL_TAGS = frozenset({"td", "th"})


@dataclass
class Body:
    element: etree._Element | None
    source: str  # itemprop, article, density, page, none
    reason: str = ""


def _itemprop_body(st: Stats) -> list[int]:
    out = []
    for i, el in enumerate(st.elements):
        prop = el.get("itemprop")
        if prop and "articleBody" in prop.split():
            out.append(i)
    return out


def best_index(st: Stats) -> int:
    """The element with the best density score (-1 when no element holds prose)."""
    best = -1
    best_score = 0.0
    for i in range(len(st.elements)):
        if st.prose[i] == 0:
            continue
        s = st.score(i, ALPHA, BETA)
        if s > best_score:
            best, best_score = i, s
    return best


def lineage(el: etree._Element | None) -> frozenset[etree._Element]:
    """The element and its ancestors."""
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return frozenset(out)


def find_body(st: Stats) -> Body:
    if not st.elements:
        return Body(None, "none", "the page has no elements")
    if st.text[0] == 0:
        return Body(None, "none", "the page has no text")
    best = best_index(st)
    marked = [i for i in _itemprop_body(st) if st.prose[i] > 0]
    if marked:
        top = max(marked, key=lambda i: st.prose[i])
        if best < 0 or st.prose[top] >= 0.5 * st.prose[best]:
            return Body(st.elements[top], "itemprop")
    if best >= 0:
        return Body(st.elements[best], "density")
    # no prose paragraph anywhere: keep the page's text if it is not mostly links
    body_i = next((i for i, el in enumerate(st.elements) if el.tag == "body"), 0)
    if st.links[body_i] * 2 < st.text[body_i]:
        return Body(st.elements[body_i], "page")
    return Body(None, "none", "no article: the page's remaining text is mostly links (menus, lists)")


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def render(container: etree._Element, titles: tuple[str, ...] = ()) -> str:
    """The container's text in document order: one block per paragraph, heading, item or row."""
    norm_titles = tuple(t for t in (_norm(x) for x in titles) if t)
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(container, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag
        if closing:
            if tag in BLOCK_TAGS:
                parts.append("\n\n")
            elif tag in _LINE_TAGS:
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append("\t")
            if el is not container and el.tail:
                parts.append(el.tail)
            continue
        if not isinstance(tag, str):
            if el.tail:
                parts.append(el.tail)
            continue
        if tag in _HEADINGS and norm_titles:
            h = _norm("".join(el.itertext()))
            if len(h) >= 10 and any(h in t for t in norm_titles):
                if el is not container and el.tail:
                    parts.append(el.tail)
                continue
        if tag in BLOCK_TAGS:
            parts.append("\n\n")
        elif tag == "br":
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    blocks = []
    for block in _BREAKS.split("".join(parts)):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)
