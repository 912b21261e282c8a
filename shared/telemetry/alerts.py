"""Operator alerts: an SNS message to ALERT_TOPIC_ARN (Lambda) and/or a JSON POST to
ALERT_WEBHOOK_URL (the host and compose installs: Slack, 钉钉, 企业微信, 飞书 or any endpoint
that takes JSON). Nothing but a log line happens when neither is set."""

from __future__ import annotations

import json
import logging
import socket
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from shared.settings import get_settings

log = logging.getLogger("chatbi.alerts")


def publish_alert(subject: str, details: dict[str, Any]) -> str | None:
    """Publish one alert; returns the SNS message id (or "webhook" when only the webhook took it),
    None when alerting is not configured or failed.

    A failure to alert is logged, never raised: the job that is failing must still report
    its own failure.
    """
    settings = get_settings()
    if not settings.alert_topic_arn and not settings.alert_webhook_url:
        log.warning(
            "alert (no ALERT_TOPIC_ARN or ALERT_WEBHOOK_URL set): %s", subject, extra={"alert": details}
        )
        return None
    delivered: str | None = None
    if settings.alert_webhook_url and post_webhook(settings.alert_webhook_url, subject, details):
        delivered = "webhook"
    if settings.alert_topic_arn:
        delivered = _publish_sns(settings.alert_topic_arn, subject, details) or delivered
    return delivered


def _publish_sns(topic_arn: str, subject: str, details: dict[str, Any]) -> str | None:
    try:
        import boto3  # lazy: heavy (boto3)

        sns = boto3.client("sns", region_name=get_settings().aws_region)
        response = sns.publish(
            TopicArn=topic_arn,
            Subject=f"[ChatBI] {subject}"[:100],
            Message=json.dumps(details, ensure_ascii=False, default=str, indent=2),
        )
        return str(response["MessageId"])
    except Exception:  # noqa: BLE001 - alerting is best effort
        log.exception("could not publish alert %r", subject)
        return None


def webhook_payload(url: str, subject: str, details: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the receiving chat tool expects, chosen by the webhook's host."""
    text = f"[ChatBI] {subject} on {socket.gethostname()}\n" + json.dumps(
        details, ensure_ascii=False, default=str, indent=2
    )
    host = (urlsplit(url).hostname or "").lower()
    if host.endswith("dingtalk.com") or host == "qyapi.weixin.qq.com":  # 钉钉, 企业微信
        return {"msgtype": "text", "text": {"content": text}}
    if host.endswith(("feishu.cn", "larksuite.com")):  # 飞书 / Lark
        return {"msg_type": "text", "content": {"text": text}}
    # Slack (and Mattermost, Rocket.Chat, ...) read "text"; other receivers get the fields too.
    return {
        "text": text,
        "subject": subject,
        "details": details,
        "host": socket.gethostname(),
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def post_webhook(url: str, subject: str, details: dict[str, Any]) -> bool:
    """POST the alert as JSON; True on a 2xx answer."""
    import httpx  # lazy: heavy (httpx)

    try:
        response = httpx.post(
            url,
            content=json.dumps(
                webhook_payload(url, subject, details), ensure_ascii=False, default=str
            ).encode(),
            headers={"Content-Type": "application/json; charset=utf-8"},
            timeout=get_settings().alert_webhook_timeout_s,
        )
    except httpx.HTTPError as exc:
        log.error("alert webhook unreachable for %r: %s", subject, exc)
        return False
    if response.status_code >= 300:
        log.error("alert webhook answered %s for %r", response.status_code, subject)
        return False
    return True
