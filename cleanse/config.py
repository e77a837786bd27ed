"""The cleaner's configuration: immutable, every field documented.

Field names match what they switch: the categories (``chrome``, ``disclaimer``,
``comments``, ``encoding``) are on/off switches, as ftfy's config fields are named after
its fixes. The command's options map one to one onto these fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .rules.base import Rule

__all__ = ["Config"]


@dataclass(frozen=True, slots=True)
class Config:
    #: Remove site chrome: bylines, share/follow prompts, "Read more", ads, credits, ...
    chrome: bool = True
    #: Remove financial disclaimers and disclosures.
    disclaimer: bool = True
    #: Remove comment prompts and comment sections.
    comments: bool = True
    #: Repair encoding (mojibake, entities, control and zero-width characters, NFC).
    #: Line endings and whitespace are normalised either way.
    encoding: bool = True
    #: Rule ids that never apply.
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    #: User rules, in the catalogue's form; they run after the built-in ones.
    extra_rules: tuple[Rule, ...] = ()
    #: A headline is content: keep the first line when it looks like a title.
    #: ``False`` removes it (rule ``chrome.title``), for body-only output.
    keep_title: bool = True
    #: A news dateline glued to the first paragraph (``NEW YORK, March 4 (Reuters) -``,
    #: ``新华社北京5月9日电（记者 樊曦）``) is kept as part of its sentence. ``False`` cuts it
    #: and keeps the sentence (rule ``chrome.dateline-lead``; a dateline on a line of its own
    #: goes either way).
    keep_dateline: bool = True
    #: If removals would take more than this share of the document (UTF-8 bytes) and also
    #: sweep along more than this share of its prose lines, or take more than 90% of it,
    #: nothing is removed and the result says the guard fired. Swept: taken for where it
    #: sits (lines under a section heading, the rest of a line after an anchor) and not
    #: matched by a rule itself. So a short story loses a longer disclaimer, and a page its
    #: menus. 1.0 disables it.
    guard_threshold: float = 0.5

    def __post_init__(self) -> None:
        if not 0.0 < self.guard_threshold <= 1.0:
            raise ValueError("guard_threshold must be in (0, 1]")
        object.__setattr__(self, "disabled_rules", frozenset(self.disabled_rules))
        object.__setattr__(self, "extra_rules", tuple(self.extra_rules))
        for rule in self.extra_rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"extra_rules must hold Rule objects, not {type(rule).__name__}")

    def category_enabled(self, category: str) -> bool:
        """Built-in categories follow their switch; user categories are always on."""
        if category in ("chrome", "disclaimer", "comments", "encoding"):
            return bool(getattr(self, category))
        return True

    def replace(self, **changes: object) -> Config:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
