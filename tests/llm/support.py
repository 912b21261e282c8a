"""Test helpers: bi_dev CSVs loaded into a real SQLite file, its Schema with profiles, and a check callback.

The check plays the pipeline's part: the real guard (`shared.sql.guard.guard_sql`) then a dry-run
(`EXPLAIN`) of the guarded SQL on a read-only connection, so its errors are the database's own.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.semantic.schema import Column, ColumnProfile, Schema, Table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "llm"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_csvs(db_path: Path, sources: dict[str, Path], *, max_values: int = 20) -> Schema:
    """Each CSV as a typed table (table name -> file); the Schema with value profiles, like an upload."""
    tables = []
    with sqlite3.connect(db_path) as conn:
        for name, path in sources.items():
            with path.open(encoding="utf-8") as handle:
                rows = list(csv.reader(handle))
            header, data = rows[0], rows[1:]
            types = [_infer([r[i] for r in data]) for i in range(len(header))]
            columns_sql = ", ".join(f'"{h}" {_sqlite_type(t)}' for h, t in zip(header, types, strict=True))
            conn.execute(f'CREATE TABLE "{name}" ({columns_sql})')
            converted = [[_convert(v, t) for v, t in zip(row, types, strict=True)] for row in data]
            conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(header))})', converted)
            columns = [
                Column(h, t, profile=_profile([r[i] for r in converted], t, max_values))  # type: ignore[arg-type]
                for i, (h, t) in enumerate(zip(header, types, strict=True))
            ]
            tables.append(Table(name, columns, row_count=len(data)))
    return Schema(tables=tables, dialect="sqlite")


def bi_dev_sample(tmp_path: Path) -> tuple[Path, Schema]:
    """The small bi_dev sample (orders + employees) in a fresh SQLite file."""
    db_path = tmp_path / "workspace.db"
    schema = load_csvs(db_path, {"orders": FIXTURES / "orders.csv", "employees": FIXTURES / "employees.csv"})
    return db_path, schema


def fingerprint(db_path: Path) -> str:
    """A digest of every table's definition and rows: equal before and after means nothing changed."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        dump = "\n".join(conn.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


def make_check(db_path: Path, schema: Schema) -> Callable[[str], str | None]:
    """The pipeline's check: the guard, then EXPLAIN on a read-only connection (real database errors)."""
    from shared.errors import ChatBIError
    from shared.sql.guard import guard_sql

    tables = {t.name: t.name for t in schema.tables}
    calls: list[str] = []

    def check(sql: str) -> str | None:
        calls.append(sql)
        try:
            guarded = guard_sql(sql, dialect=schema.dialect, tables=tables, max_rows=1000)
        except ChatBIError as exc:
            return exc.message
        try:
            with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
                conn.execute(f"EXPLAIN {guarded.sql}")
        except sqlite3.Error as exc:
            return f"database error: {exc}"
        return None

    check.calls = calls  # type: ignore[attr-defined]
    return check


def run(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


class FixedEngine:
    """A stand-in engine with a fixed answer (the Engine protocol), counting its calls."""

    def __init__(self, name: str, answer: EngineAnswer):
        self.name = name
        self._answer = answer
        self.calls = 0

    def answer(self, request: EngineRequest) -> EngineAnswer:
        self.calls += 1
        return self._answer


def _infer(values: list[str]) -> str:
    present = [v for v in values if v != ""]
    if present and all(re.fullmatch(r"-?\d+", v) for v in present):
        return "integer"
    if present and all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in present):
        return "float"
    if present and all(_DATE.match(v) for v in present):
        return "date"
    return "text"


def _sqlite_type(kind: str) -> str:
    return {"integer": "INTEGER", "float": "REAL"}.get(kind, "TEXT")


def _convert(value: str, kind: str) -> object:
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "float":
        return float(value)
    return value


def _profile(values: list[object], kind: str, max_values: int) -> ColumnProfile:
    present = [v for v in values if v is not None]
    distinct = Counter(present)
    profile = ColumnProfile(
        null_share=1 - len(present) / max(1, len(values)),
        distinct_count=len(distinct),
        min=min(present) if present else None,  # type: ignore[type-var]
        max=max(present) if present else None,  # type: ignore[type-var]
    )
    if kind == "text" and len(distinct) <= max_values:
        profile.values = [[v, c] for v, c in distinct.most_common()]
    return profile
