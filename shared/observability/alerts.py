"""Operator alerts: an SNS message to ALERT_TOPIC_ARN (nothing happens when it is unset)."""

from __future__ import annotations

import json
import logging
from typing import Any

from shared.settings import get_settings

log = logging.getLogger("chatbi.alerts")


def publish_alert(subject: str, details: dict[str, Any]) -> str | None:
    """Publish one alert; returns the SNS message id, or None when alerting is not configured.

    A failure to alert is logged, never raised: the job that is failing must still report
    its own failure.
    """
    settings = get_settings()
    if not settings.alert_topic_arn:
        log.warning("alert (no ALERT_TOPIC_ARN set): %s", subject, extra={"alert": details})
        return None
    try:
        import boto3

        sns = boto3.client("sns", region_name=settings.aws_region)
        response = sns.publish(
            TopicArn=settings.alert_topic_arn,
            Subject=f"[ChatBI] {subject}"[:100],
            Message=json.dumps(details, ensure_ascii=False, default=str, indent=2),
        )
        return str(response["MessageId"])
    except Exception:  # noqa: BLE001 - alerting is best effort
        log.exception("could not publish alert %r", subject)
        return None
