"""Scheduled Lambda (daily 02:00): logical backup of the app and dataset tables, then retention."""

from typing import Any

from shared.telemetry.lambda_runtime import lambda_entry


@lambda_entry
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    from shared.ops.backup import run_scheduled_backup  # lazy: cold start

    return run_scheduled_backup()
