"""What a cleaning run produces: the removals (the spine), the fixes, and the replay."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["CleanResult", "Fix", "Removal", "apply_removals"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One span of the reference text that a rule removed.

    ``reference[start:end] == text``; ``rule_id`` names the rule in the catalogue and
    ``category`` is its category (``chrome``, ``disclaimer``, ``comments`` or a user one).
    """

    start: int
    end: int
    text: str
    rule_id: str
    category: str

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "rule_id": self.rule_id,
            "category": self.category,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Fix:
    """One encoding or normalisation step that changed the text (e.g. ``fix_encoding``)."""

    name: str
    description: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "description": self.description}


def _frozen(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The cleaned text and the evidence for it.

    ``text == apply_removals(reference, removals)`` always holds.
    """

    text: str
    reference: str
    removals: tuple[Removal, ...] = ()
    fixes: tuple[Fix, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=lambda: _frozen(None))
    guard_fired: bool = False
    guard_reason: str = ""

    @property
    def changed(self) -> bool:
        """True when cleaning removed or repaired anything."""
        return bool(self.removals or self.fixes)

    def removed_chars(self) -> dict[str, int]:
        """Characters removed, per category."""
        out: dict[str, int] = {}
        for r in self.removals:
            out[r.category] = out.get(r.category, 0) + (r.end - r.start)
        return out

    def rule_ids(self) -> list[str]:
        """Ids of the rules that removed something, in document order, without repeats."""
        return list(dict.fromkeys(r.rule_id for r in self.removals))

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view (the report format of the command)."""
        return {
            "text": self.text,
            "removals": [r.to_dict() for r in self.removals],
            "fixes": [f.to_dict() for f in self.fixes],
            "metadata": dict(self.metadata),
            "guard_fired": self.guard_fired,
            "guard_reason": self.guard_reason,
        }

    def __reduce__(self) -> tuple[object, ...]:
        # MappingProxyType cannot be pickled; rebuild it from a plain dict.
        return (
            _rebuild,
            (
                self.text,
                self.reference,
                self.removals,
                self.fixes,
                dict(self.metadata),
                self.guard_fired,
                self.guard_reason,
            ),
        )


def _rebuild(
    text: str,
    reference: str,
    removals: tuple[Removal, ...],
    fixes: tuple[Fix, ...],
    metadata: dict[str, str],
    guard_fired: bool,
    guard_reason: str,
) -> CleanResult:
    return CleanResult(text, reference, removals, fixes, _frozen(metadata), guard_fired, guard_reason)


def make_result(
    text: str,
    reference: str,
    removals: Iterable[Removal] = (),
    fixes: Iterable[Fix] = (),
    metadata: Mapping[str, str] | None = None,
    guard_fired: bool = False,
    guard_reason: str = "",
) -> CleanResult:
    """Build a CleanResult with an immutable metadata mapping."""
    return CleanResult(
        text, reference, tuple(removals), tuple(fixes), _frozen(metadata), guard_fired, guard_reason
    )


def apply_removals(reference: str, removals: Iterable[Removal]) -> str:
    """Replay removals on the reference text: the cleaned text, exactly.

    Removals must be sorted and non-overlapping (as ``CleanResult.removals`` always are);
    a ``ValueError`` says so otherwise.
    """
    parts: list[str] = []
    pos = 0
    for r in removals:
        if r.start < pos or r.end < r.start or r.end > len(reference):
            raise ValueError(f"removal {r.rule_id} [{r.start}:{r.end}] is out of order or bounds")
        parts.append(reference[pos : r.start])
        pos = r.end
    parts.append(reference[pos:])
    return "".join(parts)
