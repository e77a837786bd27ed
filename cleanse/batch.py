"""Running the cleaner over many records: the plan, the worker pool, the run loop, the summary.

The command (:mod:`cleanse.cli`) parses options into a :class:`Job` (what to do to each
record) and a :class:`Plan` (which inputs, where the output goes), then calls :func:`run`.

How a run flows:

1. readers (:mod:`cleanse.io.readers`) cut each input into items, streaming;
2. items are grouped into chunks (at most ``CHUNK_ITEMS`` records or ``CHUNK_BYTES`` bytes)
   and sent to worker processes, with at most ``INFLIGHT_PER_WORKER`` chunks per worker
   in flight, so memory stays bounded whatever the input size;
3. workers decode, parse, clean and serialise each record (:func:`process_chunk`) and
   return one outcome per record: cleaned, unchanged, or an error with its reason;
4. the main process takes the results back in submission order (so the output keeps
   the input's order) and hands each outcome to the writer of its source
   (:mod:`cleanse.io.writers`), the error file, and the report.

Output is staged under temporary names and committed only when the run completes;
an interrupt, a dead worker or a write error aborts the run and removes what was staged.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any, NamedTuple

from .cleaner import Cleaner
from .config import Config
from .io import RECORD, TEXT, VALUE, Item, detect_format
from .io.readers import ReadError, read
from .io.writers import AtomicFile, Staging, Writer, open_writer
from .result import CleanResult

__all__ = [
    "Job",
    "Outcome",
    "Plan",
    "PlanError",
    "Source",
    "Summary",
    "format_explanation",
    "html_available",
    "plan",
    "process_chunk",
    "run",
]

CHUNK_ITEMS = 256
CHUNK_BYTES = 1 << 20
INFLIGHT_PER_WORKER = 3

CLEANED, UNCHANGED, ERROR = 0, 1, 2

# ---------------------------------------------------------------------------------------
# What to do to each record (built in the main process, sent once to every worker)


@dataclass(frozen=True)
class Job:
    config: Config = field(default_factory=Config)
    #: The JSON field / Parquet column holding the text.
    field: str = "text"
    #: Where the cleaned text goes (``None``: replace ``field`` in place).
    output_field: str | None = None
    #: A field naming each record in the report and error file (default: line number).
    id_field: str | None = None
    #: Record fields hold HTML (``--html``); text sources carry their own flag.
    html: bool = False
    #: Build a report line per record.
    report: bool = False
    #: For text output: list the removals instead of printing the cleaned text.
    listing: bool = False


class Outcome(NamedTuple):
    status: int
    #: What the writer gets: cleaned text (text, Parquet) or a serialised line (JSON).
    out: Any
    #: The report line (bytes) when the job wants one.
    report: bytes | None
    #: Characters removed per category.
    removed: dict[str, int] | None
    #: Why the record failed (``status == ERROR``).
    reason: str
    #: Whether an encoding fix changed the text.
    fixed: bool


def html_available() -> bool:
    """Whether this installation has the HTML path (``cleanse.html``)."""
    try:
        from .html import HtmlCleaner  # noqa: F401
    except ImportError:
        return False
    return True


class HtmlOutcome(NamedTuple):
    """What the HTML path gives the command: the body text, the text-rule result on the
    extracted body, and the elements the element rules dropped (as dicts)."""

    text: str
    body: CleanResult
    pruned: list[dict[str, object]]


def html_function(config: Config) -> Callable[[bytes | str], HtmlOutcome]:
    """The HTML path for one config, imported lazily (a clear error if it is absent)."""
    try:
        from .html import HtmlCleaner
    except ImportError as exc:
        raise RuntimeError("HTML input needs cleanse.html, which this installation does not have") from exc
    cleaner = HtmlCleaner(config)

    def run(page: bytes | str) -> HtmlOutcome:
        result = cleaner.explain(page)
        return HtmlOutcome(result.text, result.body, [p.to_dict() for p in result.pruned])

    return run


def _options(config: Config) -> dict[str, Any]:
    """The config fields that differ from the defaults, as keyword options."""
    default = Config()
    return {
        name: getattr(config, name)
        for name in Config.__dataclass_fields__
        if getattr(config, name) != getattr(default, name)
    }


_STATE: tuple[Job, Cleaner, Callable[[bytes | str], HtmlOutcome] | None] | None = None


def _setup(job: Job, need_html: bool) -> None:
    global _STATE
    html = html_function(job.config) if need_html else None
    _STATE = (job, Cleaner(job.config), html)


def _init_worker(job: Job, need_html: bool) -> None:
    # The main process handles Ctrl-C for the whole run; workers just stop when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent(os.getppid())
    _setup(job, need_html)


#: How often a worker checks that the main process is still there.
PARENT_CHECK_SECONDS = 1.0


def _watch_parent(parent: int) -> None:
    """End this worker when the main process is gone (killed with SIGKILL, it cannot stop
    its pool). An orphaned worker would otherwise wait for work forever, and keep open the
    output pipes it inherited, so whoever reads them never sees their end."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="cleanse-parent-watch", daemon=True).start()


#: What travels to a worker per record: kind, payload, number, is-HTML, reader error, source name.
Wire = tuple[str, Any, int, bool, str, str]


def process_chunk(chunk: list[Wire]) -> list[Outcome]:
    """Worker side: one outcome per record, in order. Never raises for a bad record."""
    assert _STATE is not None, "worker not initialised"
    return [_process(*w) for w in chunk]


def _error(reason: str, source: str, number: int, kind: str, job: Job, rid: Any = None) -> Outcome:
    report = None
    if job.report:
        key = "row" if kind == VALUE else "line"
        rid = number if rid is None else rid
        report = _dumps({"source": source, key: number, "id": rid, "status": "error", "error": reason})
    return Outcome(ERROR, None, report, None, reason, False)


def _dumps(obj: dict[str, Any]) -> bytes:
    try:
        return (json.dumps(obj, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them
        return (json.dumps(obj, default=str) + "\n").encode("ascii")


def _explain(text: bytes | str, html: bool) -> tuple[str, CleanResult, list[dict[str, object]] | None]:
    assert _STATE is not None
    _, cleaner, html_fn = _STATE
    if html:
        assert html_fn is not None
        text_out, body, pruned = html_fn(text)
        return text_out, body, pruned
    assert isinstance(text, str)
    result = cleaner.explain(text)
    return result.text, result, None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Bad(f"undecodable bytes: not UTF-8 at byte {exc.start}") from None


class _Bad(Exception):
    pass


def _process(kind: str, payload: Any, number: int, html: bool, error: str, source: str) -> Outcome:
    assert _STATE is not None
    job = _STATE[0]
    if error:
        return _error(error, source, number, kind, job)
    rid: Any = number
    try:
        if kind == TEXT:
            rid = source
            original: bytes | str = payload if html else _decode(payload)
        elif kind == RECORD:
            try:
                obj = json.loads(_decode(payload))
            except json.JSONDecodeError as exc:
                raise _Bad(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
            if not isinstance(obj, dict):
                raise _Bad(f"not a JSON object: {type(obj).__name__}")
            if job.id_field is not None and job.id_field in obj:
                rid = obj[job.id_field]
            if job.field not in obj:
                raise _Bad(f"missing field {job.field!r}")
            original = obj[job.field]
            if not isinstance(original, str):
                raise _Bad(f"field {job.field!r} is not text: {_kind(original)}")
        else:
            has, original, rid = payload
            if not has:
                raise _Bad(f"missing field {job.field!r}")
            if not isinstance(original, str):
                raise _Bad(f"field {job.field!r} is not text: {_kind(original)}")
    except _Bad as exc:
        return _error(str(exc), source, number, kind, job, rid)
    try:
        text, result, pruned = _explain(original, html or (kind != TEXT and job.html))
    except Exception as exc:
        return _error(f"cleaner crashed: {type(exc).__name__}: {exc}", source, number, kind, job, rid)

    status = UNCHANGED if text == original else CLEANED
    if kind == RECORD:
        if status == UNCHANGED and job.output_field is None:
            out: Any = payload if payload.endswith(b"\n") else payload + b"\n"
        else:
            obj[job.output_field or job.field] = text
            out = _dumps(obj)
    elif kind == TEXT and job.listing:
        out = format_explanation(result)
    else:
        out = text
    report = None
    if job.report:
        key = "row" if kind == VALUE else "line"
        report = _dumps(
            {
                "source": source,
                key: number,
                "id": rid,
                "status": "cleaned" if status == CLEANED else "unchanged",
                "removals": [r.to_dict() for r in result.removals],
                "fixes": [f.name for f in result.fixes],
                "guard": result.guard_reason if result.guard_fired else None,
                **({"pruned": pruned} if pruned is not None else {}),
            }
        )
    removed = result.removed_chars() if result.removals else None
    return Outcome(status, out, report, removed, "", bool(result.fixes))


def format_explanation(result: CleanResult) -> str:
    """The removals as lines: rule id, category, the removed text (as a Python literal)."""
    lines = [f"{r.rule_id}\t{r.category}\t{r.text.strip()!r}" for r in result.removals]
    if result.guard_fired:
        lines.append(f"(nothing removed) {result.guard_reason}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# The plan: inputs and where their output goes


class PlanError(Exception):
    """The inputs or options cannot make a run (reported before anything is read)."""


@dataclass(frozen=True)
class Source:
    #: The input file; ``None`` for stdin.
    path: Path | None
    fmt: str
    #: How reports and errors name it.
    name: str
    #: Its output path inside an output directory (directory mode only).
    rel: Path | None = None


@dataclass(frozen=True)
class Plan:
    sources: tuple[Source, ...]
    #: The output file or directory; ``None``: stdout (or nothing, on a dry run).
    target: Path | None
    target_is_dir: bool
    #: Where error records go; ``None``: one line each on stderr.
    errors: Path | None
    report: Path | None
    dry_run: bool = False


_KNOWN = (".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl", ".ndjson", ".json", ".parquet", ".txt")


def _stem(path: Path) -> str:
    name = path.name
    for ext in _KNOWN:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def plan(
    inputs: Iterable[str],
    output: str | None,
    *,
    glob: str = "*",
    fmt: str = "auto",
    html: bool = False,
    errors: str | None = None,
    report: str | None = None,
    dry_run: bool = False,
) -> Plan:
    """Expand the inputs (directories recursively, by ``glob``) and lay out the output.

    Output mirrors input: one input file (or stdin) and ``-o FILE`` gives that file; a
    directory or several inputs with ``-o DIR`` give a directory with the same tree; no
    ``-o`` (or ``-o -``) writes to stdout.
    """
    names = list(inputs) or ["-"]
    sources: list[Source] = []
    single = len(names) == 1
    for name in names:
        if name == "-":
            f = fmt if fmt != "auto" else ("html" if html else "text")
            sources.append(Source(None, f, "<stdin>", Path("stdin.jsonl" if f == "jsonl" else "stdin.txt")))
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob(glob) if p.is_file() and not _hidden(p.relative_to(path)))
            for p in found:
                rel = p.relative_to(path) if single else Path(path.resolve().name) / p.relative_to(path)
                sources.append(_source(p, rel, fmt, html))
            continue
        if not path.exists():
            raise PlanError(f"{name}: no such file or directory")
        sources.append(_source(path, Path(path.name), fmt, html))

    to_stdout = output in (None, "-") and not dry_run
    if to_stdout and any(s.fmt == "parquet" for s in sources):
        raise PlanError("Parquet output needs a file: give -o OUT")
    target: Path | None = None
    is_dir = False
    if not dry_run and not to_stdout:
        assert output is not None
        target = Path(output)
        one_file = single and (names[0] == "-" or not Path(names[0]).is_dir())
        is_dir = not one_file or target.is_dir()
        if is_dir:
            seen: set[Path] = set()
            for s in sources:
                assert s.rel is not None
                if s.rel in seen:
                    raise PlanError(f"two inputs would both write {target / s.rel}")
                seen.add(s.rel)
            if one_file:  # -o names an existing directory: the file goes inside it
                pass
        elif target.resolve() in {s.path.resolve() for s in sources if s.path is not None}:
            raise PlanError(f"{output}: the output would overwrite its input")
    err_path = Path(errors) if errors else None
    if err_path is None and target is not None:
        err_path = target.with_name(_stem(target) + ".errors.jsonl")
    return Plan(tuple(sources), target, is_dir, err_path, Path(report) if report else None, dry_run)


def _source(path: Path, rel: Path, fmt: str, html: bool) -> Source:
    f = detect_format(path, html) if fmt == "auto" else fmt
    if f == "html":
        rel = rel.with_name(rel.name.rsplit(".", 1)[0] + ".txt") if "." in rel.name else rel
    return Source(path, f, str(path), rel)


# ---------------------------------------------------------------------------------------
# Summary and progress


@dataclass
class Summary:
    records: int = 0
    cleaned: int = 0
    unchanged: int = 0
    errors: int = 0
    fixed: int = 0
    bytes_in: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    #: What stopped the run early, if anything.
    stopped: str = ""

    def add(self, item: Item, outcome: Outcome) -> None:
        self.records += 1
        self.bytes_in += item.size
        if outcome.status == CLEANED:
            self.cleaned += 1
        elif outcome.status == UNCHANGED:
            self.unchanged += 1
        else:
            self.errors += 1
        if outcome.fixed:
            self.fixed += 1
        if outcome.removed:
            for cat, n in outcome.removed.items():
                self.removed[cat] = self.removed.get(cat, 0) + n

    def format(self) -> str:
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        mbs = self.bytes_in / 1e6 / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"cleanse: {self.records:,} records in: {self.cleaned:,} cleaned, "
            f"{self.unchanged:,} unchanged, {self.errors:,} errors "
            f"({self.seconds:.1f} s, {rate:,.0f} records/s, {mbs:.1f} MB/s)",
        ]
        if self.removed:
            cats = ", ".join(f"{cat} {n:,}" for cat, n in sorted(self.removed.items()))
            lines.append(f"cleanse: characters removed: {cats}")
        if self.fixed:
            lines.append(f"cleanse: encoding repaired in {self.fixed:,} records")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "cleaned": self.cleaned,
            "unchanged": self.unchanged,
            "errors": self.errors,
            "fixed": self.fixed,
            "bytes": self.bytes_in,
            "removed_chars": dict(self.removed),
            "seconds": round(self.seconds, 3),
        }


class Progress:
    """A one-line progress display on a terminal: records, records/s, MB/s (and a bar
    when the input size is known). Does nothing when disabled."""

    def __init__(self, stream: IO[str], enabled: bool, total_bytes: int | None) -> None:
        self._stream = stream
        self._enabled = enabled
        self._total = total_bytes
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, summary: Summary) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self._start, 1e-9)
        bar = ""
        if self._total:
            done = min(summary.bytes_in / self._total, 1.0)
            filled = int(done * 20)
            bar = f"[{'#' * filled}{'.' * (20 - filled)}] {done * 100:3.0f}% "
        line = (
            f"\r{bar}{summary.records:,} records  {summary.records / elapsed:,.0f} rec/s  "
            f"{summary.bytes_in / 1e6 / elapsed:.1f} MB/s  {summary.errors:,} errors"
        )
        self._stream.write(line + "\x1b[K")
        self._stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


# ---------------------------------------------------------------------------------------
# The run loop


class Interrupted(BaseException):
    """A signal stopped the run (SIGINT: exit 130, SIGTERM: 143)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _FailFast(Exception):
    pass


class _Sink:
    """The writers, error file and report of a run, switched from source to source."""

    def __init__(self, plan: Plan, job: Job, stdout: IO[bytes], stderr: IO[str]) -> None:
        self.plan = plan
        self.job = job
        self.stdout = stdout
        self.stderr = stderr
        self.staging = (
            Staging(plan.target, plan.target_is_dir) if plan.target is not None and not plan.dry_run else None
        )
        self.errors = AtomicFile(plan.errors, always=False) if plan.errors is not None else None
        self.report = AtomicFile(plan.report) if plan.report is not None else None
        self.current = -1
        self.writer: Writer | None = None

    def _open(self, index: int) -> Writer | None:
        if self.plan.dry_run:
            return None
        src = self.plan.sources[index]
        if self.staging is None:
            path = None
        else:
            path = self.staging.path(src.rel if self.staging.is_dir else None)
        return open_writer(
            src.fmt, path, self.stdout, field=self.job.field, output_field=self.job.output_field
        )

    def switch(self, index: int) -> None:
        while self.current < index:
            if self.writer is not None:
                self.writer.close()
                self.writer = None
            self.current += 1
            if self.current >= len(self.plan.sources):
                break
            if self.current < index:  # a source with no records: an empty output
                w = self._open(self.current)
                if w is not None:
                    w.close()
            else:
                self.writer = self._open(self.current)

    def put(self, item: Item, outcome: Outcome) -> None:
        self.switch(item.source)
        if outcome.status == ERROR:
            if self.writer is not None:
                self.writer.skip(item)
            self._error(item, outcome.reason)
        elif self.writer is not None:
            self.writer.write(item, outcome.out)
        if self.report is not None and outcome.report is not None:
            self.report.write(outcome.report)

    def _error(self, item: Item, reason: str) -> None:
        src = self.plan.sources[item.source]
        key = "row" if item.kind == VALUE else "line"
        rec: dict[str, Any] = {"source": src.name, key: item.number, "reason": reason}
        if item.kind == RECORD and item.payload:
            rec["record"] = bytes(item.payload).decode("utf-8", "backslashreplace").rstrip("\r\n")
        elif item.kind == VALUE and item.context is not None:
            batch, row = item.context
            rec["record"] = batch.slice(row, 1).to_pylist()[0]
        if self.errors is not None:
            self.errors.write(_dumps(rec))
        else:
            self.stderr.write(f"cleanse: {src.name}:{item.number}: {reason}\n")

    def finish(self) -> None:
        self.switch(len(self.plan.sources))
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        if self.staging is None:
            self.stdout.flush()

    def commit(self) -> None:
        if self.staging is not None:
            self.staging.commit()
        for side in (self.errors, self.report):
            if side is not None:
                side.commit()

    def abort(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()
        except Exception:  # the run is failing already; the staged files go anyway
            pass
        self.writer = None
        for part in (self.staging, self.errors, self.report):
            if part is not None:
                part.abort()


def _items(plan: Plan, job: Job, stdin: IO[bytes], max_bytes: int) -> Iterator[Item]:
    for index, src in enumerate(plan.sources):
        number = 0
        try:
            for item in read(
                src.fmt, index, src.path, stdin, field=job.field, id_field=job.id_field, max_bytes=max_bytes
            ):
                number = item.number
                yield item
        except (ReadError, OSError) as exc:
            reason = (
                f"unreadable input after record {number}: {exc}" if number else f"unreadable input: {exc}"
            )
            yield Item(index, number + 1, TEXT, b"", 0, error=reason)


def _chunks(items: Iterator[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += item.size
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _wire(plan: Plan, chunk: list[Item]) -> list[Wire]:
    out = []
    for it in chunk:
        src = plan.sources[it.source]
        out.append((it.kind, it.payload, it.number, src.fmt == "html", it.error, src.name))
    return out


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _total_bytes(plan: Plan) -> int | None:
    total = 0
    for s in plan.sources:
        if s.path is None or s.fmt == "parquet" or s.path.name.endswith(".gz"):
            return None
        try:
            total += s.path.stat().st_size
        except OSError:
            return None
    return total or None


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


def run(
    plan: Plan,
    job: Job,
    *,
    workers: int | None = None,
    fail_fast: bool = False,
    progress: bool | None = None,
    quiet: bool = False,
    max_bytes: int = 64 << 20,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    stderr: IO[str] | None = None,
) -> tuple[int, Summary]:
    """Run the job over the plan. Returns the exit status and the summary.

    Exit status: 0 all records cleaned; 1 some records failed (they are in the error
    file; the output has all the others), or ``fail_fast`` stopped at the first; 2 the
    run failed and nothing was written (a dead worker, a write error); 130/143 a signal.
    """
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout.buffer
    stderr = stderr if stderr is not None else sys.stderr
    workers = workers or default_workers()
    need_html = any(s.fmt == "html" for s in plan.sources) or job.html
    summary = Summary()
    show = progress if progress is not None else (not quiet and stderr.isatty())
    bar = Progress(stderr, show, _total_bytes(plan))
    sink = _Sink(plan, job, stdout, stderr)
    pool: ProcessPoolExecutor | None = None
    start = time.monotonic()
    old_term = signal.signal(signal.SIGTERM, _on_sigterm)
    committed = False
    status = 0
    where = ""
    try:
        chunks = _chunks(_items(plan, job, stdin, max_bytes))
        head = [c for c in (next(chunks, None), next(chunks, None)) if c is not None]
        if workers > 1 and len(head) > 1:
            pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(job, need_html),
            )
        else:
            _setup(job, need_html)
        inflight: deque[tuple[list[Item], Future[list[Outcome]] | list[Outcome]]] = deque()
        limit = max(1, workers * INFLIGHT_PER_WORKER) if pool is not None else 1

        def drain() -> None:
            nonlocal where
            chunk, pending = inflight.popleft()
            first = chunk[0]
            where = f"{plan.sources[first.source].name}, records from {first.number}"
            outcomes = pending.result() if isinstance(pending, Future) else pending
            for item, outcome in zip(chunk, outcomes, strict=True):
                summary.add(item, outcome)
                sink.put(item, outcome)
                if outcome.status == ERROR and fail_fast:
                    where = f"{plan.sources[item.source].name}:{item.number}: {outcome.reason}"
                    raise _FailFast(where)
            bar.update(summary)

        def all_chunks() -> Iterator[list[Item]]:
            yield from head
            yield from chunks

        for chunk in all_chunks():
            wire = _wire(plan, chunk)
            inflight.append((chunk, pool.submit(process_chunk, wire) if pool else process_chunk(wire)))
            while len(inflight) >= limit:
                drain()
        while inflight:
            drain()
        sink.finish()
        sink.commit()
        committed = True
        status = 1 if summary.errors else 0
    except (KeyboardInterrupt, Interrupted) as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        summary.stopped = f"interrupted by {signal.Signals(signum).name}"
        status = 128 + signum
    except BrokenProcessPool:
        summary.stopped = f"a worker process died (killed, or out of memory) while cleaning {where}"
        status = 2
    except _FailFast as exc:
        summary.stopped = f"stopped at the first failed record (--fail-fast): {exc}"
        status = 1
    except BrokenPipeError:
        summary.stopped = "the output pipe was closed"
        status = 1
        _quiet_stdout()
    except OSError as exc:
        summary.stopped = f"could not write the output: {exc}"
        status = 2
    except Exception as exc:  # a bug: still leave no half-written output, and say so
        summary.stopped = f"internal error: {type(exc).__name__}: {exc}"
        status = 2
    finally:
        signal.signal(signal.SIGTERM, old_term)
        summary.seconds = time.monotonic() - start
        bar.close()
        if not committed:
            sink.abort()
        if pool is not None:
            _stop(pool, graceful=committed)
    if summary.stopped:
        written = "" if plan.target is None else "; no output written"
        stderr.write(f"cleanse: {summary.stopped} after {summary.records:,} records{written}\n")
    if not quiet:
        stderr.write(summary.format() + "\n")
        if committed and summary.errors and plan.errors is not None:
            stderr.write(f"cleanse: error records in {plan.errors}\n")
    stderr.flush()
    return status, summary


def _quiet_stdout() -> None:
    # Python flushes stdout at exit; a closed pipe would raise again there.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _stop(pool: ProcessPoolExecutor, graceful: bool) -> None:
    if graceful:
        pool.shutdown(wait=True)
        return
    processes = list(getattr(pool, "_processes", {}).values())
    # The queue that feeds the workers may hold chunks no worker will read now; its feeder
    # thread must not be joined at exit, or an interrupted run can hang on the way out.
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=5)


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__
