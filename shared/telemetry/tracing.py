"""X-Ray tracing through Powertools Tracer, in Lambda only.

Outside Lambda, with POWERTOOLS_TRACE_DISABLED, or under `sam local`, every helper here is a
no-op that never imports the X-Ray SDK (it is heavy, and with no daemon listening a tracer
would only produce noise). In Lambda, each invocation gets a `## <handler>` subsegment
annotated with ColdStart and Service (what `Tracer.capture_lambda_handler` records), and
`span(name)` nests the pipeline's steps (engine, guard, SQL) under it, even from the worker
threads FastAPI runs synchronous endpoints in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from shared.settings import cached_factory
from shared.telemetry import service_name

# Modules whose calls become subsegments on their own: AWS SDK, MySQL queries, HTTP (the LLM).
PATCHED_MODULES = ("botocore", "pymysql", "httpx")
_TRUTHY = {"1", "true", "yes", "on", "y"}

# The open invocation subsegment, so worker threads can attach their spans to it.
_invocation_subsegment: ContextVar[Any] = ContextVar("chatbi_invocation_subsegment", default=None)


def tracing_enabled() -> bool:
    """Powertools' own rule: a real Lambda sandbox (LAMBDA_TASK_ROOT), not SAM local, not disabled."""
    if os.environ.get("POWERTOOLS_TRACE_DISABLED", "false").strip().lower() in _TRUTHY:
        return False
    if os.environ.get("AWS_SAM_LOCAL") or os.environ.get("AWS_CHALICE_CLI_MODE"):
        return False
    return bool(os.environ.get("LAMBDA_TASK_ROOT") and os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))


@cached_factory
def tracer() -> Any:
    """The process's Powertools Tracer, or None when tracing is off (nothing imported then)."""
    if not tracing_enabled():
        return None
    from aws_lambda_powertools import Tracer  # lazy: heavy (powertools)

    return Tracer(service=service_name(), patch_modules=PATCHED_MODULES)


@contextmanager
def invocation_segment(handler_name: str, cold_start: bool) -> Iterator[None]:
    """`## handler_name` around one invocation, annotated like `capture_lambda_handler` does."""
    active = tracer()
    if active is None:
        yield
        return
    with active.provider.in_subsegment(name=f"## {handler_name}") as subsegment:
        subsegment.put_annotation(key="ColdStart", value=cold_start)
        if active.service:
            subsegment.put_annotation(key="Service", value=active.service)
        token = _invocation_subsegment.set(subsegment)
        try:
            yield
        finally:
            _invocation_subsegment.reset(token)


@contextmanager
def span(name: str) -> Iterator[None]:
    """A subsegment around one step of the work; free (a no-op) outside Lambda."""
    active = tracer() if _invocation_subsegment.get() is not None else None
    if active is None:
        yield
        return
    _adopt_invocation_subsegment(active)
    with active.provider.in_subsegment(name=name):
        yield


def _adopt_invocation_subsegment(active: Any) -> None:
    """In a thread with no open subsegment of its own (a threadpool worker), parent to the invocation.

    X-Ray keeps its context per thread; without this, a worker's spans would hang off the
    function's segment instead of under `## handler`.
    """
    context = getattr(active.provider, "context", None)  # the X-Ray recorder's per-thread context
    if context is None:
        return
    from aws_xray_sdk.core.models.subsegment import Subsegment  # lazy: heavy (aws_xray_sdk)

    current = context.get_trace_entity()
    if not isinstance(current, Subsegment):
        context.set_trace_entity(_invocation_subsegment.get())
