"""Reading and writing records for the ``cleanse`` command.

Where things go:

- a new **input** format: a reader in :mod:`cleanse.io.readers` (a generator of
  :class:`Item`) and its extension in :data:`FORMATS` / :func:`detect_format`;
- a new **output** format: a writer in :mod:`cleanse.io.writers` (``write`` one outcome,
  ``close`` when the source ends) and its case in :func:`cleanse.io.writers.open_writer`.

Readers never decode documents or parse records: they cut the input into items whose
``payload`` is one of three kinds (:data:`TEXT`, :data:`RECORD`, :data:`VALUE`), which the
worker processes turn into outcomes (see :mod:`cleanse.batch`). That keeps the main
process light (it only reads bytes and writes bytes) and lets the parsing run in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "FORMATS",
    "RECORD",
    "TEXT",
    "VALUE",
    "Item",
    "detect_format",
]

#: The payload is the raw bytes of one whole document (a text or HTML file, stdin).
TEXT = "text"
#: The payload is the raw bytes of one JSON object (a JSONL line, a JSON array element).
RECORD = "record"
#: The payload is a Python value (a Parquet cell): the text itself, or something else.
VALUE = "value"

#: Input formats, by name: ``--format`` choices (``auto`` picks one by extension).
FORMATS = ("text", "html", "jsonl", "json", "parquet")


@dataclass(slots=True)
class Item:
    """One input record on its way through the pipeline.

    ``payload`` goes to a worker process; ``context`` stays in the main process for the
    writer (a Parquet batch, say). ``number`` is the line number (JSONL, JSON), the row
    number (Parquet, from 1) or 1 (a whole file); ``size`` is the input bytes it covers.
    ``error`` is set when the reader itself could not produce the record (too large).
    """

    source: int
    number: int
    kind: str
    payload: Any
    size: int
    context: Any = None
    error: str = ""


def detect_format(path: Path, html: bool = False) -> str:
    """The input format for a file, from its extension; ``html`` forces HTML for text."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".json", ".json.gz")):
        return "json"
    if name.endswith(".parquet"):
        return "parquet"
    if html or name.endswith((".html", ".htm")):
        return "html"
    return "text"
