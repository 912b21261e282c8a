"""Lambda entry points of the health group: the HTTP API and the 5-minute scheduled check."""

from typing import Any

from mangum import Mangum

from functions.health.routes import router
from shared.api.app import create_app
from shared.ops.health import scheduled_health_check
from shared.telemetry.lambda_runtime import lambda_entry

app = create_app([router], title="ChatBI health", database=False)  # /health checks the database itself
handler = Mangum(app, lifespan="off")


@lambda_entry
def scheduled_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """EventBridge Scheduler, every 5 minutes: check, emit a metric, alert on failure."""
    return scheduled_health_check()
