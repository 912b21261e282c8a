"""CSV/TSV uploads: the delimiter is sniffed, rows stream through Python's csv module, and (when the
header is the first line) the same rows through Arrow's C parser, which the loader prefers.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from shared.datasets.source import (
    BATCH_ROWS,
    SAMPLE_BYTES,
    ArrowRefused,
    ColumnBatch,
    TableSource,
    check_columns,
    require_rows,
)
from shared.datasets.text_encoding import detect_encoding
from shared.errors import ValidationFailed

# Arrow's CSV block: ~10k rows of a typical export per batch, a few MB of memory in flight.
ARROW_BLOCK_BYTES = 1 << 20
# Arrow's allocator keeps freed pages; hand them back every few batches to bound peak RSS.
ARROW_RELEASE_EVERY = 4
# Arrow's threaded CSV reader parses blocks ahead on threads of its own (~25 MB more held after
# the first batch); the loader already reads on a helper thread of its own, one parser is enough.
ARROW_READ_THREADS = False
DELIMITERS = (",", "\t", ";", "|")


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


def csv_table(path: Path, filename: str, stem: str) -> TableSource:
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
    check_columns(filename, "", len(header))
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
        batches=require_rows(batches, filename),
        text_only=True,
        arrow_batches=arrow,
    )


def _arrow_csv_batches(
    path: Path, filename: str, encoding: str, delimiter: str, header: list[str]
) -> Callable[[], Iterator[list[Any]]]:
    """Streamed Arrow batches of the data rows, every column a string array, empty cells null.

    Rows whose cells are all empty are skipped (as the Python reader does). Raises ArrowRefused
    on anything Arrow parses differently (ragged rows, a header it splits otherwise).
    """

    def batches() -> Iterator[list[Any]]:
        import pyarrow as pa  # lazy: heavy (pyarrow)
        import pyarrow.compute as pc  # lazy: heavy (pyarrow)
        import pyarrow.csv as pcsv  # lazy: heavy (pyarrow)

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
