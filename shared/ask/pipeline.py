"""The ask pipeline: question -> engine -> guard -> read-only execution (cached) -> chart,
summary -> persisted message. Every engine's SQL takes the same path, and no question ever
gets a 500: failures become an answer with status "error" and words a user can act on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from shared.ask import conversations
from shared.ask.engines.base import ChartHint, DatasourceInfo, EngineAnswer, EngineRequest, asked_back
from shared.ask.present.charts import build_chart
from shared.ask.present.summary import summarize
from shared.errors import BadRequest, ChatBIError
from shared.identity.auth import require_role
from shared.identity.ratelimit import enforce_quota
from shared.settings import cached_factory, get_settings
from shared.storage.cache import CacheUnavailable, get_cache
from shared.storage.models import Conversation, Datasource, Message, User, utcnow
from shared.telemetry.tracing import span

log = logging.getLogger("chatbi.ask")
SNAPSHOT_ROWS = 100


@dataclass
class QueryOutcome:
    sql: str  # the logical SQL shown to users
    columns: list[dict[str, str]]
    rows: list[list[Any]]
    row_count: int
    truncated: bool
    cached: bool
    timings: dict[str, float] = field(default_factory=dict)
    truncation: list[str] = field(default_factory=list)  # "rows", "bytes", "cells"

    def cacheable(self) -> dict[str, Any]:
        return {
            "columns": self.columns,
            "rows": self.rows,
            "row_count": self.row_count,
            "truncated": self.truncated,
            "truncation": self.truncation,
        }


@cached_factory
def rule_engine() -> Any:
    from shared.ask.engines.rules import RuleEngine  # lazy: cold start

    return RuleEngine()


def llm_engine() -> Any:
    from shared.ask.engines.llm import get_llm_engine  # lazy: cold start

    return get_llm_engine()


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)


class DataRunner:
    """Guards and runs SQL on one datasource, read-only, with the answer cache in front."""

    def __init__(self, datasource: Datasource, dialect: str):
        from shared.datasets.service import data_engine_for  # lazy: cold start

        self.datasource = datasource
        self.dialect = dialect
        self.engine, self.table_map = data_engine_for(datasource)
        self._memo: dict[str, QueryOutcome] = {}

    def run(self, sql: str) -> QueryOutcome:
        """Guard, then serve from the cache or execute. Raises domain errors (UnsafeSQL, QueryFailed)."""
        if sql in self._memo:
            return self._memo[sql]
        from shared.ask.executor import execute  # lazy: cold start
        from shared.sql.guard import guard_sql  # lazy: cold start

        settings = get_settings()
        limit = settings.max_result_rows
        start = time.perf_counter()
        with span("guard"):
            guarded = guard_sql(sql, dialect=self.dialect, tables=self.table_map, max_rows=limit)
        timings = {"guard": _ms(start)}
        key = self._cache_key(guarded.sql)
        start = time.perf_counter()
        cached = _cache_get(key)
        if cached is not None:
            outcome = QueryOutcome(
                guarded.logical_sql,
                cached["columns"],
                cached["rows"],
                cached["row_count"],
                cached["truncated"],
                cached=True,
                timings=timings,
                truncation=list(cached.get("truncation") or []),
            )
            timings["cache"] = _ms(start)
        else:
            with span("sql"):
                result = execute(
                    self.engine,
                    guarded.sql,
                    timeout_s=settings.query_timeout_s,
                    max_rows=limit,
                    max_cell_chars=settings.max_cell_chars,
                    max_bytes=settings.max_answer_bytes,
                )
            timings["execute"] = _ms(start)
            outcome = QueryOutcome(
                guarded.logical_sql,
                result.columns,
                result.rows,
                result.row_count,
                result.truncated,
                cached=False,
                timings=timings,
                truncation=result.truncation,
            )
            _cache_set(key, outcome.cacheable(), settings.answer_cache_ttl_s)
        self._memo[sql] = outcome
        return outcome

    def check(self, sql: str) -> str | None:
        """For engines that repair their SQL: None if it passes the guard and runs, else why not."""
        try:
            self.run(sql)
        except ChatBIError as exc:
            return exc.message
        return None

    def _cache_key(self, physical_sql: str) -> str:
        digest = hashlib.sha256(physical_sql.encode()).hexdigest()[:32]
        from shared.datasets.service import data_identity  # lazy: cold start

        return f"answer:{data_identity(self.datasource)}:{digest}"


def _cache_get(key: str) -> dict[str, Any] | None:
    from shared.telemetry.metrics import record_cache  # lazy: cold start

    try:
        raw = get_cache().get(key)
    except CacheUnavailable:
        return None
    record_cache(raw is not None)
    return json.loads(raw) if raw is not None else None


def _cache_set(key: str, payload: dict[str, Any], ttl_s: int) -> None:
    try:
        get_cache().set(key, json.dumps(payload, ensure_ascii=False, default=str).encode(), ttl_s)
    except CacheUnavailable:
        log.warning("answer cache unavailable; answer not cached")


def ask(
    session: Session,
    user: User,
    *,
    datasource_id: int,
    question: str,
    conversation_id: int | None = None,
    engine: str | None = None,
) -> dict[str, Any]:
    """Answer one question in a conversation (created when not given) and persist the message."""
    from shared.ask.engines.selection import answer_question, choose_engine  # lazy: cold start
    from shared.datasets.service import load_context  # lazy: cold start

    started = time.perf_counter()
    mode = choose_engine(get_settings(), engine)  # 400 for an unknown or unconfigured engine
    enforce_quota(user.id, "ask")
    datasource, schema, semantic = load_context(session, user, datasource_id)
    conversation = _conversation(session, user, conversation_id, datasource_id, question)
    state = (conversation.state or {}) if conversation.datasource_id == datasource_id else {}
    runner = DataRunner(datasource, schema.dialect)
    request = EngineRequest(
        question=question,
        schema=schema,
        semantic=semantic,
        state=state.get("engine_state"),
        history=conversations.history(session, conversation),
        today=date.today(),
        check=runner.check,
        datasource=DatasourceInfo(name=datasource.name, file_name=datasource.file_name),
    )
    timings: dict[str, float] = {}
    start = time.perf_counter()
    try:
        with span(f"engine:{mode}"):
            answer = answer_question(request, mode=mode, rules=rule_engine(), llm=llm_engine())
    except Exception:  # an engine bug must not become a 500
        log.exception("engine failed on %r", question)
        answer = EngineAnswer(status="error", engine=mode, message="The engine failed; try rephrasing.")
    timings["engine"] = _ms(start)
    response = _respond(runner, answer, question, timings)
    if answer.status == "ok" and response["status"] == "ok":
        conversation.state = {"engine_state": answer.state, "datasource_id": datasource_id}
    elif answer.status == "clarify" and state.get("engine_state"):
        conversation.state = {**state, "engine_state": asked_back(state["engine_state"], question)}
    conversation.datasource_id = datasource_id
    return _persist(session, conversation, datasource, response, answer, started)


def ask_in_conversation(
    session: Session,
    user: User,
    conversation_id: int,
    *,
    question: str,
    datasource_id: int | None = None,
    engine: str | None = None,
) -> dict[str, Any]:
    """A new message in an existing conversation, on its datasource unless another is named."""
    conversation = conversations.get_conversation(session, user, conversation_id)
    target = datasource_id or conversation.datasource_id
    if target is None:
        raise BadRequest("This conversation has no datasource yet; send datasource_id with the question")
    return ask(
        session, user, datasource_id=target, question=question, conversation_id=conversation_id, engine=engine
    )


def run_sql(
    session: Session, user: User, *, datasource_id: int, sql: str, conversation_id: int | None = None
) -> dict[str, Any]:
    """An analyst's own SELECT through the same guard, executor, chart and persistence."""
    from shared.datasets.service import load_context  # lazy: cold start
    from shared.sql.guard import check_size  # lazy: cold start

    started = time.perf_counter()
    datasource, schema, _ = load_context(session, user, datasource_id)
    require_role(user, "analyst")
    enforce_quota(user.id, "query")
    check_size(sql)  # a 400 before anything is stored: a hostile statement costs microseconds
    conversation = _conversation(session, user, conversation_id, datasource_id, sql)
    answer = EngineAnswer(
        status="ok", engine="sql", sql=sql, lang="en", interpretation="SQL written by the user"
    )
    response = _respond(DataRunner(datasource, schema.dialect), answer, sql, {})
    conversation.datasource_id = datasource_id
    return _persist(session, conversation, datasource, response, answer, started)


def _conversation(
    session: Session, user: User, conversation_id: int | None, datasource_id: int, title: str
) -> Conversation:
    if conversation_id is not None:
        return conversations.get_conversation(session, user, conversation_id)
    return conversations.create_conversation(session, user, datasource_id, title=title[:80])


def _respond(
    runner: DataRunner, answer: EngineAnswer, question: str, timings: dict[str, float]
) -> dict[str, Any]:
    response: dict[str, Any] = {
        "status": answer.status,
        "question": question,
        "sql": answer.sql,
        "columns": [],
        "rows": [],
        "row_count": 0,
        "truncated": False,
        "chart": None,
        "summary": None,
        "interpretation": answer.interpretation,
        "engine": answer.engine,
        "confidence": round(answer.confidence, 2),
        "unknown_words": list(answer.unknown_words),
        "cached": False,
        "message": answer.message,
        "lang": answer.lang,
        "usage": answer.usage,
        "timings_ms": timings,
    }
    if answer.status != "ok" or not answer.sql:
        if answer.status == "ok":
            response.update(status="error", message="The engine produced no SQL.")
        return response
    try:
        outcome = runner.run(answer.sql)
    except ChatBIError as exc:
        response.update(status="error", message=exc.message)
        return response
    except Exception:
        log.exception("running SQL failed: %s", answer.sql)
        response.update(
            status="error", message="Running the query failed unexpectedly; the error was logged."
        )
        return response
    timings.update(outcome.timings)
    start = time.perf_counter()
    hint = with_percent_columns(answer.chart or ChartHint(), outcome.columns, outcome.rows)
    response.update(
        sql=outcome.sql,
        columns=outcome.columns,
        rows=outcome.rows,
        row_count=outcome.row_count,
        truncated=outcome.truncated,
        cached=outcome.cached,
        chart=build_chart(outcome.columns, outcome.rows, title=question[:80], hint=hint),
        summary=summarize(
            outcome.columns,
            outcome.rows,
            lang=answer.lang,
            row_count=outcome.row_count,
            truncated=outcome.truncated,
            hint=hint,
        ),
    )
    notice = truncation_notice(outcome.truncation, answer.lang)
    if notice:
        response["message"] = response["message"] or notice
        response["summary"] = f"{response['summary']} {notice}" if response["summary"] else notice
    timings["render"] = _ms(start)
    return response


def truncation_notice(truncation: list[str], lang: str | None) -> str | None:
    """Say in the answer that it was cut for size (the row cap is already in the summary)."""
    settings = get_settings()
    zh = lang == "zh"
    parts = []
    if "bytes" in truncation:
        mb = settings.max_answer_bytes / 1_000_000
        parts.append(
            f"结果超过 {mb:g} MB，只返回了前面的行"
            if zh
            else f"the answer passed {mb:g} MB, so only its first rows are shown"
        )
    if "cells" in truncation:
        n = settings.max_cell_chars
        parts.append(
            f"超过 {n:,} 个字符的值已被截断" if zh else f"values longer than {n:,} characters were cut"
        )
    if not parts:
        return None
    return ("（" + "；".join(parts) + "）") if zh else ("(" + "; ".join(parts) + ".)")


PERCENT_WORDS = ("率", "占比", "比例", "百分比", "rate", "ratio", "share", "percent", "pct")


def with_percent_columns(hint: ChartHint, columns: list[dict[str, str]], rows: list[list[Any]]) -> ChartHint:
    """Mark rate-like measures (退货率, return_rate, share) whose values are fractions as percentages."""
    extra = []
    for index, column in enumerate(columns):
        name = column["name"]
        if name in hint.percent_columns or not any(w in name.lower() for w in PERCENT_WORDS):
            continue
        values = [r[index] for r in rows if isinstance(r[index], int | float)]
        if values and all(0.0 <= v <= 1.0 for v in values):
            extra.append(name)
    if not extra:
        return hint
    return replace(hint, percent_columns=[*hint.percent_columns, *extra])


STORED_TEXT_CHARS = 2000


def _clip(text: str | None) -> str | None:
    if text is None or len(text) <= STORED_TEXT_CHARS:
        return text
    return text[:STORED_TEXT_CHARS] + "…"


def _json_bytes(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, default=str).encode())


def snapshot(response: dict[str, Any]) -> dict[str, Any]:
    """What a message keeps of its answer: the first rows and the chart, at most
    max_message_bytes (the chart goes first, then rows, flagged `snapshot_truncated`)."""
    cap = get_settings().max_message_bytes
    result: dict[str, Any] = {
        "columns": response["columns"],
        "rows": response["rows"][:SNAPSHOT_ROWS],
        "row_count": response["row_count"],
        "truncated": response["truncated"],
        "chart": response["chart"],
        "cached": response["cached"],
    }
    if _json_bytes(result) <= cap:
        return result
    result["chart"] = None
    result["snapshot_truncated"] = True
    rows = result["rows"]
    while rows and _json_bytes(result) > cap:
        rows = rows[: len(rows) // 2]
        result["rows"] = rows
    return result


def _persist(
    session: Session,
    conversation: Conversation,
    datasource: Datasource,
    response: dict[str, Any],
    answer: EngineAnswer,
    started: float,
) -> dict[str, Any]:
    from shared.telemetry.metrics import record_ask  # lazy: cold start

    start = time.perf_counter()
    message = Message(
        conversation_id=conversation.id,
        datasource_id=datasource.id,
        question=response["question"],
        status=response["status"],
        engine=response["engine"],
        sql=response["sql"],
        interpretation=_clip(response["interpretation"]),
        summary=_clip(response["summary"]),
        message=_clip(response["message"]),
        result=snapshot(response),
        timings=response["timings_ms"],
        llm_usage=answer.usage,
    )
    session.add(message)
    conversation.updated_at = message.created_at = utcnow()
    session.flush()
    timings = response["timings_ms"]
    timings["persist"] = _ms(start)
    timings["total"] = _ms(started)
    message.timings = dict(timings)
    record_ask(response["engine"] or "none", response["status"], timings["total"] / 1000)
    return {"conversation_id": conversation.id, "message_id": message.id, **response}
