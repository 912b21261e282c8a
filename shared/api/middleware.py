"""Per-request plumbing every function's app gets: request id, access log, metrics, audit.

One pure ASGI middleware (cheaper than `BaseHTTPMiddleware` and streaming-safe). The user
is read *after* the endpoint ran, from `request.state` where `shared.api.deps` put it. In
Lambda it also opens the Powertools invocation (Logger context with the API Gateway request
id as correlation id, cold start, X-Ray subsegment) from the event Mangum put in the scope.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Requests not worth an audit row (probes, scrapes, docs); everything under /api/ is audited.
AUDITED_PREFIX = "/api/"
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def request_id_from(headers: dict[str, str]) -> str:
    """Reuse the caller's X-Request-ID when it is sane (so one id spans nginx/ALB and us)."""
    incoming = headers.get("x-request-id", "")
    return incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex


def route_template(scope: Scope) -> str:
    """The matched route's template (`/api/v1/datasets/{id}`): bounded metric label cardinality."""
    try:  # FastAPI >= 0.13x keeps the full (prefixed) template in its per-request route context
        from fastapi.routing import _get_scope_effective_route_context  # lazy: optional dependency

        effective = getattr(_get_scope_effective_route_context(scope), "path", None)
        if isinstance(effective, str) and effective:
            return effective
    except ImportError:
        pass
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class ObservabilityMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, _flush_audit_on_shutdown(receive), send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from shared.telemetry.logs import configure_logging, request_id_var  # lazy: cold start

        configure_logging()
        started = time.perf_counter()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        request_id = request_id_from(headers)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        token = request_id_var.set(request_id)
        status_holder = {"status": 500}

        async def send_with_request_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [
                    *[(k, v) for k, v in message["headers"] if k.lower() != b"x-request-id"],
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            with _lambda_invocation(scope):
                await self.app(scope, receive, send_with_request_id)
        finally:
            try:
                _after_request(scope, headers, state, status_holder["status"], started, request_id)
            finally:
                request_id_var.reset(token)


def _lambda_invocation(scope: Scope) -> AbstractContextManager[None]:
    """Under Mangum in Lambda: Powertools Logger context, cold start and the invocation's trace."""
    if "aws.context" not in scope or not os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        return nullcontext()
    from shared.telemetry.lambda_runtime import invocation  # lazy: cold start

    return invocation(scope.get("aws.event"), scope["aws.context"], "handler")


def _flush_audit_on_shutdown(receive: Receive) -> Receive:
    """Wrap the lifespan channel so pending audit rows are written before the server exits."""

    async def wrapped() -> Message:
        message = await receive()
        if message["type"] == "lifespan.shutdown":
            from shared.ops import audit  # lazy: cold start

            audit.shutdown()
        return message

    return wrapped


def _after_request(
    scope: Scope, headers: dict[str, str], state: dict[str, Any], status: int, started: float, request_id: str
) -> None:
    """Log, count and audit one finished request; never raises into the response."""
    from shared.ops import audit  # lazy: cold start
    from shared.settings import get_settings  # lazy: cold start
    from shared.storage.db import app_pool_if_built  # lazy: cold start
    from shared.telemetry import metrics  # lazy: cold start
    from shared.telemetry.logs import access_log  # lazy: cold start

    seconds = time.perf_counter() - started
    method = scope.get("method", "GET")
    path = scope.get("path", "")
    route = route_template(scope)
    client = scope.get("client")
    client_ip = audit.resolve_client_ip(
        client[0] if client else None, headers.get("x-forwarded-for"), get_settings().trusted_proxies
    )
    metrics.record_request(route, method, status, seconds)
    metrics.observe_db_pool(app_pool_if_built())
    access_log(
        method=method,
        path=path,
        route=route,
        status=status,
        latency_ms=seconds * 1000,
        user=state.get("username"),
        client_ip=client_ip,
    )
    if path.startswith(AUDITED_PREFIX) and method != "OPTIONS":
        audit.record_request(
            method=method,
            path=path,
            status=status,
            latency_ms=seconds * 1000,
            user_id=state.get("user_id"),
            username=state.get("username"),
            api_key_id=state.get("api_key_id"),
            client_ip=client_ip,
            request_id=request_id,
        )
        if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
            # The sandbox freezes as soon as the handler returns: write the row now.
            audit.flush()


def install_middleware(app: FastAPI) -> None:
    """Request id (X-Request-ID in and out), JSON access log, Prometheus/EMF metrics, audit row."""
    app.add_middleware(ObservabilityMiddleware)
