"""Health of the service: can we reach the database and (when configured) Redis?

Each check runs in a worker thread with a short deadline, so `/health` answers within
about `CHECK_TIMEOUT_S` even when a dependency hangs instead of refusing connections.
Database down -> unhealthy (503); Redis down -> degraded (200: answers are slower, not wrong).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from shared import __version__

CHECK_TIMEOUT_S = 2.0
log = logging.getLogger("chatbi.health")


@dataclass(frozen=True)
class HealthReport:
    status: str  # healthy | degraded | unhealthy
    database: str  # connected | disconnected | not_migrated | outdated
    redis: str  # connected | disconnected | not_configured
    version: str

    @property
    def http_status(self) -> int:
        return 503 if self.status == "unhealthy" else 200

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def _executor() -> ThreadPoolExecutor:
    # A handful of threads: a hung check keeps its thread, the next checks still get one.
    return ThreadPoolExecutor(max_workers=8, thread_name_prefix="chatbi-health")


def database_state() -> str:
    """`connected` when the app database answers and is at the newest schema, else
    `not_migrated` (never migrated) or `outdated` (older schema): run `chatbi migrate`."""
    from shared.storage.db import app_engine  # lazy: cold start
    from shared.storage.migrate import schema_state  # lazy: cold start

    state = schema_state(app_engine())
    return "connected" if state == "current" else state


def redis_state() -> str:
    """connected / disconnected, or not_configured when the in-process cache is used."""
    from shared.storage.cache import get_cache  # lazy: cold start

    cache = get_cache()
    if cache.backend != "redis":
        return "not_configured"
    return "connected" if cache.ping() else "disconnected"


def _outcome(name: str, future: Any, failed: Any, deadline: float) -> Any:
    try:
        return future.result(timeout=max(0.0, deadline - time.monotonic()))
    except FutureTimeout:
        log.warning("health check %s timed out", name)
        return failed
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        log.warning("health check %s failed: %s", name, exc)
        return failed


def check_health(timeout_s: float = CHECK_TIMEOUT_S) -> HealthReport:
    """Run both checks concurrently, each bounded by the same deadline, and combine them."""
    deadline = time.monotonic() + timeout_s
    db_future = _executor().submit(database_state)
    redis_future = _executor().submit(redis_state)
    database = str(_outcome("database", db_future, "disconnected", deadline))
    redis = _outcome("redis", redis_future, "disconnected", deadline)
    if database != "connected":
        status = "unhealthy"
    elif redis == "disconnected":
        status = "degraded"
    else:
        status = "healthy"
    return HealthReport(
        status=status,
        database=database,
        redis=redis,
        version=__version__,
    )


def scheduled_health_check() -> dict[str, Any]:
    """The 5-minute job: check, emit a metric, alert when not healthy."""
    from shared.telemetry.alerts import publish_alert  # lazy: cold start
    from shared.telemetry.metrics import record_health  # lazy: cold start

    report = check_health()
    record_health(
        {
            "overall": report.status == "healthy",
            "database": report.database == "connected",
            "redis": report.redis != "disconnected",
        }
    )
    result = report.as_dict()
    if report.status != "healthy":
        result["alert_message_id"] = publish_alert(f"health check: {report.status}", report.as_dict())
    log.info("scheduled health check: %s", report.status, extra={"health": report.as_dict()})
    return result


def probe_url(url: str, timeout_s: float = 5.0) -> dict[str, Any]:
    """GET a running server's /health (the host install's 5-minute check); alert when not healthy."""
    import httpx  # lazy: heavy (httpx)

    from shared.telemetry.alerts import publish_alert  # lazy: cold start

    try:
        response = httpx.get(url, timeout=timeout_s)
        body = (
            response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
        )
        result: dict[str, Any] = {"url": url, "http_status": response.status_code, **body}
        result.setdefault("status", "healthy" if response.status_code == 200 else "unhealthy")
    except httpx.HTTPError as exc:
        result = {"url": url, "status": "unreachable", "error": f"{type(exc).__name__}: {exc}"}
    if result["status"] != "healthy":
        result["alert_message_id"] = publish_alert(f"health check: {result['status']}", result)
    return result
