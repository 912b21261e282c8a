"""ALERT_WEBHOOK_URL: backup and health failures of the host install are POSTed as JSON to a real
local HTTP server, from real `chatbi backup` / `chatbi health` processes."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.ops.cli_process import base_env, chatbi
from tests.ops.helpers import closed_port


class Webhook:
    def __init__(self) -> None:
        self.received: list[dict] = []
        self.content_types: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append(json.loads(body))
                outer.content_types.append(self.headers["Content-Type"])
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b'{"ok":true}')

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/chatbi"


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    thread = threading.Thread(target=hook.server.serve_forever, daemon=True)
    thread.start()
    yield hook
    hook.server.shutdown()
    hook.server.server_close()


def test_a_failed_backup_is_posted_to_the_webhook(webhook, tmp_path) -> None:
    from shared.storage import migrate

    # Given a migrated install whose backup directory cannot be created (a file is in the way)
    url = f"sqlite:///{tmp_path / 'chatbi.db'}"
    migrate.upgrade(url)
    (tmp_path / "not-a-dir").write_text("x")
    env = base_env(
        tmp_path / "data",
        DATABASE_URL=url,
        BACKUP_DIR=str(tmp_path / "not-a-dir"),
        ALERT_WEBHOOK_URL=webhook.url,
    )
    # When `chatbi backup` runs (as infra/backup/backup-db.sh runs it)
    done = chatbi("backup", env=env, cwd=tmp_path)
    # Then it fails with one line, and the webhook got one JSON alert saying what failed
    assert done.returncode == 1
    # (the log keeps the traceback for whoever investigates; the last line says what happened)
    assert done.stderr.strip().splitlines()[-1].startswith("Error: backup failed: FileExistsError")
    assert len(webhook.received) == 1
    alert = webhook.received[0]
    assert alert["subject"] == "backup failed" and "FileExistsError" in alert["details"]["error"]
    assert "backup failed" in alert["text"]
    assert webhook.content_types[0].startswith("application/json")


def test_an_unreachable_server_and_an_unmigrated_database_are_posted(webhook, tmp_path) -> None:
    env = base_env(tmp_path / "data", ALERT_WEBHOOK_URL=webhook.url)
    # Given a server that is down, When the 5-minute check probes it
    down = chatbi("health", "--url", f"http://127.0.0.1:{closed_port()}/health", env=env, cwd=tmp_path)
    # Then it exits 1 and the webhook is told
    assert down.returncode == 1
    assert webhook.received[-1]["subject"] == "health check: unreachable"
    # And a database nobody migrated, checked in-process, is alerted as unhealthy too
    blank = chatbi("health", env={**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'blank.db'}"}, cwd=tmp_path)
    assert blank.returncode == 1
    assert webhook.received[-1]["subject"] == "health check: unhealthy"
    assert webhook.received[-1]["details"]["database"] == "not_migrated"
    assert len(webhook.received) == 2


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://oapi.dingtalk.com/robot/send?access_token=x", {"msgtype", "text"}),
        ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x", {"msgtype", "text"}),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/x", {"msg_type", "content"}),
        ("https://hooks.slack.com/services/x", {"text", "subject", "details", "host", "sent_at"}),
    ],
)
def test_the_payload_fits_the_chat_tool(url: str, shape: set[str]) -> None:
    from shared.telemetry.alerts import webhook_payload

    payload = webhook_payload(url, "backup failed", {"error": "disk full"})
    assert set(payload) == shape
    assert "backup failed" in json.dumps(payload, ensure_ascii=False)
