"""Response models of the chat group (ask, conversations, feedback, export)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from shared.api.schemas import Out, UtcDatetime


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


EXPORT_CONTENT = {
    "text/csv": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        "schema": {"type": "string", "format": "binary"}
    },
}
