"""gunicorn settings for ChatBI (Docker image and the systemd host install).

    gunicorn -c infra/gunicorn.conf.py functions.local:app

Several workers share one Prometheus view through PROMETHEUS_MULTIPROC_DIR: the master
empties it at start, serves /metrics on PROMETHEUS_PORT for all workers, and forgets a
worker's live gauges when it exits.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

bind = "0.0.0.0:8000"  # the systemd unit passes --bind 127.0.0.1:8000 (nginx in front)
workers = 4
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 120
graceful_timeout = 30
keepalive = 5
max_requests = 1000
max_requests_jitter = 100
accesslog = None  # ChatBI writes its own JSON access log line per request
errorlog = "-"
forwarded_allow_ips = "127.0.0.1,::1"
proxy_allow_ips = "127.0.0.1,::1"


def _multiproc_dir() -> str | None:
    from shared.settings import get_settings

    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or get_settings().prometheus_multiproc_dir


def on_starting(server: Any) -> None:
    """Before any worker exists: a clean multiprocess directory, exported to the workers."""
    directory = _multiproc_dir()
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory, exist_ok=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory


def when_ready(server: Any) -> None:
    """The master serves /metrics for every worker on PROMETHEUS_PORT."""
    from shared.settings import get_settings
    from shared.telemetry.metrics import start_metrics_server

    settings = get_settings()
    port, bind = settings.prometheus_port, settings.prometheus_bind
    try:
        start_metrics_server(port, bind)
        server.log.info("Prometheus metrics on %s:%s/metrics", bind, port)
    except OSError as exc:
        server.log.warning("metrics server not started on %s:%s: %s", bind, port, exc)


def child_exit(server: Any, worker: Any) -> None:
    from shared.telemetry.metrics import mark_process_dead

    mark_process_dead(worker.pid)
