"""Shared fixtures: real storage (SQLite file and MariaDB + Redis), the HTTP app, users.

`storage` is parametrised over both modes; each test gets a clean database. Set
CHATBI_TEST_BACKENDS=sqlite to run only the embedded mode, CHATBI_TEST_DB / CHATBI_TEST_REDIS_DB
to isolate concurrent runs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

MARIADB_ROOT = os.environ.get("CHATBI_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")
TEST_DB = os.environ.get("CHATBI_TEST_DB", "chatbi_test")
REDIS_URL = f"redis://127.0.0.1:6379/{os.environ.get('CHATBI_TEST_REDIS_DB', '1')}"
BACKENDS = [b for b in os.environ.get("CHATBI_TEST_BACKENDS", "sqlite,mariadb").split(",") if b]
FIXTURES = Path(__file__).parent / "fixtures"
EVENTS = Path(__file__).parent / "events"
TEST_SECRET = "test-secret-0123456789abcdef0123456789"

BASE_ENV = {
    "ENVIRONMENT": "test",
    "JWT_SECRET_KEY": TEST_SECRET,
    "SECRET_KEY": TEST_SECRET,
    "LOG_LEVEL": "WARNING",
}
# Settings the developer's shell or .env could leak into tests.
CLEARED_ENV = (
    "DATABASE_URL",
    "WORKSPACE_DATABASE_URL",
    "READONLY_DATABASE_URL",
    "REDIS_URL",
    "UPLOAD_BUCKET",
    "UPLOAD_DIR",
    "BACKUP_BUCKET",
    "BACKUP_DIR",
    "LLM_BASE_URL",
    "LLM_MODEL",
    "LLM_API_KEY",
    "ENGINE_MODE",
    "CHATBI_ADMIN_USERNAME",
    "CHATBI_ADMIN_PASSWORD",
    "ALERT_TOPIC_ARN",
    "PROMETHEUS_MULTIPROC_DIR",
    "LOG_FILE",
)


@dataclass
class Storage:
    kind: str  # "sqlite" | "mariadb"
    data_dir: Path
    database_url: str | None

    @property
    def is_mariadb(self) -> bool:
        return self.kind == "mariadb"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "production_password_cost: hash passwords with the shipped argon2 parameters"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start the slow whole-tree checks (mypy) now, so they overlap the tests that come first."""
    from tests import background_checks

    if any(item.nodeid.endswith("test_quality.py::test_types") for item in items):
        background_checks.start(config, {"mypy"})


def pytest_unconfigure(config: pytest.Config) -> None:
    from tests import background_checks

    background_checks.stop_all(config)


def reset_runtime() -> None:
    from shared.ops.audit import discard_pending
    from shared.ops.audit import flush as flush_audit
    from shared.settings import clear_caches
    from shared.storage.db import dispose_engines

    flush_audit()  # audit rows queued by the previous test belong to its database
    discard_pending()  # and rows its database could not take are not for the next one
    dispose_engines()
    clear_caches()


def _cheap_hasher() -> object:
    """Real argon2id, at the lowest cost: hashing with the shipped 64 MiB x 3 passes took 0.2-0.8 s
    per user created or login, over a thousand times a run. Stored hashes carry their parameters,
    so verification is the same code path; processes the tests start (`chatbi`, gunicorn, the
    Lambda sandboxes) and tests marked production_password_cost keep the shipped parameters."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("production_password_cost") is None:
        from shared.identity import security

        monkeypatch.setattr(security, "_hasher", _cheap_hasher)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every test starts from a known environment, its own data dir, and fresh factories."""
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    for name in CLEARED_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in BASE_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("CHATBI_DATA_DIR", str(tmp_path / "data"))
    reset_runtime()
    yield
    reset_runtime()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite app database, copied for each test (migrating per test is slow)."""
    from shared.storage import migrate

    path = tmp_path_factory.mktemp("template") / "chatbi.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def mariadb_url() -> str:
    """A migrated MariaDB test database (created if missing), shared by the session."""
    import sqlalchemy as sa

    from shared.storage import migrate

    root = sa.create_engine(MARIADB_ROOT)
    with root.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{TEST_DB}`"))
        conn.execute(sa.text(f"CREATE DATABASE `{TEST_DB}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    root.dispose()
    url = f"{MARIADB_ROOT}/{TEST_DB}?charset=utf8mb4"
    migrate.upgrade(url)
    return url


APP_TABLES_CHILD_FIRST = (
    "example_proposals",
    "feedback",
    "messages",
    "conversations",
    "datasource_shares",
    "datasource_tables",
    "datasources",
    "api_keys",
    "audit_logs",
    "users",
    "installation",
)


def _clean_mariadb(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        names = [r[0] for r in conn.execute(sa.text("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'"))]
        conn.execute(sa.text("SET FOREIGN_KEY_CHECKS=0"))
        for name in names:
            if name == "alembic_version":
                continue
            if name in APP_TABLES_CHILD_FIRST:
                conn.execute(sa.text(f"DELETE FROM `{name}`"))
            else:  # a dataset's physical table or a test's scratch table
                conn.execute(sa.text(f"DROP TABLE `{name}`"))
        conn.execute(sa.text("SET FOREIGN_KEY_CHECKS=1"))
    engine.dispose()


def _flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture(params=BACKENDS)
def storage(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Storage:
    """Given a clean app database: a SQLite file (embedded) or MariaDB + Redis (production)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    if request.param == "sqlite":
        shutil.copy(request.getfixturevalue("sqlite_template"), data_dir / "chatbi.db")
        reset_runtime()
        return Storage("sqlite", data_dir, None)
    url = request.getfixturevalue("mariadb_url")
    _clean_mariadb(url)
    _flush_redis()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    reset_runtime()
    return Storage("mariadb", data_dir, url)


@pytest.fixture
def sqlite_storage(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    """Given the embedded mode only (for tests that are about logic, not storage)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    shutil.copy(request.getfixturevalue("sqlite_template"), data_dir / "chatbi.db")
    reset_runtime()
    return Storage("sqlite", data_dir, None)


@pytest.fixture
def client(storage: Storage) -> Iterator[object]:
    """The all-in-one app over real HTTP semantics (Starlette TestClient)."""
    from fastapi.testclient import TestClient

    from functions.local import app

    with TestClient(app) as test_client:
        yield test_client


def make_user(username: str, role: str, password: str = "password-123") -> dict[str, str]:
    """Create a user directly in storage and return bearer auth headers for it."""
    from shared.identity import users
    from shared.identity.security import create_access_token
    from shared.storage.db import session_scope

    with session_scope() as session:
        user = users.create_user(session, username, password, role)
        token, _ = create_access_token(str(user.id), user.role, token_version=user.token_version)
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def user_headers(storage: Storage) -> Callable[[str, str], dict[str, str]]:
    """Factory: user_headers('alice', 'analyst') -> auth headers."""
    return make_user


@pytest.fixture
def admin_headers(storage: Storage) -> dict[str, str]:
    return make_user("admin", "admin")


@pytest.fixture
def analyst_headers(storage: Storage) -> dict[str, str]:
    return make_user("analyst", "analyst")


@pytest.fixture
def viewer_headers(storage: Storage) -> dict[str, str]:
    return make_user("viewer", "viewer")


def upload_file(client: object, headers: dict[str, str], path: Path, name: str | None = None) -> int:
    """Upload a file through the API (201 expected) and return the new datasource's id."""
    with path.open("rb") as file:
        response = client.post(  # type: ignore[attr-defined]
            "/api/v1/datasources/upload",
            files={"file": (path.name, file, "application/octet-stream")},
            data={"name": name or path.stem},
            headers=headers,
        )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])
