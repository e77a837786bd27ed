"""The shape of a rule: what it matches, what it removes, and where it may apply.

A rule is data. Its ``pattern`` is a regular expression over one *unit* of text: a line
(stripped of surrounding whitespace) or, for glued boilerplate, a sentence. Every rule
carries the examples it must remove and the counterexamples it must leave alone; the
test suite checks both for every rule in the catalogue, and for user rules too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = ["CATEGORIES", "Rule", "Scope", "Where"]

#: The built-in removal categories. User rules may name others.
CATEGORIES = ("chrome", "disclaimer", "comments")


class Scope(str, Enum):
    """How much a match removes."""

    #: The whole unit (a line, or a sentence when cutting glued text) must match; it goes.
    LINE = "line"
    #: The pattern matches at the start of a line or of a sentence; from there to the end
    #: of the line goes (a disclaimer paragraph, a glued credit line).
    REST = "rest"
    #: The whole line must match; it and everything after it to the end of the document go
    #: (a comment section, a "more from this author" list). Never more than half of the
    #: document.
    SECTION = "section"
    #: A run of at least ``min_run`` consecutive lines, each matching the whole pattern, at
    #: the head (before the first prose paragraph) or the tail (after the last one): menus,
    #: link lists, footers. The run never crosses a prose paragraph.
    RUN = "run"
    #: The pattern matches at the start of a line at the head and text follows it on that
    #: line: the match (and the separator after it) goes, the rest of the line stays (a news
    #: agency's dateline glued to the story's first sentence). HEAD rules only; they apply
    #: only when ``Config.keep_dateline`` is off.
    LEAD = "lead"


class Where(str, Enum):
    """Where in the document a rule may match."""

    HEAD = "head"
    TAIL = "tail"
    ANYWHERE = "anywhere"


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate family.

    ``within`` bounds the distance from the edge, in lines still kept, for ``head`` and
    ``tail`` rules (tail rules also apply while peeling a run of boilerplate from the end).
    ``max_chars`` is a cheap pre-check: longer units are never tried.

    Three fields refine the wider scopes. ``to_end`` (SECTION): the section runs to the end of
    the document, prose included, as comment and disclaimer sections do. ``with_next``
    (SECTION): the pattern sees the anchor line and the next kept line joined by a newline, so
    that an anchor can require what follows it (``About Acme`` then a paragraph that starts
    with ``Acme``). ``beside_removed`` (RUN): the run counts only when it touches lines
    already removed as boilerplate, so that a short list ending a story never forms one.
    ``before_headline`` (RUN, HEAD): the run starts at the document's first kept line, holds
    at most three lines, and the line right after it is a headline that another line
    follows: the section kickers a site prints above its headline (``min_run`` may be 1).
    """

    id: str
    category: str
    pattern: str
    description: str
    scope: Scope = Scope.LINE
    where: Where = Where.ANYWHERE
    within: int = 6
    max_chars: int = 200
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    ignore_case: bool = True
    min_run: int = 3
    to_end: bool = False
    with_next: bool = False
    beside_removed: bool = False
    before_headline: bool = False

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)+", self.id):
            raise ValueError(f"rule id {self.id!r} must look like 'category.short-name'")
        if not self.category:
            raise ValueError(f"rule {self.id}: empty category")
        object.__setattr__(self, "scope", Scope(self.scope))
        try:
            # The form the engine compiles, so that building an engine finds it in re's cache
            # instead of compiling every large pattern a second time.
            self.compile()
        except re.error as exc:
            raise ValueError(f"rule {self.id}: bad pattern: {exc}") from exc
        least = 1 if self.before_headline else 2
        if self.scope is Scope.RUN and self.min_run < least:
            raise ValueError(f"rule {self.id}: a run needs min_run >= {least}")
        if (self.to_end or self.with_next) and self.scope is not Scope.SECTION:
            raise ValueError(f"rule {self.id}: to_end and with_next apply to sections only")
        if self.beside_removed and self.scope is not Scope.RUN:
            raise ValueError(f"rule {self.id}: beside_removed applies to runs only")
        if self.before_headline and (self.scope is not Scope.RUN or Where(self.where) is not Where.HEAD):
            raise ValueError(f"rule {self.id}: before_headline applies to head runs only")
        object.__setattr__(self, "where", Where(self.where))
        if self.scope is Scope.LEAD and self.where is not Where.HEAD:
            raise ValueError(f"rule {self.id}: a lead applies at the head only")
        object.__setattr__(self, "examples", tuple(self.examples))
        object.__setattr__(self, "counterexamples", tuple(self.counterexamples))
        object.__setattr__(self, "languages", tuple(self.languages))

    def compile(self) -> re.Pattern[str]:
        """The compiled matcher: anchored at the start; LINE and SECTION rules must also
        reach the end of the unit (trailing whitespace and closing punctuation allowed), and a
        LEAD rule's match must leave text after it."""
        flags = re.IGNORECASE if self.ignore_case else 0
        if self.scope is Scope.REST:
            return re.compile(f"(?:{self.pattern})", flags)
        if self.scope is Scope.RUN:
            return re.compile(f"(?:{self.pattern})\\Z", flags)
        if self.scope is Scope.LEAD:  # the separator goes with it; the story must follow
            return re.compile(f"(?:{self.pattern})[ \\t\\xa0\\u3000,，:：]*(?=\\S)", flags)
        return re.compile(f"(?:{self.pattern})[\\s.:;!?。！？…]*\\Z", flags)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "pattern": self.pattern,
            "description": self.description,
            "scope": self.scope.value,
            "where": self.where.value,
            "within": self.within,
            "max_chars": self.max_chars,
            "examples": list(self.examples),
            "counterexamples": list(self.counterexamples),
            "languages": list(self.languages),
            "ignore_case": self.ignore_case,
            "min_run": self.min_run,
            "to_end": self.to_end,
            "with_next": self.with_next,
            "beside_removed": self.beside_removed,
            "before_headline": self.before_headline,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rule:
        """Build a rule from the JSON form that ``to_dict`` writes (user rule files)."""
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown rule fields: {sorted(unknown)}")
        kwargs = dict(data)
        for key in ("examples", "counterexamples", "languages"):
            if key in kwargs:
                kwargs[key] = tuple(kwargs[key])
        return cls(**kwargs)
