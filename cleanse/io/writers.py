"""Writers: outcomes in, files out, and the staging that makes output all-or-nothing.

Output mirrors input: text for a text (or HTML) file, JSON lines for JSON lines (gzipped
when the output name ends in ``.gz``), a JSON array for a JSON array, Parquet for Parquet.
A writer receives every record of its source in order: ``write`` for a cleaned record,
``skip`` for one that went to the error file, then ``close``. A new output format is one
more class with these three methods, plus its case in :func:`open_writer`.

Nothing is written in place: files go to a temporary name in the target's directory and
:class:`Staging` renames them into place only when the whole run succeeded.
"""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path
from typing import IO, Any, Protocol, cast

from . import Item

__all__ = [
    "AtomicFile",
    "JsonWriter",
    "JsonlWriter",
    "ParquetWriter",
    "Staging",
    "TextWriter",
    "Writer",
    "open_writer",
]


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.cleanse-tmp-{os.getpid()}")


class Staging:
    """The run's output (a file or a directory) under a temporary name until ``commit``.

    ``commit`` renames a file into place (atomic on one filesystem); a directory is renamed
    whole when the target does not exist yet, and otherwise file by file. ``abort`` removes
    everything written so far.
    """

    def __init__(self, target: Path, is_dir: bool) -> None:
        self.target = target
        self.is_dir = is_dir
        self.temp = _temp_name(target)
        if is_dir:
            self.temp.mkdir(parents=True, exist_ok=True)
        else:
            self.temp.parent.mkdir(parents=True, exist_ok=True)

    def path(self, rel: Path | None = None) -> Path:
        """Where to write: the temporary file, or a file inside the temporary directory."""
        if not self.is_dir:
            return self.temp
        assert rel is not None
        path = self.temp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def commit(self) -> None:
        if not self.is_dir:
            if self.temp.exists():
                os.replace(self.temp, self.target)
            return
        if not self.target.exists():
            os.rename(self.temp, self.target)
            return
        for path in sorted(self.temp.rglob("*")):
            if path.is_file():
                dest = self.target / path.relative_to(self.temp)
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, dest)
        shutil.rmtree(self.temp, ignore_errors=True)

    def abort(self) -> None:
        if self.is_dir:
            shutil.rmtree(self.temp, ignore_errors=True)
        else:
            self.temp.unlink(missing_ok=True)


class AtomicFile:
    """A side file (report, errors) opened on first write, renamed into place on commit."""

    def __init__(self, target: Path, always: bool = True) -> None:
        #: ``always``: write the file even when empty (a report); otherwise an unused file
        #: is not created and a stale one from an earlier run is removed (an error file).
        self.target = target
        self.always = always
        self.temp = _temp_name(target)
        self._fh: IO[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self._fh is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.temp, "wb")
        self._fh.write(data)

    @property
    def used(self) -> bool:
        return self._fh is not None

    def commit(self) -> None:
        if self._fh is None and self.always:
            self.write(b"")
        if self._fh is not None:
            self._fh.close()
            os.replace(self.temp, self.target)
            self._fh = None
        else:
            self.target.unlink(missing_ok=True)

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.temp.unlink(missing_ok=True)


class Writer(Protocol):
    def write(self, item: Item, out: Any) -> None: ...
    def skip(self, item: Item) -> None: ...
    def close(self) -> None: ...


class _Stream:
    """A binary output opened lazily: a file path (gzip by name) or an open stream."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None) -> None:
        self._path = path
        self._stream = stream
        self._fh: IO[bytes] | None = None

    def get(self) -> IO[bytes]:
        if self._fh is None:
            if self._path is None:
                assert self._stream is not None
                self._fh = self._stream
            elif self._path.name.endswith(".gz") or ".gz.cleanse-tmp-" in self._path.name:
                self._fh = cast("IO[bytes]", gzip.open(self._path, "wb", compresslevel=6))
            else:
                self._fh = open(self._path, "wb")
        assert self._fh is not None
        return self._fh

    def close(self, create: bool) -> None:
        if self._fh is None and create and self._path is not None:
            self.get()
        if self._fh is not None and self._fh is not self._stream:
            self._fh.close()


class TextWriter:
    """A whole document per source, with a final newline; no file when the record failed."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None) -> None:
        self._out = _Stream(path, stream)

    def write(self, item: Item, out: Any) -> None:
        self._out.get().write(str(out).encode("utf-8", "replace") + b"\n")

    def skip(self, item: Item) -> None:
        pass

    def close(self) -> None:
        self._out.close(create=False)


class JsonlWriter:
    """One line per record (the worker has already serialised it)."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None) -> None:
        self._out = _Stream(path, stream)

    def write(self, item: Item, out: Any) -> None:
        self._out.get().write(out)

    def skip(self, item: Item) -> None:
        pass

    def close(self) -> None:
        self._out.close(create=True)


class JsonWriter:
    """A ``.json`` file: a JSON array (one element per line) when the input was an array
    (the reader marks its items with ``context == "array"``), JSON lines otherwise."""

    def __init__(self, path: Path | None, stream: IO[bytes] | None) -> None:
        self._out = _Stream(path, stream)
        self._array: bool | None = None

    def _mode(self, item: Item) -> None:
        if self._array is None:
            self._array = item.context == "array"
            if self._array:
                self._out.get().write(b"[")

    def write(self, item: Item, out: Any) -> None:
        first = self._array is None
        self._mode(item)
        fh = self._out.get()
        if self._array:
            fh.write(b"\n" if first else b",\n")
            fh.write(bytes(out).rstrip(b"\n"))
        else:
            fh.write(out)

    def skip(self, item: Item) -> None:
        self._mode(item)

    def close(self) -> None:
        if self._array:
            self._out.get().write(b"\n]\n")
        self._out.close(create=True)


class ParquetWriter:
    """Rebuilds each input batch: failed rows dropped, the text column cleaned, every other
    column as it was."""

    def __init__(self, path: Path, field: str, output_field: str | None) -> None:
        self._path = path
        self._field = field
        self._output_field = output_field or field
        self._writer: Any = None
        self._keep: list[bool] = []
        self._values: list[str | None] = []
        self._batch: Any = None

    def _add(self, item: Item, keep: bool, value: str | None) -> None:
        batch, row = item.context
        self._batch = batch
        self._keep.append(keep)
        self._values.append(value)
        if row == batch.num_rows - 1:
            self._flush()

    def write(self, item: Item, out: Any) -> None:
        self._add(item, True, out)

    def skip(self, item: Item) -> None:
        if item.context is None:  # a read error for the file as a whole
            return
        self._add(item, False, None)

    def _flush(self) -> None:
        import pyarrow as pa

        batch = self._batch
        if batch is None:
            return
        table = pa.Table.from_batches([batch])
        keep = pa.array(self._keep, type=pa.bool_())
        values = [v for v, k in zip(self._values, self._keep, strict=True) if k]
        table = table.filter(keep)
        names = table.schema.names
        if self._output_field in names:
            idx = names.index(self._output_field)
            old = table.schema.field(idx)
            typ = (
                old.type
                if pa.types.is_string(old.type) or pa.types.is_large_string(old.type)
                else pa.string()
            )
            table = table.set_column(
                idx, pa.field(self._output_field, typ, nullable=True), pa.array(values, typ)
            )
        else:
            table = table.append_column(
                pa.field(self._output_field, pa.string()), pa.array(values, pa.string())
            )
        self._write(table)
        self._batch = None
        self._keep = []
        self._values = []

    def _write(self, table: Any) -> None:
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self._path, table.schema)
        self._writer.write_table(table)

    def close(self) -> None:
        self._flush()
        if self._writer is None:
            import pyarrow as pa

            # No rows at all: still an (empty) Parquet file with a text column.
            self._write(pa.table({self._output_field: pa.array([], pa.string())}))
        self._writer.close()


def open_writer(
    fmt: str,
    path: Path | None,
    stream: IO[bytes] | None,
    *,
    field: str = "text",
    output_field: str | None = None,
) -> Writer:
    """The writer for a source of format ``fmt``, to ``path`` or (``None``) ``stream``."""
    if fmt in ("text", "html"):
        return TextWriter(path, stream)
    if fmt == "jsonl":
        return JsonlWriter(path, stream)
    if fmt == "json":
        return JsonWriter(path, stream)
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet output needs a file: give -o")
        return ParquetWriter(path, field, output_field)
    raise ValueError(f"unknown format {fmt!r}")
