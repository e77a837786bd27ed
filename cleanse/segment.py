"""Lines and sentences, with offsets into the reference text.

Every function here is a single linear scan: no backtracking over the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Line", "sentence_starts", "split_lines"]


@dataclass(slots=True)
class Line:
    """A non-blank line: ``text`` is ``reference[start:end]`` stripped of edge whitespace."""

    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with their offsets, leading/trailing spaces excluded."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.lstrip()
        if stripped:
            s = pos + len(raw) - len(stripped)
            lines.append(Line(s, s + len(stripped.rstrip())))
        pos += len(raw) + 1
    return lines


# A sentence ends with . ! ? … or CJK 。！？, then optional closing quotes/brackets, unless
# a comma or a colon follows (a question inside a title: 《…吗？》，题图来自…). In
# Latin text the next sentence starts after whitespace, or glued (no space) with a capital
# letter, an opening quote or a wire's dashes ('.--IANS'); after CJK punctuation, before any
# non-ASCII character or a notice's asterisk (。*文章为作者独立观点).
_END_RE = re.compile(
    r"(?:(?P<latin>[.!?…]+)|(?P<cjk>[。！？]+))(?![\"'”’»)\]」』】）〕》〉]*[,，、;；:：])[\"'”’»)\]」』】）〕》〉]*"
    r"(?:(?P<space>[ \t\u00a0\u3000]+)|(?=[A-Z\"“‘«(\[]|--?[A-Z]|[^\x00-\x7f]|\Z)|(?(cjk)(?=\*)|(?!)))"
)

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft inc corp co ltd llc plc bros no nos vs etc al
    gen gov sen rep rev col capt lt sgt jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u e.g i.e a.m p.m approx dept est fig vol op ed cf""".split()
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\Z")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial?"""
    window = text[max(0, dot - 12) : dot]
    m = _WORD_BEFORE_RE.search(window)
    if m is None:
        return False
    word = m.group(1).lower().strip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "U. S."
    return word in _ABBREVIATIONS


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Offsets in ``text`` where a sentence begins, within ``[start, end)``, in order.

    ``start`` itself is always the first one.
    """
    if end is None:
        end = len(text)
    yield start
    for m in _END_RE.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        if m.group("latin") is not None:
            if m.group("latin") == "." and _is_abbreviation(text, m.start()):
                continue
            if m.group("space") is None and not _glued_start(text, m.start(), nxt):
                continue
        yield nxt


def _glued_start(text: str, dot: int, nxt: int) -> bool:
    """A sentence glued to the previous one ('Friday.The ...', 'rose 2%.(Reporting ...',
    'to $41.80.Write to ...', 'on the NYSE.(Reporting by ...'): a lower-case letter, a closing
    quote, a per cent sign or a digit before the stop and an upper-case or non-ASCII letter
    (or an opening bracket) after it, or an acronym before it and a capitalised word (or an
    opening bracket and a capital) after it; not a domain name or a decimal."""
    if dot == 0:
        return False
    before = text[dot - 1]
    after = text[nxt]
    if before.isdigit() and after.isdigit():
        return False
    if before.isupper() and text[dot - 2 : dot - 1].isupper():
        # An acronym, then a credit in brackets ('on the NSE.(Edited by : A. Rao)') or a
        # capitalised word ('on the JSE.Get the biggest stories', 'cents US.With files from').
        if after == "(":
            return text[nxt + 1 : nxt + 2].isupper()
        return after.isupper() and text[nxt + 1 : nxt + 2].islower()
    if before.isdigit() or before == "%":
        return after.isupper() or after in '([“"' or not after.isascii()
    if "\uac00" <= before <= "\ud7a3":  # Korean: '…말했다.김영수 기자' (a full stop, then hangul)
        return "\uac00" <= after <= "\ud7a3" or after.isupper() or after in '([“"'
    return (before.islower() or before in "\"'”’)") and not after.islower()
