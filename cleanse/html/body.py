"""Finding the article body in a pruned page and writing it out as paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .tree import BLOCK_TAGS, PROSE_TAGS, Stats

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
    elements: list[etree._Element]
    source: str  # itemprop, density, page, none
    reason: str = ""


#: A parent replaces the body found so far when the body holds this share of its prose.
CLIMB = 0.6
#: A sibling continues the body when its prose is this share of the body's and is concentrated.
SIBLING = 0.2
#: A parent whose extra prose is article-like (see ``_continued``) replaces the body when the body
#: holds this share of its prose, and the extra paragraphs average this many characters.
CONTINUED_SHARE = 0.3
CONTINUED_PARAGRAPH = 80


def _itemprop_body(st: Stats) -> list[int]:
    out = []
    for i, el in enumerate(st.elements):
        prop = el.get("itemprop")
        if prop and "articleBody" in prop.split():
            out.append(i)
    return out


#: Teaser items: a blurb whose small container opens with a link of at least this many characters,
#: repeated at least ``TEASER_REPEAT`` times in one list or grid.
TEASER_LINK = 10
TEASER_REPEAT = 3


def _teasers(st: Stats, prose_at: list[int]) -> set[int]:
    """Prose paragraphs that are teaser blurbs: each shares its item with a linked headline
    that opens the item, and the items repeat (a list or grid of other stories).

    ``prose_at``: the elements with a paragraph of their own (``st.own``), in document order.
    """
    groups: dict[int, list[int]] = {}
    index = st.index
    text = st.text
    links = st.links
    parent = st.parent
    elements = st.elements
    for i in prose_at:
        el = elements[i]
        if el.tag not in PROSE_TAGS:
            at = i
        else:
            at = parent[i]
            if at < 0:
                continue
            el = elements[at]
        if el.text and el.text.strip():
            continue
        head = -1
        for child in el[:4]:
            j = index.get(child)
            if j is not None and text[j]:
                head = j
                break
        if head < 0 or head == i or text[head] < TEASER_LINK or links[head] * 5 < text[head] * 4:
            continue
        k = parent[at]
        for _ in range(2):  # the list holding the items, or one level above (<li><div>item</div></li>)
            if k < 0:
                break
            groups.setdefault(k, []).append(i)
            k = parent[k]
    return {i for items in groups.values() if len(items) >= TEASER_REPEAT for i in items}


def local_scores(st: Stats) -> list[float]:
    """Prose of each element's own paragraphs, children and (half) grandchildren.

    Article paragraphs are siblings: their parent collects them all. Teasers (a heading and a
    blurb per item) spread their prose over one parent each and never add up.
    """
    own = st.own
    local: list[float] = [*own]  # ints until a grandchild adds half its prose
    prose_at = [i for i, x in enumerate(own) if x]
    if not prose_at:
        return local
    parent = st.parent
    elements = st.elements
    teasers = _teasers(st, prose_at)
    scored = set(prose_at)
    for i in prose_at:
        if i in teasers:
            continue
        j = parent[i]
        if j < 0:
            continue
        x = own[i]
        local[j] += x
        scored.add(j)
        if elements[j].tag == "article":  # an <article> is a unit: its prose does not add up above it
            continue
        k = parent[j]
        if k >= 0:
            local[k] += x / 2
            scored.add(k)
    text = st.text
    links = st.links
    for i in scored:
        if local[i] and text[i]:
            local[i] *= 1.0 - links[i] / text[i]
    return local


def best_index(st: Stats) -> int:
    """The element with the best local score, widened while it remains most of its parent."""
    if not st.elements:
        return -1
    local = local_scores(st)
    top = max(range(len(local)), key=local.__getitem__)
    if local[top] <= 0:
        return -1
    cur = top
    while True:
        j = st.parent[cur]
        if j < 0:
            break
        if st.score(j, ALPHA, BETA) < st.score(cur, ALPHA, BETA):
            break
        if st.prose[cur] >= CLIMB * st.prose[j] or _continued(st, cur, j):
            cur = j
        else:
            break
    return cur


def _continued(st: Stats, cur: int, j: int) -> bool:
    """Whether what parent ``j`` adds to ``cur`` reads as more of the same article: sections of
    long, unlinked paragraphs (an article split into sibling blocks), not teasers, link lists or
    other posts (``<article>`` elements of their own)."""
    if st.prose[cur] < CONTINUED_SHARE * st.prose[j]:
        return False
    prose = st.prose[j] - st.prose[cur]
    text = st.text[j] - st.text[cur]
    links = st.links[j] - st.links[cur]
    paras = st.paragraphs[j] - st.paragraphs[cur]
    if paras < 2 or prose < 0.8 * text or links * 10 > text or prose < CONTINUED_PARAGRAPH * paras:
        return False
    inner = st.elements[cur]
    for art in st.elements[j].iter("article"):
        if (
            art is not inner
            and inner not in art.iterancestors("article")
            and art not in inner.iterancestors()
        ):
            return False
    return True


def _with_siblings(st: Stats, i: int) -> list[etree._Element]:
    el = st.elements[i]
    parent = el.getparent()
    if parent is None:
        return [el]
    local = None
    out = []
    for sib in parent:
        if sib is el:
            out.append(el)
            continue
        j = st.index.get(sib)
        if j is None or st.prose[j] < SIBLING * st.prose[i] or st.score(j, ALPHA, BETA) <= 0:
            continue
        if local is None:
            local = local_scores(st)
        if local[j] >= 0.5 * st.prose[j] and st.links[j] * 3 < st.text[j]:
            out.append(sib)
    return out


def lineage(el: etree._Element | None) -> frozenset[etree._Element]:
    """The element and its ancestors."""
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return frozenset(out)


def find_body(st: Stats) -> Body:
    if not st.elements:
        return Body([], "none", "the page has no elements")
    if st.text[0] == 0:
        return Body([], "none", "the page has no text")
    best = best_index(st)
    marked = [i for i in (_itemprop_body(st) if st.itemprop is None else st.itemprop) if st.prose[i] > 0]
    if marked:
        top = max(marked, key=lambda i: st.prose[i])
        # the marker wins over a density body it lies in (which widening may have joined to
        # other prose) when it holds a share a continued section could; else half of it
        inside = best >= 0 and best <= top < best + st.size[best]
        share = CONTINUED_SHARE if inside else 0.5
        if best < 0 or st.prose[top] >= share * st.prose[best]:
            return Body([st.elements[top]], "itemprop")
    if best >= 0:
        return Body(_with_siblings(st, best), "density")
    # no prose paragraph anywhere: keep the page's text if it is not mostly links
    body_i = next((i for i, el in enumerate(st.elements) if el.tag == "body"), 0)
    if st.links[body_i] * 2 < st.text[body_i]:
        return Body([st.elements[body_i]], "page")
    return Body([], "none", "no article: the page's remaining text is mostly links (menus, lists)")


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def render(container: etree._Element, titles: tuple[str, ...] = ()) -> str:
    """The container's text in document order: one block per paragraph, heading, item or row.

    Walked by lxml's ``iterwalk`` (start and end events from C; there are no comments or
    processing instructions: the parser removes them).
    """
    norm_titles = tuple(t for t in (_norm(x) for x in titles) if t)
    parts: list[str] = []
    append = parts.append
    skipped = None  # a heading repeating the title: neither its text nor its break
    walk = etree.iterwalk(container, events=("start", "end"))
    for event, el in walk:
        tag = el.tag
        if event == "end":
            if el is skipped:
                skipped = None
            elif tag in BLOCK_TAGS:
                append("\n\n")
            elif tag in _LINE_TAGS:
                append("\n")
            elif tag in _CELL_TAGS:
                append("\t")
            if el is not container:
                tail = el.tail
                if tail:
                    append(tail)
            continue
        if tag in _HEADINGS and norm_titles:
            h = _norm("".join(el.itertext()))
            if len(h) >= 10 and any(h in t for t in norm_titles):
                walk.skip_subtree()
                skipped = el
                continue
        if tag in BLOCK_TAGS:
            append("\n\n")
        elif tag == "br":
            append("\n")
        text = el.text
        if text:
            append(text)
    blocks = []
    for block in _BREAKS.split("".join(parts)):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)
