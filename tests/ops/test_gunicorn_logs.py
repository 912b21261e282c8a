"""Logging under real gunicorn workers: 4 processes append to LOG_FILE, logrotate moves the file in
the middle of the traffic, and every request id still lands in the log, in the one JSON shape."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.ops.cli_process import ROOT, base_env
from tests.ops.helpers import closed_port

REQUESTS = 200  # enough to spread over the 4 workers on both sides of the rotation


def _wait_until_up(base: str, proc: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"gunicorn exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("gunicorn did not answer /health")


def test_every_request_id_reaches_the_log_across_workers_and_rotation(tmp_path) -> None:
    from shared.storage import migrate

    # Given a migrated database and gunicorn with 4 workers writing LOG_FILE (with the old
    # size-rotation settings still in the environment)
    url = f"sqlite:///{tmp_path / 'chatbi.db'}"
    migrate.upgrade(url)
    log_file = tmp_path / "chatbi.log"
    port = closed_port()
    env = base_env(
        tmp_path / "data",
        DATABASE_URL=url,
        LOG_FILE=str(log_file),
        LOG_LEVEL="INFO",
        LOG_MAX_SIZE="20000",
        LOG_BACKUP_COUNT="2",
        PROMETHEUS_PORT=str(closed_port()),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "infra" / "gunicorn.conf.py"), "--workers", "4"]
        + ["--bind", f"127.0.0.1:{port}", "functions.local:app"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        ids = [f"req-{i:04d}" for i in range(REQUESTS)]

        def call(request_id: str) -> int:
            with httpx.Client(timeout=10) as http:  # a new connection each time: spread over workers
                return http.get(f"{base}/api/v1/auth/me", headers={"X-Request-ID": request_id}).status_code

        # When 200 requests arrive, 8 at a time, and logrotate moves the file half-way
        with ThreadPoolExecutor(8) as pool:
            first = list(pool.map(call, ids[: REQUESTS // 2]))
            os.rename(log_file, tmp_path / "chatbi.log.1")  # what logrotate does (then `create`)
            second = list(pool.map(call, ids[REQUESTS // 2 :]))
        assert set(first + second) == {401}  # a cheap, logged request
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    # Then every request id is in the log (the old file or the new one), each line one JSON object
    lines = []
    for path in sorted(tmp_path.glob("chatbi.log*")):
        lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    access = [line for line in lines if line.get("name") == "chatbi.access"]
    assert {line.get("request_id") for line in access} >= set(ids)
    assert sorted(p.name for p in tmp_path.glob("chatbi.log*")) == ["chatbi.log", "chatbi.log.1"]
    # And the lines have the same shape as in Lambda (Powertools' keys), plus ours
    assert {"level", "location", "message", "timestamp", "service", "name", "route", "status"} <= set(
        access[0]
    )
