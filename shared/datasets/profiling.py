"""Introspect a database's tables into a `shared.semantic.schema.Schema` with per-column value profiles.

The question engines link words to tables, columns and *values*; this is where those
values come from. Cost is bounded: one aggregate query per table (row count, non-null
count, distinct count and min/max of every column in one SELECT) plus one GROUP BY per
low-cardinality text/boolean column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import math
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from shared.semantic.schema import Column, ColumnProfile, ColumnType, ForeignKey, Schema, Table
from shared.settings import get_settings
from shared.sql import guard


def sqlglot_dialect(engine: Engine) -> str:
    """The sqlglot name of an engine's SQL dialect (engines write SQL in it)."""
    return guard.sqlglot_dialect(engine.dialect.name)


def column_type_of(sql_type: Any) -> ColumnType:
    """Map a reflected SQLAlchemy type to ChatBI's small set of column types."""
    if isinstance(sql_type, sa.Boolean):
        return "boolean"
    if isinstance(sql_type, sa.Integer):
        return "integer"
    if isinstance(sql_type, sa.Float):
        return "float"
    if isinstance(sql_type, sa.Numeric):
        scale = getattr(sql_type, "scale", None)
        return "integer" if scale == 0 else "decimal"
    if isinstance(sql_type, sa.DateTime):
        return "datetime"
    if isinstance(sql_type, sa.Date):
        return "date"
    name = type(sql_type).__name__.upper()
    if name in ("TINYINT", "SMALLINT", "MEDIUMINT", "BIGINT", "INT", "INTEGER", "YEAR"):
        return "integer"
    if name in ("DOUBLE", "REAL", "DOUBLE_PRECISION"):
        return "float"
    if name in ("TIMESTAMP",):
        return "datetime"
    return "text"


def json_value(value: Any) -> Any:
    """A profile value that survives JSON: dates as ISO text, decimals as numbers, bytes dropped."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    if isinstance(value, int | str):
        return value
    return str(value)


def _table_names(engine: Engine) -> dict[str, str]:
    """All user tables and views of a database under their own names."""
    inspector = sa.inspect(engine)
    names = [n for n in inspector.get_table_names() if not n.startswith("sqlite_")]
    with contextlib.suppress(NotImplementedError):
        names += [n for n in inspector.get_view_names() if n not in names]
    return {name: name for name in names}


def _reflect_table(
    inspector: Any, logical: str, physical: str, to_logical: dict[str, str]
) -> tuple[Table, list[dict[str, Any]]]:
    """Columns, primary key and foreign keys of one table (no data read yet)."""
    reflected = inspector.get_columns(physical)
    columns = [
        Column(name=c["name"], type=column_type_of(c["type"]), nullable=bool(c.get("nullable", True)))
        for c in reflected
    ]
    try:
        primary_key = list(inspector.get_pk_constraint(physical).get("constrained_columns") or [])
    except NotImplementedError:
        primary_key = []
    foreign_keys = []
    try:
        for fk in inspector.get_foreign_keys(physical):
            ref = to_logical.get(fk.get("referred_table") or "")
            if ref and fk.get("constrained_columns") and fk.get("referred_columns"):
                foreign_keys.append(
                    ForeignKey(
                        columns=list(fk["constrained_columns"]),
                        ref_table=ref,
                        ref_columns=list(fk["referred_columns"]),
                    )
                )
    except NotImplementedError:
        pass
    table = Table(name=logical, columns=columns, primary_key=primary_key, foreign_keys=foreign_keys)
    return table, reflected


def _ranged(col: Column) -> bool:
    """Columns whose MIN / MAX are read: numbers, times, and text (kept when its values are not listed)."""
    return col.is_numeric or col.is_temporal or col.type == "text"


def _profile_table(
    conn: sa.Connection,
    engine: Engine,
    physical: str,
    table: Table,
    max_distinct: int,
    known: dict[str, dict[str, Any]],
) -> None:
    """Fill row_count and every column's profile; one aggregate SELECT plus GROUP BYs for small columns.

    `known` holds distinct counts / value counts the loader already gathered; those are not re-counted.
    """
    quote = engine.dialect.identifier_preparer.quote
    source = quote(physical)
    parts = ["COUNT(*)"]
    for col in table.columns:
        q = quote(col.name)
        parts.append(f"COUNT({q})")
        if col.name not in known:
            parts.append(f"COUNT(DISTINCT {q})")
        if _ranged(col):
            parts += [f"MIN({q})", f"MAX({q})"]
    row = conn.exec_driver_sql(f"SELECT {', '.join(parts)} FROM {source}").one()
    table.row_count = int(row[0] or 0)
    i = 1
    for col in table.columns:
        counted = known.get(col.name)
        non_null = int(row[i] or 0)
        i += 1
        if counted is None:
            distinct = int(row[i] or 0)
            i += 1
        else:
            distinct = int(counted["distinct_count"])
        profile = ColumnProfile(
            null_share=round(1 - non_null / table.row_count, 6) if table.row_count else 0.0,
            distinct_count=distinct,
        )
        if _ranged(col):
            # a text column too varied to list keeps its range: ISO dates stored as text show as dates
            if col.type != "text" or distinct > max_distinct:
                profile.min, profile.max = json_value(row[i]), json_value(row[i + 1])
            i += 2
        if col.type in ("text", "boolean") and 0 < distinct <= max_distinct:
            if counted is not None and counted.get("values") is not None:
                profile.values = [[json_value(v), int(n)] for v, n in counted["values"]]
            else:
                q = quote(col.name)
                counts = conn.exec_driver_sql(
                    f"SELECT {q}, COUNT(*) FROM {source} WHERE {q} IS NOT NULL "
                    f"GROUP BY {q} ORDER BY COUNT(*) DESC, {q}"
                ).all()
                profile.values = [[json_value(v), int(n)] for v, n in counts if json_value(v) is not None]
        col.profile = profile


def build_schema(
    engine: Engine,
    table_map: dict[str, str] | None = None,
    dialect: str | None = None,
    known: dict[str, dict[str, dict[str, Any]]] | None = None,
) -> Schema:
    """Tables, columns, keys and value profiles of `engine`'s database.

    `table_map` maps logical name -> physical name (uploads live under prefixed physical
    names); None means every table of the database under its own name (connected databases).
    Foreign keys are kept only when they point at a table in the map, under its logical name.
    `known` (logical table -> column -> {"distinct_count", "values"}) skips re-counting what a
    loader already counted.
    """
    mapping = dict(table_map) if table_map is not None else _table_names(engine)
    to_logical = {physical: logical for logical, physical in mapping.items()}
    max_distinct = get_settings().profile_max_distinct
    inspector = sa.inspect(engine)
    tables = []
    with engine.connect() as conn:
        for logical, physical in mapping.items():
            table, _ = _reflect_table(inspector, logical, physical, to_logical)
            _profile_table(conn, engine, physical, table, max_distinct, (known or {}).get(logical, {}))
            tables.append(table)
    return Schema(tables=tables, dialect=dialect or sqlglot_dialect(engine))
