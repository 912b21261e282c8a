"""What ChatBI knows about a datasource's tables: the contract between datasets and engines.

Produced by `shared.datasets` (on upload / connect / refresh) and consumed by the question
engines. Plain dataclasses, JSON round-trippable, no I/O. Names are *logical* names: the
guard maps them to physical tables.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ColumnType = Literal["integer", "decimal", "float", "boolean", "date", "datetime", "text"]
NUMERIC_TYPES = ("integer", "decimal", "float")
TEMPORAL_TYPES = ("date", "datetime")


@dataclass
class ColumnProfile:
    null_share: float = 0.0
    distinct_count: int = 0
    min: Any = None
    max: Any = None
    # For low-cardinality text (and boolean) columns: [[value, count], ...] by count desc.
    values: list[list[Any]] | None = None


@dataclass
class Column:
    name: str
    type: ColumnType
    nullable: bool = True
    profile: ColumnProfile | None = None
    description: str | None = None
    synonyms: list[str] = field(default_factory=list)

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    @property
    def is_temporal(self) -> bool:
        return self.type in TEMPORAL_TYPES


@dataclass
class ForeignKey:
    columns: list[str]
    ref_table: str
    ref_columns: list[str]


@dataclass
class Table:
    name: str
    columns: list[Column]
    row_count: int = 0
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    description: str | None = None
    synonyms: list[str] = field(default_factory=list)

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None


@dataclass
class Schema:
    """All tables of one datasource; `dialect` is a sqlglot dialect name (sqlite, mysql, postgres, ...)."""

    tables: list[Table]
    dialect: str = "sqlite"

    def table(self, name: str) -> Table | None:
        for tbl in self.tables:
            if tbl.name == name:
                return tbl
        for tbl in self.tables:
            if tbl.name.lower() == name.lower():
                return tbl
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Schema:
        tables = []
        for t in data.get("tables", []):
            cols = []
            for c in t.get("columns", []):
                prof = c.get("profile")
                cols.append(
                    Column(
                        name=c["name"],
                        type=c.get("type", "text"),
                        nullable=c.get("nullable", True),
                        profile=ColumnProfile(**prof) if prof else None,
                        description=c.get("description"),
                        synonyms=list(c.get("synonyms") or []),
                    )
                )
            tables.append(
                Table(
                    name=t["name"],
                    columns=cols,
                    row_count=t.get("row_count", 0),
                    foreign_keys=[ForeignKey(**fk) for fk in t.get("foreign_keys") or []],
                    primary_key=list(t.get("primary_key") or []),
                    description=t.get("description"),
                    synonyms=list(t.get("synonyms") or []),
                )
            )
        return cls(tables=tables, dialect=data.get("dialect", "sqlite"))


@dataclass
class Metric:
    name: str
    expression: str
    synonyms: list[str] = field(default_factory=list)
    table: str | None = None
    description: str | None = None


@dataclass
class Example:
    question: str
    sql: str


@dataclass
class Relationship:
    """`from_table.from_columns` reference `to_table.to_columns` (the "one" side, a unique key).

    cardinality: "many_to_one" (many rows of from_table per to_table row) or "one_to_one";
    source: "declared" (a foreign key of the database), "inferred" (key names + the data), "manual".
    """

    from_table: str
    from_columns: list[str]
    to_table: str
    to_columns: list[str]
    cardinality: str = "many_to_one"
    source: str = "inferred"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relationship:
        """The stored form, or the short one a person writes.

        e.g. {"from": "订单.客户编号", "to": "客户.客户编号"}.
        """
        if "from" in data or "to" in data:
            src, dst = str(data.get("from") or ""), str(data.get("to") or "")
            if "." not in src or "." not in dst:
                raise ValueError("a relationship's 'from' and 'to' are written table.column")
            ft, fc = src.rsplit(".", 1)
            tt, tc = dst.rsplit(".", 1)
            return cls(
                ft, [fc], tt, [tc], data.get("cardinality") or "many_to_one", data.get("source") or "manual"
            )
        return cls(
            from_table=str(data["from_table"]),
            from_columns=[str(c) for c in data["from_columns"]],
            to_table=str(data["to_table"]),
            to_columns=[str(c) for c in data["to_columns"]],
            cardinality=data.get("cardinality") or "many_to_one",
            source=data.get("source") or "manual",
        )


@dataclass
class SemanticLayer:
    """Per-datasource knowledge a person adds: descriptions, synonyms, metrics, examples.

    `tables` maps table name -> {"description", "synonyms", "columns": {col: {"description", "synonyms"}}}.
    """

    tables: dict[str, Any] = field(default_factory=dict)
    metrics: list[Metric] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    # None: never set, the engine derives them from the schema (declared keys + inferred ones).
    relationships: list[Relationship] | None = None
    # "table.column" -> the aggregation a person chose in the semantic model's measures (read from the
    # stored model's "measures" on load, never stored here): the engine totals that column this way.
    aggregations: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("aggregations", None)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SemanticLayer:
        data = data or {}
        return cls(
            tables=dict(data.get("tables") or {}),
            metrics=[Metric(**m) for m in data.get("metrics") or []],
            examples=[Example(**e) for e in data.get("examples") or []],
            relationships=None
            if data.get("relationships") is None
            else [Relationship.from_dict(r) for r in data["relationships"]],
            aggregations=_person_aggregations(data.get("measures")),
        )


def _person_aggregations(measures: Any) -> dict[str, str]:
    """The semantic model's measures a person set ({"table", "column", "aggregation", "source": "person"})."""
    out: dict[str, str] = {}
    for m in measures if isinstance(measures, list) else []:
        person = isinstance(m, dict) and m.get("source") == "person" and m.get("table") and m.get("column")
        if person and isinstance(m.get("aggregation"), str):
            out[f"{m['table']}.{m['column']}"] = m["aggregation"]
    return out
