"""The ``cleanse`` command: a thin layer over the library and the batch runner.

``cleanse clean`` cleans files, folders, JSON lines, JSON arrays, Parquet and stdin
(:mod:`cleanse.batch` runs it, :mod:`cleanse.io` reads and writes the formats);
``cleanse explain`` shows one document with its removals marked; ``cleanse rules`` lists
the catalogue. Without a subcommand, ``cleanse FILE...`` is ``cleanse clean --quiet
FILE...``: it prints the cleaned text (``--explain``: the removals, one per line).

This module only parses options and maps them onto :class:`~cleanse.Config` fields and
the runner's arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from . import __version__
from .batch import (
    Job,
    PlanError,
    default_workers,
    format_explanation,
    html_available,
    html_function,
    plan,
    run,
)
from .cleaner import Cleaner
from .config import Config
from .result import CleanResult
from .rules import CATALOGUE, CATEGORIES, Rule, load_rules

__all__ = ["build_parser", "format_explanation", "main", "mark_removals", "render_reference"]

COMMANDS = ("clean", "explain", "rules")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Fixed width and one option layout on every Python version (the generated reference
    in docs/cli.md must not depend on the terminal or the interpreter)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=100, max_help_position=32)

    def _format_action_invocation(self, action: argparse.Action) -> str:
        if not action.option_strings:
            return super()._format_action_invocation(action)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join(action.option_strings) + " " + metavar


def _keep_or_drop(g: argparse._ArgumentGroup, what: str, *, keep: str, drop: str) -> None:
    """The pair --keep-WHAT / --drop-WHAT for the Config field keep_WHAT (kept by default)."""
    t = g.add_mutually_exclusive_group()
    t.add_argument(f"--keep-{what}", dest=f"keep_{what}", action="store_true", default=True, help=keep)
    t.add_argument(f"--drop-{what}", dest=f"keep_{what}", action="store_false", help=drop)


def _config_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("cleaning options (each maps to a cleanse.Config field)")
    g.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE_ID",
        help="never apply this rule (repeatable; Config.disabled_rules)",
    )
    g.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="CATEGORY",
        help="remove only this category: chrome, disclaimer, comments (repeatable; "
        "switches the other categories' Config fields off)",
    )
    g.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="add your own rules from a JSON file in the catalogue's format (repeatable; Config.extra_rules)",
    )
    g.add_argument(
        "--no-encoding-fix",
        dest="encoding",
        action="store_false",
        help="do not repair encoding; whitespace is still normalised (Config.encoding)",
    )
    _keep_or_drop(
        g,
        "title",
        keep="keep a headline-shaped first line (the default; Config.keep_title)",
        drop="remove a headline-shaped first line (rule chrome.title)",
    )
    _keep_or_drop(
        g,
        "dateline",
        keep="keep a dateline glued to the first paragraph (the default; Config.keep_dateline)",
        drop="cut a dateline glued to the first paragraph, keeping its sentence (rule chrome.dateline-lead)",
    )
    g.add_argument(
        "--guard",
        type=float,
        default=0.5,
        metavar="SHARE",
        help="remove nothing when removals would exceed this share of a document and sweep along "
        "this share of its prose, or take 90%% of it (default: 0.5; 1 disables; Config.guard_threshold)",
    )


def _new(
    prog: str,
    usage: str,
    description: str,
    sub: argparse._SubParsersAction[argparse.ArgumentParser] | None = None,
    name: str = "",
) -> argparse.ArgumentParser:
    if sub is None:
        return argparse.ArgumentParser(
            prog=prog, usage=usage, description=description, formatter_class=_Formatter
        )
    return sub.add_parser(
        name,
        help=description.split("\n")[0],
        usage=usage,
        description=description,
        formatter_class=_Formatter,
    )


CLEAN_DESCRIPTION = """\
Clean text files, folders, JSON lines, JSON arrays, Parquet files or stdin.

Output mirrors input: one input and -o FILE write that file; a folder or several inputs
and -o DIR write a folder with the same tree; no -o writes to stdout. The format comes from
the extension (.txt and others: text; .html/.htm: HTML; .jsonl/.jsonl.gz/.ndjson: JSON
lines; .json: a JSON array or JSON lines; .parquet: Parquet, needs pip install
'cleanse[parquet]'). Records keep every other field as it was.

Nothing is lost: every input record ends as one output record or one error record (with
its line number and the reason). Output is written under a temporary name and renamed
into place only when the run completes; an interrupted or failed run leaves none (one
killed outright, by SIGKILL, can leave a hidden .NAME.cleanse-tmp-PID file, never NAME).

Exit status: 0 all records cleaned; 1 some records failed (see --errors) or --fail-fast
stopped the run; 2 the run failed (bad options, a dead worker, a write error) and wrote
no output; 130 interrupted (Ctrl-C)."""

EXPLAIN_DESCRIPTION = """\
Show a document with its removed spans marked, then the rules that removed them.

On a terminal removed text is red and struck through; otherwise it is marked
[-removed text-]{rule.id}."""

RULES_DESCRIPTION = "List the rule catalogue: id, category, languages, description."


def build_parser() -> argparse.ArgumentParser:
    p = _new(
        "cleanse",
        "cleanse [-h] [--version] COMMAND ...\n       cleanse [clean options] [FILE ...]",
        "Remove site chrome, financial disclaimers and comment sections from scraped news text.\n\n"
        "Without a COMMAND, 'cleanse FILE...' cleans the files and prints the text\n"
        "(as 'cleanse clean --quiet FILE...'; '--explain' lists the removals instead).",
    )
    p.add_argument("--version", action="version", version=f"cleanse {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    c = _new(
        "cleanse clean",
        "cleanse clean [options] [PATH ...|-] [-o OUT]",
        CLEAN_DESCRIPTION,
        sub,
        "clean",
    )
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to clean ('-' or none: stdin)")
    io = c.add_argument_group("input and output")
    io.add_argument("-o", "--output", metavar="OUT", help="output file or folder ('-' or none: stdout)")
    io.add_argument(
        "--format",
        default="auto",
        choices=("auto", "text", "html", "jsonl", "json", "parquet"),
        help="input format (default: auto, from the extension; stdin: text)",
    )
    io.add_argument(
        "--glob", default="*", metavar="PATTERN", help="files to take from folders, recursively (default: *)"
    )
    io.add_argument("--html", action="store_true", help="the input (files, or the record field) is HTML")
    io.add_argument(
        "--field", default="text", metavar="NAME", help="the record field with the text (default: text)"
    )
    io.add_argument(
        "--output-field",
        metavar="NAME",
        help="write the cleaned text to this field (default: replace --field in place)",
    )
    io.add_argument(
        "--id-field", metavar="NAME", help="a record field naming each record in the report and error file"
    )
    io.add_argument(
        "--max-record-mb",
        type=float,
        default=64,
        metavar="MB",
        help="a larger record is an error, not loaded (default: 64)",
    )
    rep = c.add_argument_group("reports and errors")
    rep.add_argument(
        "--report",
        metavar="FILE",
        help="write one JSON line per record: source, line, id, status, removals, fixes",
    )
    rep.add_argument(
        "--errors",
        metavar="FILE",
        help="write failed records here as JSON lines (default: OUT's name + .errors.jsonl "
        "next to the output; stderr when writing to stdout)",
    )
    rep.add_argument(
        "--dry-run", action="store_true", help="write no output: only the report and the summary"
    )
    rep.add_argument(
        "--fail-fast", action="store_true", help="stop at the first failed record, writing nothing"
    )
    rep.add_argument(
        "--explain", action="store_true", help="for text output: list the removals instead of the text"
    )
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")
    run_g = c.add_argument_group("running")
    run_g.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: all cores); output order is kept",
    )
    _config_options(c)

    e = _new("cleanse explain", "cleanse explain [options] FILE ...", EXPLAIN_DESCRIPTION, sub, "explain")
    e.add_argument("files", nargs="+", metavar="FILE", help="text (or HTML) files; '-': stdin")
    e.add_argument("--html", action="store_true", help="the input is HTML (default: by extension)")
    e.add_argument(
        "--color",
        default="auto",
        choices=("auto", "always", "never"),
        help="colour the removals (default: auto, on a terminal)",
    )
    _config_options(e)

    r = _new("cleanse rules", "cleanse rules [--json] [--rules FILE]", RULES_DESCRIPTION, sub, "rules")
    r.add_argument("--json", action="store_true", help="print the rules as a JSON list")
    r.add_argument("--rules", action="append", default=[], metavar="FILE", help="include your own rules")
    return p


class _UsageError(Exception):
    pass


def _user_rules(files: Sequence[str]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for name in files:
        try:
            rules += load_rules(name)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise _UsageError(f"--rules {name}: {exc}") from exc
    return tuple(rules)


def config_from_args(args: argparse.Namespace) -> Config:
    """Map the cleaning options onto a Config."""
    extra = _user_rules(args.rules)
    known = {r.id for r in CATALOGUE + extra}
    for rule_id in args.disable:
        if rule_id not in known:
            raise _UsageError(f"--disable {rule_id}: no such rule (see 'cleanse rules')")
    categories = set(CATEGORIES) | {r.category for r in extra}
    for cat in args.only:
        if cat not in categories:
            raise _UsageError(f"--only {cat}: no such category ({', '.join(sorted(categories))})")
    switches = {cat: cat in args.only for cat in CATEGORIES} if args.only else {}
    try:
        return Config(
            encoding=args.encoding,
            disabled_rules=frozenset(args.disable),
            extra_rules=extra,
            keep_title=args.keep_title,
            keep_dateline=args.keep_dateline,
            guard_threshold=args.guard,
            **switches,
        )
    except ValueError as exc:
        raise _UsageError(str(exc)) from exc


def _clean(args: argparse.Namespace, quiet: bool) -> int:
    config = config_from_args(args)
    html = args.html or args.format == "html"
    layout = plan(
        args.paths,
        args.output,
        glob=args.glob,
        fmt=args.format,
        html=args.html,
        errors=args.errors,
        report=args.report,
        dry_run=args.dry_run,
    )
    if (html or any(s.fmt == "html" for s in layout.sources)) and not html_available():
        raise _UsageError("HTML input needs cleanse.html, which this installation does not have")
    if args.workers is not None and args.workers < 1:
        raise _UsageError("--workers must be at least 1")
    job = Job(
        config=config,
        field=args.field,
        output_field=args.output_field,
        id_field=args.id_field,
        html=args.html,
        report=args.report is not None,
        listing=args.explain,
    )
    status, _ = run(
        layout,
        job,
        workers=args.workers or default_workers(),
        fail_fast=args.fail_fast,
        quiet=quiet or args.quiet,
        max_bytes=int(args.max_record_mb * (1 << 20)),
    )
    return status


_RED = "\x1b[31;9m"
_DIM = "\x1b[2m"
_OFF = "\x1b[0m"


def mark_removals(result: CleanResult, color: bool = False) -> str:
    """The reference text with every removed span marked: ``[-text-]{rule.id}``, or red
    and struck through (with the rule id dimmed) when ``color``. Whitespace around a span
    stays outside the marker."""
    parts: list[str] = []
    pos = 0
    ref = result.reference
    for r in result.removals:
        parts.append(ref[pos : r.start])
        span = ref[r.start : r.end]
        core = span.strip()
        if not core:
            parts.append(span)
        else:
            lead = span[: len(span) - len(span.lstrip())]
            trail = span[len(span.rstrip()) :]
            if color:
                body = f"{_OFF}\n{_RED}".join(core.split("\n"))
                mark = f"{_RED}{body}{_OFF}{_DIM}{{{r.rule_id}}}{_OFF}"
            else:
                mark = f"[-{core}-]{{{r.rule_id}}}"
            parts.append(lead + mark + trail)
        pos = r.end
    parts.append(ref[pos:])
    return "".join(parts)


def _explain_one(result: CleanResult, color: bool, pruned: list[dict[str, object]]) -> str:
    out = [mark_removals(result, color).rstrip("\n"), ""]
    if pruned:
        out.append("HTML elements dropped:")
        out += [f"  {p['rule_id']}\t<{p['tag']}>\t{p['chars']} chars" for p in pruned]
    if result.removals:
        out.append("removed:")
        for r in result.removals:
            out.append(f"  {r.rule_id}\t{r.category}\t{r.end - r.start} chars")
        out.append("rules: " + " ".join(result.rule_ids()))
    else:
        out.append("removed: nothing")
    if result.fixes:
        out.append("fixes: " + " ".join(f.name for f in result.fixes))
    if result.guard_fired:
        out.append(f"guard: {result.guard_reason}")
    return "\n".join(out)


def _explain(args: argparse.Namespace, out: IO[str]) -> int:
    config = config_from_args(args)
    color = args.color == "always" or (args.color == "auto" and out.isatty())
    cleaner = Cleaner(config)
    status = 0
    for i, name in enumerate(args.files):
        is_html = args.html or name.lower().endswith((".html", ".htm"))
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            sys.stderr.write(f"cleanse: {name}: {exc.strerror or exc}\n")
            status = 1
            continue
        pruned: list[dict[str, object]] = []
        if is_html:
            if not html_available():
                raise _UsageError("HTML input needs cleanse.html, which this installation does not have")
            _, result, pruned = html_function(config)(data)
        else:
            result = cleaner.explain(data.decode("utf-8", "surrogateescape"))
        if len(args.files) > 1:
            out.write(("\n" if i else "") + f"== {name}\n")
        out.write(_explain_one(result, color, pruned).encode("utf-8", "replace").decode("utf-8") + "\n")
    return status


def _rules(args: argparse.Namespace, out: IO[str]) -> int:
    rules = CATALOGUE + _user_rules(args.rules)
    if args.json:
        rows = [
            {
                "id": r.id,
                "category": r.category,
                "languages": list(r.languages),
                "where": r.where.value,
                "scope": r.scope.value,
                "description": r.description,
            }
            for r in rules
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    table = [("id", "category", "languages", "description")]
    table += [(r.id, r.category, ",".join(r.languages), r.description) for r in rules]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    for row in table:
        out.write(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[3] + "\n"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    legacy = not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version"))
    if legacy:
        argv = ["clean", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return _clean(args, quiet=legacy)
        if args.command == "explain":
            return _explain(args, sys.stdout)
        if args.command == "rules":
            return _rules(args, sys.stdout)
        parser.print_help()
        return 2
    except (_UsageError, PlanError) as exc:
        sys.stderr.write(f"cleanse: error: {exc}\n")
        return 2
    except BrokenPipeError:
        return 1


def render_reference() -> str:
    """docs/cli.md: the command's --help texts, generated."""
    parser = build_parser()
    out = [
        "# Command reference",
        "",
        "Generated from the command's `--help` by `python -m cleanse.docgen`; do not edit by hand.",
        "A guide with examples is in [usage.md](usage.md#the-command).",
        "",
        "## cleanse",
        "",
        "```",
        parser.format_help().rstrip(),
        "```",
        "",
    ]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in COMMANDS:
        out += [f"## cleanse {name}", "", "```", sub.choices[name].format_help().rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
