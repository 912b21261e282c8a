"""The interface every question engine implements; the ask pipeline knows nothing else.

An engine is pure with respect to the datasource: it gets the question, the schema with
profiles, the semantic layer and the conversation state, and returns SQL (in the schema's
dialect, over *logical* table names) or a clarification. The pipeline then guards,
executes, charts and summarises the SQL, whatever engine wrote it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

from shared.semantic.schema import Schema, SemanticLayer


@dataclass(frozen=True)
class DatasourceInfo:
    """What the datasource is called: a person's name for it (an upload's file stem unless they named it)
    and the uploaded file's name. The rule engine reads a word of them as the data's subject."""

    name: str = ""
    file_name: str | None = None


@dataclass
class EngineRequest:
    question: str
    schema: Schema
    semantic: SemanticLayer = field(default_factory=SemanticLayer)
    # Whatever the engine returned as `state` on the previous turn of this conversation.
    state: dict[str, Any] | None = None
    # Previous turns [{"question", "sql", "status"}] for engines that want them (the LLM).
    history: list[dict[str, Any]] = field(default_factory=list)
    today: date = field(default_factory=date.today)
    # Provided by the pipeline: guards and dry-runs a SQL, returning an error message a model
    # can act on, or None when the SQL is valid and runs. Engines that can repair use it.
    check: Callable[[str], str | None] | None = None
    # Engine-specific options, e.g. {"send_values": False} for the LLM.
    options: dict[str, Any] = field(default_factory=dict)
    datasource: DatasourceInfo = field(default_factory=DatasourceInfo)


@dataclass
class ChartHint:
    """What the engine knows about the result's columns, to pick a chart and phrase the summary."""

    # "time" for a time bucket, "category" for a dimension, "measure" for an aggregate.
    roles: dict[str, str] = field(default_factory=dict)
    share: bool = False  # a share/percentage question: a pie when there are few slices
    time_grain: str | None = None  # day | week | month | quarter | year
    measure_label: str | None = None
    percent_columns: list[str] = field(default_factory=list)  # values in [0,1] or already x100


@dataclass
class EngineAnswer:
    status: Literal["ok", "clarify", "error"]
    engine: str
    sql: str | None = None
    interpretation: str | None = None
    message: str | None = None  # for clarify / error: what was not understood and what the data offers
    lang: Literal["zh", "en"] = "en"
    confidence: float = 1.0
    state: dict[str, Any] | None = None  # stored on the conversation for follow-ups
    chart: ChartHint | None = None
    usage: dict[str, Any] | None = None  # e.g. LLM tokens and latency
    # words of the question the engine did not understand (rules: not linked, not a known function word)
    unknown_words: list[str] = field(default_factory=list)


ASKED_BACK = "asked_back"


def asked_back(state: dict[str, Any], question: str) -> dict[str, Any]:
    """The conversation's state after `question` was asked back: still the last answered turn's (a
    rephrased question may edit it), marked with the question, so that a follow-up which only makes sense
    as an edit of the question asked back is not answered as an edit of the older one."""
    return {**state, ASKED_BACK: question}


class Engine(Protocol):
    name: str

    def answer(self, request: EngineRequest) -> EngineAnswer: ...
