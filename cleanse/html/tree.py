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


def parse(text: str) -> etree._Element | None:
    """The page's root element, or ``None`` when there is nothing to parse."""
    data = text.encode("utf-8", "replace").translate(None, _CONTROLS)
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _strip_len(s: str | None) -> int:
    return len(s.strip()) if s else 0


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

    def remove(self, i: int) -> None:
        """Account for dropping element ``i``: zero its subtree, subtract it from its ancestors.

        Call before detaching the element (its ancestors are found through it).
        """
        dt, dl, dp, dc = self.text[i], self.links[i], self.prose[i], self.paragraphs[i]
        for k in range(i, i + self.size[i]):
            self.dead[k] = True
            self.text[k] = self.links[k] = self.prose[k] = self.paragraphs[k] = self.own[k] = 0
        anc = self.elements[i].getparent()
        while anc is not None:
            j = self.index.get(anc)
            if j is not None:
                self.text[j] = max(0, self.text[j] - dt)
                self.links[j] = max(0, self.links[j] - dl)
                self.prose[j] = max(0, self.prose[j] - dp)
                self.paragraphs[j] = max(0, self.paragraphs[j] - dc)
            anc = anc.getparent()

    def score(self, i: int, alpha: float, beta: float) -> float:
        """Prose, less ``alpha`` times the link text, less ``beta`` times the other text."""
        good = self.prose[i]
        links = self.links[i]
        other = max(0, self.text[i] - good - links)
        return good - alpha * links - beta * other


def stats(root: etree._Element, min_prose: int = 30) -> Stats:
    elements = list(root.iter(etree.Element))  # elements only: no entities, comments or PIs
    index = {el: i for i, el in enumerate(elements)}
    n = len(elements)
    text = [0] * n
    links = [0] * n
    prose = [0] * n
    paras = [0] * n
    inline = [False] * n
    own_prose = [0] * n
    size = [1] * n
    for i in range(n - 1, -1, -1):
        el = elements[i]
        tag = el.tag
        own = _strip_len(el.text)
        t = own
        lk = 0
        g = 0
        pc = 0
        direct = own
        direct_links = 0
        for child in el:
            tail = _strip_len(child.tail)
            t += tail
            direct += tail
            j = index.get(child)
            if j is None:
                continue
            size[i] += size[j]
            t += text[j]
            lk += links[j]
            g += prose[j]
            pc += paras[j]
            if inline[j]:
                direct += text[j]
                direct_links += links[j]
        if tag == "a":
            # everything inside a link is link text, even block teasers (<a><div>..</div></a>)
            lk = t
            g = 0
            pc = 0
            for child in el.iter():
                j = index.get(child)
                if j is not None:
                    own_prose[j] = 0
        if tag in PROSE_TAGS:
            if t >= min_prose and lk * 2 < t:
                g = t - lk
                pc = 1
                own_prose[i] = g
            elif g == 0:
                g = 0
        elif direct >= 100 and direct_links * 2 < direct and tag not in INLINE_TAGS:
            # text written straight into a div or cell (paragraphs split by <br>)
            g += direct - direct_links
            pc += 1
            own_prose[i] = direct - direct_links
        text[i] = t
        links[i] = lk
        prose[i] = g
        paras[i] = pc
        inline[i] = tag in INLINE_TAGS
    return Stats(elements, index, text, links, prose, paras, own_prose, size, [False] * n)
