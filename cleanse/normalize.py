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
from ftfy import badness
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES

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


#: What makes at least one ftfy fix apply: an HTML entity (ftfy's own pattern: "AT&T" is
#: not one), or one of these characters: C1 controls (fix_c1_controls), ligatures, line
#: breaks other than \n, surrogates, terminal escapes, control characters. A set test over
#: the text's characters is several times faster than a regex scan.
_TRIGGER_CHARS = frozenset(
    "\r\x1b\u2028\u2029"
    + "".join(map(chr, range(0x80, 0xA0)))
    + "".join(map(chr, range(0xD800, 0xE000)))
    + "".join(map(chr, set(CONTROL_CHARS) | set(LIGATURES)))
)
#: The characters of ``_INVISIBLE_RE``.
_INVISIBLE_CHARS = frozenset("\u200b\u2060\ufeff\u00ad\u180e")


def _class_members(pattern: str) -> set[int]:
    """Code points named by the character classes and literals of a regex."""
    try:
        from re import _parser as sre  # type: ignore[attr-defined]  # Python >= 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as sre

    out: set[int] = set()

    def walk(tree: object) -> None:
        for item in tree:  # type: ignore[attr-defined]
            op, av = item
            name = str(op)
            if name == "LITERAL":
                out.add(av)
            elif name == "IN":
                for o, a in av:
                    if str(o) == "LITERAL":
                        out.add(a)
                    elif str(o) == "RANGE":
                        out.update(range(a[0], a[1] + 1))
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                walk(av[2])
            elif name == "BRANCH":
                for branch in av[1]:
                    walk(branch)

    walk(sre.parse(pattern, re.VERBOSE))
    return out


#: Punctuation that ftfy's mojibake detector lists but never needs on its own: text whose
#: only non-ASCII characters are these (and characters the detector does not name, such as
#: CJK) cannot be "bad". tests/test_normalize.py checks this claim exhaustively.
SAFE_PUNCTUATION = frozenset(
    _class_members("[" + badness.MOJIBAKE_CATEGORIES["common"] + "]")
    | _class_members("[" + badness.MOJIBAKE_CATEGORIES["start_punctuation"] + "]")
    | _class_members("[" + badness.MOJIBAKE_CATEGORIES["end_punctuation"] + "]")
)
#: Characters that ftfy's detector names (every match holds at least one).
_DETECTED = {c for c in _class_members(badness.BADNESS_RE.pattern) if c > 127} - SAFE_PUNCTUATION
_ASCII_CONTEXT = [chr(i) for i in range(32, 127)] + ["\n", "\t"]


def _bad_beside_ascii(char: str) -> bool:
    """Can ``char`` be part of a detected match whose other characters are ASCII?"""
    return any(is_bad("".join(x + char + y for x in _ASCII_CONTEXT)) for y in " .a0\n")


#: Detected letters that can be flagged with only ASCII around them, as computed by
#: ``_bad_beside_ascii`` for the ftfy version named here (recomputed, once, for another).
_LOUD_LETTERS_FTFY = ("6.3.1", "ÂÃŒœ")
if ftfy.__version__ == _LOUD_LETTERS_FTFY[0]:
    _loud = {ord(c) for c in _LOUD_LETTERS_FTFY[1]}
else:  # pragma: no cover - depends on the installed ftfy
    _loud = {c for c in _DETECTED if chr(c).isalpha() and _bad_beside_ascii(chr(c))}
#: Letters (é, ü, Cyrillic ...) that the detector only flags beside another non-ASCII
#: character; in "café" or "Müller" they need no look.
_QUIET_LETTERS = {c for c in _DETECTED if chr(c).isalpha()} - _loud
#: Where a match of ftfy's detector can start: a detected character other than a quiet
#: letter, or a quiet letter next to another non-ASCII character. tests/test_normalize.py
#: checks this against ftfy exhaustively on short strings.
_MOJIBAKE_CHAR_RE = re.compile(
    f"[{_char_class(_DETECTED - _QUIET_LETTERS)}]"
    f"|[{_char_class(_QUIET_LETTERS)}][^\x00-\x7f]|[^\x00-\x7f][{_char_class(_QUIET_LETTERS)}]"
)

_DETECTED_CHARS = frozenset(map(chr, _DETECTED))

_BLANK_RUN_RE = re.compile(r"\n(?:[^\S\n]*\n)+")


def needs_repair(text: str, chars: frozenset[str] | set[str] | None = None) -> bool:
    """False when no ftfy fix could change ``text`` (then ``repair`` is the identity).
    ``chars``: the set of the text's characters, if the caller has it."""
    if chars is None:
        chars = set(text)
    if "&" in chars and HTML_ENTITY_RE.search(text) is not None:
        return True
    if not chars.isdisjoint(_TRIGGER_CHARS):
        return True
    if text.isascii():
        return False
    if not unicodedata.is_normalized("NFC", text):
        return True
    if chars.isdisjoint(_DETECTED_CHARS):
        return False  # every match of the detector holds one of these
    return looks_bad(text)


#: Longer than any match of ftfy's detector (its longest alternative is 7 characters).
_WINDOW = 8
#: Detector characters that lie close together, as one match: dense non-Latin text (every
#: Cyrillic letter beside another is one) then costs one window per cluster, not per letter.
_MOJIBAKE_CLUSTER_RE = re.compile(
    f"(?:{_MOJIBAKE_CHAR_RE.pattern})(?:[\\s\\S]{{0,{2 * _WINDOW}}}?(?:{_MOJIBAKE_CHAR_RE.pattern}))*"
)


def looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, computed only on windows around the characters that
    every match must contain. The detector has no anchors or lookarounds and its matches are
    shorter than ``_WINDOW``, so a match in the text is a match in one window and the answer
    is the same (a property test checks it)."""
    for m in _MOJIBAKE_CLUSTER_RE.finditer(text):
        if is_bad(text[max(m.start() - _WINDOW, 0) : m.end() + _WINDOW]):
            return True
    return False


#: What each repair step does, by the name ftfy gives it (plus our own invisible-character step).
FIX_DESCRIPTIONS = {
    "remove_invisible": "zero-width and other invisible characters removed",
    "unescape_html": "HTML entities decoded (&amp; -> &)",
    "fix_encoding": "mojibake decoded (text read with the wrong codec)",
    "restore_byte_a0": "mojibake decoded where a non-breaking space had become a space",
    "replace_lossy_sequences": "unrecoverable mojibake sequences replaced",
    "decode_inconsistent_utf8": "mojibake decoded inside otherwise correct text",
    "fix_c1_controls": "C1 control characters read as Windows-1252",
    "fix_latin_ligatures": "Latin ligatures split (ﬁ -> fi)",
    "fix_line_breaks": "line breaks normalised to \\n",
    "fix_surrogates": "UTF-16 surrogate pairs joined",
    "remove_terminal_escapes": "terminal escape sequences removed",
    "remove_control_chars": "control characters removed",
    "normalize": "Unicode NFC normalisation",
    "normalize_whitespace": "trailing spaces and blank-line runs removed",
}
_EXPLAIN_CONFIG = FTFY_CONFIG._replace(explain=True)


def repair_and_explain(text: str) -> tuple[str, list[str]]:
    """The full encoding repair, without the fast path, and the names of the steps that
    changed something. Segments the text as ``ftfy.fix_text`` does (lines), so the output is
    ``fix_text``'s."""
    names: list[str] = []
    cleaned = _INVISIBLE_RE.sub("", text)
    if cleaned != text:
        names.append("remove_invisible")
    out: list[str] = []
    pos, n, limit = 0, len(cleaned), _EXPLAIN_CONFIG.max_decode_length
    while pos < n:
        brk = cleaned.find("\n", pos) + 1 or n
        brk = min(brk, pos + limit)
        fixed, steps = ftfy.fix_and_explain(cleaned[pos:brk], _EXPLAIN_CONFIG)
        out.append(fixed)
        for step in steps or ():
            if step.action == "apply":
                names.append(step.parameter)
            elif step.action == "normalize":
                names.append("normalize")
            else:  # encode / decode / transcode: the mojibake fix
                names.append("fix_encoding")
        pos = brk
    repaired = _INVISIBLE_RE.sub("", "".join(out))
    if repaired != "".join(out):
        names.append("remove_invisible")
    return repaired, list(dict.fromkeys(names))


def repair(text: str) -> str:
    """The full encoding repair, without the fast path."""
    return repair_and_explain(text)[0]


def normalize_whitespace(text: str) -> str:
    """Line endings to \\n, no trailing spaces, blank-line runs collapsed to one blank
    line, no blank lines at the start or end. Paragraphs stay paragraphs."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join([line.rstrip() for line in text.split("\n")])
    text = _BLANK_RUN_RE.sub("\n\n", text)
    return text.strip("\n")


#: Every character that ``needs_repair`` or the invisible-character step looks for: a text
#: with none of them (and no "&") can only need NFC normalisation. One regex scan is several
#: times faster than building the text's character set.
_SUSPECT_RE = re.compile(
    f"[{_char_class(set(map(ord, _TRIGGER_CHARS | _INVISIBLE_CHARS | _DETECTED_CHARS)))}]"
)


def _repair_fast(text: str) -> tuple[str, list[str]]:
    if "&" not in text and _SUSPECT_RE.search(text) is None:
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return text, []
        return repair_and_explain(text)
    chars = set(text)
    if chars.isdisjoint(_INVISIBLE_CHARS) and not needs_repair(text, chars):
        return text, []
    return repair_and_explain(text)


def normalize(text: str, *, encoding: bool = True, fast: bool = True) -> tuple[str, list[Fix]]:
    """Repair and normalise ``text``; returns the reference text and the fixes that changed it.

    Repeated until stable (at most three rounds), so that normalising twice changes nothing.
    """
    fixes: list[Fix] = []
    for _ in range(3):
        repaired = text
        if encoding:
            repaired, names = _repair_fast(text) if fast else repair_and_explain(text)
            for name in names:
                _add(fixes, Fix(name, FIX_DESCRIPTIONS.get(name, name)))
        spaced = normalize_whitespace(repaired)
        if spaced != repaired:
            _add(fixes, Fix("normalize_whitespace", FIX_DESCRIPTIONS["normalize_whitespace"]))
        unchanged = repaired == text
        text = spaced
        if unchanged:
            break  # repair was the identity; whitespace normalisation is idempotent
    return text, fixes


def _add(fixes: list[Fix], fix: Fix) -> None:
    if fix not in fixes:
        fixes.append(fix)
