"""Matching rules over segments: mid-document lines, head and tail runs, sentence-level
cuts of glued boilerplate, sections, and the guard.

The engine keeps, for every non-blank line, the part still kept and the pieces removed
from it. Every decision looks only at what is still kept, and the edge passes repeat until
nothing changes, so that cleaning the cleaned text changes nothing (idempotence).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from .prefilter import (
    PREFIX_CHARS,
    branch_filters,
    first_char_class,
    fold,
    prefix_pattern,
    required_literals,
    split_words,
)
from .result import Removal
from .rules.base import Rule, Scope, Where
from .rules.runs import ROW_META, ROW_SEPARATOR
from .segment import Line, sentence_starts, split_lines

__all__ = ["TITLE_RULE", "Engine", "EngineOutput"]

#: Removes the headline when ``Config.keep_title`` is off.
TITLE_RULE = Rule(
    id="chrome.title",
    category="chrome",
    pattern=r"[^\n]{1,200}",
    description="The headline (first line, title-shaped), removed only when keep_title is off.",
    where=Where.HEAD,
    within=1,
    examples=("Trump Plans to Meet with Putin Again, Weakening Support for Ukraine",),
)

_MAX_COMMENT_CHARS = 400
#: Removals past this share of a document's bytes make the guard fire, whatever they take
#: of its prose.
_GUARD_CAP = 0.9
#: A comment heading directly above running text this long is not a thread's start.
_FIRST_COMMENT_CHARS = 200
#: A line of running text this long, ending like a sentence, is a paragraph of the story.
_STORY_CHARS = 130
#: A heading removed by an earlier pass still heads its list of headlines up to this length.
_MAX_HEADING_CHARS = 60
#: A line of this many spaces (five words or more) that ends a head run is the headline under
#: the site's section kickers, not one more menu item: the run stops there.
_HEADLINE_SPACES = 4
#: Section kickers above a headline come one to three lines high.
_MAX_KICKERS = 3
_BARE_WORD_RE = re.compile(r"[^\W\d_]+\Z")
#: A comment count of zero: 0 Comments, Comments (0), 跟贴 0, 评论(0).
_NO_COMMENTS_RE = re.compile(r"(?<![\d.,])0(?![\d.,])")
#: A notice that comments are closed; the story may resume right after it.
_CLOSED_RE = re.compile(
    r"(?i)\b(?:comments?|commenting|discussion|replies)\b[^\n]{0,40}?\b(?:closed|disabled|turned[ \t]off)\b"
    r"|(?:评论|評論|留言|跟帖|跟贴)[^\n]{0,6}?(?:已关闭|已關閉|关闭|關閉)"
)
#: Words about commenting: a line with them under a closed notice is more of the comment box.
_COMMENTING_RE = re.compile(r"(?i)\b(?:comments?|commenting|conversation|discussion|repl(?:y|ies))\b|评论|評論|留言|跟帖|跟贴")
#: ``_match``'s memo has no entry (None is an entry: no rule matched).
_UNSEEN: Rule | None = Rule(id="engine.unseen", category="engine", pattern="(?!)", description="-")
#: Characters that decorate the start of a line (list bullets, notice marks, arrows,
#: Markdown emphasis and headings, circled numbers of a notice's items) and are stripped
#: before a second try at matching it.
_MARKERS = frozenset("※＊*▲►▶▸•·■□◆◇★☆→»›●○◎◉♦➤➔⇒#-–—>①②③④⑤⑥⑦⑧⑨⑩")
_MARKER_STRIP = "".join(_MARKERS) + " \t\u00a0\u3000"
#: Brackets a site wraps a whole notice or credit in; such a unit is tried again without
#: them: （以上内容摘自券商研报，不构成投资建议。） is the notice it holds.
_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "［": "］"}
_ROW_SEPARATOR_RE = re.compile(ROW_SEPARATOR)
_ROW_META_RE = re.compile(ROW_META)
#: A composite row is short, in a few parts.
_MAX_ROW_CHARS = 200
_MAX_ROW_PARTS = 6
_PROSE_END_RE = re.compile(r"[.!?。！？…][\"'”’)\]]*\Z")
#: Characters of scripts written without spaces between words (CJK ideographs, kana, hangul).
_UNSPACED_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: A headline in those scripts: eight of their characters or more.
_HEADLINE_CJK = 8
_CJK_HEADLINE_RE = re.compile(f"{_UNSPACED_RE.pattern}{{{_HEADLINE_CJK}}}")
#: A sentence in those scripts with this many of their characters is running text (about six
#: words' worth: a Chinese word is one to three characters).
_UNSPACED_SENTENCE = 12


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    #: What the first character of a match must match (None: anything).
    first: re.Pattern[str] | None
    #: Words one of which the unit must hold (``prefilter.holds``; None: no such bound).
    needs: frozenset[str] | None

    @classmethod
    def of(cls, rule: Rule) -> CompiledRule:
        regex = rule.compile()
        return cls(
            rule,
            regex,
            first_char_class(regex),
            required_literals(regex),
        )

    @property
    def prefix(self) -> re.Pattern[str] | None:
        """What the first ``PREFIX_CHARS`` characters of a match must fully match (None:
        anything); compiled on first use, as few rules ever meet a unit."""
        return _prefix_pattern(self.regex)

    def check(self, head: str, *, within_anywhere: bool = False) -> _Check | None:
        """The rule's limits and matcher as ``_match`` reads them, for units that start
        with ``head`` (None: no alternative of the pattern can start so); ``within_anywhere``:
        ``within`` bounds ANYWHERE rules too."""
        needs = self.needs
        branches = _branch_filters(self.regex)
        if branches is not None:
            admitted = _admitted_needs(self.regex, branches.mask(head))
            if admitted is False:
                return None
            if admitted is not None and (needs is None or len(admitted) < len(needs)):
                needs = admitted  # both bounds hold; the one with fewer words is cheaper
        if needs is not None and len(needs) > _MAX_NEEDS:
            needs = None  # testing that many words costs more than the pattern's own match
        r = self.rule
        folded, raw = split_words(needs or frozenset())
        return (
            sys.maxsize if r.scope is Scope.REST else r.max_chars,
            sys.maxsize if r.where is Where.ANYWHERE and not within_anywhere else r.within,
            None if needs is None else (folded, raw),
            (_latin(folded), _latin(raw)),
            self.regex.match,
            bool(self.regex.groupindex),
            r,
        )

    @property
    def id(self) -> str:
        return self.rule.id


#: Above this many required words a unit goes straight to the pattern (measured on the
#: development set: a test per word costs about 50 ns, a failing pattern a few µs).
_MAX_NEEDS = 128

_prefix_pattern = lru_cache(maxsize=4096)(prefix_pattern)
_branch_filters = lru_cache(maxsize=4096)(branch_filters)

def _latin(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if _UNSPACED_RE.search(w) is None)


#: What ``_match`` reads of a rule: the longest unit, the distance from the edge it must be
#: under, required words (all of them, and those without CJK, kana or hangul: a unit with
#: none of those characters can only hold these; each as the words to find in the folded
#: unit and those to find in the unit as it is), the matcher, whether the pattern has named
#: groups (metadata), and the rule.
_Check = tuple[
    int,
    int,
    "tuple[tuple[str, ...], tuple[str, ...]] | None",
    "tuple[tuple[str, ...], tuple[str, ...]]",
    Callable[[str], "re.Match[str] | None"],
    bool,
    Rule,
]


@lru_cache(maxsize=65536)
def _admitted_needs(regex: re.Pattern[str], mask: tuple[bool, ...]) -> frozenset[str] | Literal[False] | None:
    """The words a unit must hold when the alternatives of ``regex`` marked in ``mask`` are
    the ones that can start like it (False: none can; None: no bound). Cached: the masks
    are few, and reducing a word set costs a quadratic scan."""
    branches = _branch_filters(regex)
    assert branches is not None
    admitted = [w for w, ok in zip(branches.needs, mask, strict=True) if ok]
    if not admitted:
        return False
    if any(w is None for w in admitted):
        return None
    return _fewest(frozenset().union(*admitted))  # type: ignore[arg-type]


def _fewest(words: frozenset[str]) -> frozenset[str]:
    """The words that contain no other of them: a text holds one of ``words`` exactly when
    it holds one of these."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


#: Unit lengths and edge distances are grouped into a few classes; each class of a group
#: has the list of rules that could admit a unit in it.
_LENGTH_EDGES = (60, 160, 400)
_DISTANCE_EDGES = (3, 8)


class _Group(list[CompiledRule]):
    """Rules tried in order on a unit, by class of unit.

    A unit is only tried against the rules that could admit it: the rules of its length
    class and distance class leave out those whose ``max_chars`` is below the class's
    shortest unit or whose ``within`` does not reach the class's nearest distance, and
    those whose pattern cannot start with the unit's first two characters (``prefilter``);
    of a pattern with alternatives, only the words of the alternatives that can start so are
    required. So a long line deep in the tail window meets few rules, and a line of prose
    usually none. (Measured: one combined pattern per class saved nothing more, and
    compiling those cost a second at start.)
    """

    def __init__(self, rules: Iterable[CompiledRule], *, within_anywhere: bool = False) -> None:
        super().__init__(rules)
        self._within_anywhere = within_anywhere
        self._classes: dict[tuple[int, int], list[CompiledRule]] = {}
        self._checks: dict[tuple[int, int, str], list[_Check]] = {}

    def checks(self, text: str, distance: int) -> list[_Check]:
        """The rules that could match the unit ``text`` at ``distance`` from the edge, as
        the tuples ``_match`` reads (it still checks each rule's limits exactly)."""
        n = len(text)  # the classes of _LENGTH_EDGES and _DISTANCE_EDGES, unrolled
        key = (
            0 if n <= 60 else 1 if n <= 160 else 2 if n <= 400 else 3,
            0 if distance < 3 else 1 if distance < 8 else 2,
            text[:PREFIX_CHARS],
        )
        checks = self._checks.get(key)
        if checks is None:
            head, within_anywhere = key[2], self._within_anywhere
            checks = [
                check
                for c in self._bucket(key)
                if (check := c.check(head, within_anywhere=within_anywhere)) is not None
            ]
            if len(self._checks) < _MAX_CACHED:  # prefixes are few in a language; bound it anyway
                self._checks[key] = checks
        return checks

    def _bucket(self, key: tuple[int, int, str]) -> list[CompiledRule]:
        li, di, head = key
        return [
            c
            for c in self._class(li, di)
            if (c.first is None or (head and c.first.match(head) is not None))
            and ((prefix := c.prefix) is None or prefix.fullmatch(head) is not None)
        ]

    def _class(self, li: int, di: int) -> list[CompiledRule]:
        rules = self._classes.get((li, di))
        if rules is None:
            shortest = _LENGTH_EDGES[li - 1] + 1 if li else 0
            nearest = _DISTANCE_EDGES[di - 1] if di else 0
            rules = self._classes[(li, di)] = [
                c
                for c in self
                if (c.rule.where is Where.ANYWHERE or c.rule.within > nearest)
                and (c.rule.scope is Scope.REST or c.rule.max_chars >= shortest)
            ]
        return rules


#: Buckets kept per group (beyond that, computed again each time).
_MAX_CACHED = 1 << 15


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    rule: Rule
    #: Taken for where it sits (a section's lines after its heading, the rest of a line
    #: after a REST anchor), not because the rule matched this text itself.
    swept: bool = False


@dataclass(slots=True)
class _State:
    ref: str
    lines: list[Line]
    kept: list[list[int]]  # [start, end] of the kept part of each line
    pieces: list[list[_Piece]]
    metadata: dict[str, str] = field(default_factory=dict)
    tried_head: set[tuple[int, int, int]] = field(default_factory=set)
    tried_tail: set[tuple[int, int, int]] = field(default_factory=set)
    title_done: bool = False
    title_line: int = -1  # the headline, when keep_title is off and it was removed
    memo: dict[tuple[int, int, str], Rule | None] = field(default_factory=dict)
    total: int = 0  # characters still kept
    size: int = 0  # characters in the document's lines (a section's limit: stable, so that more rules never remove less)
    first: int = 0  # no line before this one is alive
    last: int = -1  # no line after this one is alive

    def first_alive(self) -> int:
        while self.first < len(self.lines) and not self.alive(self.first):
            self.first += 1
        return self.first

    def last_alive(self) -> int:
        while self.last >= 0 and not self.alive(self.last):
            self.last -= 1
        return self.last

    def alive(self, i: int) -> bool:
        k = self.kept[i]
        return k[0] < k[1]

    def text(self, i: int) -> str:
        k = self.kept[i]
        return self.ref[k[0] : k[1]]

    def remove_line(self, i: int, rule: Rule, *, swept: bool = False) -> None:
        k = self.kept[i]
        self.pieces[i].append(_Piece(k[0], k[1], rule, swept))
        self.total -= k[1] - k[0]
        k[0] = k[1]

    def cut_tail(self, i: int, at: int, rule_pieces: list[tuple[int, int, Rule]]) -> None:
        """Remove the kept part of line i from offset ``at`` (pieces already computed)."""
        k = self.kept[i]
        while at > k[0] and self.ref[at - 1] in " \t\u00a0\u3000":
            at -= 1
        if rule_pieces:
            first = rule_pieces[0]
            rule_pieces[0] = (at, first[1], first[2])
        for s, e, r in rule_pieces:
            self.pieces[i].append(_Piece(s, e, r))
        self.total -= k[1] - at
        k[1] = at

    def cut_head(self, i: int, upto: int, rule_pieces: list[tuple[int, int, Rule]]) -> None:
        k = self.kept[i]
        while upto < k[1] and self.ref[upto] in " \t\u00a0\u3000":
            upto += 1
        if rule_pieces:
            last = rule_pieces[-1]
            rule_pieces[-1] = (last[0], upto, last[2])
        for s, e, r in rule_pieces:
            self.pieces[i].append(_Piece(s, e, r))
        self.total -= upto - k[0]
        k[0] = upto


@dataclass(frozen=True, slots=True)
class EngineOutput:
    removals: tuple[Removal, ...]
    metadata: Mapping[str, str]
    guard_fired: bool
    guard_reason: str


class Engine:
    """Rules compiled and grouped once; ``run`` is called per document."""

    def __init__(self, rules: Iterable[Rule], *, drop_title: bool = False, guard: float = 0.5) -> None:
        self.rules = tuple(rules)
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate rule ids: {dupes}")
        compiled = [CompiledRule.of(r) for r in self.rules]
        runs = [c for c in compiled if c.rule.scope is Scope.RUN]
        self.kickers = [c for c in runs if c.rule.before_headline]
        self.head_runs = [c for c in runs if c.rule.where is Where.HEAD and not c.rule.before_headline]
        self.tail_runs = [c for c in runs if c.rule.where is Where.TAIL]
        # Datelines glued to the story's first sentence, tried where a head line stays.
        self.leads = [c for c in compiled if c.rule.scope is Scope.LEAD]
        compiled = [c for c in compiled if c.rule.scope not in (Scope.RUN, Scope.LEAD)]
        units = [c for c in compiled if c.rule.scope is not Scope.SECTION]
        self.anywhere = _Group(c for c in units if c.rule.where is Where.ANYWHERE)
        self.head = _Group(c for c in units if c.rule.where is Where.HEAD)
        self.tail = _Group(c for c in units if c.rule.where is Where.TAIL)
        sections = [c for c in compiled if c.rule.scope is Scope.SECTION]
        self.sections = _Group((c for c in sections if not c.rule.with_next), within_anywhere=True)
        # Anchors that also read the next kept line (``Rule.with_next``).
        self.sections_next = _Group((c for c in sections if c.rule.with_next), within_anywhere=True)
        # Units a sentence-level cut may remove: whole-unit rules of each edge.
        self.tail_units = _Group(self.tail + self.anywhere)
        self.head_units = _Group(self.head + self.anywhere)
        self.tail_rest = _Group(c for c in self.tail_units if c.rule.scope is Scope.REST)
        # Disclaimers glued to a paragraph that unrecognised tail lines follow (a related
        # list, a feedback line): cut at the sentence level there too, within their reach.
        self.glued_disclaimers = _Group(c for c in self.tail_units if c.rule.category == "disclaimer")
        self.glued_disclaimer_rest = _Group(c for c in self.tail_rest if c.rule.category == "disclaimer")
        # The parts of a composite row at either edge: any whole-unit rule of either edge.
        self.row_parts = _Group(
            c for c in self.head + self.tail + self.anywhere if c.rule.scope is Scope.LINE
        )
        self.head_window = max((c.rule.within for c in self.head + self.head_runs), default=0)
        self.tail_window = max((c.rule.within for c in self.tail + self.tail_runs), default=0)
        self.max_anywhere = max((c.rule.max_chars for c in self.anywhere), default=0)
        self.head_unit_chars = max((c.rule.max_chars for c in self.head_units), default=0)
        self.anywhere_rest = any(c.rule.scope is Scope.REST for c in self.anywhere)
        self.section_window = max((c.rule.within for c in sections), default=0)
        self.drop_title = drop_title
        self.title = CompiledRule.of(TITLE_RULE)
        self.guard = guard

    # -- matching -------------------------------------------------------------------

    @staticmethod
    def _match(
        text: str,
        rules: _Group,
        state: _State,
        distance: int = 0,
        *,
        record: bool = True,
        unwrap: bool = True,
    ) -> Rule | None:
        """The first rule matching the whole unit ``text`` (REST rules: its start);
        ``record``: keep the named groups of the match as metadata.

        A unit that opens with list or emphasis markers (※, *, ▲, •, ##, -) is tried as it
        is and then without them, and (``unwrap``, at the edges) a unit wholly inside a
        pair of brackets (or nested pairs) is tried without them: a site's decoration does
        not change what the line is."""
        found = Engine._match_unit(text, rules, state, distance, record)
        if found is None and text[:1] in _MARKERS:
            bare = text.lstrip(_MARKER_STRIP)
            if bare:
                found = Engine._match_unit(bare, rules, state, distance, record)
        inner = text
        while (
            found is None
            and unwrap
            and (close := _BRACKETS.get(inner[:1])) is not None
            and inner[-1:] == close
        ):
            inner = inner[1:-1].strip()  # ((Reporting by ...)) too
            if not inner or close in inner.rstrip(close):
                break
            found = Engine._match_unit(inner, rules, state, distance, record)
        return found

    @staticmethod
    def _match_unit(text: str, rules: _Group, state: _State, distance: int, record: bool) -> Rule | None:
        checks = rules.checks(text, distance)
        if not checks:
            return None  # most units: no rule can start this way
        memo = state.memo
        memo_key = (id(rules), distance, text)
        found = memo.get(memo_key, _UNSEEN)
        if found is not _UNSEEN:  # the same unit, asked again by a later pass
            return found
        found = None
        n = len(text)
        folded: str | None = None
        wide: bool | None = None  # does the unit hold CJK, kana or hangul?
        for max_chars, within, needs, latin, match, groups, r in checks:
            if n > max_chars or distance >= within:
                continue
            if needs is not None:
                if wide is None:
                    wide = _UNSPACED_RE.search(text) is not None
                # prefilter.holds, inlined (the hot loop) and with the fold computed once
                folded_words, raw_words = needs if wide else latin  # no Chinese words in English
                for word in raw_words:
                    if word in text:
                        break
                else:
                    if not folded_words:
                        continue  # a word every match contains is missing
                    if folded is None:
                        folded = fold(text)
                    for word in folded_words:
                        if word in folded:
                            break
                    else:
                        continue
            m = match(text)
            if m is not None:
                if groups and record:
                    for key, value in m.groupdict().items():
                        if value:
                            state.metadata.setdefault(key, value.strip())
                found = r
                break
        memo[memo_key] = found
        return found

    def _match_row(self, text: str, st: _State) -> Rule | None:
        """The rule of a composite row at an edge, or None. The line must split at row
        separators into parts that rules remove or that only name or date the row
        (``ROW_META``), at least one of them boilerplate rather than a mere name or date.
        The rule reported is the whole row's, if one matches it, else the first
        boilerplate part's."""
        if len(text) > _MAX_ROW_CHARS or _ROW_SEPARATOR_RE.search(text) is None:
            return None
        parts = [p for p in _ROW_SEPARATOR_RE.split(text.strip()) if p]
        if not 2 <= len(parts) <= _MAX_ROW_PARTS:
            return None
        found: Rule | None = None
        for part in parts:
            if _ROW_META_RE.fullmatch(part.rstrip(" \t.,;")) is not None:
                continue  # a name or a date: neither blocks the row nor makes it chrome
            rule = self._match(part, self.row_parts, st, record=False)
            if rule is None:
                return None
            found = found or rule
        if found is None:
            return None  # a row of dates or names alone is not chrome (an exhibition's dates)
        # A rule for the whole row explains it better (a dateline in a short page's tail window).
        return self._match(text, self.row_parts, st, record=False) or found

    # -- passes -----------------------------------------------------------------------

    def _anywhere_pass(self, st: _State) -> None:
        limit = sys.maxsize if self.anywhere_rest else self.max_anywhere
        ref, group, match = st.ref, self.anywhere, self._match
        for i, line in enumerate(st.lines):
            if line.end - line.start > limit:
                continue
            rule = match(ref[line.start : line.end], group, st, unwrap=False)
            if rule is not None:
                st.remove_line(i, rule)

    def _kicker_pass(self, st: _State) -> bool:
        """Remove the section kickers above the headline (``Rule.before_headline``): one to
        three lines from the first kept one, each matching the rule, and right after them a
        headline (``_headline_shaped``) with another kept line after it."""
        n = len(st.lines)
        for c in self.kickers:
            r = c.rule
            members: list[int] = []
            j = st.first_alive()
            while j < n and len(members) <= _MAX_KICKERS:
                if st.alive(j):
                    text = st.text(j)
                    if not _in_run(c, text):
                        break
                    members.append(j)
                j += 1
            if not r.min_run <= len(members) <= _MAX_KICKERS or j >= n:
                continue
            rest = (k for k in range(j + 1, n) if st.alive(k))
            if not _headline_shaped(st.text(j)) or next(rest, None) is None:
                continue
            for k in members:
                st.remove_line(k, r)
            return True
        return False

    def _head_pass(self, st: _State) -> bool:
        # Kickers stand above the headline: once the headline is dropped (keep_title off),
        # a short line at the top is the story's first subheading, not a kicker.
        changed = self._kicker_pass(st) if self.kickers and not st.title_done else False
        seen = 0
        first = True
        prose_seen = False
        for i in range(st.first_alive(), len(st.lines)):
            if not st.alive(i):
                continue
            if seen >= self.head_window and not (first and self.drop_title):
                break
            text = st.text(i)
            rule = self._match(text, self.head, st, seen)
            if first and self.drop_title and not st.title_done:
                st.title_done = True  # once per run, not once per pass
                if rule is None and _title_shaped(text) and i < st.last_alive():
                    rule = TITLE_RULE
                    st.title_line = i
            keep_first = first and not self.drop_title and _title_shaped(text)
            first = False
            if rule is None and not keep_first:
                rule = self._match_row(text, st)
            if rule is not None:
                st.remove_line(i, rule)
                changed = True
                continue
            if not prose_seen and not keep_first and self._run(st, i, 1, self.head_runs, seen):
                changed = True
                continue
            if seen == 0 or seen < self.head_window:
                changed |= self._cut_leading(st, i, seen)
            prose_seen = prose_seen or _is_prose_line(st.text(i))
            seen += 1
        return changed

    def _run(self, st: _State, i: int, step: int, rules: list[CompiledRule], seen: int) -> bool:
        """Remove a run of lines matching a RUN rule, from line i in direction ``step``.

        Lines already removed next to the run count toward its length (they are
        boilerplate too), so that more rules never make a run shorter."""
        for c in rules:
            r = c.rule
            if seen >= r.within:
                continue
            members: list[int] = []
            removed = 0
            j = i - step  # removed lines just outside the run's start
            while 0 <= j < len(st.lines) and not st.alive(j) and removed < r.min_run:
                removed += j != st.title_line  # the headline is not boilerplate
                j -= step
            j = i
            while 0 <= j < len(st.lines):
                if st.alive(j):
                    text = st.text(j)
                    if not _in_run(c, text):
                        break
                    if text.count(" ") >= 3 and _alone(st, j):
                        break  # a headline stands alone in its paragraph; menu items come in lists
                    if step > 0 and _headline_length(text) and not self._menu_goes_on(st, j, c):
                        break  # the headline under its section kickers ('Wirtschaftspolitik' over it)
                    members.append(j)
                else:
                    removed += j != st.title_line
                j += step
            if (
                step > 0
                and members
                and 0 <= j < len(st.lines)
                and (_starts_list(st, j) or _starts_items(st, st.text(members[-1]), j))
            ):
                members.pop()  # the heading of a list that follows ('Key takeaways' over bullets)
            if members and len(members) + removed >= r.min_run and (removed or not r.beside_removed):
                for j in members:
                    st.remove_line(j, r)
                return True
        return False

    @staticmethod
    def _menu_goes_on(st: _State, i: int, c: CompiledRule) -> bool:
        """Is the next kept line after line i one more item of the run of rule c, and (after a
        Chinese or Japanese headline) the one after it too? A single short line under such a
        headline is the site's name or a byline over the date ('投中网' over '2025-03-20'),
        not the menu going on."""
        need = 2 if _UNSPACED_RE.search(st.text(i)) is not None else 1
        for j in range(i + 1, len(st.lines)):
            if st.alive(j):
                if not _in_run(c, st.text(j)):
                    return False
                need -= 1
                if not need:
                    return True
        return False

    def _tail_pass(self, st: _State) -> bool:
        changed = False
        seen = 0
        peeling = True
        prose_seen = False
        story_after = False  # a paragraph of the story below: glued disclaimers stop here
        for i in range(st.last_alive(), -1, -1):
            if not st.alive(i):
                continue
            if seen >= self.tail_window and not peeling:
                break
            text = st.text(i)
            rule = self._match(text, self.tail, st, seen)
            if rule is None and peeling:
                rule = self._match(text, self.anywhere, st)
            if rule is None:
                rule = self._match_row(text, st)
            if rule is not None:
                st.remove_line(i, rule)
                changed = True
                continue
            if not prose_seen and self._run(st, i, -1, self.tail_runs, seen):
                changed = True
                continue
            if peeling:
                changed |= self._cut_trailing(st, i, seen)
                peeling = False
            elif not story_after:
                changed |= self._cut_trailing(st, i, seen, disclaimers_only=True)
            text = st.text(i)
            prose_seen = prose_seen or _is_prose_line(text)
            story_after = story_after or (len(text) >= _STORY_CHARS and _PROSE_END_RE.search(text) is not None)
            seen += 1
        return changed

    def _section_pass(self, st: _State) -> bool:
        """Remove sections that start at an anchor line (a heading) in the tail window: the
        anchor and the lines after it, never more than half of the document (a fixed limit, so that more rules never remove less).

        A comment section runs to the end (readers' comments are prose, but short), and so
        does a disclaimer section (legal paragraphs under a heading); any other section (related stories, more from this author) takes the chrome-like lines
        after its heading and stops where prose resumes."""
        changed = False
        while self.sections or self.sections_next:
            window: list[int] = []  # alive lines of the tail window, from the end
            i = st.last_alive()
            while i >= 0 and len(window) < self.section_window:
                if st.alive(i):
                    window.append(i)
                i -= 1
            window.reverse()  # document order
            best: list[int] | None = None
            rule: Rule | None = None
            headed = True  # the first member is the heading the rule matched
            n = len(window)
            glued = -1  # the heading is the last sentence of line i, glued to the story
            for pos, i in enumerate(window):  # the earliest anchor wins
                glued = -1  # (a glued heading found on an earlier line that lost does not carry over)
                r = self._match(st.text(i), self.sections, st, n - 1 - pos, record=False)
                if r is None and self.sections_next and pos + 1 < n:
                    joined = f"{st.text(i)}\n{st.text(window[pos + 1])}"
                    r = self._match(joined, self.sections_next, st, n - 1 - pos, record=False)
                if r is None and pos + 1 < n and (at := self._glued_heading(st, i)) >= 0:
                    r = self._glued_match(st, at, i, window[pos + 1], n - 1 - pos)
                    if r is not None:
                        glued = at
                members: list[int] = []
                headed = r is not None
                if r is not None:
                    members = self._section_members(st, window[pos:], r)
                elif (r := self._removed_heading(st, i, n - 1 - pos)) is not None:
                    members = self._headlines(st, window[pos:])
                if r is not None and members and sum(len(st.text(j)) for j in members) * 2 <= st.size:
                    best, rule = members, r
                    break
            if best is None or rule is None:
                return changed
            for i in best:
                if i == best[0] and glued >= 0:
                    st.cut_tail(i, glued, [(glued, st.kept[i][1], rule)])
                    continue
                # The heading matched the rule; the lines under it go with it.
                st.remove_line(i, rule, swept=i != best[0] or not headed)
            changed = True
        return changed

    def _glued_heading(self, st: _State, i: int) -> int:
        """Where the last sentence of line i starts, when it is a short heading glued to the
        story sentence before it ('... the prior quarter.About Acme Corp') that a ``with_next``
        anchor could match with the next line (-1: none)."""
        text = st.text(i)
        if len(text) <= _MAX_HEADING_CHARS or text[-1:] in ".!?。！？\"”'’":
            return -1
        sents = self._sentences(st, i)
        if len(sents) < 2:
            return -1
        s, e = sents[-1]
        if e - s > _MAX_HEADING_CHARS or not st.ref[s:e].strip():
            return -1
        return s

    def _glued_match(self, st: _State, at: int, i: int, nxt: int, distance: int) -> Rule | None:
        """The section rule whose heading is the glued sentence of line i from ``at`` on (a
        heading of other stories, or an anchor that reads the next line); never a comment
        section or one that runs to the end without reading the next line."""
        heading = st.ref[at : st.kept[i][1]].strip()
        r = self._match(heading, self.sections, st, distance, record=False)
        if r is not None and r.category != "comments" and not r.to_end:
            return r
        if self.sections_next:
            return self._match(f"{heading}\n{st.text(nxt)}", self.sections_next, st, distance, record=False)
        return None

    def _removed_heading(self, st: _State, i: int, distance: int) -> Rule | None:
        """The section rule of the line before line i, when an earlier pass removed that
        line whole and it is the heading of a list of headlines ("Read also:" goes in the
        anywhere pass; the headlines under it still go with it)."""
        j = i - 1
        if j < 0 or st.alive(j):
            return None
        line = st.lines[j]
        text = st.ref[line.start : line.end].strip()
        if not text or len(text) > _MAX_HEADING_CHARS:
            return None
        r = self._match(text, self.sections, st, distance, record=False)
        if r is None or r.category != "chrome" or r.to_end:
            return None
        return r

    def _headlines(self, st: _State, lines: list[int]) -> list[int]:
        """The lines from the first of ``lines`` up to where a sentence of the story (or of
        anything else) resumes, or a comment section starts (its heading and its thread go
        together: 'Valeurs associées' above '4 commentaires' does not take the heading)."""
        members: list[int] = []
        for k, i in enumerate(lines):
            text = st.text(i)
            if (_is_prose_line(text) and not _headline_question(text)) or _lead_in(text):
                break
            if text[-1:] in ",，":
                break  # a sentence goes on below: a letter's salutation ('Dear Money Clinic,'), not a headline
            if k + 1 < len(lines) and _subheading_question(text):
                nxt = st.text(lines[k + 1])
                if _is_prose_line(nxt) and not _headline_question(nxt):
                    break  # the story resumes at its own subheading ('誰會受惠？' above a paragraph)
            if len(text) <= _MAX_HEADING_CHARS:
                r = self._match(text, self.sections, st, record=False)
                if r is not None and r.category == "comments":
                    break
                # The heading of the next section ('About Acme' above its paragraph) is not
                # one more contact line: that section's rule takes it with its paragraph.
                if self.sections_next and k + 1 < len(lines):
                    joined = f"{text}\n{st.text(lines[k + 1])}"
                    if self._match(joined, self.sections_next, st, record=False) is not None:
                        break
            members.append(i)
        return members

    def _section_members(self, st: _State, lines: list[int], rule: Rule) -> list[int]:
        """The anchor and the lines its section takes (empty: no section here)."""
        if rule.category == "comments":
            # A comments button before the story (跟贴 0 under the byline), or a count of no
            # comments, heads no thread: the anchor goes alone.
            if _NO_COMMENTS_RE.search(st.text(lines[0])) is not None or not any(
                _is_prose_line(st.text(j)) for j in range(st.first_alive(), lines[0]) if st.alive(j)
            ):
                return lines[:1]
            # Readers' comments are prose, but short: a long paragraph is the story. A bare
            # one-word heading (Comments, 评论) right above a paragraph of running text is a
            # comments button placed before the story's last paragraph, not a thread's start.
            rest = lines[1:]
            if any(len(st.text(i)) > _MAX_COMMENT_CHARS for i in rest):
                return []
            first = st.text(rest[0]) if rest else ""
            after = st.text(rest[1]) if len(rest) > 1 else ""
            if _CLOSED_RE.search(first) is not None and _is_prose_line(after) and _COMMENTING_RE.search(after) is None:
                # Running text right under 'comments are closed' (not a reader's name and
                # date, not more about commenting) is the story resuming: the page put its
                # comment box before the last paragraph. Heading and notice go alone.
                return lines[:2]
            if (
                _BARE_WORD_RE.match(st.text(lines[0]).strip(" \t:：")) is not None
                and len(first) >= _FIRST_COMMENT_CHARS
                and _is_prose_line(first)
            ):
                return []
            return lines
        if rule.category == "disclaimer" or rule.to_end:
            return lines  # legal paragraphs under a disclaimer heading are prose too
        return [lines[0], *self._headlines(st, lines[1:])]

    # -- sentence-level cuts ----------------------------------------------------------

    def _sentences(self, st: _State, i: int) -> list[tuple[int, int]]:
        k0, k1 = st.kept[i]
        starts = list(sentence_starts(st.ref, k0, k1))
        return [(s, e) for s, e in zip(starts, [*starts[1:], k1], strict=False)]

    def _cut_trailing(self, st: _State, i: int, seen: int, *, disclaimers_only: bool = False) -> bool:
        """Cut a run of boilerplate sentences glued to the end of line i (``disclaimers_only``:
        by disclaimer rules alone, for a line that unrecognised tail lines follow)."""
        if disclaimers_only:
            units, rest_rules = self.glued_disclaimers, self.glued_disclaimer_rest
        else:
            units, rest_rules = self.tail_units, self.tail_rest
        k0, k1 = st.kept[i]
        key = (~i if disclaimers_only else i, k0, k1)  # the two kinds of try are remembered apart
        if key in st.tried_tail:
            return False
        st.tried_tail.add(key)
        sents = self._sentences(st, i)
        if len(sents) < 2:
            return False
        pieces: list[tuple[int, int, Rule]] = []
        cut = None
        # A REST rule at a sentence start takes the rest of the line.
        for s, e in sents[1:]:
            r = self._match_rest(st.ref[s:e], rest_rules, st, seen)
            if r is not None:
                cut = s
                pieces = [(s, sents[-1][1], r)]
                break
        rest = cut is not None
        end_idx = len(sents) if cut is None else next(j for j, (s, _) in enumerate(sents) if s == cut)
        for j in range(end_idx - 1, 0, -1):
            s, e = sents[j]
            r = self._match(st.ref[s:e].strip(), units, st, seen)
            if r is None or _refers_back(st.ref, sents[j - 1][0], s, e) or _closes_quote(st.ref[s:e]):
                break
            pieces.insert(0, (s, e, r))
            cut = s
        if cut is None:
            return False
        st.cut_tail(i, cut, pieces)
        if rest:
            st.pieces[i][-1].swept = True  # the REST anchor's sentence takes the rest of the line
        return True

    def _cut_leading(self, st: _State, i: int, seen: int) -> bool:
        """Cut boilerplate glued to the start of line i: a dateline (LEAD rules), else
        whole sentences (head bylines)."""
        k0, k1 = st.kept[i]
        if (i, k0, k1) in st.tried_head:
            return False
        st.tried_head.add((i, k0, k1))
        for c in self.leads:
            if seen < c.rule.within and (m := c.regex.match(st.ref, k0, k1)) is not None:
                if seen == 0 and _title_shaped(st.ref[k0:k1]):
                    break  # the headline itself
                st.cut_head(i, m.end(), [(k0, m.end(), c.rule)])
                return True
        pieces: list[tuple[int, int, Rule]] = []
        starts = sentence_starts(st.ref, k0, k1)
        s = next(starts)
        for e in starts:  # lazily: most lines stop at the first sentence
            if e - s > self.head_unit_chars:
                break
            r = self._match(st.ref[s:e].strip(), self.head_units, st, seen)
            if r is None:
                break
            pieces.append((s, e, r))
            s = e
        if not pieces:
            return False
        st.cut_head(i, pieces[-1][1], pieces)
        return True

    def _match_rest(self, text: str, rules: _Group, st: _State, seen: int) -> Rule | None:
        """The first REST rule (``rules`` holds only those) matching at the start of ``text``."""
        return self._match(text, rules, st, seen)

    # -- the run ----------------------------------------------------------------------

    def run(self, ref: str) -> EngineOutput:
        lines = split_lines(ref)
        st = _State(ref, lines, [[ln.start, ln.end] for ln in lines], [[] for _ in lines])
        st.total = st.size = sum(ln.end - ln.start for ln in lines)
        st.last = len(lines) - 1
        if lines:
            if self.anywhere:
                self._anywhere_pass(st)
            # Every pass that changes something removes text, and each pass looks only at a
            # window at the edges plus what it removes: the loop ends, in linear time.
            while True:
                changed = self._section_pass(st)
                changed |= self._tail_pass(st)
                changed |= self._head_pass(st)
                if not changed:
                    break
        removals = _assemble(st)
        # Measured in UTF-8 bytes: a Chinese character weighs about as much as a short
        # English word, so English boilerplate on a Chinese page does not outweigh its story.
        removed = sum(_weight(r.text) for r in removals)
        size = _weight(ref) if removals else 0
        if removals and removed > self.guard * size:
            # Past the limit, a page whose menus, link lists and legal notices are most of its
            # bytes may still lose them: the guard fires when the removals also sweep along
            # most of the running text that no rule matched itself, or take nearly all of
            # the text.
            share = removed / size
            prose = self._prose_share(st)
            if prose > self.guard or share > max(self.guard, _GUARD_CAP):
                reason = (
                    f"guard: removals would take {share:.0%} of the text and sweep {prose:.0%} of its prose, "
                    f"in UTF-8 bytes (limit {self.guard:.0%}); "
                    f"rules: {', '.join(dict.fromkeys(r.rule_id for r in removals))}"
                )
                return EngineOutput((), st.metadata, True, reason)
        return EngineOutput(removals, st.metadata, False, "")

    def _prose_share(self, st: _State) -> float:
        """The share of the document's running text (prose lines, ``_is_prose_line``) that the
        removals sweep along, in UTF-8 bytes; 1.0 when it has none.

        Text a rule matched itself (a disclaimer paragraph, a comment heading, a glued
        sentence) is not counted on either side: its shape, whole line or sentence, is the
        evidence, checked by the rule's examples and counterexamples. What is counted is
        what went for where it sat (the lines under a section's heading, the rest of a line
        after a REST anchor) unless a tail or anywhere rule matches that line by itself too:
        those lines can be story when an anchor is wrong. Runs only when the guard is in
        question (removals past its limit in bytes)."""
        ref = st.ref
        total = taken = 0
        for line, pieces in zip(st.lines, st.pieces, strict=True):
            text = ref[line.start : line.end]
            if not _is_prose_line(text):
                continue
            own = swept = 0
            for p in pieces:
                piece = ref[p.start : p.end]
                w = _weight(piece)
                if p.swept and not self._recognised(piece.strip(), st):
                    swept += w
                else:
                    own += w
            total += _weight(text) - own
            taken += swept
        return taken / total if total > 0 else 1.0

    def _recognised(self, text: str, st: _State) -> bool:
        """Would a tail or anywhere rule remove this unit by itself?"""
        return any(
            self._match(text, group, st, record=False) is not None for group in (self.tail, self.anywhere)
        )


def _weight(text: str) -> int:
    """Text measured in UTF-8 bytes: a Chinese character weighs about as much as a short
    English word."""
    return len(text.encode("utf-8", "surrogatepass"))


def _title_shaped(text: str) -> bool:
    """A headline: short, not ending like a sentence, and more than one word (a Chinese or
    Japanese headline has no spaces)."""
    if len(text) > 120 or _PROSE_END_RE.search(text) is not None:
        return False
    return " " in text.strip() or _UNSPACED_RE.search(text) is not None


def _in_run(c: CompiledRule, text: str) -> bool:
    """Is the kept line ``text`` one more line of a run of the RUN rule ``c``?"""
    return len(text) <= c.rule.max_chars and c.regex.match(text) is not None


def _headline_shaped(text: str) -> bool:
    """A headline under section kickers: four to thirty words (in Chinese or Japanese, eight
    characters or more), at most 200 characters, not starting in lower case (a hard-wrapped
    sentence goes on there) nor ending with a full stop, a comma or a colon."""
    if len(text) > 200 or text[-1:] in ".,:;。，：；" or text[:1].islower():
        return False
    if _UNSPACED_RE.search(text) is not None:
        return len(_UNSPACED_RE.findall(text)) >= _HEADLINE_CJK
    return 3 <= text.count(" ") <= 29


def _headline_length(text: str) -> bool:
    """Long enough for a headline rather than a menu item: five words or more, or (Chinese or
    Japanese) eight of their characters in a row (半导体并购潮来了; two names with a space
    between them, 中国经营报 中经网, are a masthead)."""
    return text.count(" ") >= _HEADLINE_SPACES or _CJK_HEADLINE_RE.search(text) is not None


def _headline_question(text: str) -> bool:
    """A headline that asks a question (Why Is X Trading Higher Today?, What does the rate cut
    mean for you?, 存款搬家还会继续吗？): ends with a question mark, and short or mostly
    capitalised (a Chinese one: short, one clause or two very short ones:
    CoWoS產能吃緊，誰是下一個受益者？). In a list of other stories it is not prose."""
    if text.endswith("？"):
        if any(p in text for p in "。；"):
            return False  # more than one sentence
        commas = text.count("，")
        return (commas == 0 and len(text) <= 40) or (commas == 1 and len(text) <= 30)
    if len(text) > 110 or not text.endswith("?"):
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    return len(text) <= 70 or sum(w[0].isupper() for w in words) * 5 >= len(words) * 3


#: A subheading that asks a short question: 誰會受惠？ (ten CJK characters at most, one clause),
#: What comes next? (four words at most).
_MAX_SUBHEADING_CJK = 10
_MAX_SUBHEADING_WORDS = 4


def _subheading_question(text: str) -> bool:
    """A story's short question subheading (誰會受惠？, 影响有多大？, What happens next?): a
    headline in a list of other stories is longer. Above a paragraph of running text it marks
    where the story resumes after such a list."""
    if text.endswith("？") or (text.endswith("?") and _UNSPACED_RE.search(text) is not None):
        return len(text) <= _MAX_SUBHEADING_CJK and not any(p in text for p in "，,。；")
    if not text.endswith("?") or len(text) > 40:
        return False
    return len(text.split()) <= _MAX_SUBHEADING_WORDS


#: Bullets that open an item of a list in the story (not a site's decoration of a menu).
_BULLETS = frozenset("•●▪◦‣∙*-–")


#: A list's label ('Key Takeaways', 'HIGHLIGHTS') is short; its items are short statements,
#: three at least.
_MAX_ITEM = 110
_MIN_ITEMS = 3
_LATIN_LABEL_RE = re.compile(r"[A-Za-z][A-Za-z ]{2,29}")


def _item_like(text: str) -> bool:
    """A short statement in a spaced script that could be an item of a list without
    bullets: four words or more, at most ``_MAX_ITEM`` characters."""
    return 20 <= len(text) <= _MAX_ITEM and text.count(" ") >= 3 and _UNSPACED_RE.search(text) is None


def _starts_items(st: _State, label: str, i: int) -> bool:
    """Is ``label`` (a few Latin words: 'HIGHLIGHTS', 'Key Takeaways') the heading of a list
    without bullets that starts at line i: ``_MIN_ITEMS`` kept short statements in a row?"""
    if _LATIN_LABEL_RE.fullmatch(label) is None:
        return False
    items = 0
    for j in range(i, len(st.lines)):
        if st.alive(j):
            if not _item_like(st.text(j)):
                return False
            items += 1
            if items >= _MIN_ITEMS:
                return True
    return False


def _starts_list(st: _State, i: int) -> bool:
    """Is line i a kept item of a bulleted list (•, ▪, -, *)?"""
    text = st.text(i)
    return st.alive(i) and len(text) > 2 and text[0] in _BULLETS and text[1] in " \t\u00a0"


def _is_prose_line(text: str) -> bool:
    """A line of running text: a sentence of six words or more (in Chinese or Japanese,
    twelve characters or more), or a long paragraph."""
    if len(text) >= 120:
        return True
    if _PROSE_END_RE.search(text) is None:
        return False
    return text.count(" ") >= 5 or len(_UNSPACED_RE.findall(text)) >= _UNSPACED_SENTENCE


def _lead_in(text: str) -> bool:
    """A sentence that introduces what follows ("Here's what brokerages had to say:", "The
    company listed three reasons for the delay:"): five words or more ending with a colon,
    most of them in lower case (a headline capitalises its words). The story resumes there."""
    if text[-1:] not in ":：" or len(text) > 200:
        return False
    words = [w for w in text[:-1].split() if w[:1].isalpha()]
    return len(words) >= 5 and sum(w[0].islower() for w in words) * 2 >= len(words)


def _alone(st: _State, i: int) -> bool:
    """Is line i a paragraph of its own (blank lines or the document's edges around it)?"""
    ref, lines = st.ref, st.lines
    before = i == 0 or "\n\n" in ref[lines[i - 1].end : lines[i].start]
    after = i == len(lines) - 1 or "\n\n" in ref[lines[i].end : lines[i + 1].start]
    return before and after


#: A demonstrative that points back at something named before it ('these securities').
_BACK_RE = re.compile(r"(?i)\b(?:these|those|such)[ \t\xa0]+([^\W\d_]{4,})")
_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _refers_back(ref: str, before: int, s: int, e: int) -> bool:
    """Does the sentence ref[s:e] point back, with these/those/such, at a word of the sentence
    before it (from ``before``), written in the same paragraph after a space? Its author wrote
    both ('... offered under a shelf registration statement. This press release shall not
    constitute an offer to sell these securities'): the paragraph goes on, a glued notice of
    the page ('... in 2024.This article is not advice') does not refer to the story's words.
    Words compare by their first five letters (offered, offer; Securities, securities)."""
    if s <= before or ref[s - 1] not in " \t\xa0":
        return False
    named = {w[:5].lower() for w in _WORD_RE.findall(ref, before, s)}
    return any(m.group(1)[:5].lower() in named for m in _BACK_RE.finditer(ref, s, e))


#: Quotation marks that open and close differently.
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("「", "」"), ("『", "』"))


def _closes_quote(sentence: str) -> bool:
    """Does the sentence close a quotation it did not open? Then it is the rest of a quote
    ('... must show the warning: “Don't invest unless ... This is a high-risk investment
    ...”', 「…投資判断は必ずご自身で行い…」と呼びかけている。): the story's words, not a
    notice glued after them."""
    if any(sentence.count(close) > sentence.count(open_) for open_, close in _QUOTE_PAIRS):
        return True
    return sentence.count('"') % 2 == 1 and sentence.rstrip(" \t.!?。！？")[-1:] == '"'


def _line_begin(ref: str, pos: int) -> int:
    return ref.rfind("\n", 0, pos) + 1


def _assemble(st: _State) -> tuple[Removal, ...]:
    """Turn the removed pieces into sorted, non-overlapping spans that leave tidy text:
    a fully removed run of lines takes one of its separators with it (the one with fewer
    line breaks, so that paragraph breaks survive)."""
    ref, lines = st.ref, st.lines
    n = len(lines)
    spans: list[tuple[int, int, Rule]] = []
    i = 0
    while i < n:
        if st.alive(i):
            if st.pieces[i]:
                spans.extend((p.start, p.end, p.rule) for p in sorted(st.pieces[i], key=lambda p: p.start))
            i += 1
            continue
        j = i
        while j + 1 < n and not st.alive(j + 1):
            j += 1
        prev = i - 1 if i > 0 else None
        nxt = j + 1 if j + 1 < n else None
        if prev is None and nxt is None:
            a, b = 0, len(ref)
        elif prev is None:
            assert nxt is not None
            a, b = 0, _line_begin(ref, lines[nxt].start)
        elif nxt is None:
            a, b = lines[prev].end, len(ref)
        else:
            before = ref.count("\n", lines[prev].end, lines[i].start)
            after = ref.count("\n", lines[j].end, lines[nxt].start)
            if before <= after:
                a, b = lines[prev].end, lines[j].end
            else:
                a, b = _line_begin(ref, lines[i].start), _line_begin(ref, lines[nxt].start)
        run: list[tuple[int, int, Rule]] = []
        for k in range(i, j + 1):
            run.extend((p.start, p.end, p.rule) for p in sorted(st.pieces[k], key=lambda p: p.start))
        # Tile [a, b) with the run's pieces: each piece extends to the next one's start.
        for idx, (s, _e, r) in enumerate(run):
            s2 = a if idx == 0 else s
            e2 = run[idx + 1][0] if idx + 1 < len(run) else b
            spans.append((s2, e2, r))
        i = j + 1
    merged: list[tuple[int, int, Rule]] = []
    for s, e, r in spans:
        if e <= s:
            continue
        if merged and merged[-1][2].id == r.id and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e, r)
        else:
            merged.append((s, e, r))
    return tuple(Removal(s, e, ref[s:e], r.id, r.category) for s, e, r in merged)
