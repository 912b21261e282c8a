"""Lambda mode speaks Powertools: Logger lines with the Lambda context and the API Gateway
request id as correlation id, EMF metrics (with ColdStart), X-Ray subsegments; none of it is
imported by a handler module, and outside Lambda the plain JSON formatter stays."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shared.telemetry import lambda_runtime
from tests.conftest import reset_runtime
from tests.lambda_events import FakeContext, http_v2_event, invoke, rest_v1_event

ROOT = Path(__file__).resolve().parents[2]
POWERTOOLS_KEYS = {"level", "location", "message", "timestamp", "service", "cold_start"}
LAMBDA_CONTEXT_KEYS = {"function_name", "function_memory_size", "function_arn", "function_request_id"}


@pytest.fixture
def in_lambda(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Given the code runs as a Lambda function (tracing off, as there is no X-Ray daemon here)."""
    from shared.telemetry.logs import configure_logging

    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "ChatBIFunction")
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "chatbi-test")
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")
    monkeypatch.setenv("LOG_LEVEL", "INFO")
    monkeypatch.setattr(lambda_runtime, "_cold_start", True)  # a fresh sandbox
    reset_runtime()
    yield
    # Back to server mode for the tests that follow (app loggers propagate to the root again).
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_NAME")
    reset_runtime()
    configure_logging(force=True)


def _stdout_json(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _logs(out: str, logger: str) -> list[dict[str, Any]]:
    return [doc for doc in _stdout_json(out) if doc.get("name") == logger]


def _emf(out: str, metric: str) -> list[dict[str, Any]]:
    return [doc for doc in _stdout_json(out) if "_aws" in doc and metric in doc]


def test_http_api_v2_access_line_has_powertools_and_request_fields(
    storage, in_lambda, analyst_headers, capsys
) -> None:
    from functions.auth.handler import handler

    # Given an HTTP API (payload v2) request from a signed-in analyst, with its own X-Request-ID
    event = http_v2_event("GET", "/api/v1/auth/me", headers={**analyst_headers, "X-Request-ID": "rid-v2-1"})
    event["requestContext"]["requestId"] = "apigw-v2-request-1"
    # When the function handles it
    status, headers, body = invoke(handler, event)
    assert status == 200 and body["username"] == "analyst"
    out = capsys.readouterr().out
    # Then the access line is a Powertools Logger line with the Lambda context injected
    access = _logs(out, "chatbi.access")
    assert len(access) == 1, out
    line = access[0]
    assert set(line) >= POWERTOOLS_KEYS | LAMBDA_CONTEXT_KEYS, line
    assert line["level"] == "INFO" and line["service"] == "chatbi-test"
    assert line["location"].startswith("access_log:")
    assert line["cold_start"] is True
    assert line["function_name"] == FakeContext.function_name
    assert line["function_request_id"] == FakeContext.aws_request_id
    # And the API Gateway request id is the correlation id
    assert line["correlation_id"] == "apigw-v2-request-1"
    # And our own fields are on the same line
    assert line["request_id"] == "rid-v2-1" == headers["x-request-id"]
    assert line["user"] == "analyst" and line["route"] == "/api/v1/auth/me"
    assert line["status"] == 200 and line["method"] == "GET" and line["latency_ms"] >= 0
    # And the request went out as EMF metrics, plus the sandbox's ColdStart
    requests = _emf(out, "HttpRequests")
    assert requests and requests[0]["route"] == "/api/v1/auth/me" and requests[0]["status"] == "200"
    assert requests[0]["service"] == "chatbi-test"
    assert requests[0]["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "ChatBI"
    cold = _emf(out, "ColdStart")
    assert len(cold) == 1 and cold[0]["function_name"] == FakeContext.function_name


def test_rest_v1_correlation_id_and_warm_invocations(sqlite_storage, in_lambda, capsys) -> None:
    from functions.health.handler import handler

    # Given two REST API (payload v1) requests to the same sandbox
    first = rest_v1_event("GET", "/health")
    first["requestContext"]["requestId"] = "apigw-v1-request-1"
    second = rest_v1_event("GET", "/health")
    second["requestContext"]["requestId"] = "apigw-v1-request-2"
    # When both are handled
    assert invoke(handler, first)[0] == 200
    out_first = capsys.readouterr().out
    assert invoke(handler, second)[0] == 200
    out_second = capsys.readouterr().out
    # Then each access line carries its own request's correlation id
    [line_first] = _logs(out_first, "chatbi.access")
    [line_second] = _logs(out_second, "chatbi.access")
    assert line_first["correlation_id"] == "apigw-v1-request-1"
    assert line_second["correlation_id"] == "apigw-v1-request-2"
    assert line_first["route"] == "/health" and line_first["status"] == 200
    # And only the first was a cold start, counted once
    assert line_first["cold_start"] is True and line_second["cold_start"] is False
    assert len(_emf(out_first, "ColdStart")) == 1 and not _emf(out_second, "ColdStart")
    assert _emf(out_second, "HttpRequests")


def test_scheduled_handlers_log_with_the_lambda_context(
    sqlite_storage, in_lambda, monkeypatch, tmp_path, capsys
) -> None:
    from functions.backup.handler import handler as backup_handler
    from functions.cleanup.handler import handler as cleanup_handler

    # Given the EventBridge Scheduler event of the backup function and a local backup dir
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "backups"))
    reset_runtime()
    event = json.loads((ROOT / "events" / "backup.json").read_text(encoding="utf-8"))
    context = FakeContext()
    context.function_name = "BackupFunction"
    context.aws_request_id = "backup-invocation-1"
    # When the backup and then the cleanup handlers run
    backup_handler(event, context)
    out_backup = capsys.readouterr().out
    cleanup_handler(event, FakeContext())
    out_cleanup = capsys.readouterr().out
    # Then the backup's own log line carries the Lambda context and the event id as correlation id
    [written] = [line for line in _logs(out_backup, "chatbi.backup") if "backup written" in line["message"]]
    assert written["function_name"] == "BackupFunction"
    assert written["function_request_id"] == "backup-invocation-1"
    assert written["correlation_id"] == event["id"]
    assert written["cold_start"] is True and written["service"] == "chatbi-test"
    assert _emf(out_backup, "BackupSucceeded")
    # And so does the cleanup's, as a warm invocation of its own
    [done] = _logs(out_cleanup, "chatbi.cleanup")
    assert done["function_request_id"] == FakeContext.aws_request_id and done["cold_start"] is False
    assert "cleanup" in done


def test_outside_lambda_the_same_json_shape_without_lambda_keys(sqlite_storage, monkeypatch, capsys) -> None:
    from functions.health.handler import handler
    from shared.telemetry import tracing
    from shared.telemetry.logs import configure_logging

    # Given no Lambda environment (`chatbi invoke`, uvicorn), but a Mangum invocation all the same
    monkeypatch.setenv("LOG_LEVEL", "INFO")
    reset_runtime()
    configure_logging(force=True)
    # When a request is handled
    assert invoke(handler, http_v2_event("GET", "/health"))[0] == 200
    out = capsys.readouterr().out
    # Then the access line has the one JSON shape (Powertools' keys and ours), without the Lambda
    # context keys, and no EMF
    [line] = [doc for doc in _stdout_json(out) if doc.get("name") == "chatbi.access"]
    assert line["route"] == "/health" and "request_id" in line
    assert {"level", "location", "message", "timestamp", "service"} <= set(line)
    assert not LAMBDA_CONTEXT_KEYS & set(line) and "cold_start" not in line
    assert not [doc for doc in _stdout_json(out) if "_aws" in doc]
    # And there is no tracer
    assert tracing.tracer() is None


PROBE_IMPORTS = """
import sys, importlib
for module in sys.argv[1:]:
    importlib.import_module(module)
print(sorted({m.split('.')[0] for m in sys.modules} & {'aws_lambda_powertools', 'aws_xray_sdk', 'jmespath'}))
"""


def test_handler_modules_do_not_import_powertools() -> None:
    # Given every Lambda handler module
    modules = sorted(f"functions.{p.parent.name}.handler" for p in ROOT.glob("functions/*/handler.py"))
    env = {**os.environ, "AWS_LAMBDA_FUNCTION_NAME": "ChatBIFunction", "PYTHONPATH": str(ROOT)}
    # When they are all imported in a fresh interpreter, as a cold Lambda sandbox does
    out = subprocess.run(
        [sys.executable, "-c", PROBE_IMPORTS, *modules],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Then neither Powertools nor the X-Ray SDK was loaded: they come with the first invocation
    assert out.strip() == "[]"


TRACED_INVOCATIONS = """
import contextvars, threading
from functions.health.handler import handler
from shared.telemetry.lambda_runtime import invocation
from shared.telemetry.tracing import span
from tests.lambda_events import FakeContext, http_v2_event, invoke

assert invoke(handler, http_v2_event("GET", "/health"))[0] == 200
with invocation({"source": "aws.scheduler", "id": "ev-1"}, FakeContext(), "scheduled_job"):
    def pipeline():  # what a synchronous endpoint does in FastAPI's threadpool
        with span("engine:rules"):
            with span("sql"):
                pass
    worker = threading.Thread(target=contextvars.copy_context().run, args=(pipeline,))
    worker.start()
    worker.join()
"""
TRACE_ROOT = "1-5759e988-bd862e3fe1be46a994272793"


def test_lambda_invocations_are_traced_to_the_xray_daemon(tmp_path) -> None:
    # Given an X-Ray daemon address we listen on (UDP), and the environment Lambda sets when tracing
    daemon = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    daemon.bind(("127.0.0.1", 0))
    daemon.settimeout(30)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "AWS_", "_X_AMZN"))},
        "AWS_LAMBDA_FUNCTION_NAME": "HealthFunction",
        "POWERTOOLS_SERVICE_NAME": "chatbi",
        "LAMBDA_TASK_ROOT": str(tmp_path),
        "AWS_XRAY_DAEMON_ADDRESS": f"127.0.0.1:{daemon.getsockname()[1]}",
        "_X_AMZN_TRACE_ID": f"Root={TRACE_ROOT};Parent=53995c3f42cd8ad8;Sampled=1",
        "CHATBI_DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "INFO",
        "PYTHONPATH": str(ROOT),
    }
    from shared.storage import migrate

    migrate.upgrade(f"sqlite:///{tmp_path / 'data' / 'chatbi.db'}")  # a deploy step, before any invocation
    try:
        # When an HTTP invocation and a scheduled one run (in their own process: X-Ray patches globally)
        run = subprocess.run(
            [sys.executable, "-c", TRACED_INVOCATIONS], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        segments: dict[str, dict[str, Any]] = {}
        while len(segments) < 4:
            header, _, body = daemon.recv(65535).decode().partition("\n")
            assert json.loads(header) == {"format": "json", "version": 1}
            segment = json.loads(body)
            segments[segment["name"]] = segment
    finally:
        daemon.close()
    # Then each invocation is a `## handler` subsegment annotated like capture_lambda_handler does
    http, job = segments["## handler"], segments["## scheduled_job"]
    assert http["annotations"] == {"ColdStart": True, "Service": "chatbi"}
    assert job["annotations"] == {"ColdStart": False, "Service": "chatbi"}
    assert http["trace_id"] == job["trace_id"] == TRACE_ROOT
    # And the pipeline's spans from a worker thread nest under their invocation
    assert segments["engine:rules"]["parent_id"] == job["id"]
    assert segments["sql"]["parent_id"] == segments["engine:rules"]["id"]
    # And log lines carry the trace id
    access = [json.loads(line) for line in run.stdout.splitlines() if '"chatbi.access"' in line]
    assert access and access[0]["xray_trace_id"] == TRACE_ROOT
