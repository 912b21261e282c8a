"""Response models of the datasets group (/api/v1/datasources)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from shared.api.schemas import Out, UtcDatetime
from shared.semantic.schema import Table


class ColumnSummary(Out):
    name: str
    type: str
    nullable: bool = True


class TableSummary(Out):
    name: str
    row_count: int | None = None
    columns: list[ColumnSummary]


class DatasourceOut(Out):
    """A datasource as the API shows it (never its connection URL)."""

    id: int
    name: str
    kind: Literal["file", "database"]
    dialect: str
    owner_id: int
    shared: bool = Field(description="True when another user owns it and shared it with you")
    file_name: str | None = None
    file_size: int | None = None
    data_version: int
    created_at: UtcDatetime | None = None
    updated_at: UtcDatetime | None = None
    tables: list[TableSummary]


class SchemaOut(Out):
    datasource_id: int
    dialect: str
    tables: list[Table]


class PreviewOut(Out):
    table: str
    columns: list[str]
    rows: list[list[Any]]
    row_count: int | None = Field(default=None, description="Rows in the whole table")


class ShareOut(Out):
    id: int
    datasource_id: int
    username: str | None = None
    role: str | None = None
    access: str = "read"


class SemanticOut(Out):
    """The semantic layer (descriptions, synonyms, metrics, examples, relationships) and the
    semantic model built from the data (entities, dimensions, measures); see docs/engine.md."""

    model_config = ConfigDict(extra="allow")

    tables: dict[str, Any] = Field(default_factory=dict)
    metrics: list[dict[str, Any]] = Field(default_factory=list)
    examples: list[dict[str, Any]] = Field(default_factory=list)
    relationships: list[dict[str, Any]] | None = None
    bridges: dict[str, Any] = Field(default_factory=dict)
    data_version: int | None = None
    entities: list[dict[str, Any]] = Field(default_factory=list)
    dimensions: list[dict[str, Any]] = Field(default_factory=list)
    measures: list[dict[str, Any]] = Field(default_factory=list)
