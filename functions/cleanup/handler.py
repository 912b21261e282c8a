"""Scheduled Lambda (daily): old audit rows, expired cache entries, orphaned upload files."""

from typing import Any

from shared.telemetry.lambda_runtime import lambda_entry


@lambda_entry
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    from shared.ops.cleanup import run_scheduled_cleanup  # lazy: cold start

    return run_scheduled_cleanup()
