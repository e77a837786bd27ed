"""Encoding repair and whitespace normalisation, with a fast path.

ftfy does the repair, configured to be safe for every language: full-width CJK
punctuation is not folded and curly quotes are not uncurled. ftfy runs at a few MB/s, so
``needs_repair`` first checks, from ftfy's own tables, whether any of its fixes could change
the text; most real text (ASCII, or clean UTF-8 with curly quotes and dashes) skips it.
A property test checks that the fast and full paths agree.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, LIGATURES

from .result import Fix

__all__ = ["FTFY_CONFIG", "needs_repair", "normalize", "normalize_whitespace", "repair"]

#: ftfy's settings: everything that repairs, nothing that rewrites a language's characters.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    fix_character_width=False,
    uncurl_quotes=False,
    normalization="NFC",
    explain=False,
)

#: Invisible characters with no meaning in running text. ZWJ and ZWNJ (U+200C/D) are
#: kept: Persian, Indic scripts and emoji need them.
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")


def _char_class(chars: set[int]) -> str:
    return "".join(re.escape(chr(c)) for c in sorted(chars))


#: Characters that make at least one ftfy fix apply: entities, C1 controls (fix_c1_controls),
#: ligatures, line breaks other than \n, surrogates, terminal escapes, control characters.
_TRIGGER_RE = re.compile(
    "[&\r\x1b\x80-\x9f\u2028\u2029\ud800-\udfff" + _char_class(set(CONTROL_CHARS) | set(LIGATURES)) + "]"
)

_TRAILING_WS_RE = re.compile(r"[^\S\n]+$", re.MULTILINE)
_BLANK_RUN_RE = re.compile(r"\n(?:[^\S\n]*\n)+")


def needs_repair(text: str) -> bool:
    """False when no ftfy fix could change ``text`` (then ``repair`` is the identity)."""
    if _TRIGGER_RE.search(text) is not None:
        return True
    if text.isascii():
        return False
    return not unicodedata.is_normalized("NFC", text) or is_bad(text)


def repair(text: str) -> str:
    """The full encoding repair, without the fast path."""
    text = _INVISIBLE_RE.sub("", text)
    text = ftfy.fix_text(text, FTFY_CONFIG)
    return _INVISIBLE_RE.sub("", text)


def normalize_whitespace(text: str) -> str:
    """Line endings to \\n, no trailing spaces, blank-line runs collapsed to one blank
    line, no blank lines at the start or end. Paragraphs stay paragraphs."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_WS_RE.sub("", text)
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip("\n")


def _repair_fast(text: str) -> str:
    if _INVISIBLE_RE.search(text) is None and not needs_repair(text):
        return text
    return repair(text)


def normalize(text: str, *, encoding: bool = True, fast: bool = True) -> tuple[str, list[Fix]]:
    """Repair and normalise ``text``; returns the reference text and the fixes that changed it.

    Repeated until stable (at most three rounds), so that normalising twice changes nothing.
    """
    fixes: list[Fix] = []
    for _ in range(3):
        before = text
        if encoding:
            repaired = _repair_fast(text) if fast else repair(text)
            if repaired != text:
                _add(fixes, Fix("fix_encoding", "mojibake, entities, control and invisible characters, NFC"))
                text = repaired
        spaced = normalize_whitespace(text)
        if spaced != text:
            _add(fixes, Fix("normalize_whitespace", "line endings, trailing spaces, blank-line runs"))
            text = spaced
        if text == before:
            break
    return text, fixes


def _add(fixes: list[Fix], fix: Fix) -> None:
    if fix not in fixes:
        fixes.append(fix)
