"""Bytes to text: the byte-order mark, then the page's own declaration, then detection.

The order follows what browsers do: a BOM wins; then a ``<meta charset>`` or
``<meta http-equiv="Content-Type">`` (or an XML declaration) in the page; then strict UTF-8
(a page that decodes as UTF-8 almost always is); then beautifulsoup4's ``UnicodeDammit``,
which uses a character-set detector when one is installed and falls back to windows-1252.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)

# The HTML standard maps these labels to a superset; decoding with the superset is what
# browsers do, and it never fails where the narrow one would succeed.
_SUPERSETS = {
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "iso-8859-9": "windows-1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
}


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page that is bytes cannot honestly declare UTF-16/32 without a BOM: browsers use UTF-8.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return _SUPERSETS.get(name, _SUPERSETS.get(label, name))


def declared_encoding(data: bytes) -> str | None:
    """The encoding the page declares in its first 4 KB (``None`` if none or unknown)."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return _codec(raw.decode("ascii", "replace"))


def decode(data: bytes) -> tuple[str, str]:
    """Decode a page: ``(text, encoding used)``. Never raises on any bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return dammit.unicode_markup, str(dammit.original_encoding)
    return data.decode("windows-1252", "replace"), "windows-1252"
