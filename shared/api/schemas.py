"""Response shapes of the API: every route declares one, so /openapi.json documents every 2xx.

Services return plain dicts; FastAPI validates them against these models on the way out, so a
shape drift is a test failure, not a silent API change. One error model for every error, one
page model (`items`, `total`, `offset`, `limit`) for every list.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.semantic.schema import Table

T = TypeVar("T")


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# The app stores naive UTC times; on the wire they are RFC 3339 with the zone ("...Z").
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class Out(BaseModel):
    """Base of the response models: validators are built on first use, so a function's cold start
    pays only for the models its own routes use (health builds two, not thirty)."""

    model_config = ConfigDict(defer_build=True)


# ------------------------------------------------------------------ errors and pages


class ErrorInfo(Out):
    code: str = Field(description="Machine-readable error code, e.g. not_found, validation_failed")
    message: str = Field(description="What went wrong and what to fix")
    details: Any = Field(default=None, description="Structured details, when there are any")


class ErrorOut(Out):
    """Every error response: `detail` (the message, as FastAPI clients expect) and `error`."""

    detail: str
    error: ErrorInfo


_ERROR_STATUSES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Not allowed for this role",
    404: "Not found (or not yours)",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported file type",
    422: "Invalid input",
    429: "Too many requests (see Retry-After)",
    500: "Internal server error",
    503: "Service unavailable (see Retry-After)",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text} for status, text in _ERROR_STATUSES.items()
}


# Beyond any real list, and far below the 64-bit limits of the databases' OFFSET.
MAX_OFFSET = 1_000_000_000


class Page(Out, Generic[T]):
    """A page of a list: `offset`/`limit` as requested, `total` matching items overall."""

    items: list[T]
    total: int
    offset: int
    limit: int


# ------------------------------------------------------------------ health


class HealthOut(Out):
    status: Literal["healthy", "degraded", "unhealthy"]
    database: Literal["connected", "disconnected"]
    redis: Literal["connected", "disconnected", "not_configured"]
    version: str


# ------------------------------------------------------------------ datasets


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


# ------------------------------------------------------------------ chat


class ResultColumn(Out):
    model_config = ConfigDict(extra="allow")
    name: str
    type: str


class ChartOut(Out):
    type: str = Field(description="kpi | bar | line | pie | scatter | table")
    echarts: dict[str, Any] = Field(description="A complete ECharts option")


class AnswerOut(Out):
    """One answer (`/ask`, follow-ups, analysts' own SQL). Tolerant: fields engines add later
    pass through."""

    model_config = ConfigDict(extra="allow")

    conversation_id: int
    message_id: int
    status: Literal["ok", "clarify", "error"]
    question: str
    sql: str | None = None
    columns: list[ResultColumn] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    row_count: int = 0
    truncated: bool = False
    chart: ChartOut | None = None
    summary: str | None = None
    interpretation: str | None = None
    engine: str | None = None
    cached: bool = False
    message: str | None = Field(default=None, description="Why it is a clarify or an error")
    lang: str | None = None
    usage: dict[str, Any] | None = Field(default=None, description="LLM usage, when a model was called")
    timings_ms: dict[str, float] = Field(default_factory=dict)
    confidence: float | None = None
    unknown_words: list[str] = Field(default_factory=list)


class MessageOut(Out):
    id: int
    question: str
    status: str
    engine: str | None = None
    sql: str | None = None
    interpretation: str | None = None
    summary: str | None = None
    message: str | None = None
    result: dict[str, Any] | None = Field(default=None, description="Columns, first rows, chart")
    timings_ms: dict[str, Any] | None = None
    llm_usage: dict[str, Any] | None = None
    created_at: UtcDatetime


class ConversationOut(Out):
    id: int
    title: str
    datasource_id: int | None = None
    created_at: UtcDatetime
    updated_at: UtcDatetime


class ConversationDetail(ConversationOut):
    messages: list[MessageOut]


class FeedbackOut(Out):
    message_id: int
    rating: Literal["up", "down"]
    comment: str | None = None
    created_at: UtcDatetime


# ------------------------------------------------------------------ audit


class AuditLogOut(Out):
    model_config = ConfigDict(from_attributes=True)

    id: int
    created_at: UtcDatetime
    user_id: int | None = None
    username: str | None = None
    api_key_id: int | None = None
    method: str
    path: str
    status: int
    latency_ms: float | None = None
    client_ip: str | None = None
    request_id: str | None = None
    detail: str | None = Field(default=None, description="What else happened, e.g. what an erasure removed")


EXPORT_CONTENT = {
    "text/csv": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        "schema": {"type": "string", "format": "binary"}
    },
}
