"""Dropping what is never article content, by the element rules in ``elements.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..config import Config
from .elements import ELEMENT_RULES, ElementRule
from .tree import Stats

__all__ = ["Pruned", "Pruner", "drop"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NONWORD = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_NEVER = frozenset({"html", "body"})
_DIGITS = re.compile(r"[0-9]+")  # no name pattern holds a digit
_CACHE_SIZE = 50_000
#: The attributes a rule reads (an element with none of them matches no attribute rule).
_READ = frozenset({"role", "hidden", "aria-hidden", "style", "class", "id", "itemprop", "aria-label"})


def _head_text(el: etree._Element, limit: int = 300) -> str:
    """The first ``limit`` characters of an element's text, spaces collapsed (read no further)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > 4 * limit:
            break
    return " ".join("".join(parts).split())[:limit]


def _story(st: Stats, i: int) -> bool:
    """Two or more prose paragraphs making most of the element's text, with few links."""
    text = st.text[i]
    return st.paragraphs[i] >= 2 and st.prose[i] >= 0.7 * text and st.links[i] * 10 < text


@dataclass(frozen=True, slots=True)
class Pruned:
    """One element an element rule dropped: its rule, tag, size and (the start of) its text."""

    rule_id: str
    category: str
    tag: str
    chars: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "tag": self.tag,
            "chars": self.chars,
            "text": self.text,
        }


def _words(name: str) -> str:
    """`` share bar `` for ``shareBar``, ``share-bar``, ``share_bar`` (words between spaces)."""
    if name.isalpha() and name.isascii() and name.islower():  # the commonest shape: one word
        return f" {name} "
    if not name.islower():  # an upper-case letter may start a word (camelCase)
        name = _CAMEL.sub(" ", name).lower()
    return " " + _NONWORD.sub(" ", name).strip() + " "


def drop(el: etree._Element) -> None:
    """Remove an element, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


class Pruner:
    """The element rules a config enables, compiled once."""

    def __init__(self, config: Config, rules: tuple[ElementRule, ...] = ELEMENT_RULES) -> None:
        active = tuple(
            r for r in rules if r.id not in config.disabled_rules and config.category_enabled(r.category)
        )
        self.rules = active
        self.by_tag: dict[str, ElementRule] = {}
        self.by_role: dict[str, ElementRule] = {}
        for r in active:
            for t in r.tags:
                self.by_tag.setdefault(t, r)
            for role in r.roles:
                self.by_role.setdefault(role, r)
        self.hidden = next((r for r in active if r.hidden), None)
        self.named = tuple(r for r in active if r.names)
        if self.named:
            alternation = "|".join(f"(?P<r{i}>{r.names})" for i, r in enumerate(self.named))
            # a match starts a word (see elements.py), and words follow a space in ``_words``'s
            # output: the leading space lets the regex engine skip to the spaces (3x faster)
            self._names: re.Pattern[str] | None = re.compile(f" (?:{alternation})")
        else:
            self._names = None
        self.unguarded_tags = frozenset(t for t, r in self.by_tag.items() if not r.guarded)
        self._name_cache: dict[str, ElementRule | None] = {}
        self._class_cache: dict[str, ElementRule | None] = {}
        self._class_hits: dict[str, tuple[ElementRule, bool] | None] = {}
        # the (rule, structural) pairs by rule id, made once: match_all returns one per matching
        # element (keyed by id: a rule's own hash reads all its fields)
        self._hits = {(r.id, structural): (r, structural) for r in active for structural in (True, False)}
        self._by_tag_hit: dict[str, tuple[ElementRule, bool] | None] = {
            t: self._hits[r.id, True] for t, r in self.by_tag.items()
        }
        self._by_tag_hit.update(dict.fromkeys(_NEVER))

    def _by_name(self, name: str) -> ElementRule | None:
        if self._names is None:
            return None
        return self._name_rule(name)

    def _name_rule(self, name: str) -> ElementRule | None:
        """The rule a class name, id or label matches (cached: names repeat across pages, and
        ids that differ only in their numbers, ``post-1234``, share one entry)."""
        cache = self._name_cache
        if name in cache:
            return cache[name]
        shape = _DIGITS.sub("0", name)
        if shape in cache:
            rule = cache[shape]
        else:
            assert self._names is not None
            m = self._names.search(_words(shape))
            rule = None if m is None or m.lastgroup is None else self.named[int(m.lastgroup[1:])]
            if len(cache) > _CACHE_SIZE:
                cache.clear()
            cache[shape] = rule
        cache[name] = rule
        return rule

    def match(self, el: etree._Element) -> tuple[ElementRule, bool] | None:
        """The first rule that drops this element and whether it matched by name or role
        (structural) rather than by hiding or class/id names; ``None`` if none does."""
        tag = el.tag
        rule = self.by_tag.get(tag) if isinstance(tag, str) else None
        if rule is not None:
            return rule, True
        items = el.items()
        return self._match_attributes(dict(items)) if items else None

    def _match_attributes(self, attrib: dict[str, str]) -> tuple[ElementRule, bool] | None:
        hits = self._hits
        role = attrib.get("role")
        if role:
            rule = self.by_role.get(role.strip().lower())
            if rule is not None:
                return hits[rule.id, True]
        if self.hidden is not None:
            aria = attrib.get("aria-hidden")
            style = attrib.get("style")
            if (
                "hidden" in attrib
                or (aria is not None and aria.strip().lower() == "true")
                or (style is not None and _HIDDEN_STYLE.search(style))
            ):
                return hits[self.hidden.id, False]
        if self._names is None:
            return None
        value = attrib.get("class")
        if value:
            rule = self._class_rule(value)
            if rule is not None:
                return hits[rule.id, False]
        for key in ("id", "itemprop", "aria-label"):
            value = attrib.get(key)
            if not value:
                continue
            if key == "itemprop" and "articleBody" in value:
                return None
            rule = self._name_rule(value)
            if rule is not None:
                return hits[rule.id, False]
        return None

    def _class_rule(self, value: str) -> ElementRule | None:
        """The rule of the first name in a class attribute that a rule matches (cached)."""
        cache = self._class_cache
        if value in cache:
            return cache[value]
        rule = None
        for name in value.split():
            rule = self._name_rule(name)
            if rule is not None:
                break
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        cache[value] = rule
        return rule

    def match_all(self, st: Stats) -> list[tuple[ElementRule, bool] | None]:
        """``match`` for every element of the page, in document order.

        Also fills ``st.itemprop`` (the elements marked ``itemprop="articleBody"``): the
        attributes are read here anyway.
        """
        by_tag = self._by_tag_hit
        attributes = self._match_attributes
        class_hit = self._class_hit
        class_hits = self._class_hits
        elements = st.elements
        out: list[tuple[ElementRule, bool] | None] = [None] * len(elements)
        marked: list[int] = []
        for i, el in enumerate(elements):
            tag = el.tag
            if tag in by_tag:  # matched by its name, or html/body (never dropped)
                out[i] = by_tag[tag]
                prop = el.get("itemprop")
                if prop and "articleBody" in prop.split():
                    marked.append(i)
                continue
            items = el.items()
            if not items:
                continue
            if len(items) > 1:  # only the attributes a rule reads (href, src, data-* are many)
                items = [item for item in items if item[0] in _READ]
            if len(items) == 1:
                key, value = items[0]
                if key == "class":  # the commonest case: one class attribute
                    if value:
                        out[i] = class_hits[value] if value in class_hits else class_hit(value)
                    continue
                if key not in _READ:
                    continue
            elif not items:
                continue
            attrib = dict(items)
            prop = attrib.get("itemprop")
            if prop and "articleBody" in prop.split():
                marked.append(i)
            out[i] = attributes(attrib)
        st.itemprop = marked
        return out

    def _class_hit(self, value: str) -> tuple[ElementRule, bool] | None:
        """``match`` for an element whose only attribute is ``class="value"`` (cached)."""
        cache = self._class_hits
        if value in cache:
            return cache[value]
        # what _match_attributes({"class": value}) returns, without its other checks
        rule = self._class_rule(value) if self._names is not None else None
        found = None if rule is None else self._hits[rule.id, False]
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        cache[value] = found
        return found

    def drop_code(self, root: etree._Element, report: bool = True) -> list[Pruned]:
        """First pass: unguarded element rules (scripts, styles, frames), before any statistics.

        ``report=False`` drops them without listing them (``clean_html`` reports nothing).
        """
        if not self.unguarded_tags:
            return []
        by_tag = self.by_tag
        out: list[Pruned] = []
        if report:
            for el in root.iter(*self.unguarded_tags):
                rule = by_tag[el.tag]
                out.append(Pruned(rule.id, rule.category, el.tag, 0, ""))
        # one C pass; the tails stay in place (as ``drop`` keeps them)
        etree.strip_elements(root, *self.unguarded_tags, with_tail=False)
        return out

    def prune(
        self,
        root: etree._Element,
        st: Stats,
        matches: list[tuple[ElementRule, bool] | None],
        structural: bool,
        protect: frozenset[etree._Element] = frozenset(),
        guard: float = 0.5,
        excerpts: bool = True,
    ) -> tuple[list[Pruned], list[Pruned]]:
        """Second pass: every other rule, guarded. ``(dropped, spared)``.

        ``excerpts=False`` leaves the dropped elements' text excerpts empty (``clean_html``
        reports nothing, and reading them is a tenth of the pruning time).

        A guarded rule spares an element that holds ``guard`` of the page's prose or that is in
        ``protect`` (the best body candidate and its ancestors), unless it is a comment section.
        ``structural`` selects the rules that matched by element name or role, else the others.
        """
        total = st.prose[0] if st.prose else 0
        dropped: list[Pruned] = []
        spared: list[Pruned] = []
        doomed: list[tuple[etree._Element, ElementRule, int]] = []
        dead = st.dead
        elements = st.elements
        for i in [i for i, found in enumerate(matches) if found is not None and found[1] is structural]:
            if dead[i]:
                continue
            el = elements[i]
            rule = matches[i][0]  # type: ignore[index]
            if rule.guarded and (
                (total and st.prose[i] >= guard * total)
                or (el in protect and rule.category != "comments")
                or (rule.story and _story(st, i))
            ):
                spared.append(Pruned(rule.id, rule.category, el.tag, st.text[i], ""))
                continue
            doomed.append((el, rule, i))
        gone_until = -1
        for el, rule, i in doomed:
            if i < gone_until:  # inside an element already dropped: not reported twice
                continue
            gone_until = i + st.size[i]
            dropped.append(
                Pruned(rule.id, rule.category, el.tag, st.text[i], _head_text(el) if excerpts else "")
            )
            st.remove(i)
            drop(el)
        return dropped, spared
