"""Application metrics: Prometheus when serving, CloudWatch EMF (Powertools) in Lambda.

Callers use the `record_*` functions and never care where the numbers go. Under gunicorn
the counters live in PROMETHEUS_MULTIPROC_DIR so the exporter adds up every worker;
`start_metrics_server(port)` serves `/metrics` for `chatbi serve` and gunicorn's master.
In Lambda each number is one EMF document written at once by Powertools' `single_metric`
(our metrics carry per-call dimensions, which `Metrics` would force into one shared set), so
nothing is left buffered when the sandbox freezes; a cold sandbox adds a ColdStart metric.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from shared.settings import get_settings

NAMESPACE = "ChatBI"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
log = logging.getLogger("chatbi.metrics")


def lambda_mode() -> bool:
    """True inside AWS Lambda, where a scrape endpoint is meaningless and EMF is free."""
    return bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))


def multiprocess_dir() -> str | None:
    """The shared directory gunicorn's workers write their counters into, if configured."""
    configured = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or get_settings().prometheus_multiproc_dir
    if configured and "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        # prometheus_client decides its value store from the environment at import time.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = configured
    if configured:
        os.makedirs(configured, exist_ok=True)
    return configured


@dataclass(frozen=True)
class PromMetrics:
    http_requests: Any
    http_latency: Any
    asks: Any
    ask_latency: Any
    cache: Any
    upload_rows: Any
    upload_bytes: Any
    uploads: Any
    db_pool: Any
    health: Any
    backups: Any
    audit_dropped: Any
    llm_calls: Any
    llm_tokens: Any
    llm_latency: Any


@lru_cache(maxsize=1)
def prom() -> PromMetrics:
    """The process's metric objects, registered once (never reset: the registry is global)."""
    multiprocess_dir()
    from prometheus_client import Counter, Gauge, Histogram  # lazy: heavy (prometheus_client)

    return PromMetrics(
        http_requests=Counter("chatbi_http_requests", "HTTP requests served", ["route", "method", "status"]),
        http_latency=Histogram(
            "chatbi_http_request_duration_seconds",
            "HTTP request latency",
            ["route", "method"],
            buckets=LATENCY_BUCKETS,
        ),
        asks=Counter("chatbi_ask", "Questions answered, by engine and outcome", ["engine", "status"]),
        ask_latency=Histogram(
            "chatbi_ask_duration_seconds", "Time to answer a question", ["engine"], buckets=LATENCY_BUCKETS
        ),
        cache=Counter("chatbi_cache_lookups", "Answer cache lookups", ["result"]),
        upload_rows=Counter("chatbi_upload_rows", "Rows imported from uploaded files"),
        upload_bytes=Counter("chatbi_upload_bytes", "Bytes of uploaded files"),
        uploads=Counter("chatbi_uploads", "Uploaded files imported"),
        db_pool=Gauge(
            "chatbi_db_pool_connections",
            "App database pool connections by state",
            ["state"],
            multiprocess_mode="livesum",
        ),
        health=Gauge(
            "chatbi_health_ok",
            "1 when the last health check of a component passed",
            ["component"],
            multiprocess_mode="liveall",
        ),
        backups=Counter("chatbi_backups", "Backup runs by outcome", ["status"]),
        audit_dropped=Counter("chatbi_audit_dropped", "Audit rows dropped because the queue was full"),
        llm_calls=Counter("chatbi_llm_calls", "LLM completions by outcome", ["outcome"]),
        llm_tokens=Counter("chatbi_llm_tokens", "LLM tokens by kind (prompt, completion)", ["kind"]),
        llm_latency=Histogram(
            "chatbi_llm_call_duration_seconds", "LLM completion latency", buckets=LATENCY_BUCKETS
        ),
    )


def _emf(name: str, value: float, unit: str = "Count", **dimensions: str) -> None:
    """One CloudWatch metric as an EMF line on stdout (Lambda ships it to CloudWatch)."""
    from aws_lambda_powertools.metrics import MetricUnit, single_metric  # lazy: heavy (powertools)

    service = os.environ.get("POWERTOOLS_SERVICE_NAME") or os.environ.get(
        "AWS_LAMBDA_FUNCTION_NAME", "chatbi"
    )
    with single_metric(
        name=name,
        unit=MetricUnit[unit],
        value=value,
        namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE),
        default_dimensions={"service": service},
    ) as metric:
        for key, dim in dimensions.items():
            metric.add_dimension(name=key, value=str(dim))


def _safely(fn: Any) -> Any:
    """Metrics must never break a request: log and carry on."""

    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except Exception:  # noqa: BLE001 - observability is best effort by design
            log.warning("metric %s failed", fn.__name__, exc_info=True)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@_safely
def record_request(route: str, method: str, status: int, seconds: float) -> None:
    """One served HTTP request, labelled by route template (bounded cardinality)."""
    if lambda_mode():
        _emf("HttpRequests", 1, route=route, method=method, status=str(status))
        _emf("HttpLatency", seconds * 1000, "Milliseconds", route=route, method=method)
        return
    metrics = prom()
    metrics.http_requests.labels(route, method, str(status)).inc()
    metrics.http_latency.labels(route, method).observe(seconds)


@_safely
def record_ask(engine: str, status: str, seconds: float) -> None:
    """One answered question: which engine, how it ended, how long it took."""
    if lambda_mode():
        _emf("Asks", 1, engine=engine, status=status)
        _emf("AskLatency", seconds * 1000, "Milliseconds", engine=engine)
        return
    metrics = prom()
    metrics.asks.labels(engine, status).inc()
    metrics.ask_latency.labels(engine).observe(seconds)


@_safely
def record_llm_call(outcome: str, prompt_tokens: int, completion_tokens: int, seconds: float) -> None:
    """One model call: how it ended, what it cost, how long it took."""
    if lambda_mode():
        _emf("LlmCalls", 1, outcome=outcome)
        _emf("LlmTokens", prompt_tokens + completion_tokens)
        _emf("LlmLatency", seconds * 1000, "Milliseconds")
        return
    metrics = prom()
    metrics.llm_calls.labels(outcome).inc()
    metrics.llm_tokens.labels("prompt").inc(prompt_tokens)
    metrics.llm_tokens.labels("completion").inc(completion_tokens)
    metrics.llm_latency.observe(seconds)


@_safely
def record_cache(hit: bool) -> None:
    """One answer-cache lookup."""
    if lambda_mode():
        _emf("CacheHits" if hit else "CacheMisses", 1)
        return
    prom().cache.labels("hit" if hit else "miss").inc()


@_safely
def record_upload(rows: int, bytes: int) -> None:  # noqa: A002 - the name callers were promised
    """One imported upload: rows loaded and the file's size."""
    if lambda_mode():
        _emf("Uploads", 1)
        _emf("UploadRows", rows)
        _emf("UploadBytes", bytes, "Bytes")
        return
    metrics = prom()
    metrics.uploads.inc()
    metrics.upload_rows.inc(rows)
    metrics.upload_bytes.inc(bytes)


@_safely
def record_health(components: dict[str, bool]) -> None:
    """The outcome of a health check, per component (database, redis, overall)."""
    if lambda_mode():
        for component, ok in components.items():
            _emf("HealthCheckOk", 1 if ok else 0, component=component)
        return
    for component, ok in components.items():
        prom().health.labels(component).set(1 if ok else 0)


@_safely
def record_backup(ok: bool, seconds: float, size_bytes: int = 0) -> None:
    """One backup run."""
    if lambda_mode():
        _emf("BackupSucceeded" if ok else "BackupFailed", 1)
        if ok:
            _emf("BackupDuration", seconds, "Seconds")
            _emf("BackupSize", size_bytes, "Bytes")
        return
    prom().backups.labels("ok" if ok else "failed").inc()


@_safely
def record_cold_start(function_name: str) -> None:
    """A cold Lambda sandbox (Powertools Metrics' ColdStart metric: function_name and service)."""
    if lambda_mode():
        _emf("ColdStart", 1, function_name=function_name)


@_safely
def record_audit_dropped(count: int = 1) -> None:
    if lambda_mode():
        _emf("AuditDropped", count)
        return
    prom().audit_dropped.inc(count)


@_safely
def observe_db_pool(pool: Any) -> None:
    """Sample a connection pool (the caller passes the app engine's, if one was built)."""
    if lambda_mode() or pool is None:
        return
    gauge = prom().db_pool
    for state, method in (("checked_out", "checkedout"), ("size", "size"), ("overflow", "overflow")):
        reader = getattr(pool, method, None)
        if callable(reader):
            gauge.labels(state).set(max(0, int(reader())))


def registry() -> Any:
    """The registry to expose: every worker's files under multiprocess, else this process's."""
    from prometheus_client import REGISTRY, CollectorRegistry, multiprocess  # lazy: heavy (prometheus_client)

    if multiprocess_dir():
        collected = CollectorRegistry()
        multiprocess.MultiProcessCollector(collected)
        return collected
    return REGISTRY


def render_latest() -> tuple[bytes, str]:
    """The Prometheus text exposition and its content type."""
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest  # lazy: heavy (prometheus_client)

    prom()
    return generate_latest(registry()), CONTENT_TYPE_LATEST


def start_metrics_server(port: int, addr: str | None = None) -> Any:
    """Serve `/metrics` on its own port in a daemon thread; returns (server, thread).

    Bound to PROMETHEUS_BIND (127.0.0.1 unless the operator, or the container image, says otherwise):
    metrics name routes, users' activity and pool sizes, so they are not for the Internet."""
    from prometheus_client import start_http_server  # lazy: heavy (prometheus_client)

    prom()
    return start_http_server(port, addr=addr or get_settings().prometheus_bind, registry=registry())


def mark_process_dead(pid: int) -> None:
    """gunicorn `child_exit` hook: drop a dead worker's live gauges."""
    if multiprocess_dir():
        from prometheus_client import multiprocess  # lazy: heavy (prometheus_client)

        multiprocess.mark_process_dead(pid)
