"""The Cleaner: config and catalogue compiled once, then ``clean``/``explain`` per text.

A Cleaner holds no per-document state, so one instance can be shared between threads; it
pickles as its config and recompiles on the other side (multiprocessing, Spark).
"""

from __future__ import annotations

from typing import Any

from .config import Config
from .engine import Engine
from .normalize import normalize
from .result import CleanResult, make_result
from .rules import CATALOGUE, Rule, Scope

__all__ = ["Cleaner"]


def _check_text(text: object, what: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"cleanse expects {what} as str, got {type(text).__name__}: decode it first "
            "(or use clean_html, which accepts bytes)"
        )
    raise TypeError(f"cleanse expects {what} as str, got {type(text).__name__}")


class Cleaner:
    """Build once, use many times: ``Cleaner(Config(...)).clean(text)``."""

    __slots__ = ("_engine", "config", "rules")

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        if config is None:
            config = Config(**options)
        elif options:
            config = config.replace(**options)
        if not isinstance(config, Config):
            raise TypeError(f"config must be a cleanse.Config, not {type(config).__name__}")
        self.config = config
        self.rules: tuple[Rule, ...] = tuple(
            r
            for r in CATALOGUE + config.extra_rules
            if r.id not in config.disabled_rules
            and config.category_enabled(r.category)
            and (r.scope is not Scope.LEAD or not config.keep_dateline)
        )
        self._engine = Engine(
            self.rules,
            drop_title=not config.keep_title and config.chrome,
            guard=config.guard_threshold,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (Cleaner, (self.config,))

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    def explain(self, text: str, /) -> CleanResult:
        """Clean ``text`` and return the evidence: reference, removals, fixes, metadata."""
        text = _check_text(text)
        reference, fixes = normalize(text, encoding=self.config.encoding)
        out = self._engine.run(reference)
        if out.removals:
            parts: list[str] = []
            pos = 0
            for r in out.removals:
                parts.append(reference[pos : r.start])
                pos = r.end
            parts.append(reference[pos:])
            cleaned = "".join(parts)
        else:
            cleaned = reference
        return make_result(
            cleaned, reference, out.removals, fixes, out.metadata, out.guard_fired, out.guard_reason
        )

    def clean(self, text: str, /) -> str:
        """The cleaned text."""
        return self.explain(text).text

    def __call__(self, text: str, /) -> str:
        return self.clean(text)
