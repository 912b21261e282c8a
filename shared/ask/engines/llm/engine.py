"""The LLM engine: prompt -> model -> extract -> validate -> check, with one repair round.

Nothing the model says is trusted: its SQL must parse, name only known tables and columns,
and pass the pipeline's guard and dry-run (`request.check`). The first failure is sent back
to the model once; a second failure is an error answer that says why. The interpretation
is derived from the SQL itself, not from the model's own description of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from shared.ask.engines.base import ChartHint, EngineAnswer, EngineRequest
from shared.ask.engines.llm.client import Completion, LLMCallError, LLMClient
from shared.ask.engines.llm.extract import Extraction, extract_sql
from shared.ask.engines.llm.joinhints import check_joins
from shared.ask.engines.llm.prompt import build_messages, repair_message
from shared.ask.engines.llm.validate import validate_sql
from shared.semantic.schema import Schema
from shared.settings import get_settings
from shared.telemetry.metrics import record_llm_call

CONFIDENCE_FIRST_TRY = 0.8
CONFIDENCE_REPAIRED = 0.6
_CJK = re.compile(r"[\u3400-\u9fff]")
_SHARE_WORDS = re.compile(r"占比|比例|份额|百分比|\bshare\b|\bpercent|\bproportion|\bratio\b", re.IGNORECASE)


@dataclass
class Usage:
    """What the model calls of one answer cost; stored on the message as `usage`."""

    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    calls: int = 0
    attempts: int = 0
    outcome: str = "ok"
    repaired: bool = False
    errors: list[str] = field(default_factory=list)

    def add(self, completion: Completion | None = None, failure: LLMCallError | None = None) -> None:
        self.calls += 1
        if completion is not None:
            self.prompt_tokens += completion.prompt_tokens
            self.completion_tokens += completion.completion_tokens
            self.latency_ms = round(self.latency_ms + completion.latency_ms, 1)
            self.attempts += completion.attempts
            record_llm_call(
                "ok", completion.prompt_tokens, completion.completion_tokens, completion.latency_ms / 1000
            )
        if failure is not None:
            self.latency_ms = round(self.latency_ms + failure.latency_ms, 1)
            self.attempts += failure.attempts
            record_llm_call(failure.outcome, 0, 0, failure.latency_ms / 1000)

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_ms": self.latency_ms,
            "calls": self.calls,
            "attempts": self.attempts,
            "outcome": self.outcome,
            "repaired": self.repaired,
            "errors": self.errors,
        }


@dataclass
class Judgement:
    """One reply judged: the SQL that passed, a clarification, or the error to send back."""

    sql: str | None = None
    clarify: str | None = None
    error: str | None = None
    tree: Any = None


class LLMEngine:
    name = "llm"

    def __init__(self, client: LLMClient | None = None, *, send_values: bool | None = None):
        """Defaults come from settings (LLM_*); a client is required only when no model is configured."""
        if client is None or send_values is None:
            settings = get_settings()
            client = client or LLMClient.from_settings(settings)
            if client is None:
                raise ValueError("no LLM is configured: set LLM_BASE_URL and LLM_MODEL")
            send_values = settings.llm_send_values if send_values is None else send_values
        self.client = client
        self.send_values = send_values

    def answer(self, request: EngineRequest) -> EngineAnswer:
        """Ask the model, judge its reply, repair once, and never return SQL that failed a check."""
        send_values = self.send_values and request.options.get("send_values", True) is not False
        messages = build_messages(request, send_values=send_values)
        usage = Usage(model=self.client.model)
        reply = self._call(messages, usage)
        if isinstance(reply, LLMCallError):
            return self._failed(request, usage, reply.outcome, reply.message)
        judged = judge_reply(reply.text, request)
        if judged.error is not None:
            usage.repaired = True
            usage.errors.append(judged.error)
            messages = [*messages, {"role": "assistant", "content": reply.text}, repair_message(judged.error)]
            second = self._call(messages, usage)
            if isinstance(second, LLMCallError):
                reason = (
                    f"the model's query was rejected ({judged.error}) "
                    f"and the repair call failed: {second.message}"
                )
                return self._failed(request, usage, second.outcome, reason)
            judged = judge_reply(second.text, request)
            if judged.error is not None:
                usage.errors.append(judged.error)
                reason = f"the model's query was rejected twice; last reason: {judged.error}"
                return self._failed(request, usage, "rejected", reason)
        if judged.clarify is not None:
            usage.outcome = "clarify"
            return EngineAnswer(
                status="clarify",
                engine=self.name,
                message=judged.clarify,
                lang=question_lang(request.question),
                confidence=0.0,
                usage=usage.as_dict(),
            )
        usage.outcome = "repaired" if usage.repaired else "ok"
        sql = str(judged.sql)
        return EngineAnswer(
            status="ok",
            engine=self.name,
            sql=sql,
            interpretation=describe_sql(judged.tree, request.schema),
            lang=question_lang(request.question),
            confidence=CONFIDENCE_REPAIRED if usage.repaired else CONFIDENCE_FIRST_TRY,
            state={"engine": self.name, "question": request.question, "sql": sql},
            chart=chart_hint(judged.tree, request),
            usage=usage.as_dict(),
        )

    def _call(self, messages: list[dict[str, str]], usage: Usage) -> Completion | LLMCallError:
        try:
            completion = self.client.complete(messages)
        except LLMCallError as failure:
            usage.add(failure=failure)
            return failure
        usage.add(completion=completion)
        return completion

    def _failed(self, request: EngineRequest, usage: Usage, outcome: str, reason: str) -> EngineAnswer:
        usage.outcome = outcome
        return EngineAnswer(
            status="error",
            engine=self.name,
            message=reason,
            lang=question_lang(request.question),
            confidence=0.0,
            usage=usage.as_dict(),
        )


def judge_reply(text: str, request: EngineRequest) -> Judgement:
    """Extract, validate against the schema, then the pipeline's guard + dry-run; the first error wins."""
    extraction: Extraction = extract_sql(text)
    if extraction.sql is None:
        if extraction.clarify:
            return Judgement(clarify=extraction.clarify)
        return Judgement(error='the reply contained no SQL query; reply with {"sql": "SELECT ..."}')
    validation = validate_sql(extraction.sql, request.schema)
    if validation.error is not None:
        return Judgement(error=validation.error)
    sql = validation.sql or extraction.sql

    unrelated = check_joins(validation.tree, request)
    if unrelated:
        return Judgement(error=unrelated)
    if request.check is not None:
        problem = request.check(sql)
        if problem:
            return Judgement(error=problem)
    return Judgement(sql=sql, tree=validation.tree)


def question_lang(question: str) -> Literal["zh", "en"]:
    return "zh" if _CJK.search(question) else "en"


def describe_sql(tree: Any, schema: Schema) -> str | None:
    """A one-line statement of what the SQL computes, read off the SQL (the model's words are not trusted)."""
    if tree is None:
        return None
    from sqlglot import exp  # lazy: heavy (sqlglot)

    dialect = schema.dialect or "sqlite"
    if not isinstance(tree, exp.Select):
        tables = sorted({t.name for t in tree.find_all(exp.Table)})
        return _clip(f"a combined query over {', '.join(tables)}") if tables else None
    outputs = [_short(e.unalias() if isinstance(e, exp.Alias) else e, dialect) for e in tree.expressions]
    text = ", ".join(outputs) + _described_grouping(tree, dialect)
    tables = [t.name for t in tree.find_all(exp.Table)]
    if tables:
        text += " from " + ", ".join(dict.fromkeys(tables))
    where = tree.args.get("where")
    if where is not None:
        text += " where " + _short(where.this, dialect)
    return _clip(text + _described_order_and_limit(tree, dialect))


def _described_grouping(tree: Any, dialect: str) -> str:
    """' per <keys>' for a GROUP BY of expressions (positional GROUP BY 1, 2 says nothing new)."""
    group = tree.args.get("group")
    if group is None or not group.expressions:
        return ""
    keys = [_short(g, dialect) for g in group.expressions]
    return "" if all(k.isdigit() for k in keys) else " per " + ", ".join(keys)


def _described_order_and_limit(tree: Any, dialect: str) -> str:
    """', sorted by <keys>' and ', first <n> rows', when the query says so."""
    text = ""
    order = tree.args.get("order")
    if order is not None and order.expressions:
        keys = [
            _short(o.this, dialect) + (" descending" if o.args.get("desc") else "") for o in order.expressions
        ]
        text += ", sorted by " + ", ".join(keys)
    limit = tree.args.get("limit")
    if limit is not None and limit.expression is not None:
        text += f", first {limit.expression.sql(dialect=dialect)} rows"
    return text


def chart_hint(tree: Any, request: EngineRequest) -> ChartHint | None:
    """Roles of the output columns (measure / time / category) from the SQL, for the chart picker."""
    if tree is None:
        return None
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if not isinstance(tree, exp.Select):
        return None
    temporal = {c.name.lower() for t in request.schema.tables for c in t.columns if c.is_temporal}
    roles: dict[str, str] = {}
    grain: str | None = None
    measure_label: str | None = None
    for expression in tree.expressions:
        name = expression.alias_or_name or expression.sql(dialect=request.schema.dialect or "sqlite")
        inner = expression.unalias() if isinstance(expression, exp.Alias) else expression
        if inner.find(exp.AggFunc) is not None:
            roles[name] = "measure"
            measure_label = measure_label or name
            continue
        columns = {c.name.lower() for c in inner.find_all(exp.Column)}
        if columns & temporal or inner.find(exp.TimeToStr, exp.DateTrunc, exp.TimestampTrunc) is not None:
            roles[name] = "time"
            grain = grain or _time_grain(inner)
        else:
            roles[name] = "category"
    return ChartHint(
        roles=roles,
        share=bool(_SHARE_WORDS.search(request.question)),
        time_grain=grain,
        measure_label=measure_label,
    )


def _time_grain(expression: Any) -> str | None:
    text = expression.sql().lower()
    for pattern, grain in (
        ("%y-%m-%d", "day"),
        ("%w", "week"),
        ("'week'", "week"),
        ("%y-%m", "month"),
        ("'month'", "month"),
        ("month(", "month"),
        ("quarter", "quarter"),
        ("%y", "year"),
        ("'year'", "year"),
        ("year(", "year"),
    ):
        if pattern in text:
            return grain
    return None


def _short(expression: Any, dialect: str) -> str:
    return _clip(expression.sql(dialect=dialect), 80)


def _clip(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
