"""JSON uploads: a top-level array of flat objects (streamed with ijson) or JSON Lines, one object a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import ijson

from shared.datasets.source import (
    BATCH_ROWS,
    READ_CHUNK,
    SAMPLE_BYTES,
    ColumnBatch,
    TableSource,
    check_columns,
    require_rows,
)
from shared.datasets.text_encoding import detect_encoding
from shared.errors import ValidationFailed
from shared.settings import get_settings


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


def json_table(path: Path, filename: str, stem: str, kind: str) -> TableSource:
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
                check_columns(filename, "", len(keys))
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

    return TableSource(name=stem, header=header, batches=require_rows(batches, filename))
