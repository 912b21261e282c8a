"""Issue 14: a database outage is a 503 with Retry-After, and no audit row is lost."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tests.conftest import Storage, make_user, reset_runtime
from tests.security.tcp_proxy import TcpProxy


@pytest.fixture
def proxied(storage: Storage, monkeypatch: pytest.MonkeyPatch) -> Iterator[TcpProxy]:
    """Given the app database (MariaDB) reached through a proxy the test can cut."""
    if not storage.is_mariadb:
        pytest.skip("an outage of a networked database")
    proxy = TcpProxy(("127.0.0.1", 3306))
    proxy.start()
    assert storage.database_url is not None
    monkeypatch.setenv(
        "DATABASE_URL", storage.database_url.replace("127.0.0.1:3306", f"127.0.0.1:{proxy.port}")
    )
    reset_runtime()
    yield proxy
    proxy.stop()


def _audit_statuses(url: str) -> list[int]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT status FROM audit_logs WHERE path = '/api/v1/datasources'").all()
    engine.dispose()
    return sorted(r[0] for r in rows)


def _wait_written(seconds: float) -> bool:
    from shared.ops.audit import audit_writer

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if audit_writer().pending == 0:
            return True
        time.sleep(0.1)
    return False


def test_an_outage_is_a_503_with_retry_after_and_audit_rows_are_kept(
    proxied: TcpProxy, storage: Storage
) -> None:
    from fastapi.testclient import TestClient

    from functions.local import app
    from shared.ops.audit import audit_writer

    headers = make_user("ops", "admin")
    with TestClient(app) as client:
        assert client.get("/api/v1/datasources", headers=headers).status_code == 200
        assert _wait_written(10)
        # When the database becomes unreachable (open connections cut, new ones refused)
        proxied.stop()
        responses = [client.get("/api/v1/datasources", headers=headers) for _ in range(12)]
        # Then every request is a 503 that says so and when to retry, not a 500 or a reset
        for response in responses:
            assert response.status_code == 503, response.text
            assert response.headers["Retry-After"] == "5"
            assert "database is unavailable" in response.json()["detail"]
        # And the audit rows of those requests wait instead of being dropped
        assert audit_writer().pending >= 12
        # When the database comes back
        proxied.start()
        assert client.get("/api/v1/datasources", headers=headers).status_code == 200
        # Then every row is written: the one before, the twelve during and the one after the outage
        assert _wait_written(60)
    assert storage.database_url is not None
    assert _audit_statuses(storage.database_url) == [200, 200] + [503] * 12


def test_audit_rows_pending_at_shutdown_are_spooled_and_written_later(
    proxied: TcpProxy, storage: Storage
) -> None:
    from fastapi.testclient import TestClient

    from functions.local import app
    from shared.ops.audit import SPOOL_DIR
    from shared.settings import get_settings

    headers = make_user("ops", "admin")
    spool = get_settings().chatbi_data_dir / SPOOL_DIR
    # Given requests answered while the database is down
    with TestClient(app) as client:
        proxied.stop()
        for _ in range(5):
            assert client.get("/api/v1/datasources", headers=headers).status_code == 503
        # When the server shuts down before the database is back (lifespan shutdown)
    # Then the rows it could not write are in the spool file, not lost
    spooled = sum(len(p.read_text().splitlines()) for p in spool.glob("*.jsonl"))
    assert spooled == 5
    # When the database is back and the next server writes its first audit row
    proxied.start()
    with TestClient(app) as client:
        assert client.get("/api/v1/datasources", headers=headers).status_code == 200
        assert _wait_written(30)
        deadline = time.monotonic() + 30
        while any(spool.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.1)
    # Then the spooled rows are written too and the spool is empty
    assert storage.database_url is not None
    assert _audit_statuses(storage.database_url) == [200] + [503] * 5
    assert not any(spool.iterdir())
