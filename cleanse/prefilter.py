"""Cheap pre-checks derived from a rule's compiled pattern.

Every rule pattern is matched at the start of a unit (``re.match``), so the unit's first
character already rules most patterns out: a line that starts with "T" cannot be a
"Disclaimer:" line. ``first_char_class`` reads the pattern's parse tree and returns a
one-character pattern (with the rule's own flags, so case folding is the regex engine's)
that the first character of every match must match, or ``None`` when it cannot tell.

The result is exact in one direction only, which is the one that matters: when the class
rejects a character, no match can start with it. tests/test_prefilter.py checks that on
every rule's examples and on arbitrary text.

``required_literals`` does the same for the words a match must contain anywhere (a
"forward-looking statements" rule cannot match a line without "forward"): a few substring
tests on the lower-cased unit are much cheaper than a pattern that scans the line.

``prefix_pattern`` extends the first-character class to the first ``PREFIX_CHARS``
characters ("re" for "Read more", "ad" for "Advertisement"): the engine groups units by
their first two characters, so each group meets only the rules that can start that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:
    from re import _parser as _sre  # type: ignore[attr-defined]  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre

__all__ = [
    "PREFIX_CHARS",
    "RAW",
    "BranchFilters",
    "first_char_class",
    "fold",
    "holds",
    "prefix_pattern",
    "required_literals",
    "split_words",
]

_CATEGORIES = {
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
#: Flags that change what a one-character class matches.
_CLASS_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE


class _Unknown(Exception):
    """The first character cannot be bounded."""


@lru_cache(maxsize=1024)
def _tree(pattern: str, flags: int) -> Any:
    """The parse tree of a pattern, parsed once for all the pre-checks (they only read it)."""
    return _sre.parse(pattern, flags)


def _char(code: int) -> str:
    return re.escape(chr(code))


def _in_class(items: list[tuple[Any, Any]]) -> str:
    negate = False
    parts: list[str] = []
    caseless: list[str] = []  # ranges of scripts without case (CJK, kana, hangul)
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append(_char(av))
        elif name == "RANGE":
            bound = f"{_char(av[0])}-{_char(av[1])}"
            (caseless if _CASELESS[0] <= av[0] and av[1] <= _CASELESS[1] else parts).append(bound)
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            raise _Unknown(name)
    if negate:
        if all(_caseless_item(op, av) for op, av in items):
            # Nothing in it has case, so neither has what it leaves out: no folding needed.
            return "(?-i:[^" + "".join(parts + caseless) + "])"
        parts += caseless
        caseless = []
    if not parts and not caseless:
        raise _Unknown("empty class")
    if not caseless:
        return ("[^" if negate else "[") + "".join(parts) + "]"
    # Under IGNORECASE, re compiles a range by folding each of its characters: a range of
    # twenty thousand ideographs is most of what compiling a rule's pre-check costs, and they
    # have no case. Kept out of the folding, the class matches the same characters.
    wide = f"(?-i:[{''.join(caseless)}])"
    return f"(?:[{''.join(parts)}]|{wide})" if parts else wide


def _caseless_item(op: Any, av: Any) -> bool:
    """Does this item of a class hold only characters without case?"""
    name = str(op)
    if name == "NEGATE":
        return True
    if name == "LITERAL":
        c = chr(av)
        return c.lower() == c == c.upper()
    if name == "RANGE":
        return bool((_CASELESS[0] <= av[0] and av[1] <= _CASELESS[1]) or av[1] < 0x41)
    return name == "CATEGORY" and str(av) in ("CATEGORY_SPACE", "CATEGORY_DIGIT")


#: Characters without case: CJK symbols and punctuation, kana, CJK ideographs, Yi, hangul
#: (U+3000 to U+D7FF; the full-width Latin letters at U+FF21 and after are cased).
_CASELESS = (0x3000, 0xD7FF)


def _scoped(cls: str, add: int, remove: int) -> str:
    """``cls`` under a group's inline flags, such as ``(?i:...)``."""
    if not add and not remove:
        return cls
    if (add | remove) & ~re.IGNORECASE:
        raise _Unknown("scoped flags")
    return f"(?{'i' if add else '-i'}:{cls})"


def _first(seq: Any) -> tuple[list[str], bool]:
    """The classes one of which the first consumed character matches, and whether the
    sequence can match the empty string."""
    classes: list[str] = []
    for op, av in seq:
        name = str(op)
        nullable = False
        if name == "LITERAL":
            classes.append(f"[{_char(av)}]")
        elif name == "NOT_LITERAL":
            classes.append(f"[^{_char(av)}]")
        elif name == "IN":
            classes.append(_in_class(av))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            nullable = True  # zero width: the next item consumes the first character
        elif name == "SUBPATTERN":
            sub, nullable = _first(av[-1])
            classes.extend(_scoped(c, av[1], av[2]) for c in sub)
        elif name == "ATOMIC_GROUP":
            sub, nullable = _first(av)
            classes.extend(sub)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, _hi, sub_seq = av
            sub, sub_nullable = _first(sub_seq)
            classes.extend(sub)
            nullable = lo == 0 or sub_nullable
        elif name == "BRANCH":
            for branch in av[1]:
                sub, sub_nullable = _first(branch)
                classes.extend(sub)
                nullable = nullable or sub_nullable
        else:  # ANY, group references, conditionals: anything may come first
            raise _Unknown(name)
        if not nullable:
            return classes, False
    return classes, True


def first_char_class(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that ``text[0]`` matches whenever ``regex.match(text)`` finds a non-empty
    match, or ``None`` if the pattern does not bound its first character (or can match
    the empty string)."""
    try:
        tree = _tree(regex.pattern, regex.flags)
        classes, nullable = _first(tree)
    except (_Unknown, re.error, RecursionError):
        return None
    if nullable or not classes:
        return None
    flags = (regex.flags | tree.state.flags) & _CLASS_FLAGS
    return re.compile("|".join(dict.fromkeys(classes)), flags)


#: Characters whose case-insensitive match is wider than ``str.lower`` says, each with the
#: one letter ``fold`` turns it into: İ ı ſ (equated with i and s), and the letters the regex
#: engine's own table equates across lower cases (σ ς Σ, µ μ, в ᲀ В, θ ϑ ϴ ...). With them
#: mapped, ``fold`` is the engine's case-insensitive equality, character by character
#: (checked over all of Unicode by tests/test_prefilter.py).
_FOLD_FROM = (
    "\xb5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1\u03a3\u03a6"
    "\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a"
    "\u0462\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3"
    "\u1fe3\ua64a\ua64b\ufb05\ufb06"
)
_FOLD_TO = (
    "\xb5iis\u0345\u0390\u03b2\u03b5\u03b8\u0345\u03ba\xb5\u03c0\u03c1\u03c2\u03c6"
    "\u03b0\u03b2\u03b5\u03b8\u0345\u03ba\xb5\u03c0\u03c1\u03c2\u03c2\u03c6\u03b2\u03b8\u03c6\u03c0"
    "\u03ba\u03c1\u03b8\u03b5\u0432\u0434\u043e\u0441\u0442\u044a\u0432\u0434\u043e\u0441\u0442\u044a"
    "\u0463\u0463\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\u1c88\u1e61\u1e61\u1e61\u0345\u0390"
    "\u03b0\u1c88\u1c88\ufb05\ufb05"
)
_FOLD = str.maketrans(_FOLD_FROM, _FOLD_TO)
_FOLD_RE = re.compile(f"[{_FOLD_FROM}]")
#: Literals shorter than this are not worth a substring test.
_MIN_LITERAL = 4


def fold(text: str) -> str:
    """``text`` as required words are compared with it: every character turned into the one
    that stands for all the characters case-insensitive matching equates with it (its lower
    case, but for the few in ``_FOLD_FROM``). Character by character, so a text that holds a
    word holds it folded, and a case-insensitive word matches where its folded form is."""
    if text.isascii() or _FOLD_RE.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


def _literals(seq: Any, ignore_case: bool, shortest: int = _MIN_LITERAL) -> frozenset[str] | None:
    """Words (of ``shortest`` characters or more) one of which every match of ``seq``
    contains, or None. A word read where case is ignored is folded; one read where case
    counts is marked ``RAW`` (``holds`` compares it with the unit as it is)."""
    best: frozenset[str] | None = None

    def offer(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(_strength, found)) > min(map(_strength, best))):
            best = found

    run: list[str] = []
    for op, av in [*list(seq), (None, None)]:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            offer(_usable("".join(run), ignore_case, shortest))
            run = []
        if name == "SUBPATTERN":  # (?i:...) and (?-i:...) set how its letters compare
            inner = (ignore_case or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            offer(_literals(av[-1], inner, shortest))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                offer(_literals(av[2], ignore_case, shortest))
        elif name == "BRANCH":
            union: set[str] = set()
            for branch in av[1]:
                sub = _literals(branch, ignore_case, shortest)
                if sub is None:
                    break
                union |= sub
            else:
                offer(frozenset(union))
        elif name == "ASSERT" and av[0] == 1:  # a lookahead reads the same unit
            offer(_literals(av[1], ignore_case, shortest))
        elif name == "IN" and shortest <= 1:
            offer(_class_literals(av, ignore_case))
    return best


#: A class of more characters than this is not worth a substring test per character.
_MAX_CLASS_LITERALS = 6


def _class_literals(items: list[tuple[Any, Any]], ignore_case: bool) -> frozenset[str] | None:
    """The characters of a class made of a few literal characters only, one of which the
    unit must then contain: the parser turns ``(?:圖|图)`` into ``[圖图]``. Not a class with
    spaces or ASCII characters (``[ \t]``, ``[:/|]``, ``[Cc]``): nearly every line holds one."""
    if len(items) > _MAX_CLASS_LITERALS or any(str(op) != "LITERAL" for op, _ in items):
        return None  # a range, a category or a negated class: no short list of characters
    if any(chr(code).isspace() or chr(code).isascii() for _op, code in items):
        return None
    found: set[str] = set()
    for _op, code in items:
        usable = _usable(chr(code), ignore_case, 1)
        if usable is None:
            return None
        found |= usable
    return frozenset(found)


#: Marks a word compared with the unit as it is (case counts where the pattern read it).
RAW = "\x00"


#: Punctuation that most lines of prose hold: a word of it alone bounds little.
_COMMON = frozenset(" .,;:'\"()-/!?")


def _strength(word: str) -> float:
    """How rare a line holding ``word`` is, roughly: a letter or digit counts one, a CJK
    character two (about a word), a mark such as @ | © three, common punctuation half."""
    return sum(
        0.5 if c in _COMMON else 1 if c.isascii() and c.isalnum() else 3 if c.isascii() else 2
        for c in word.removeprefix(RAW)
    )


def _usable(literal: str, ignore_case: bool, shortest: int) -> frozenset[str] | None:
    """``literal`` as a word to look for (None: too short to pay)."""
    if len(literal) < shortest:
        return None
    return frozenset([fold(literal) if ignore_case else RAW + literal])


def split_words(words: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``words`` as the words to find in the folded unit and those (unmarked) to find in
    the unit as it is."""
    return (
        tuple(w for w in words if not w.startswith(RAW)),
        tuple(w[1:] for w in words if w.startswith(RAW)),
    )


def holds(words: frozenset[str] | None, text: str) -> bool:
    """Does ``text`` hold one of ``words`` (the bound ``required_literals`` and
    ``BranchFilters`` give; None: no bound)?"""
    if words is None:
        return True
    folded, raw = split_words(words)
    return any(w in text for w in raw) or any(w in fold(text) for w in folded)


def required_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which the unit must hold (``holds``) for ``regex.match`` to succeed, or
    None when the pattern names none of at least four characters."""
    try:
        tree = _tree(regex.pattern, regex.flags)
        flags = regex.flags | tree.state.flags
        if flags & re.VERBOSE:
            return None
        return _literals(tree, bool(flags & re.IGNORECASE))
    except (re.error, RecursionError):
        return None


#: How many leading characters ``prefix_pattern`` bounds.
PREFIX_CHARS = 2
#: Above this many alternatives a pattern's start counts as unbounded.
_MAX_PREFIXES = 256
_AT_END = frozenset({"AT_END", "AT_END_STRING", "AT_END_LINE"})


def _nullable(seq: Any) -> bool:
    """Can ``seq`` match the empty string? (True when unsure.)"""
    for op, av in seq:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            return False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            if not _nullable(av[-1]):
                return False
        elif name == "ATOMIC_GROUP":
            if not _nullable(av):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] > 0 and not _nullable(av[2]):
                return False
        elif name == "BRANCH":
            if not any(_nullable(b) for b in av[1]):
                return False
        else:
            return True
    return True


def _prefix_walk(
    seq: list[tuple[Any, Any, int, int]], acc: tuple[str, ...], out: set[tuple[str, ...]]
) -> None:
    """Add to ``out`` the tuples of ``PREFIX_CHARS`` one-character classes that the start
    of a match of ``seq`` (items with the inline flags they are under), after ``acc``, can
    match. Raises _Unknown when a match could be shorter or an item is not understood."""
    if len(acc) >= PREFIX_CHARS:
        out.add(acc[:PREFIX_CHARS])
        if len(out) > _MAX_PREFIXES:
            raise _Unknown("too many")
        return
    if not seq:
        raise _Unknown("short match")
    (op, av, add, remove), rest = seq[0], seq[1:]
    name = str(op)

    def scoped(items: Any, a: int = 0, r: int = 0) -> list[tuple[Any, Any, int, int]]:
        return [(o, v, (add | a) & ~r, (remove | r) & ~a) for o, v in items]

    if name == "LITERAL":
        _prefix_walk(rest, (*acc, _scoped(f"[{_char(av)}]", add, remove)), out)
    elif name == "NOT_LITERAL":
        _prefix_walk(rest, (*acc, _scoped(f"[^{_char(av)}]", add, remove)), out)
    elif name == "IN":
        _prefix_walk(rest, (*acc, _scoped(_in_class(av), add, remove)), out)
    elif name == "ANY":
        _prefix_walk(rest, (*acc, _scoped("[^\\n]", add, remove)), out)  # DOTALL: None
    elif name == "SUBPATTERN":
        _prefix_walk(scoped(av[-1], av[1], av[2]) + rest, acc, out)
    elif name == "ATOMIC_GROUP":
        _prefix_walk(scoped(av) + rest, acc, out)
    elif name == "BRANCH":
        for branch in av[1]:
            _prefix_walk(scoped(branch) + rest, acc, out)
    elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        if _nullable(sub):
            raise _Unknown("empty repetition")
        items = scoped(sub)
        need = PREFIX_CHARS - len(acc)  # each repetition consumes one character or more
        for n in range(lo, min(hi, need - 1) + 1):
            _prefix_walk(items * n + rest, acc, out)
        if hi >= need:  # the repetitions alone fill the prefix
            _prefix_walk(items * max(lo, need), acc, out)
    elif name == "ASSERT" and av[0] == 1:
        # A lookahead reads the same characters as what follows it: when it bounds them
        # (it cannot end before the prefix is full), its bound holds for every match, and
        # it is often the narrower one ('(?=[A-Z]{2}...)[^\n]+').
        ahead: set[tuple[str, ...]] = set()
        try:
            _prefix_walk(scoped(av[1]), acc, ahead)
        except _Unknown:
            _prefix_walk(rest, acc, out)
        else:
            out |= ahead
            if len(out) > _MAX_PREFIXES:
                raise _Unknown("too many")
    elif name in ("ASSERT", "ASSERT_NOT") or (name == "AT" and str(av) not in _AT_END):
        _prefix_walk(rest, acc, out)  # zero width: a lookaround only narrows the matches
    elif name == "AT" and str(av) == "AT_END_STRING" and acc:
        # The match ends here, before the prefix is full: the unit is exactly this short,
        # so its whole head must match what was read ('[|｜¦]{1,3}' alone on a line).
        out.add(acc)
        if len(out) > _MAX_PREFIXES:
            raise _Unknown("too many")
    else:  # the end of the text, group references, conditionals
        raise _Unknown(name)


def prefix_pattern(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that ``text[:PREFIX_CHARS]`` fully matches whenever ``regex.match(text)``
    succeeds, or None when the pattern does not bound its first characters (or a match
    could be shorter). Like ``first_char_class``, made of one-character classes under the
    rule's own flags, so case folding is the regex engine's."""
    try:
        tree = _tree(regex.pattern, regex.flags)
        flags = regex.flags | tree.state.flags
        if flags & re.DOTALL:
            return None
        out: set[tuple[str, ...]] = set()
        _prefix_walk([(o, v, 0, 0) for o, v in tree], (), out)
    except (_Unknown, re.error, RecursionError):
        return None
    return re.compile(_alternation(out), flags & _CLASS_FLAGS)


#: A pattern split into more alternatives than this is not worth the per-branch checks.
#: (Measured on extracted.txt: 192 leaves every rule of the catalogue its filters, and the
#: patterns that stopped splitting at 128 split further: 28317 -> 23891 regex calls per pass.)
_MAX_BRANCHES = 192


def _alternatives(seq: list[Any]) -> list[list[Any]] | None:
    """``seq`` as a list of sequences whose matches together are its matches: its
    alternations (outside groups with inline flags) distributed over what surrounds them,
    while the list stays within ``_MAX_BRANCHES``; None when there is none."""
    alts = _first_alternation(seq)
    if alts is None:
        return None
    # An alternative may open with an alternation of its own (a pattern written as
    # ``(?:A|B)|C`` or ``(?=x)(?:A|B)|C``): distribute those too, one by one in order, as
    # long as the list stays within the limit (an alternative that would pass it stays whole).
    while True:
        flat: list[Any] = []
        for k, alt in enumerate(alts):
            inner = _first_alternation(alt)
            if inner is not None and len(flat) + len(inner) + len(alts) - k - 1 <= _MAX_BRANCHES:
                flat.extend(inner)
            else:
                flat.append(alt)
        if len(flat) == len(alts):
            return alts
        alts = flat


def _first_alternation(seq: list[Any]) -> list[Any] | None:
    """``seq`` with its first alternation distributed over what surrounds it (None: none)."""
    for i, (op, av) in enumerate(seq):
        name = str(op)
        if name == "BRANCH":
            return [seq[:i] + list(b) + seq[i + 1 :] for b in av[1]]
        if name == "SUBPATTERN" and not (av[1] or av[2]):
            inner = _first_alternation(list(av[-1]))
            if inner is not None:
                return [seq[:i] + alt + seq[i + 1 :] for alt in inner]
    return None


@dataclass(frozen=True)
class BranchFilters:
    """A pattern's alternatives, each with its own bound on the first ``PREFIX_CHARS``
    characters and its own required words.

    ``admit`` matches every head of ``PREFIX_CHARS`` characters; its group ``groups[k]``
    takes part when alternative k can start with the head (alternatives with the same bound
    share a group: the pattern stays small, and compiling it is most of what a rule's first
    use costs). Then the unit must hold one of ``needs[k]`` (unless None; see ``holds``)."""

    admit: re.Pattern[str]
    groups: tuple[int, ...]
    needs: tuple[frozenset[str] | None, ...]

    def mask(self, head: str) -> tuple[bool, ...]:
        """Which alternatives can start with ``head``."""
        m = self.admit.match(head)
        assert m is not None  # every part of ``admit`` is optional
        taken = m.groups()
        return tuple(taken[g - 1] is not None for g in self.groups)


def branch_filters(regex: re.Pattern[str]) -> BranchFilters | None:
    """The pattern's alternatives with their bounds (``BranchFilters``). Every match is a
    match of one alternative, so a unit that no admitted alternative's words fit cannot
    match. None when the pattern has a single alternative."""
    try:
        tree = _tree(regex.pattern, regex.flags)
        flags = regex.flags | tree.state.flags
        if flags & (re.VERBOSE | re.DOTALL):
            return None
        alts = _alternatives(list(tree))
        if alts is None or len(alts) > _MAX_BRANCHES:
            return None
        ignore_case = bool(flags & re.IGNORECASE)
        parts: list[str] = []
        index: dict[str, int] = {}  # a bound's part -> its group
        groups: list[int] = []
        needs: list[frozenset[str] | None] = []
        for alt in alts:
            # Short words too: the alternative is already narrowed by its start, and one
            # character such as "@" or "[" is a cheap, strong test on a line of prose.
            needs.append(_literals(alt, ignore_case, 1))
            out: set[tuple[str, ...]] = set()
            try:
                _prefix_walk([(o, v, 0, 0) for o, v in alt], (), out)
                part = f"(?:(?={_alternation(out)}\\Z)())?"
            except _Unknown:
                part = "()"  # any start
            group = index.get(part)
            if group is None:
                group = index[part] = len(parts) + 1
                parts.append(part)
            groups.append(group)
        return BranchFilters(re.compile("".join(parts), flags & _CLASS_FLAGS), tuple(groups), tuple(needs))
    except (_Unknown, re.error, RecursionError):
        return None


def _alternation(prefixes: set[tuple[str, ...]]) -> str:
    """One pattern for a set of prefixes (tuples of one-character classes). Classes are
    merged where they can be (the tails of one first class, then the first classes with
    the same tails), so that the pattern stays small: compiling it is most of what a
    rule's first use costs."""
    by_first: dict[str, list[str]] = {}
    for first, *others in sorted(prefixes):
        by_first.setdefault(first, []).append("".join(others))
    by_tails: dict[str, list[str]] = {}
    for first, tails in by_first.items():
        by_tails.setdefault(_tails(tails), []).append(first)
    return "(?:" + "|".join(f"{_union(firsts)}{tail}" for tail, firsts in by_tails.items()) + ")"


def _tails(tails: list[str]) -> str:
    """What may follow a first character: the union of ``tails``; optional when one of
    them is empty (a unit that short)."""
    rest = [t for t in dict.fromkeys(tails) if t]
    if not rest:
        return ""
    body = _union(rest)
    return f"(?:{body})?" if "" in tails else body


def _union(classes: list[str]) -> str:
    """A pattern matching what any of ``classes`` matches: plain classes merged into one,
    case-folded ones into another; anything else (a negated class, several characters)
    kept as an alternative."""
    plain: list[str] = []
    folded: list[str] = []
    other: list[str] = []
    for c in dict.fromkeys(classes):
        if _PLAIN_CLASS.fullmatch(c):
            plain.append(c[1:-1])
        elif _FOLDED_CLASS.fullmatch(c):
            folded.append(c[5:-2])
        else:
            other.append(c)
    parts = ([f"[{''.join(plain)}]"] if plain else []) + ([f"(?i:[{''.join(folded)}])"] if folded else []) + other
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


#: One class, not negated (what ``_in_class`` writes), alone or under (?i:...).
_PLAIN_CLASS = re.compile(r"\[(?!\^)(?:\\.|[^\]\\])+\]")
_FOLDED_CLASS = re.compile(r"\(\?i:\[(?!\^)(?:\\.|[^\]\\])+\]\)")
