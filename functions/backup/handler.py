"""Scheduled Lambda (daily 02:00): logical backup of the app and dataset tables, then retention."""

from typing import Any

from shared.observability.lambda_runtime import lambda_entry


@lambda_entry
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    from shared.backup import run_scheduled_backup

    return run_scheduled_backup()
