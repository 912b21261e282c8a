"""Read uploaded files as tables: sniff the real format, then stream column batches.

The extension is only a claim: each allow-listed format is checked against the file's
content (magic bytes, text decodability) and a mismatch is refused with 415. Every
reader yields *column-major* batches (a list of columns, each a list of cell values) so
the loader can infer and convert a column at a time, and every reader can be iterated
twice (pass 1 infers, pass 2 inserts) without holding the file in memory.
"""

from __future__ import annotations

import codecs
import csv
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any

from shared.errors import PayloadTooLarge, UnsupportedMediaType, ValidationFailed
from shared.semantic.schema import ColumnType
from shared.settings import get_settings

BATCH_ROWS = 5000
# Arrow's CSV block: ~10k rows of a typical export per batch, a few MB of memory in flight.
ARROW_BLOCK_BYTES = 1 << 20
# Arrow's allocator keeps freed pages; hand them back every few batches to bound peak RSS.
ARROW_RELEASE_EVERY = 4
# Arrow's threaded CSV reader parses blocks ahead on threads of its own (~25 MB more held after
# the first batch); the loader already reads on a helper thread of its own, one parser is enough.
ARROW_READ_THREADS = False
SAMPLE_BYTES = 64 * 1024
READ_CHUNK = 1024 * 1024
DELIMITERS = (",", "\t", ";", "|")
# A real workbook's XML compresses ~10-30x; zip bombs compress 1000x or more.
XLSX_MAX_RATIO = 200
XLSX_MAX_EXPANSION = 20
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

ColumnBatch = list[list[Any]]


@dataclass
class TableSource:
    """One table of an uploaded file; `batches()` re-reads it from the start each call."""

    name: str
    header: list[str]
    batches: Callable[[], Iterator[ColumnBatch]]
    # Types the file itself declares (parquet, sqlite), per header column; None = infer freely.
    declared: list[ColumnType | None] | None = None
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    # Every cell is a str ('' when empty): inference and conversion take their fast paths.
    text_only: bool = False
    # CSV only: the same rows as Arrow string arrays (nulls = empty cells), parsed in C. The loader
    # uses it when set and falls back to `batches` (which names the bad line) if Arrow refuses the file.
    arrow_batches: Callable[[], Iterator[list[Any]]] | None = None


# ------------------------------------------------------------------ sniffing


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
    if _utf16_without_bom(head):
        return "text"
    if b"\x00" in head:
        return "binary"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary" if controls > len(head) // 100 else "text"


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is zero (ASCII text in UTF-16), else None."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


# ------------------------------------------------------------------ text encodings


def detect_encoding(path: Path, filename: str) -> str:
    """UTF-8 (with or without BOM), UTF-16, GB18030 (covers GBK/GB2312), else charset_normalizer's guess.

    The whole file is validated (incremental decode, constant memory), so a file that mixes
    encodings is refused with the line where the first undecodable bytes are.
    """
    with path.open("rb") as f:
        head = f.read(SAMPLE_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless16 = _utf16_without_bom(head)
    if bomless16:
        return bomless16
    if _decodes(path, "utf-8"):
        return "utf-8"
    utf8_error = _first_decode_error(path, "utf-8")
    if utf8_error is None:
        return "utf-8"
    offset, line, non_ascii_before = utf8_error
    if non_ascii_before >= 6:
        raise ValidationFailed(
            f"{filename}: line {line} is not valid UTF-8 although the lines before it are; "
            f"the file mixes text encodings. Save it again as UTF-8 and re-upload"
        )
    if _first_decode_error(path, "gb18030") is None:
        return "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is not None and _first_decode_error(path, best.encoding) is None:
        return str(best.encoding)
    raise ValidationFailed(
        f"{filename}: could not recognise the text encoding (line {line} is neither UTF-8 nor GBK); "
        f"save it as UTF-8 and re-upload"
    )


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes: the common case, checked without `_first_decode_error`'s counting."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as f:
        try:
            while chunk := f.read(READ_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _first_decode_error(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """(byte offset, line number, non-ASCII bytes before it) of the first undecodable byte, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = lines = non_ascii = 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(READ_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                bad = max(0, exc.start - len(decoder.getstate()[0]))
                before = chunk[:bad]
                return (
                    offset + bad,
                    lines + before.count(b"\n") + 1,
                    non_ascii + sum(1 for b in before if b >= 0x80),
                )
            if not chunk:
                return None
            offset += len(chunk)
            lines += chunk.count(b"\n")
            if non_ascii < 6:
                non_ascii += sum(1 for b in chunk if b >= 0x80)


def sniff_delimiter(sample: str, prefer_tab: bool) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of fields."""
    lines = sample.splitlines()[:50]
    if len(lines) > 1 and len(sample) >= SAMPLE_BYTES - 4:
        lines = lines[:-1]  # the last sampled line may be cut short
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = (consistent + (0.5 if prefer_tab and delimiter == "\t" else 0.0), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


# ------------------------------------------------------------------ readers


def open_tables(path: Path, filename: str) -> list[TableSource]:
    """Every table in an uploaded file, after the content/extension check."""
    kind = sniff_format(path, filename)
    stem = Path(filename).stem.strip() or "table"
    if kind == "csv":
        return [_csv_table(path, filename, stem)]
    if kind == "xlsx":
        return _xlsx_tables(path, filename)
    if kind in ("json", "jsonl"):
        return [_json_table(path, filename, stem, kind)]
    if kind == "parquet":
        return [_parquet_table(path, filename, stem)]
    return _sqlite_tables(path, filename)


def _check_columns(filename: str, where: str, count: int) -> None:
    limit = get_settings().max_columns
    if count > limit:
        raise ValidationFailed(f"{filename}{where} has {count} columns; at most {limit} are allowed")


def _csv_table(path: Path, filename: str, stem: str) -> TableSource:
    encoding = detect_encoding(path, filename)
    with path.open(encoding=encoding, newline="") as f:
        sample = f.read(SAMPLE_BYTES)
    delimiter = sniff_delimiter(sample, prefer_tab=Path(filename).suffix.lower() == ".tsv")

    def records() -> Iterator[list[list[str]]]:
        """Raw csv records in chunks; decoding and quoting errors name the line."""
        with path.open(encoding=encoding, newline="") as f:
            reader = csv.reader(f, delimiter=delimiter)
            try:
                while chunk := list(islice(reader, BATCH_ROWS)):
                    yield chunk
            except UnicodeDecodeError as exc:
                raise ValidationFailed(
                    f"{filename}: line {reader.line_num + 1} is not valid {encoding}; "
                    f"save the file as UTF-8 and re-upload"
                ) from exc
            except csv.Error as exc:
                raise ValidationFailed(f"{filename}: line {reader.line_num}: {exc}") from exc

    def header_position() -> tuple[int, list[str]] | None:
        """(record index, cells) of the first row with any non-blank cell: the header."""
        index = 0
        for chunk in records():
            for row in chunk:
                if any(c and not c.isspace() for c in row):
                    return index, row
                index += 1
        return None

    found = header_position()
    if found is None:
        raise ValidationFailed(f"{filename} has no rows (it is empty or blank)")
    header_index, header = found
    _check_columns(filename, "", len(header))
    width = len(header)

    def batches() -> Iterator[ColumnBatch]:
        seen = 0
        for chunk in records():
            start = seen
            seen += len(chunk)
            if start <= header_index:
                chunk = chunk[header_index - start + 1 :]
                start = header_index + 1
            rows = [r for r in chunk if any(r)]
            if len(rows) != len(chunk) or set(map(len, rows)) != {width}:
                rows = [_fit_row(r, width, start + i + 1, filename) for i, r in enumerate(chunk) if any(r)]
            if rows:
                yield list(zip(*rows, strict=True))  # type: ignore[arg-type]

    arrow = _arrow_csv_batches(path, filename, encoding, delimiter, header) if header_index == 0 else None
    return TableSource(
        name=stem,
        header=header,
        batches=_require_rows(batches, filename),
        text_only=True,
        arrow_batches=arrow,
    )


class ArrowRefused(Exception):
    """Arrow cannot read this CSV the way Python's csv module does; use the Python reader."""


def _arrow_csv_batches(
    path: Path, filename: str, encoding: str, delimiter: str, header: list[str]
) -> Callable[[], Iterator[list[Any]]]:
    """Streamed Arrow batches of the data rows, every column a string array, empty cells null.

    Rows whose cells are all empty are skipped (as the Python reader does). Raises ArrowRefused
    on anything Arrow parses differently (ragged rows, a header it splits otherwise).
    """

    def batches() -> Iterator[list[Any]]:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pcsv

        read_options = pcsv.ReadOptions(
            block_size=ARROW_BLOCK_BYTES,
            encoding="utf8" if encoding in ("utf-8", "utf-8-sig") else encoding,
            use_threads=ARROW_READ_THREADS,
        )
        parse_options = pcsv.ParseOptions(delimiter=delimiter, newlines_in_values=True)
        convert_options = pcsv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=True,
            null_values=[""],
        )
        seen = False
        try:
            reader = pcsv.open_csv(
                path, read_options=read_options, parse_options=parse_options, convert_options=convert_options
            )
            if reader.schema.names != header:
                raise ArrowRefused("header differs")
            for number, batch in enumerate(reader, 1):
                if number % ARROW_RELEASE_EVERY == 0:
                    pa.default_memory_pool().release_unused()
                columns = list(batch.columns)
                if not columns or not len(columns[0]):
                    continue
                if all(c.null_count for c in columns):
                    empty = pc.is_null(columns[0])
                    for column in columns[1:]:
                        empty = pc.and_(empty, pc.is_null(column))
                    if pc.any(empty).as_py():
                        keep = pc.invert(empty)
                        columns = [c.filter(keep) for c in columns]
                if len(columns[0]):
                    seen = True
                    yield columns
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise ArrowRefused(str(exc)) from exc
        finally:
            pa.default_memory_pool().release_unused()
        if not seen:
            raise ValidationFailed(f"{filename} has a header but no data rows")

    return batches


def _fit_row(row: list[str], width: int, line: int, filename: str) -> list[str]:
    """Trailing empty fields are tolerated; any other field-count mismatch is a ragged row."""
    if len(row) == width:
        return row
    if len(row) > width and not any(row[width:]):
        return row[:width]
    raise ValidationFailed(
        f"{filename}: row {line} has {len(row)} values but the header has {width} columns; "
        f"check for an unquoted delimiter or a missing value in that row"
    )


def _peek(it: Iterator[Any]) -> Any:
    try:
        return next(it, None)
    finally:
        close = getattr(it, "close", None)
        if close:
            close()


def _require_rows(
    batches: Callable[[], Iterator[ColumnBatch]], where: str
) -> Callable[[], Iterator[ColumnBatch]]:
    """Wrap a batch reader so a table with a header but no data rows is refused."""

    def checked() -> Iterator[ColumnBatch]:
        seen = False
        for batch in batches():
            if batch and batch[0]:
                seen = True
                yield batch
        if not seen:
            raise ValidationFailed(f"{where} has a header but no data rows")

    return checked


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
    from python_calamine import PasswordError

    if isinstance(exc, PasswordError):
        return ValidationFailed(f"{filename} is password-protected; remove the password and upload it again")
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ValidationFailed(
        f"{filename} could not be read as an Excel workbook ({reason[:200]}); it may be damaged or "
        f"truncated: open and save it again in Excel, then upload it"
    )


def _xlsx_tables(path: Path, filename: str) -> list[TableSource]:
    from python_calamine import CalamineError

    try:
        return _read_xlsx_tables(path, filename)
    except (CalamineError, zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise _xlsx_unreadable(filename, exc) from None


def _read_xlsx_tables(path: Path, filename: str) -> list[TableSource]:
    from python_calamine import CalamineError, CalamineWorkbook

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

        first = _peek(rows())
        if first is None:
            continue
        header = [_header_text(v) for v in first]
        where = f"{filename}, sheet '{sheet_name}'"
        _check_columns(where, "", len(header))

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
            TableSource(name=sheet_name.strip(), header=header, batches=_require_rows(batches, where))
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


class _Utf8Reader:
    """A text file seen as UTF-8 bytes, for ijson (which parses bytes) on GBK/UTF-16 uploads."""

    def __init__(self, text: IO[str]):
        self._text = text

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson probes with read(0) for bytes vs text
            return b""
        return self._text.read(size if size > 0 else READ_CHUNK).encode("utf-8")


_JSON_SCALARS = frozenset(("null", "boolean", "number", "string"))
# A JSONL line longer than this is refused before it is read whole.
MAX_JSON_LINE_CHARS = 16 * 1024 * 1024


def _nested(filename: str, where: str, key: object, kind: str) -> ValidationFailed:
    return ValidationFailed(
        f"{filename}: {where}, key '{key}' holds a nested {kind}; only flat objects (one value per key) "
        f"are supported"
    )


def _flat_object(events: Iterator[tuple[str, Any]], filename: str, where: str) -> dict[str, Any]:
    """The object whose `start_map` was just read, from ijson events; refuses nesting at once
    (so a 100k-deep document costs one event, not a recursion)."""
    record: dict[str, Any] = {}
    key: Any = None
    for event, value in events:
        if event == "map_key":
            key = value
        elif event in _JSON_SCALARS:
            record[key] = value
        elif event == "end_map":
            return record
        else:
            raise _nested(filename, where, key, "dict" if event == "start_map" else "list")
    raise ValidationFailed(f"{filename}: {where} is not valid JSON: the file ends inside it")


def _iter_json_array(raw: IO[bytes] | _Utf8Reader, filename: str) -> Iterator[Any]:
    """The objects of a top-level JSON array, streamed with ijson: constant memory, and malformed
    input is refused where it breaks (the rest of the file is never read)."""
    import ijson

    events = ijson.basic_parse(raw, use_float=True, buf_size=64 * 1024)
    index, inside = 0, False
    try:
        first = next(events, None)
        if first is None or first[0] != "start_array":
            raise ValidationFailed(f"{filename}: expected a JSON array of objects ([{{...}}, ...])")
        for event, _ in events:
            if event == "end_array":
                next(events, None)  # anything after the array is an error (trailing garbage)
                return
            index += 1
            if event != "start_map":
                raise ValidationFailed(f"{filename}: element {index} is not an object; expected flat objects")
            inside = True
            record = _flat_object(events, filename, f"element {index}")
            inside = False
            yield record
        raise ValidationFailed(f"{filename}: the JSON array is not closed (no ']' at the end)")
    except ijson.JSONError as exc:
        reason = str(exc).splitlines()[0]
        raise ValidationFailed(
            f"{filename}: element {index if inside else index + 1} is not valid JSON: {reason}"
        ) from exc


def _json_line(line: str, number: int, filename: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"{filename}: line {number} is not valid JSON: {exc.msg}") from exc
    except RecursionError as exc:  # thousands of nested brackets: refuse, do not crash
        raise ValidationFailed(
            f"{filename}: line {number} is nested too deeply; only flat objects (one value per key) "
            f"are supported"
        ) from exc


def _json_table(path: Path, filename: str, stem: str, kind: str) -> TableSource:
    encoding = detect_encoding(path, filename)
    with path.open(encoding=encoding) as f:
        start = f.read(SAMPLE_BYTES).lstrip()[:1]
    lines = kind == "jsonl" or start == "{"

    def records() -> Iterator[tuple[int, Any]]:
        if not lines:
            if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "ascii"):
                with path.open("rb") as binary:
                    yield from enumerate(_iter_json_array(binary, filename), 1)
            else:
                with path.open(encoding=encoding) as text:
                    yield from enumerate(_iter_json_array(_Utf8Reader(text), filename), 1)
            return
        with path.open(encoding=encoding) as f:
            for number, line in enumerate(iter(lambda: f.readline(MAX_JSON_LINE_CHARS), ""), 1):
                if len(line) >= MAX_JSON_LINE_CHARS and not line.endswith("\n"):
                    raise ValidationFailed(
                        f"{filename}: line {number} is longer than {MAX_JSON_LINE_CHARS // 2**20} M "
                        f"characters; one record per line is expected"
                    )
                if line.strip():
                    yield number, _json_line(line, number, filename)

    what = "line" if lines else "element"
    keys: dict[str, None] = {}
    for number, record in records():
        if not isinstance(record, dict):
            raise ValidationFailed(f"{filename}: {what} {number} is not an object; expected flat objects")
        for key, value in record.items():
            if isinstance(value, dict | list):
                raise ValidationFailed(
                    f"{filename}: {what} {number}, key '{key}' holds a nested {type(value).__name__}; "
                    f"only flat objects (one value per key) are supported"
                )
            keys.setdefault(key, None)
            if len(keys) > get_settings().max_columns:
                _check_columns(filename, "", len(keys))
    if not keys:
        raise ValidationFailed(f"{filename} has no records")
    header = list(keys)

    def batches() -> Iterator[ColumnBatch]:
        batch: list[dict[str, Any]] = []
        for _, record in records():
            batch.append(record)
            if len(batch) >= BATCH_ROWS:
                yield [[r.get(k) for r in batch] for k in header]
                batch = []
        if batch:
            yield [[r.get(k) for r in batch] for k in header]

    return TableSource(name=stem, header=header, batches=_require_rows(batches, filename))


def _arrow_type(arrow_type: Any) -> ColumnType | None:
    import pyarrow as pa

    t = pa.types
    if t.is_boolean(arrow_type):
        return "boolean"
    if t.is_integer(arrow_type):
        return "integer"
    if t.is_floating(arrow_type):
        return "float"
    if t.is_decimal(arrow_type):
        return "decimal"
    if t.is_date(arrow_type):
        return "date"
    if t.is_timestamp(arrow_type):
        return "datetime"
    if t.is_string(arrow_type) or t.is_large_string(arrow_type) or t.is_dictionary(arrow_type):
        return "text"
    if t.is_nested(arrow_type):
        raise ValueError("nested")
    return "text"


def _parquet_table(path: Path, filename: str, stem: str) -> TableSource:
    import pyarrow.parquet as pq

    try:
        schema = pq.ParquetFile(path).schema_arrow
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise ValidationFailed(f"{filename} is not a readable Parquet file: {exc}") from exc
    header = list(schema.names)
    _check_columns(filename, "", len(header))
    declared: list[ColumnType | None] = []
    for f in schema:
        try:
            declared.append(_arrow_type(f.type))
        except ValueError as exc:
            raise ValidationFailed(
                f"{filename}: column '{f.name}' has nested type {f.type}; only flat columns are supported"
            ) from exc

    def batches() -> Iterator[ColumnBatch]:
        pf = pq.ParquetFile(path)
        for record_batch in pf.iter_batches(batch_size=BATCH_ROWS):
            yield [column.to_pylist() for column in record_batch.columns]

    return TableSource(name=stem, header=header, batches=_require_rows(batches, filename), declared=declared)


# A value SQLite computes for a VIRTUAL generated column while an upload is read: at most this
# long (a stored value cannot be longer than the upload itself, a computed one could be 1 GB).
GENERATED_VALUE_MAX_BYTES = 1024 * 1024
# VM steps between deadline checks when a table has VIRTUAL generated columns (a few per row).
GENERATED_PROGRESS_STEPS = 20
# Rows per fetch from a table with VIRTUAL generated columns (bounds the values held at once).
GENERATED_BATCH_ROWS = 100


class _ReadBudget:
    """The query deadline, applied to the time spent inside SQLite while an upload is read.

    Only time in SQLite counts (not the loader's inserts between fetches), and each read of a
    table (inference, then load) gets the whole budget, like one query. The progress handler
    interrupts a statement whose budget is spent, even inside one long fetch.
    """

    def __init__(self, seconds: float):
        self.remaining = seconds
        self.deadline = [float("inf")]

    def install(self, conn: sqlite3.Connection, max_length: int, steps: int = 1000) -> None:
        import time

        deadline = self.deadline
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline[0] else 0, steps)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_length)

    def run(self, call: Callable[[], Any]) -> Any:
        import time

        started = time.monotonic()
        self.deadline[0] = started + max(self.remaining, 0.0)
        try:
            return call()
        finally:
            self.deadline[0] = float("inf")
            self.remaining -= time.monotonic() - started


def _open_upload_db(uri: str, budget: _ReadBudget, max_length: int, steps: int = 1000) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True)
    budget.install(conn, max_length, steps)
    return conn


def _sqlite_read_error(
    filename: str, table: str | None, exc: sqlite3.Error, generated: list[str]
) -> Exception:
    """What to tell the uploader when SQLite stopped (deadline, value too big) or failed."""
    where = f"{filename}, table '{table}'" if table else filename
    computed = (
        f" (it computes the generated column(s) {', '.join(repr(g) for g in generated)})" if generated else ""
    )
    text = str(exc)
    if "interrupted" in text:
        timeout = get_settings().query_timeout_s
        return ValidationFailed(
            f"{where}: reading it took longer than the {timeout:g} s query time limit{computed}; "
            f"store computed columns as values (GENERATED ... STORED or a plain column) and upload again"
        )
    if "too big" in text:
        return PayloadTooLarge(
            f"{where}: a value is larger than {GENERATED_VALUE_MAX_BYTES // (1024 * 1024)} MB{computed}; "
            f"store computed columns as values and upload again"
        )
    return ValidationFailed(f"{where} could not be read: {text}")


def _sqlite_tables(path: Path, filename: str) -> list[TableSource]:
    """Every table of an uploaded SQLite database, opened read-only and immutable.

    Everything SQLite does for the upload runs under the query deadline and a value-length limit:
    a VIRTUAL generated column is computed on every read, and its expression is the uploader's.
    """
    import sqlalchemy as sa

    from shared.datasets.profiling import column_type_of

    settings = get_settings()
    uri = f"file:{path}?mode=ro&immutable=1"
    upload_bytes = settings.max_upload_mb * 1024 * 1024
    schema_budget = _ReadBudget(settings.query_timeout_s)
    engine = sa.create_engine("sqlite://", creator=lambda: _open_upload_db(uri, schema_budget, upload_bytes))
    try:
        inspector = sa.inspect(engine)
        names = schema_budget.run(
            lambda: [n for n in inspector.get_table_names() if not n.startswith("sqlite_")]
        )
        if len(names) > settings.max_sheets:
            raise ValidationFailed(
                f"{filename} has {len(names)} tables; at most {settings.max_sheets} are allowed"
            )
        tables = []
        for name in names:
            columns: list[Any] = schema_budget.run(partial(inspector.get_columns, name))
            header = [c["name"] for c in columns]
            _check_columns(f"{filename}, table '{name}'", "", len(header))
            primary_key = list(inspector.get_pk_constraint(name).get("constrained_columns") or [])
            foreign_keys = [
                {
                    "columns": list(fk["constrained_columns"]),
                    "ref_table": fk["referred_table"],
                    "ref_columns": list(fk["referred_columns"]),
                }
                for fk in inspector.get_foreign_keys(name)
                if fk.get("referred_table") in names and fk.get("referred_columns")
            ]
            generated = [
                i for i, c in enumerate(columns) if c.get("computed") and not c["computed"].get("persisted")
            ]

            def batches(
                name: str = name,
                generated: list[int] = generated,
                computed_names: list[str] = [header[i] for i in generated],  # noqa: B006 - bound per table
            ) -> Iterator[ColumnBatch]:
                budget = _ReadBudget(settings.query_timeout_s)
                max_length = GENERATED_VALUE_MAX_BYTES if generated else upload_bytes
                # One row can cost milliseconds inside a single VM step: check the clock often.
                steps = GENERATED_PROGRESS_STEPS if generated else 1000
                conn = _open_upload_db(uri, budget, max_length, steps)
                conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
                rows_per_fetch = GENERATED_BATCH_ROWS if generated else BATCH_ROWS
                computed_bytes = 0
                try:
                    quoted = '"' + name.replace('"', '""') + '"'
                    cursor = budget.run(lambda: conn.execute(f"SELECT * FROM {quoted}"))
                    batch: list[tuple[Any, ...]] = []
                    while rows := budget.run(lambda: cursor.fetchmany(rows_per_fetch)):
                        if generated:
                            computed_bytes += sum(_size(row[i]) for row in rows for i in generated)
                            if computed_bytes > upload_bytes:
                                raise PayloadTooLarge(
                                    f"{filename}, table '{name}': its generated columns compute more than "
                                    f"{settings.max_upload_mb} MB of values (the upload limit); store them "
                                    f"as values and upload again"
                                )
                        batch.extend(rows)
                        if len(batch) >= BATCH_ROWS or not generated:
                            yield [list(col) for col in zip(*batch, strict=True)]
                            batch = []
                    if batch:
                        yield [list(col) for col in zip(*batch, strict=True)]
                except sqlite3.Error as exc:
                    raise _sqlite_read_error(filename, name, exc, computed_names) from None
                finally:
                    conn.close()

            tables.append(
                TableSource(
                    name=name,
                    header=header,
                    batches=batches,
                    declared=[column_type_of(c["type"]) for c in columns],
                    primary_key=primary_key,
                    foreign_keys=foreign_keys,
                )
            )
    except sa.exc.DatabaseError as exc:
        if isinstance(exc.orig, sqlite3.OperationalError) and "interrupted" in str(exc.orig):
            raise _sqlite_read_error(filename, None, exc.orig, []) from exc
        raise ValidationFailed(f"{filename} is not a readable SQLite database: {exc.orig}") from exc
    finally:
        engine.dispose()
    if not tables:
        raise ValidationFailed(f"{filename} has no tables")
    return tables


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else 8
