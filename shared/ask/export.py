"""Export an answer's full result as CSV (UTF-8 with BOM, for Excel) or XLSX.

The message's SQL is re-guarded and re-run read-only; cells that a spreadsheet would take for
a formula (= + - @, tab, CR) are escaped with a leading apostrophe in CSV and stored as text in
XLSX: data cells, headers and column aliases alike. The file is written to a temporary file
first, so the response can say whether it was capped at EXPORT_MAX_ROWS (the file name,
`X-ChatBI-Truncated` / `X-ChatBI-Row-Count`, and a note sheet in XLSX). Floats are written with
15 significant digits, what a double holds exactly: 754857.44, not 754857.4400000001.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from shared.ask import conversations
from shared.errors import BadRequest
from shared.settings import get_settings
from shared.storage.models import User

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXPORT_MAX_ROWS = 1_000_000
CHUNK_ROWS = 1000


class CappedRows:
    """Row chunks stopped after `limit` rows; `truncated` once a row beyond the limit was seen."""

    def __init__(self, chunks: Iterator[list[list[Any]]], limit: int):
        self._chunks, self._limit = chunks, limit
        self.rows = 0
        self.truncated = False

    def __iter__(self) -> Iterator[list[list[Any]]]:
        for rows in self._chunks:
            room = self._limit - self.rows
            if len(rows) > room:
                self.truncated = True
                rows = rows[:room]
            self.rows += len(rows)
            if rows:
                yield rows
            if self.truncated:
                close = getattr(self._chunks, "close", None)
                if callable(close):
                    close()
                return


def clean_float(value: float) -> float:
    """A double as the database meant it: 15 significant digits, no binary noise."""
    return float(f"{value:.15g}")


def export_value(value: Any) -> Any:
    if isinstance(value, float):
        return clean_float(value)
    return safe_cell(value)


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def prepare_export(
    session: Session, user: User, message_id: int, fmt: str
) -> tuple[str, str, Iterator[bytes], dict[str, str]]:
    """(filename, media type, byte chunks, response headers) for a message's result."""
    from shared.ask.executor import execute_iter  # lazy: cold start
    from shared.datasets.service import data_engine_for, load_context  # lazy: cold start
    from shared.sql.guard import guard_sql  # lazy: cold start

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
    columns, chunks = execute_iter(engine, guarded.sql, timeout_s=timeout, max_rows=EXPORT_MAX_ROWS + 1)
    names = [c["name"] for c in columns]
    capped = CappedRows(chunks, EXPORT_MAX_ROWS)
    if fmt == "csv":
        media_type, body = "text/csv; charset=utf-8", _csv(names, capped)
    else:
        media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        body = _xlsx(names, capped, capped)
    spooled = _spool(body)
    suffix = f"_first_{EXPORT_MAX_ROWS}_rows" if capped.truncated else ""
    filename = f"chatbi_message_{message_id}{suffix}.{fmt}"
    headers = {
        "Content-Disposition": f'attachment; filename="{filename}"',
        "X-ChatBI-Row-Count": str(capped.rows),
        "X-ChatBI-Truncated": "true" if capped.truncated else "false",
    }
    return filename, media_type, _stream(spooled), headers


def _spool(body: Iterator[bytes]) -> IO[bytes]:
    """Write the whole export to a temporary file (memory up to 8 MB), rewound."""
    spooled = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - closed by _stream
    try:
        for block in body:
            spooled.write(block)
    except BaseException:
        spooled.close()
        raise
    spooled.seek(0)
    return spooled  # type: ignore[return-value]


def _stream(spooled: IO[bytes]) -> Iterator[bytes]:
    try:
        while block := spooled.read(64 * 1024):
            yield block
    finally:
        spooled.close()


def _csv(names: list[str], chunks: Iterable[list[list[Any]]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(n) for n in names])
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    for rows in chunks:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([[export_value(v) for v in row] for row in rows])
        yield buffer.getvalue().encode("utf-8")


def _xlsx(
    names: list[str], chunks: Iterable[list[list[Any]]], capped: CappedRows | None = None
) -> Iterator[bytes]:
    """openpyxl's write-only mode streams rows to a temp file; the file is then streamed out."""
    from openpyxl import Workbook  # lazy: heavy (openpyxl)
    from openpyxl.cell import WriteOnlyCell  # lazy: heavy (openpyxl)

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("result")
    sheet.append([_xlsx_cell(sheet, n, WriteOnlyCell) for n in names])  # an alias can be a formula too
    for rows in chunks:
        for row in rows:
            sheet.append([_xlsx_cell(sheet, v, WriteOnlyCell) for v in row])
    if capped is not None and capped.truncated:
        notes = workbook.create_sheet("notes")
        notes.append(
            [
                f"This export holds the first {capped.rows:,} rows; the query returned more. "
                f"Add filters or a LIMIT to export the rest."
            ]
        )
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
    if isinstance(value, float):
        return clean_float(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell = cell_type(sheet, value=value)
        cell.data_type = "s"  # stored as text, never evaluated
        return cell
    return value
