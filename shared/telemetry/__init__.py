"""Telemetry: JSON logs, Prometheus/EMF metrics, traces and alerts.

Every module here imports its heavy dependencies (prometheus_client, powertools, boto3)
lazily, so a Lambda handler that never emits a metric never pays for them.
"""

import os


def service_name() -> str:
    """POWERTOOLS_SERVICE_NAME, else the function's name: the `service` key of logs, metrics, traces."""
    return os.environ.get("POWERTOOLS_SERVICE_NAME") or os.environ.get("AWS_LAMBDA_FUNCTION_NAME") or "chatbi"
