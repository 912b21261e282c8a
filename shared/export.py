"""Export an answer's full result as CSV (UTF-8 with BOM, for Excel) or XLSX, streamed.

The message's SQL is re-guarded and re-run read-only; cells that a spreadsheet would take for
a formula (= + - @, tab, CR) are escaped with a leading apostrophe in CSV and stored as text in
XLSX: data cells, headers and column aliases alike.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from shared import conversations
from shared.errors import BadRequest
from shared.models import User
from shared.settings import get_settings

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXPORT_MAX_ROWS = 1_000_000
CHUNK_ROWS = 1000


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def prepare_export(
    session: Session, user: User, message_id: int, fmt: str
) -> tuple[str, str, Iterator[bytes]]:
    """(filename, media type, byte chunks) for a message's result."""
    from shared.datasets.service import data_engine_for, load_context
    from shared.executor import execute_iter
    from shared.guard import guard_sql

    if fmt not in ("csv", "xlsx"):
        raise BadRequest("format must be 'csv' or 'xlsx'")
    message = conversations.get_message(session, user, message_id)
    if message.status != "ok" or not message.sql or message.datasource_id is None:
        raise BadRequest(f"Message {message_id} has no result to export")
    datasource, schema, _ = load_context(session, user, message.datasource_id)
    engine, table_map = data_engine_for(datasource)
    guarded = guard_sql(message.sql, dialect=schema.dialect, tables=table_map, max_rows=EXPORT_MAX_ROWS)
    timeout = get_settings().query_timeout_s
    # The query starts now, so a failure is an HTTP error rather than a broken download.
    columns, chunks = execute_iter(engine, guarded.sql, timeout_s=timeout, max_rows=EXPORT_MAX_ROWS)
    names = [c["name"] for c in columns]
    filename = f"chatbi_message_{message_id}.{fmt}"
    if fmt == "csv":
        return filename, "text/csv; charset=utf-8", _csv(names, chunks)
    return filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx(names, chunks)


def _csv(names: list[str], chunks: Iterator[list[list[Any]]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(n) for n in names])
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    for rows in chunks:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([[safe_cell(v) for v in row] for row in rows])
        yield buffer.getvalue().encode("utf-8")


def _xlsx(names: list[str], chunks: Iterator[list[list[Any]]]) -> Iterator[bytes]:
    """openpyxl's write-only mode streams rows to a temp file; the file is then streamed out."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("result")
    sheet.append([_xlsx_cell(sheet, n, WriteOnlyCell) for n in names])  # an alias can be a formula too
    for rows in chunks:
        for row in rows:
            sheet.append([_xlsx_cell(sheet, v, WriteOnlyCell) for v in row])
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        workbook.save(path)
        with open(path, "rb") as file:
            while block := file.read(64 * 1024):
                yield block
    finally:
        os.unlink(path)


def _xlsx_cell(sheet: Any, value: Any, cell_type: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell = cell_type(sheet, value=value)
        cell.data_type = "s"  # stored as text, never evaluated
        return cell
    return value
