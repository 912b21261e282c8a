"""What every Lambda invocation gets from Powertools: Logger context, cold start, metrics, a trace.

HTTP functions get it from the ASGI middleware (Mangum puts the event and context in the
scope as `aws.event` / `aws.context`), so `handler = Mangum(app, ...)` stays a plain Mangum;
scheduled functions wrap their handler in `lambda_entry`. Outside Lambda
(AWS_LAMBDA_FUNCTION_NAME unset: uvicorn, tests, `chatbi invoke`) everything here is a no-op,
and nothing from Powertools is imported at module import time.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from shared.telemetry import service_name

Handler = TypeVar("Handler", bound=Callable[..., Any])
_cold_start = True
log = logging.getLogger("chatbi.lambda")


def take_cold_start() -> bool:
    """True for the first invocation of this sandbox only (provisioned concurrency is never cold)."""
    global _cold_start
    cold, _cold_start = _cold_start, False
    return cold and os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") != "provisioned-concurrency"


def correlation_path(event: Mapping[str, Any]) -> str | None:
    """The Powertools correlation path for this event's shape (HTTP API v2, REST v1, EventBridge)."""
    from aws_lambda_powertools.logging import correlation_paths  # lazy: heavy (powertools)

    context = event.get("requestContext")
    if isinstance(context, Mapping):
        if event.get("version") == "2.0":
            return correlation_paths.API_GATEWAY_HTTP
        if "httpMethod" in event or "httpMethod" in context:
            return correlation_paths.API_GATEWAY_REST
        return None
    if event.get("source") in ("aws.scheduler", "aws.events") and "id" in event:
        return correlation_paths.EVENT_BRIDGE
    return None


def _correlation_id(event: Mapping[str, Any]) -> str | None:
    path = correlation_path(event)
    if path is None:
        return None
    from aws_lambda_powertools.utilities import jmespath_utils  # lazy: heavy (powertools)

    try:
        value = jmespath_utils.query(envelope=path, data=dict(event))
    except Exception:  # noqa: BLE001 - a malformed event must still be served
        return None
    return str(value) if value else None


def _inject_lambda_context(event: Mapping[str, Any], context: Any, cold_start: bool) -> None:
    """What `Logger.inject_lambda_context` does: context keys, cold start and the correlation id."""
    from aws_lambda_powertools.logging.lambda_context import (
        build_lambda_context_model,  # lazy: heavy (powertools)
    )

    from shared.telemetry.logs import configure_logging, powertools_logger  # lazy: cold start

    configure_logging()
    logger = powertools_logger()
    logger.append_keys(cold_start=cold_start, **build_lambda_context_model(context).__dict__)
    logger.set_correlation_id(_correlation_id(event))


@contextmanager
def invocation(event: Any, context: Any, handler_name: str) -> Iterator[None]:
    """One Lambda invocation: Logger context, the ColdStart metric, a `## handler_name` subsegment."""
    if not os.environ.get("AWS_LAMBDA_FUNCTION_NAME") or context is None:
        yield
        return
    from shared.telemetry import metrics  # lazy: cold start
    from shared.telemetry.tracing import invocation_segment  # lazy: cold start

    cold_start = take_cold_start()
    try:
        _inject_lambda_context(event if isinstance(event, Mapping) else {}, context, cold_start)
    except Exception:  # noqa: BLE001 - observability never fails an invocation
        log.warning("could not inject the Lambda context into the logger", exc_info=True)
    if cold_start:
        metrics.record_cold_start(getattr(context, "function_name", None) or service_name())
    with invocation_segment(handler_name, cold_start):
        yield


def lambda_entry(handler: Handler) -> Handler:
    """Decorate a plain (scheduled) Lambda handler with `invocation()`."""

    @functools.wraps(handler)
    def entry(event: Any, context: Any) -> Any:
        with invocation(event, context, handler.__name__):
            return handler(event, context)

    return entry  # type: ignore[return-value]
