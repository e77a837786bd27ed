"""Parsing with lxml and the per-element text statistics that pruning and body-finding share.

Everything here is iterative: a page of 100,000 nested elements costs no Python recursion.
(libxml2 itself stops nesting at depth 2048 with ``huge_tree``; deeper markup is not kept.)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from lxml import etree

__all__ = ["BLOCK_TAGS", "INLINE_TAGS", "PROSE_TAGS", "Stats", "parse", "stats"]

#: Elements whose text forms its own paragraph.
PROSE_TAGS = frozenset({"p", "pre", "dd", "blockquote", "h2", "h3", "h4", "h5", "h6"})
#: Elements that start and end a block of text in the output.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "figure",
        "figcaption",
        "address",
        "hr",
        "center",
        "body",
        "html",
        "noframes",
        "details",
        "summary",
        "caption",
        "fieldset",
        "hgroup",
    }
)
#: Elements that run inside a line of text.
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "big",
        "strike",
        "nobr",
    }
)

_LOCAL = threading.local()
# C0 controls (but tab, newline, return) are never content, and lxml refuses them in text it is given.
# UTF-8 never uses these bytes inside a multi-byte sequence, so they are deleted from the bytes.
_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _parser() -> etree.HTMLParser:
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=True,
            recover=True,
            default_doctype=False,
            collect_ids=False,  # nothing looks elements up by id: the id table is wasted work
        )
        _LOCAL.parser = parser
    return parser


def parse(text: str | bytes) -> etree._Element | None:
    """The page's root element, or ``None`` when there is nothing to parse (``bytes``: UTF-8)."""
    data = (text.encode("utf-8", "replace") if isinstance(text, str) else text).translate(None, _CONTROLS)
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


@dataclass
class Stats:
    """Text lengths per element, by position in ``elements`` (document order)."""

    elements: list[etree._Element]
    index: dict[etree._Element, int]
    text: list[int]  # all text in the subtree
    links: list[int]  # text inside <a> in the subtree
    prose: list[int]  # non-link text of prose paragraphs in the subtree
    paragraphs: list[int]  # prose paragraphs in the subtree
    own: list[int]  # prose of this element as one paragraph (0 for containers)
    size: list[int]  # elements in the subtree, itself included (the subtree is contiguous)
    dead: list[bool]  # dropped (directly or inside a dropped element)
    parent: list[int]  # position of the parent element (-1 for the root)
    #: elements marked itemprop="articleBody" (filled by ``Pruner.match_all``; None: not read)
    itemprop: list[int] | None = None

    def remove(self, i: int) -> None:
        """Account for dropping element ``i``: zero its subtree, subtract it from its ancestors."""
        dt, dl, dp, dc = self.text[i], self.links[i], self.prose[i], self.paragraphs[i]
        end = i + self.size[i]
        zeros = [0] * (end - i)
        self.dead[i:end] = [True] * (end - i)
        self.text[i:end] = self.links[i:end] = self.prose[i:end] = zeros
        self.paragraphs[i:end] = self.own[i:end] = zeros
        text, links, prose, paras, parent = self.text, self.links, self.prose, self.paragraphs, self.parent
        j = parent[i]
        while j >= 0:  # never below 0 (a link's prose is 0 though its children's is not)
            x = text[j] - dt
            text[j] = x if x > 0 else 0
            x = links[j] - dl
            links[j] = x if x > 0 else 0
            x = prose[j] - dp
            prose[j] = x if x > 0 else 0
            x = paras[j] - dc
            paras[j] = x if x > 0 else 0
            j = parent[j]

    def release(self) -> None:
        """Let go of the element proxies last-first (descendants before their ancestors).

        lxml frees a detached subtree (a dropped element) once no proxy inside it is alive, and
        checks the whole subtree each time one of its proxies goes: top-down, as the index
        dict would release them, that is quadratic in the subtree (a third of a millisecond
        per page); bottom-up it is one check. The statistics are unusable afterwards.
        """
        self.index.clear()
        self.elements.clear()  # a list drops its items from the last to the first

    def score(self, i: int, alpha: float, beta: float) -> float:
        """Prose, less ``alpha`` times the link text, less ``beta`` times the other text."""
        good = self.prose[i]
        links = self.links[i]
        other = max(0, self.text[i] - good - links)
        return good - alpha * links - beta * other


def stats(root: etree._Element, min_prose: int = 30) -> Stats:
    """One pass from the last element to the first: each element's totals are complete when it
    is reached (its descendants come after it) and are then added to its parent's."""
    elements = list(root.iter(etree.Element))  # elements only: no entities, comments or PIs
    index = {el: i for i, el in enumerate(elements)}
    get = index.get
    parent = [get(el.getparent(), -1) for el in elements]
    n = len(elements)
    text = [0] * n
    links = [0] * n
    prose = [0] * n
    paras = [0] * n
    direct = [0] * n  # own text, the children's tails and the text of inline children
    direct_links = [0] * n
    own_prose = [0] * n
    size = [1] * n
    prose_tags = PROSE_TAGS
    inline_tags = INLINE_TAGS
    for i in range(n - 1, -1, -1):
        el = elements[i]
        tag = el.tag
        s = el.text
        own = len(s.strip()) if s else 0
        t = text[i] + own
        d = direct[i] + own
        if tag == "a":
            # everything inside a link is link text, even block teasers (<a><div>..</div></a>)
            lk = t
            g = pc = 0
            sz = size[i]
            if sz > 1:
                own_prose[i + 1 : i + sz] = [0] * (sz - 1)
        else:
            lk = links[i]
            g = prose[i]
            pc = paras[i]
            if tag in prose_tags:
                if t >= min_prose and lk * 2 < t:
                    g = t - lk
                    pc = 1
                    own_prose[i] = g
            elif d >= 100 and direct_links[i] * 2 < d and tag not in inline_tags:
                # text written straight into a div or cell (paragraphs split by <br>)
                g += d - direct_links[i]
                pc += 1
                own_prose[i] = d - direct_links[i]
        text[i] = t
        links[i] = lk
        prose[i] = g
        paras[i] = pc
        p = parent[i]
        if p < 0:
            continue
        s = el.tail
        tail = len(s.strip()) if s else 0
        size[p] += size[i]
        text[p] += t + tail
        links[p] += lk
        prose[p] += g
        paras[p] += pc
        if tag in inline_tags:
            direct[p] += t + tail
            direct_links[p] += lk
        else:
            direct[p] += tail
    return Stats(elements, index, text, links, prose, paras, own_prose, size, [False] * n, parent)
