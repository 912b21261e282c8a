"""The semantic model of one datasource: entities, dimensions, measures, plus the person's semantic layer.

It embeds `shared.semantic.schema.SemanticLayer` (descriptions, synonyms, metrics, examples, and whatever that
layer grows, such as relationships) and keeps its dict format: a stored layer without the model's keys
still loads, and `SemanticLayer.from_dict` reads a stored model, ignoring what it does not know.

    {"tables": {...}, "metrics": [...], "examples": [...],          # the SemanticLayer, unchanged
     "data_version": 3,                                           # the data it was built from
     "entities":   [{"table": "orders", "key": "order_id", "label": "customer_name"}],
     "dimensions": [{"table": "orders", "column": "province", "kind": "category", "source": "inferred"}],
     "measures":   [{"table": "orders", "column": "amount", "aggregation": "sum", "unit": "元",
                     "source": "inferred"}]}

`source` is "inferred" (the builder's reading of the schema and profiles) or "person" (an edit through
PUT semantic); a person's entry wins over the builder's on every rebuild.

Accessors for the engine: `model.measure(table, column).aggregation` and `model.role(table, column)`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

from shared.semantic.schema import SemanticLayer

DimensionKind = Literal["category", "time", "boolean", "identifier", "year", "text"]
Aggregation = Literal["sum", "avg", "count", "count_distinct", "min", "max"]
Source = Literal["inferred", "person"]
Role = Literal["measure", "category", "time", "boolean", "identifier", "year", "text"]
DIMENSION_KINDS: tuple[str, ...] = get_args(DimensionKind)
AGGREGATIONS: tuple[str, ...] = get_args(Aggregation)
SOURCES: tuple[str, ...] = get_args(Source)
MODEL_KEYS = ("data_version", "entities", "dimensions", "measures")


class InvalidModel(ValueError):
    """A semantic model entry that cannot be read: says which entry and what to fix."""


@dataclass
class Entity:
    """What one row of a table is: its key column and the column that names it."""

    table: str
    key: str | None = None
    label: str | None = None
    source: Source = "inferred"


@dataclass
class Dimension:
    table: str
    column: str
    kind: DimensionKind
    source: Source = "inferred"


@dataclass
class MeasureSpec:
    """A numeric column and how it is totalled when a question names no aggregate."""

    table: str
    column: str
    aggregation: Aggregation
    unit: str | None = None
    source: Source = "inferred"


@dataclass
class SemanticModel:
    layer: SemanticLayer = field(default_factory=SemanticLayer)
    entities: list[Entity] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    measures: list[MeasureSpec] = field(default_factory=list)
    data_version: int | None = None

    # ------------------------------------------------------------------ accessors
    def measure(self, table: str, column: str) -> MeasureSpec | None:
        """The measure entry of a column (its default aggregation and unit), or None if it is no measure."""
        for m in self.measures:
            if m.table == table and m.column == column:
                return m
        return None

    def dimension(self, table: str, column: str) -> Dimension | None:
        for d in self.dimensions:
            if d.table == table and d.column == column:
                return d
        return None

    def role(self, table: str, column: str) -> Role | None:
        """The column's role: "measure", a dimension kind (category / time / boolean / identifier /
        year / text), or None for a column the model does not hold."""
        if self.measure(table, column) is not None:
            return "measure"
        dim = self.dimension(table, column)
        return dim.kind if dim is not None else None

    def entity(self, table: str) -> Entity | None:
        for e in self.entities:
            if e.table == table:
                return e
        return None

    # ------------------------------------------------------------------ dict format
    def to_dict(self) -> dict[str, Any]:
        return {
            **self.layer.to_dict(),
            "data_version": self.data_version,
            "entities": [asdict(e) for e in self.entities],
            "dimensions": [asdict(d) for d in self.dimensions],
            "measures": [asdict(m) for m in self.measures],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SemanticModel:
        """Reads a stored or PUT model; raises InvalidModel naming the entry to fix."""
        data = data or {}
        try:
            layer = SemanticLayer.from_dict(data)
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidModel(f"Invalid semantic layer: {exc}") from exc
        version = data.get("data_version")
        if version is not None and not isinstance(version, int):
            raise InvalidModel("data_version must be an integer")
        return cls(
            layer=layer,
            entities=[_entity(e, i) for i, e in enumerate(_list(data, "entities"))],
            dimensions=[_dimension(d, i) for i, d in enumerate(_list(data, "dimensions"))],
            measures=[_measure(m, i) for i, m in enumerate(_list(data, "measures"))],
            data_version=version,
        )

    def check_against(self, tables: dict[str, set[str]]) -> None:
        """Every entry names a real table and column ({table: {columns}}); raises InvalidModel otherwise."""
        for kind, entries in (("entities", self.entities), ("dimensions", self.dimensions)):
            for entry in entries:
                _check_table(kind, entry.table, tables)
        for m in self.measures:
            _check_column("measures", m.table, m.column, tables)
        for d in self.dimensions:
            _check_column("dimensions", d.table, d.column, tables)
        for e in self.entities:
            for col in (e.key, e.label):
                if col is not None:
                    _check_column("entities", e.table, col, tables)
        seen: set[tuple[str, str]] = set()
        for m in self.measures:
            if (m.table, m.column) in seen:
                raise InvalidModel(f"measures: {m.table}.{m.column} is listed twice")
            seen.add((m.table, m.column))


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InvalidModel(f"{key} must be a list")
    return value


def _fields(entry: Any, where: str, required: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise InvalidModel(f"{where} must be an object")
    missing = [k for k in required if not isinstance(entry.get(k), str) or not entry.get(k)]
    if missing:
        raise InvalidModel(f"{where} needs {', '.join(missing)} (a name)")
    source = entry.get("source", "inferred")
    if source not in SOURCES:
        raise InvalidModel(f"{where}: source must be one of {', '.join(SOURCES)}")
    return entry


def _entity(entry: Any, i: int) -> Entity:
    e = _fields(entry, f"entities[{i}]", ("table",))
    return Entity(e["table"], e.get("key"), e.get("label"), e.get("source", "inferred"))


def _dimension(entry: Any, i: int) -> Dimension:
    d = _fields(entry, f"dimensions[{i}]", ("table", "column"))
    if d.get("kind") not in DIMENSION_KINDS:
        raise InvalidModel(f"dimensions[{i}]: kind must be one of {', '.join(DIMENSION_KINDS)}")
    return Dimension(d["table"], d["column"], d["kind"], d.get("source", "inferred"))


def _measure(entry: Any, i: int) -> MeasureSpec:
    m = _fields(entry, f"measures[{i}]", ("table", "column"))
    if m.get("aggregation") not in AGGREGATIONS:
        raise InvalidModel(f"measures[{i}]: aggregation must be one of {', '.join(AGGREGATIONS)}")
    unit = m.get("unit")
    if unit is not None and not isinstance(unit, str):
        raise InvalidModel(f"measures[{i}]: unit must be text")
    return MeasureSpec(m["table"], m["column"], m["aggregation"], unit, m.get("source", "inferred"))


def _check_table(kind: str, table: str, tables: dict[str, set[str]]) -> None:
    if table not in tables:
        raise InvalidModel(f"{kind}: table '{table}' does not exist")


def _check_column(kind: str, table: str, column: str, tables: dict[str, set[str]]) -> None:
    _check_table(kind, table, tables)
    if column not in tables[table]:
        raise InvalidModel(f"{kind}: column '{table}.{column}' does not exist")
