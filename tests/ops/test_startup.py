"""Start-up and configuration, as an operator meets them: `chatbi invoke` keeps its audit rows and
refuses an unmigrated database (health reports it), production refuses to run without a database
and warns when there is no admin, and configuration errors are one line in every command."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import TEST_SECRET
from tests.ops.cli_process import ROOT, base_env, chatbi
from tests.ops.helpers import closed_port

TEMPLATE = str(ROOT / "template.yaml")


def _audit_count(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT COUNT(*) FROM audit_logs")).scalar_one()
    engine.dispose()
    return int(count)


def test_invoke_writes_the_audit_row_before_it_returns(sqlite_storage, monkeypatch) -> None:
    from shared.cli.invoke import invoke_function
    from shared.ops import audit

    # Given a database that is slow to take audit rows (the writer thread takes 0.5 s)
    real_write = audit.write_rows

    def slow_write(rows: list) -> None:
        time.sleep(0.5)
        real_write(rows)

    monkeypatch.setattr(audit, "write_rows", slow_write)
    url = f"sqlite:///{sqlite_storage.data_dir / 'chatbi.db'}"
    # When `chatbi invoke` calls the Auth function once (outside Lambda)
    invoke_function(Path(TEMPLATE), "AuthFunction", json.loads((ROOT / "events" / "auth.json").read_text()))
    # Then its audit row is in the database as soon as the invocation returns
    assert _audit_count(url) == 1


def test_flush_starts_no_thread(sqlite_storage, monkeypatch) -> None:
    from shared.ops import audit

    # Given queued audit rows and a writer thread that has died (as at interpreter exit)
    writer = audit.AuditWriter()
    writer._queue.put_nowait(_row())
    writer._queue.put_nowait(_row())

    # When flush runs where Python refuses new threads (3.12 at shutdown)
    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't create new thread at interpreter shutdown")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    drained = writer.flush(timeout_s=2)
    # Then it still writes every row, from the calling thread
    assert drained is True
    assert _audit_count(f"sqlite:///{sqlite_storage.data_dir / 'chatbi.db'}") == 2


def _row() -> dict:
    from shared.storage.models import utcnow

    return {"created_at": utcnow(), "method": "GET", "path": "/api/v1/x", "status": 200, "latency_ms": 1.0}


def test_invoke_process_keeps_its_audit_rows(tmp_path) -> None:
    # Given a migrated install with the admin of the auth event
    url = f"sqlite:///{tmp_path / 'chatbi.db'}"
    env = base_env(
        tmp_path / "data",
        DATABASE_URL=url,
        CHATBI_ADMIN_USERNAME="admin",
        CHATBI_ADMIN_PASSWORD="chatbi-admin",
    )
    assert chatbi("migrate", env=env, cwd=tmp_path).returncode == 0
    # When the operator invokes the Auth function in a process of its own
    done = chatbi(
        "invoke",
        "AuthFunction",
        "--event",
        str(ROOT / "events" / "auth.json"),
        "--template",
        TEMPLATE,
        env=env,
        cwd=tmp_path,
    )
    # Then it answered, nothing failed at exit, and the audit row was kept
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["statusCode"] == 200
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
    assert _audit_count(url) == 1


def test_invoke_refuses_an_unmigrated_embedded_dir_and_health_reports_it(tmp_path) -> None:
    env = base_env(tmp_path / "fresh")
    # Given a fresh embedded directory, never migrated
    # When the Auth function is invoked
    auth = chatbi(
        "invoke",
        "AuthFunction",
        "--event",
        str(ROOT / "events" / "auth.json"),
        "--template",
        TEMPLATE,
        env=env,
        cwd=tmp_path,
    )
    # Then it refuses with a message saying what to do, not a 500 or a traceback
    assert auth.returncode == 2
    assert "not migrated: run `chatbi migrate` first" in auth.stderr
    assert "Traceback" not in auth.stderr
    # And the Health function reports the unmigrated database as unhealthy (503)
    health = chatbi(
        "invoke",
        "HealthFunction",
        "--event",
        str(ROOT / "events" / "health.json"),
        "--template",
        TEMPLATE,
        env=env,
        cwd=tmp_path,
    )
    assert health.returncode == 0, health.stderr
    response = json.loads(health.stdout)
    assert response["statusCode"] == 503
    assert json.loads(response["body"])["database"] == "not_migrated"


def test_health_reports_an_unmigrated_database(tmp_path, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from functions.local import app
    from tests.conftest import reset_runtime

    # Given an app database nobody migrated
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'blank.db'}")
    reset_runtime()
    # When /health is asked
    response = TestClient(app).get("/health")
    # Then it is unhealthy and says why
    assert response.status_code == 503
    assert response.json()["database"] == "not_migrated"


PRODUCTION = {"ENVIRONMENT": "production", "JWT_SECRET_KEY": TEST_SECRET, "SECRET_KEY": TEST_SECRET}


def test_production_without_database_url_refuses(tmp_path) -> None:
    # Given production settings but no DATABASE_URL
    env = base_env(tmp_path / "data", **PRODUCTION)
    # When migrate runs
    done = chatbi("migrate", env=env, cwd=tmp_path)
    # Then it refuses in one line instead of creating a SQLite file
    assert done.returncode == 2
    assert (
        done.stderr.strip().splitlines() == [done.stderr.strip().splitlines()[0]]
        and "ENVIRONMENT=production needs DATABASE_URL" in done.stderr
    )
    assert not (tmp_path / "data" / "chatbi.db").exists()


def test_production_migrate_without_admin_says_how_to_create_one(tmp_path) -> None:
    # Given production with a database but no CHATBI_ADMIN_*
    env = base_env(tmp_path / "data", DATABASE_URL=f"sqlite:///{tmp_path / 'prod.db'}", **PRODUCTION)
    # When migrate runs
    done = chatbi("migrate", env=env, cwd=tmp_path)
    # Then the schema is made, and it warns loudly that nobody can log in, and how to fix it
    assert done.returncode == 0, done.stderr
    assert "WARNING: there is no admin user" in done.stderr
    assert "CHATBI_ADMIN_USERNAME" in done.stderr and "chatbi create-user NAME --role admin" in done.stderr
    # And once an admin exists, it says nothing more
    env.update(CHATBI_ADMIN_USERNAME="root-admin", CHATBI_ADMIN_PASSWORD="a-long-password-1")
    again = chatbi("migrate", env=env, cwd=tmp_path)
    assert "Created admin 'root-admin'" in again.stdout and "WARNING" not in again.stderr


COMMANDS = [
    ["migrate"],
    ["backup"],
    ["restore", "missing.jsonl.gz"],
    ["invoke", "HealthFunction", "--event", str(ROOT / "events" / "health.json"), "--template", TEMPLATE],
    ["create-user", "bob", "--role", "viewer", "--password", "p-123456789"],
    ["ask", "各城市的金额", "--datasource", "1"],
    ["serve", "--port", "0"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_configuration_error_is_one_line_in_every_command(command, tmp_path) -> None:
    # Given a setting with a bad value
    env = base_env(tmp_path / "data", PROMETHEUS_PORT="ninety")
    # When any command runs
    done = chatbi(*command, env=env, cwd=tmp_path)
    # Then it stops with one clear line naming the setting, and no traceback
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Configuration error: PROMETHEUS_PORT"), done.stderr


def test_an_unreachable_database_is_one_line(tmp_path) -> None:
    env = base_env(tmp_path / "data", DATABASE_URL=f"mysql+pymysql://root@127.0.0.1:{closed_port()}/chatbi")
    done = chatbi("migrate", env=env, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Database unreachable:"), done.stderr


def test_health_reports_a_database_behind_the_code(tmp_path, monkeypatch) -> None:
    from alembic import command
    from fastapi.testclient import TestClient

    from functions.local import app
    from shared.storage import migrate
    from tests.conftest import reset_runtime

    # Given a database migrated only to the first revision (the code was upgraded, migrate not run)
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(migrate.alembic_config(url), "0001")
    monkeypatch.setenv("DATABASE_URL", url)
    reset_runtime()
    # When /health is asked, Then it is unhealthy and says the schema is outdated
    response = TestClient(app).get("/health")
    assert response.status_code == 503 and response.json()["database"] == "outdated"
