"""Two installs sharing one Redis database, and a database reset under a running process:
neither reads the other's cached schema, answers or login failures (real Redis, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis
import sqlalchemy as sa

from shared.errors import ChatBIError
from tests.conftest import REDIS_URL, reset_runtime

ORDERS = "城市,金额\n北京,100\n上海,200\n"
CUSTOMERS = "客户,等级,积分\n张三,金卡,300\n李四,银卡,120\n王五,金卡,80\n"


def _install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> str:
    """A migrated install on its own SQLite file, on the shared Redis database; its install id."""
    from shared.storage import migrate

    url = f"sqlite:///{tmp_path / name / 'chatbi.db'}"
    (tmp_path / name).mkdir(exist_ok=True)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    monkeypatch.setenv("CHATBI_DATA_DIR", str(tmp_path / name))
    reset_runtime()
    migrate.upgrade(url)
    return migrate.ensure_install_id(url)


def _admin() -> object:
    from shared.identity import users
    from shared.storage.db import session_scope

    with session_scope() as session:
        return users.create_user(session, "admin", "admin-password-123", "admin")


def _upload_and_ask(tmp_path: Path, csv: str, filename: str, question: str) -> dict:
    from sqlalchemy import select

    from shared.ask import pipeline as ask
    from shared.datasets.service import upload_dataset
    from shared.storage.db import session_scope
    from shared.storage.models import User

    path = tmp_path / filename
    path.write_text(csv, encoding="utf-8")
    with session_scope() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
        with path.open("rb") as handle:
            ds = upload_dataset(session, user, handle, filename, path.stem)
        return ask.ask(session, user, datasource_id=ds["id"], question=question)


def _login(password: str) -> dict:
    from shared.identity.auth import login
    from shared.storage.db import session_scope

    with session_scope() as session:
        return login(session, "admin", password, "203.0.113.9")


def test_two_installs_on_one_redis_database_stay_apart(monkeypatch, tmp_path) -> None:
    redis.Redis.from_url(REDIS_URL).flushdb()
    # Given install A, whose admin is locked out after failed logins and whose datasource 1 is cached
    id_a = _install(monkeypatch, tmp_path, "a")
    _admin()
    for _ in range(5):
        with pytest.raises(ChatBIError):
            _login("wrong")
    with pytest.raises(ChatBIError, match="Too many failed logins"):
        _login("admin-password-123")
    assert _upload_and_ask(tmp_path, ORDERS, "orders.csv", "各城市的金额")["status"] == "ok"
    # When a second install B uses the same Redis database
    id_b = _install(monkeypatch, tmp_path, "b")
    assert id_b != id_a
    _admin()
    # Then B's admin logs in: A's failures are not B's
    assert _login("admin-password-123")["access_token"]
    # And B's datasource 1 is answered from B's own schema
    answer = _upload_and_ask(tmp_path, CUSTOMERS, "customers.csv", "各等级的平均积分")
    assert answer["status"] == "ok", (answer.get("message"), answer.get("sql"))
    # And every key in Redis belongs to one install or the other
    keys = [k.decode() for k in redis.Redis.from_url(REDIS_URL).keys("*")]
    assert keys and all(k.startswith((f"chatbi:{id_a}:", f"chatbi:{id_b}:")) for k in keys), keys
    assert any(k.startswith(f"chatbi:{id_b}:") for k in keys)


def test_a_reset_database_is_not_answered_from_the_process_memo(monkeypatch, tmp_path) -> None:
    from shared.storage import migrate
    from shared.storage.db import app_engine

    # Given a running process (in-process cache) that answered about datasource 1
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'chatbi.db'}")
    (tmp_path / "db").mkdir()
    reset_runtime()
    migrate.upgrade()
    _admin()
    assert _upload_and_ask(tmp_path, ORDERS, "orders.csv", "各城市的金额")["status"] == "ok"
    # When its database is reset (every table dropped, migrated again) and a different file
    # becomes datasource 1 at data version 1
    meta = sa.MetaData()
    meta.reflect(app_engine())
    meta.drop_all(app_engine())
    migrate.upgrade()
    _admin()
    answer = _upload_and_ask(tmp_path, CUSTOMERS, "customers.csv", "各等级的平均积分")
    # Then the answer comes from the new data, not from the old schema kept in memory
    assert answer["status"] == "ok", (answer.get("message"), answer.get("sql"))
