"""Readers: an input (file or stream) in, :class:`~cleanse.io.Item` records out, streaming.

Every reader holds at most one record (or one Parquet batch) in memory at a time, and
refuses a record larger than ``max_bytes`` with an error item instead of loading it.
A new input format is one more generator here with the same signature, plus its case
in :func:`read`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from . import RECORD, TEXT, VALUE, Item

__all__ = ["ReadError", "read", "read_json", "read_jsonl", "read_parquet", "read_text"]

_CHUNK = 1 << 16


class ReadError(Exception):
    """The input as a whole cannot be read (a corrupt gzip stream, an unreadable file)."""


def _open_binary(path: Path | None, stdin: IO[bytes] | None) -> IO[bytes]:
    if path is None:
        assert stdin is not None
        return stdin
    if path.name.lower().endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


def _too_large(max_bytes: int) -> str:
    return f"record too large: over {max_bytes:,} bytes (--max-record-mb)"


def read_text(source: int, path: Path | None, stdin: IO[bytes] | None, max_bytes: int) -> Iterator[Item]:
    """A whole document (a text or HTML file, or stdin) as one item of raw bytes."""
    fh = _open_binary(path, stdin)
    try:
        data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            size = len(data)
            del data
            while chunk := fh.read(_CHUNK * 16):
                size += len(chunk)
            yield Item(source, 1, TEXT, b"", size, error=_too_large(max_bytes))
            return
    finally:
        if fh is not stdin:
            fh.close()
    yield Item(source, 1, TEXT, data, len(data))


def _lines(fh: IO[bytes], max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """Lines of a binary stream; a line over ``max_bytes`` is skipped and comes as ``None``."""
    while line := fh.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while more := fh.readline(_CHUNK * 16):
                size += len(more)
                if more.endswith(b"\n"):
                    break
            yield None, size
        else:
            yield line, len(line)


def read_jsonl(source: int, path: Path | None, stdin: IO[bytes] | None, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line (blank lines are not records); numbers are line numbers."""
    fh = _open_binary(path, stdin)
    try:
        for number, (line, size) in enumerate(_lines(fh, max_bytes), 1):
            if line is None:
                yield Item(source, number, RECORD, b"", size, error=_too_large(max_bytes))
            elif line.strip():
                yield Item(source, number, RECORD, line, size)
    except (OSError, EOFError, ValueError) as exc:  # corrupt gzip stream, truncated file
        raise ReadError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        if fh is not stdin:
            fh.close()


def read_json(source: int, path: Path | None, stdin: IO[bytes] | None, max_bytes: int) -> Iterator[Item]:
    """A JSON array of records, element by element; otherwise a sequence of JSON values
    (JSON lines, or one pretty-printed object).

    Nothing is loaded whole: values are cut from a sliding window. In an array, an element
    that is not valid JSON ends the file (a reader cannot tell where the next one starts):
    it and the rest come as one error item. Outside an array, reading resumes at the next
    line.
    """
    fh = _open_binary(path, stdin)
    try:
        head = fh.read(_CHUNK)
        yield from _values(source, fh, head, max_bytes, array=head.lstrip()[:1] == b"[")
    except (OSError, EOFError) as exc:
        raise ReadError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        if fh is not stdin:
            fh.close()


_SPACE = re.compile(r"[ \t\r\n]*")


def _needs_more(exc: json.JSONDecodeError, buf: str) -> bool:
    """Whether a decode error may only mean the window ends inside the value."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(buf) - 8


def _values(source: int, fh: IO[bytes], head: bytes, max_bytes: int, array: bool) -> Iterator[Item]:
    decoder = json.JSONDecoder()
    # Undecodable bytes become surrogate escapes, and encoding the value back with the same
    # handler restores them exactly (also for a character cut at a chunk edge); the worker
    # then reports them.
    buf = head.decode("utf-8", "surrogateescape")
    eof = False
    line = 1
    pos = 0
    mark = "array" if array else None
    if array:
        pos = buf.index("[") + 1
        line += buf.count("\n", 0, pos)

    def more() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        chunk = fh.read(_CHUNK)
        if not chunk:
            eof = True
            return False
        buf = buf[pos:] + chunk.decode("utf-8", "surrogateescape")
        pos = 0
        return True

    first = True
    while True:
        while True:
            end = _SPACE.match(buf, pos).end()  # type: ignore[union-attr]
            line += buf.count("\n", pos, end)
            pos = end
            if pos < len(buf) or not more():
                break
        if pos >= len(buf):
            if array:
                yield Item(source, line, RECORD, b"", 0, mark, error="invalid JSON: the array is not closed")
            return
        if array and buf[pos] == "]":
            return
        if array and buf[pos] == "," and not first:
            pos += 1
            continue
        error = ""
        while True:
            try:
                _, end = decoder.raw_decode(buf, pos)
                if end < len(buf) or eof:
                    break
            except json.JSONDecodeError as exc:
                if not _needs_more(exc, buf) or (eof and not more()):
                    error = f"invalid JSON: {exc.msg}"
                    break
            if len(buf) - pos > max_bytes:
                error = _too_large(max_bytes)
                break
            if not more():
                continue  # at the end of the input: decode once more, for good
        if error and array:
            yield Item(
                source,
                line,
                RECORD,
                buf[pos : pos + 10_000].encode("utf-8", "surrogateescape"),
                len(buf) - pos,
                mark,
                error=f"{error} (in the array: the rest of the file cannot be read)",
            )
            return
        if error:  # skip to the next line
            while (cut := buf.find("\n", pos)) < 0 and len(buf) - pos <= max_bytes and more():
                pass
            end = cut + 1 if cut >= 0 else len(buf)
            text = buf[pos:end]
            yield Item(
                source, line, RECORD, text.encode("utf-8", "surrogateescape")[:10_000], len(text), error=error
            )
        else:
            text = buf[pos:end]
            yield Item(source, line, RECORD, text.encode("utf-8", "surrogateescape"), len(text), mark)
        line += text.count("\n")
        pos = end
        first = False


def read_parquet(
    source: int, path: Path, field: str, id_field: str | None, batch_rows: int = 1024
) -> Iterator[Item]:
    """One item per row; the payload is ``(has_field, value, id)`` and the context is
    ``(batch, row_in_batch)`` so the writer can rebuild the batch with the other columns."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ReadError("Parquet needs pyarrow: pip install 'cleanse[parquet]'") from exc
    try:
        pf = pq.ParquetFile(path)
        number = 0
        for batch in pf.iter_batches(batch_size=batch_rows):
            names = batch.schema.names
            values: list[Any] = batch.column(field).to_pylist() if field in names else []
            ids: list[Any] = batch.column(id_field).to_pylist() if id_field and id_field in names else []
            for i in range(batch.num_rows):
                number += 1
                value = values[i] if values else None
                size = len(value) if isinstance(value, str) else 0
                rid = ids[i] if ids else number
                payload = (bool(values), value, rid)
                yield Item(source, number, VALUE, payload, size, context=(batch, i))
    except (OSError, ValueError) as exc:
        raise ReadError(f"{type(exc).__name__}: {exc}") from exc


def read(
    fmt: str,
    source: int,
    path: Path | None,
    stdin: IO[bytes] | None,
    *,
    field: str,
    id_field: str | None,
    max_bytes: int,
) -> Iterator[Item]:
    """The items of one input, by format name (see ``cleanse.io.FORMATS``)."""
    if fmt in ("text", "html"):
        return read_text(source, path, stdin, max_bytes)
    if fmt == "jsonl":
        return read_jsonl(source, path, stdin, max_bytes)
    if fmt == "json":
        return read_json(source, path, stdin, max_bytes)
    if fmt == "parquet":
        if path is None:
            raise ReadError("Parquet cannot be read from stdin: give a file")
        return read_parquet(source, path, field, id_field)
    raise ValueError(f"unknown format {fmt!r}")
