"""Prometheus counters move with traffic, /metrics is served on its own port, EMF in Lambda,
multiprocess aggregation across workers, JSON logs with request context and file rotation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from shared.telemetry import metrics
from tests.conftest import reset_runtime

ROOT = Path(__file__).resolve().parents[2]


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_requests_move_the_counters_and_metrics_port_serves_them(client) -> None:
    # Given the request counter for /health before traffic
    metrics.prom()
    before = _sample("chatbi_http_requests_total", route="/health", method="GET", status="200")
    # When /health is called three times
    for _ in range(3):
        assert client.get("/health").status_code == 200
    # Then the counter moved by three, labelled by route template
    after = _sample("chatbi_http_requests_total", route="/health", method="GET", status="200")
    assert after - before == 3
    assert _sample("chatbi_http_request_duration_seconds_count", route="/health", method="GET") >= 3
    # And the metrics server on its own port exposes it over HTTP
    server, thread = metrics.start_metrics_server(0, addr="127.0.0.1")
    try:
        text = httpx.get(f"http://127.0.0.1:{server.server_port}/metrics").text
    finally:
        server.shutdown()
    assert 'chatbi_http_requests_total{method="GET",route="/health",status="200"}' in text


def test_unmatched_paths_share_one_label(client) -> None:
    # Given requests to paths no route serves
    before = _sample("chatbi_http_requests_total", route="unmatched", method="GET", status="404")
    client.get("/no/such/path/1")
    client.get("/no/such/path/2")
    # Then they are counted under one label, not one series per path
    assert _sample("chatbi_http_requests_total", route="unmatched", method="GET", status="404") - before == 2


def test_domain_counters_move() -> None:
    # Given the ask, cache and upload counters
    metrics.prom()
    asks = _sample("chatbi_ask_total", engine="rules", status="ok")
    hits = _sample("chatbi_cache_lookups_total", result="hit")
    misses = _sample("chatbi_cache_lookups_total", result="miss")
    rows = _sample("chatbi_upload_rows_total")
    size = _sample("chatbi_upload_bytes_total")
    # When the pipeline records an answered question, two cache lookups and an upload
    metrics.record_ask("rules", "ok", 0.2)
    metrics.record_cache(True)
    metrics.record_cache(False)
    metrics.record_upload(rows=120, bytes=4096)
    # Then each counter moved by exactly that
    assert _sample("chatbi_ask_total", engine="rules", status="ok") - asks == 1
    assert _sample("chatbi_ask_duration_seconds_count", engine="rules") >= 1
    assert _sample("chatbi_cache_lookups_total", result="hit") - hits == 1
    assert _sample("chatbi_cache_lookups_total", result="miss") - misses == 1
    assert _sample("chatbi_upload_rows_total") - rows == 120
    assert _sample("chatbi_upload_bytes_total") - size == 4096


def test_db_pool_gauge_reports_checked_out_connections(sqlite_storage) -> None:
    from shared.storage.db import app_engine, app_pool_if_built

    # Given the app engine with one connection checked out
    with app_engine().connect():
        # When the pool is sampled
        metrics.observe_db_pool(app_pool_if_built())
        # Then the gauge shows it
        assert _sample("chatbi_db_pool_connections", state="checked_out") >= 1
    metrics.observe_db_pool(app_pool_if_built())
    assert _sample("chatbi_db_pool_connections", state="checked_out") == 0


def test_lambda_mode_emits_emf_instead(monkeypatch, capsys) -> None:
    # Given the code runs inside Lambda
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "ChatFunction")
    before = _sample("chatbi_ask_total", engine="llm", status="error")
    # When an ask outcome is recorded
    metrics.record_ask("llm", "error", 1.5)
    # Then an EMF document with the engine and status dimensions is printed, and Prometheus is untouched
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    asks = [d for d in docs if "Asks" in d]
    assert asks and asks[0]["engine"] == "llm" and asks[0]["status"] == "error"
    assert asks[0]["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "ChatBI"
    assert _sample("chatbi_ask_total", engine="llm", status="error") == before


WORKER = """
import sys
from shared.telemetry import metrics
for _ in range(int(sys.argv[1])):
    metrics.record_ask("rules", "ok", 0.1)
"""
EXPORTER = """
from shared.telemetry import metrics
print(metrics.render_latest()[0].decode())
"""


def test_multiprocess_mode_adds_up_every_worker(tmp_path, monkeypatch) -> None:
    # Given PROMETHEUS_MULTIPROC_DIR, as gunicorn's workers get it
    env = {
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prom"),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
    }
    # When two worker processes each record questions
    for count in ("2", "3"):
        subprocess.run([sys.executable, "-c", WORKER, count], env=env, check=True, cwd=tmp_path)
    # Then a third process (the exporter) sees their sum
    out = subprocess.run(
        [sys.executable, "-c", EXPORTER], env=env, check=True, cwd=tmp_path, capture_output=True, text=True
    ).stdout
    assert 'chatbi_ask_total{engine="rules",status="ok"} 5.0' in out


def test_logs_are_json_lines_with_request_context_and_follow_logrotate(
    sqlite_storage, monkeypatch, tmp_path
) -> None:
    from functions.local import app
    from shared.telemetry.logs import configure_logging

    # Given LOG_FILE
    log_file = tmp_path / "chatbi.log"
    monkeypatch.setenv("LOG_FILE", str(log_file))
    monkeypatch.setenv("LOG_LEVEL", "INFO")
    reset_runtime()
    try:
        client = TestClient(app)
        # When a request carries an X-Request-ID
        response = client.get("/health", headers={"X-Request-ID": "req-abc-123"})
        assert response.headers["X-Request-ID"] == "req-abc-123"
        # Then its access line is JSON with id, route, status and latency
        lines = [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]
        access = [entry for entry in lines if entry.get("name") == "chatbi.access"]
        assert access[-1]["request_id"] == "req-abc-123"
        assert access[-1]["route"] == "/health" and access[-1]["status"] == 200
        assert access[-1]["latency_ms"] >= 0 and "user" not in access[-1]  # anonymous: no null keys
        # And when logrotate moves the file, the next line goes to a new LOG_FILE (ChatBI never rotates)
        log_file.rename(tmp_path / "chatbi.log.1")
        client.get("/health", headers={"X-Request-ID": "req-after-rotation"})
        assert "req-after-rotation" in log_file.read_text(encoding="utf-8")
        assert "req-after-rotation" not in (tmp_path / "chatbi.log.1").read_text(encoding="utf-8")
    finally:
        monkeypatch.delenv("LOG_FILE")
        reset_runtime()
        configure_logging(force=True)


def test_invalid_request_ids_are_replaced() -> None:
    from shared.api.middleware import request_id_from

    # Given a header that would inject into logs, and a sane one
    # Then the first is replaced by a fresh id, the second kept
    assert request_id_from({"x-request-id": "bad id\nwith newline"}) != "bad id\nwith newline"
    assert request_id_from({"x-request-id": "abc-123"}) == "abc-123"


def test_metrics_listen_on_loopback_unless_prometheus_bind_says_otherwise(
    sqlite_storage, monkeypatch
) -> None:
    from shared.telemetry import metrics

    # Given no PROMETHEUS_BIND, When the metrics server starts (as `chatbi serve` and gunicorn start it)
    server, _ = metrics.start_metrics_server(0)
    # Then it listens on 127.0.0.1 only
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.shutdown()
        server.server_close()
    # And PROMETHEUS_BIND=0.0.0.0 (what the container image sets) opens it to every interface
    monkeypatch.setenv("PROMETHEUS_BIND", "0.0.0.0")
    reset_runtime()
    server, _ = metrics.start_metrics_server(0)
    try:
        assert server.server_address[0] == "0.0.0.0"
    finally:
        server.shutdown()
        server.server_close()
