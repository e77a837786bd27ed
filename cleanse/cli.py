"""The ``cleanse`` command: a thin layer over the library API.

``cleanse FILE...`` (or ``-``/stdin) prints the cleaned text; ``--explain`` lists the
removals (rule id, category, text) instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .cleaner import Cleaner
from .config import Config
from .result import CleanResult

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleanse",
        description="Remove site chrome, financial disclaimers and comment sections from scraped news text.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files to clean ('-' or none: stdin)")
    p.add_argument("--explain", action="store_true", help="list the removals instead of the cleaned text")
    return p


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8", errors="surrogateescape") as fh:
        return fh.read()


def format_explanation(result: CleanResult) -> str:
    lines = []
    for r in result.removals:
        lines.append(f"{r.rule_id}\t{r.category}\t{r.text.strip()!r}")
    if result.guard_fired:
        lines.append(f"(nothing removed) {result.guard_reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cleaner = Cleaner(Config())
    out = sys.stdout
    for name in args.files or ["-"]:
        result = cleaner.explain(_read(name))
        text = format_explanation(result) if args.explain else result.text
        out.write(text.encode("utf-8", "replace").decode("utf-8") + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
