"""Read uploaded files as tables: sniff the real format, then hand the file to that format's reader.

The extension is only a claim: each allow-listed format is checked against the file's
content (magic bytes, text decodability) and a mismatch is refused with 415. The readers
(`read_csv`, `read_xlsx`, `read_json`, `read_parquet`, `read_sqlite`) return `TableSource`s
(`source.py`) that stream column batches.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

from shared.datasets.read_csv import csv_table
from shared.datasets.read_json import json_table
from shared.datasets.read_parquet import parquet_table
from shared.datasets.read_sqlite import sqlite_tables
from shared.datasets.read_xlsx import xlsx_tables
from shared.datasets.source import SAMPLE_BYTES, TableSource
from shared.datasets.text_encoding import utf16_without_bom
from shared.errors import UnsupportedMediaType, ValidationFailed

FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
}


def extension_format(filename: str) -> str:
    """The format an upload claims by its extension; unknown extensions are refused."""
    suffix = Path(filename).suffix.lower()
    if suffix not in FORMATS:
        allowed = ", ".join(sorted(FORMATS))
        raise UnsupportedMediaType(
            f"{filename}: unsupported file type '{suffix or '(none)'}'; allowed: {allowed}"
        )
    return FORMATS[suffix]


def sniff_format(path: Path, filename: str) -> str:
    """The format of `path`, after checking its content matches what its extension claims."""
    claimed = extension_format(filename)
    with path.open("rb") as f:
        head = f.read(SAMPLE_BYTES)
    if not head:
        raise ValidationFailed(f"{filename} is empty")
    actual = _content_kind(path, head)
    compatible = {
        "csv": ("text",),
        "json": ("text",),
        "jsonl": ("text",),
        "xlsx": ("xlsx",),
        "parquet": ("parquet",),
        "sqlite": ("sqlite",),
    }[claimed]
    if claimed == "xlsx" and actual == "damaged zip":
        raise ValidationFailed(
            f"{filename} starts like an xlsx workbook but is damaged or truncated (its zip directory "
            f"is missing or unreadable); upload the complete file, or open and save it again in Excel"
        )
    if actual not in compatible:
        described = {"text": "text", "binary": "binary data"}.get(actual, f"a {actual} file")
        raise UnsupportedMediaType(
            f"{filename} is named like a {claimed} file but its content is {described}; "
            f"upload the file in its real format"
        )
    return claimed


def _content_kind(path: Path, head: bytes) -> str:
    """What the bytes really are: xlsx, parquet, sqlite, text or binary."""
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return "damaged zip"  # a zip's local header without a readable directory: cut short
        return "xlsx" if "xl/workbook.xml" in names else "zip"
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "text"
    if utf16_without_bom(head):
        return "text"
    if b"\x00" in head:
        return "binary"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary" if controls > len(head) // 100 else "text"


def open_tables(path: Path, filename: str) -> list[TableSource]:
    """Every table in an uploaded file, after the content/extension check."""
    kind = sniff_format(path, filename)
    stem = Path(filename).stem.strip() or "table"
    if kind == "csv":
        return [csv_table(path, filename, stem)]
    if kind == "xlsx":
        return xlsx_tables(path, filename)
    if kind in ("json", "jsonl"):
        return [json_table(path, filename, stem, kind)]
    if kind == "parquet":
        return [parquet_table(path, filename, stem)]
    return sqlite_tables(path, filename)
