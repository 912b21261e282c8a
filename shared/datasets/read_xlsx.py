"""Excel workbook uploads: every non-empty sheet is a table, read with calamine after a zip-bomb check."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from shared.datasets.source import BATCH_ROWS, ColumnBatch, TableSource, check_columns, peek, require_rows
from shared.errors import PayloadTooLarge, ValidationFailed
from shared.settings import get_settings

# A real workbook's XML compresses ~10-30x; zip bombs compress 1000x or more.
XLSX_MAX_RATIO = 200
XLSX_MAX_EXPANSION = 20


def _xlsx_guard(path: Path, filename: str) -> None:
    """Refuse zip bombs from the zip directory alone, before any XML is inflated."""
    limit = get_settings().max_upload_mb * 1024 * 1024 * XLSX_MAX_EXPANSION
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if total > limit:
        raise PayloadTooLarge(
            f"{filename} expands to {total // (1024 * 1024)} MB when unzipped "
            f"(limit {limit // (1024 * 1024)} MB); it looks like a zip bomb"
        )
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > XLSX_MAX_RATIO * max(info.compress_size, 1):
            raise PayloadTooLarge(
                f"{filename}: part {info.filename} is compressed "
                f"{info.file_size // max(info.compress_size, 1)}x "
                f"(limit {XLSX_MAX_RATIO}x); it looks like a zip bomb"
            )


def _xlsx_unreadable(filename: str, exc: Exception) -> ValidationFailed:
    """A workbook calamine cannot read (damaged parts, bad XML, a password): a 422 saying so."""
    if isinstance(exc, PasswordError):
        return ValidationFailed(f"{filename} is password-protected; remove the password and upload it again")
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ValidationFailed(
        f"{filename} could not be read as an Excel workbook ({reason[:200]}); it may be damaged or "
        f"truncated: open and save it again in Excel, then upload it"
    )


def xlsx_tables(path: Path, filename: str) -> list[TableSource]:
    try:
        return _read_xlsx_tables(path, filename)
    except (CalamineError, zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise _xlsx_unreadable(filename, exc) from None


def _read_xlsx_tables(path: Path, filename: str) -> list[TableSource]:
    _xlsx_guard(path, filename)
    workbook = CalamineWorkbook.from_path(str(path))
    names = list(workbook.sheet_names)
    limit = get_settings().max_sheets
    if len(names) > limit:
        raise ValidationFailed(f"{filename} has {len(names)} sheets; at most {limit} are allowed")
    tables = []
    for sheet_name in names:

        def rows(sheet_name: str = sheet_name) -> Iterator[list[Any]]:
            try:
                sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet_name)
                for row in sheet.iter_rows():
                    if any(not (v is None or v == "") for v in row):
                        yield list(row)
            except CalamineError as exc:
                raise _xlsx_unreadable(filename, exc) from None

        first = peek(rows())
        if first is None:
            continue
        header = [_header_text(v) for v in first]
        where = f"{filename}, sheet '{sheet_name}'"
        check_columns(where, "", len(header))

        def batches(
            rows: Callable[[], Iterator[list[Any]]] = rows, width: int = len(header)
        ) -> Iterator[ColumnBatch]:
            it = rows()
            next(it)
            batch: list[list[Any]] = []
            for row in it:
                row = (row + [None] * width)[:width] if len(row) != width else row
                batch.append(row)
                if len(batch) >= BATCH_ROWS:
                    yield [list(col) for col in zip(*batch, strict=True)]
                    batch = []
            if batch:
                yield [list(col) for col in zip(*batch, strict=True)]

        tables.append(
            TableSource(name=sheet_name.strip(), header=header, batches=require_rows(batches, where))
        )
    if not tables:
        raise ValidationFailed(f"{filename} has no non-empty sheet")
    return tables


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
