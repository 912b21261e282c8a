"""GET /health and the scheduled health check: healthy, degraded, unhealthy, alerts via SNS."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from shared import __version__
from tests.conftest import reset_runtime
from tests.ops.helpers import closed_port, fake_aws, silent_listener


def _health(client: TestClient) -> tuple[int, dict]:
    response = client.get("/health")
    return response.status_code, response.json()


def test_health_reports_connected_dependencies(client, storage) -> None:
    # Given a running service on SQLite (embedded) or MariaDB + Redis
    # When /health is called
    status, body = _health(client)
    # Then it is healthy, and Redis is only reported where it is configured
    assert status == 200
    assert body == {
        "status": "healthy",
        "database": "connected",
        "redis": "connected" if storage.is_mariadb else "not_configured",
        "version": __version__,
    }


def test_redis_down_is_degraded_but_200(sqlite_storage, monkeypatch) -> None:
    from functions.local import app

    # Given REDIS_URL pointing at a port where nothing listens
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{closed_port()}/0")
    reset_runtime()
    # When /health is called
    status, body = _health(TestClient(app))
    # Then the service still answers 200, degraded
    assert status == 200
    assert body["status"] == "degraded"
    assert body["database"] == "connected" and body["redis"] == "disconnected"


def test_database_down_is_unhealthy_503(monkeypatch) -> None:
    from functions.local import app

    # Given DATABASE_URL pointing at a dead MySQL port (and Redis fine)
    monkeypatch.setenv("DATABASE_URL", f"mysql+pymysql://root@127.0.0.1:{closed_port()}/chatbi")
    reset_runtime()
    # When /health is called
    status, body = _health(TestClient(app))
    # Then it is unhealthy with 503, so load balancers take the instance out
    assert status == 503
    assert body["status"] == "unhealthy" and body["database"] == "disconnected"


def test_hung_database_does_not_hang_health(monkeypatch) -> None:
    from shared.ops.health import check_health

    # Given a database that accepts connections but never answers the handshake
    with silent_listener() as port:
        monkeypatch.setenv("DATABASE_URL", f"mysql+pymysql://root@127.0.0.1:{port}/chatbi")
        reset_runtime()
        # When the check runs with a short deadline
        report = check_health(timeout_s=0.3)
    # Then it gives up and reports the database as down instead of waiting for the driver
    assert report.status == "unhealthy" and report.http_status == 503


def _sns_with_queue() -> tuple[str, str]:
    """A topic with an SQS subscriber, so the test can read what was published."""
    import boto3

    sns = boto3.client("sns", region_name="us-east-1")
    sqs = boto3.client("sqs", region_name="us-east-1")
    topic_arn = sns.create_topic(Name="chatbi-alerts")["TopicArn"]
    queue_url = sqs.create_queue(QueueName="alerts")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn)
    return topic_arn, queue_url


def _received(queue_url: str) -> list[dict]:
    import boto3

    sqs = boto3.client("sqs", region_name="us-east-1")
    messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
    return [json.loads(m["Body"]) for m in messages]


def test_scheduled_check_alerts_via_sns_when_unhealthy(monkeypatch) -> None:
    from moto import mock_aws

    from functions.health.handler import scheduled_handler

    fake_aws(monkeypatch)
    with mock_aws():
        # Given an alert topic and a database that is down
        topic_arn, queue_url = _sns_with_queue()
        monkeypatch.setenv("ALERT_TOPIC_ARN", topic_arn)
        monkeypatch.setenv("DATABASE_URL", f"mysql+pymysql://root@127.0.0.1:{closed_port()}/chatbi")
        reset_runtime()
        # When the 5-minute scheduled check runs
        result = scheduled_handler({"source": "aws.scheduler"}, None)
        # Then it reports unhealthy and one alert reached the topic
        assert result["status"] == "unhealthy" and result["alert_message_id"]
        notices = _received(queue_url)
    assert len(notices) == 1
    assert "unhealthy" in notices[0]["Subject"]
    assert json.loads(notices[0]["Message"])["database"] == "disconnected"


def test_scheduled_check_is_quiet_when_healthy(sqlite_storage, monkeypatch) -> None:
    from moto import mock_aws

    from functions.health.handler import scheduled_handler

    fake_aws(monkeypatch)
    with mock_aws():
        # Given an alert topic and a healthy service
        topic_arn, queue_url = _sns_with_queue()
        monkeypatch.setenv("ALERT_TOPIC_ARN", topic_arn)
        reset_runtime()
        # When the scheduled check runs
        result = scheduled_handler({"source": "aws.scheduler"}, None)
        # Then nothing is published
        assert result["status"] == "healthy" and "alert_message_id" not in result
        assert _received(queue_url) == []


def test_scheduled_check_emits_an_emf_metric_in_lambda(sqlite_storage, monkeypatch, capsys) -> None:
    from functions.health.handler import scheduled_handler

    # Given the function runs inside Lambda
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "HealthCheckFunction")
    # When the scheduled check runs
    scheduled_handler({}, None)
    # Then a CloudWatch EMF document for HealthCheckOk is printed
    documents = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    names = {m["Name"] for doc in documents for d in doc["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]}
    assert "HealthCheckOk" in names


def test_health_through_lambda_event(sqlite_storage) -> None:
    from functions.health.handler import handler
    from tests.lambda_events import http_v2_event, invoke

    # Given an API Gateway HTTP API event for GET /health
    status, _, body = invoke(handler, http_v2_event("GET", "/health"))
    # Then the Lambda answers like the server does
    assert status == 200 and body["status"] == "healthy"
