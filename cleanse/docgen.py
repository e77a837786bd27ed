"""Generated documentation pages: the rule catalogue (from the rule data), the command
reference (from its --help).

``python -m cleanse.docgen`` rewrites them; a test fails when they are out of date.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from .rules import CATALOGUE, CATEGORIES

__all__ = ["PAGES", "main", "render_rules"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rules() -> str:
    """docs/rules.md: every built-in rule, by category, in priority order."""
    out = [
        "# Rule catalogue",
        "",
        "Generated from the rule data by `python -m cleanse.docgen`; do not edit by hand.",
        "Rule ids are stable: they appear in `CleanResult.removals`, in the command's",
        "`--explain` output and reports, and in the tests.",
        "",
        f"{len(CATALOGUE)} rules.",
        "",
    ]
    for category in CATEGORIES:
        rules = [r for r in CATALOGUE if r.category == category]
        out += [f"## {category} ({len(rules)})", ""]
        out += ["| id | where | scope | languages | description | example |", "|---|---|---|---|---|---|"]
        for r in rules:
            where = r.where.value if r.where.value == "anywhere" else f"{r.where.value} ≤{r.within}"
            example = _cell(r.examples[0][:80]) if r.examples else ""
            out.append(
                f"| `{r.id}` | {where} | {r.scope.value} | {', '.join(r.languages)} | "
                f"{_cell(r.description)} | {example} |"
            )
        out.append("")
    return "\n".join(out)


def _render_cli() -> str:
    """docs/cli.md: the command's --help texts (see ``cleanse.cli.render_reference``)."""
    from .cli import render_reference

    return render_reference()


#: Page path (relative to the repository root) -> renderer.
PAGES: dict[str, Callable[[], str]] = {"docs/rules.md": render_rules, "docs/cli.md": _render_cli}


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    for rel, render in PAGES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
