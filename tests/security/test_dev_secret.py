"""Issue 14: the built-in development JWT secret must not sign tokens the service accepts."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import pytest

from shared.settings import DEV_JWT_SECRET, DEV_SECRET_FILE, Settings, clear_caches
from tests.conftest import Storage, make_user


@pytest.fixture
def development(monkeypatch: pytest.MonkeyPatch, sqlite_storage: Storage) -> Storage:
    """Given a development server whose operator set no JWT_SECRET_KEY / SECRET_KEY."""
    monkeypatch.setenv("ENVIRONMENT", "development")
    monkeypatch.delenv("JWT_SECRET_KEY")
    monkeypatch.delenv("SECRET_KEY")
    clear_caches()
    return sqlite_storage


def _forged_admin_token(user_id: int) -> str:
    now = datetime.now(UTC)
    claims = {"sub": str(user_id), "role": "admin", "typ": "access", "iat": now}
    claims["exp"] = now + timedelta(days=3650)
    return jwt.encode(claims, DEV_JWT_SECRET, algorithm="HS256")


def test_token_signed_with_the_builtin_development_secret_is_refused(development: Storage) -> None:
    from fastapi.testclient import TestClient

    from functions.local import app

    # Given an admin (id 1) on a development server with no secret configured
    real = make_user("root", "admin")
    with TestClient(app) as client:
        assert client.get("/api/v1/auth/me", headers=real).status_code == 200
        # When an attacker signs a 10-year admin token with the secret printed in the source code
        forged = {"Authorization": f"Bearer {_forged_admin_token(1)}"}
        response = client.get("/api/v1/users", headers=forged)
    # Then it is refused
    assert response.status_code == 401, response.text


def test_development_secret_is_random_per_data_dir_persisted_and_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given two development data directories and no secret in the environment
    monkeypatch.delenv("JWT_SECRET_KEY")
    monkeypatch.delenv("SECRET_KEY")
    first, second = tmp_path / "a", tmp_path / "b"
    # When settings load twice for the first and once for the second
    a1 = Settings(environment="development", chatbi_data_dir=first)
    a2 = Settings(environment="development", chatbi_data_dir=first)
    b = Settings(environment="development", chatbi_data_dir=second)
    # Then the secret is kept (tokens survive a restart), differs per directory and is not the built-in
    assert a1.jwt_secret_key == a2.jwt_secret_key != b.jwt_secret_key
    assert DEV_JWT_SECRET not in (a1.jwt_secret_key, a1.secret_key)
    assert a1.jwt_secret_key != a1.secret_key
    # And only the owner can read the file it lives in
    mode = stat.S_IMODE((first / DEV_SECRET_FILE).stat().st_mode)
    assert mode == 0o600
    assert not [p for p in first.iterdir() if p.name != DEV_SECRET_FILE]  # no temporary file left


def test_an_explicit_secret_is_used_as_given(tmp_path: Path) -> None:
    settings = Settings(environment="development", chatbi_data_dir=tmp_path, jwt_secret_key="k" * 32)
    assert settings.jwt_secret_key == "k" * 32


@pytest.mark.parametrize("placeholder", ["change-me", "changeme", "secret", DEV_JWT_SECRET])
def test_a_placeholder_copied_from_env_example_is_not_used_in_development(
    tmp_path: Path, placeholder: str
) -> None:
    settings = Settings(
        environment="development",
        chatbi_data_dir=tmp_path,
        jwt_secret_key=placeholder,
        secret_key=placeholder,
    )
    assert placeholder not in (settings.jwt_secret_key, settings.secret_key)
    assert settings.secret_is_placeholder() is None


def _serve(tmp_path: Path, host: str, secret: str) -> subprocess.CompletedProcess[str]:
    env = {"ENVIRONMENT": "development", "JWT_SECRET_KEY": secret, "PATH": "/usr/bin:/bin"}
    env["CHATBI_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", "shared.cli.main", "serve", "--host", host, "--port", "0", "--no-metrics"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_serve_refuses_a_public_bind_with_a_weak_secret(tmp_path: Path, host: str) -> None:
    # Given development mode with a JWT secret too short to be safe
    # When `chatbi serve --host <not loopback>` starts
    proc = _serve(tmp_path, host, "hunter2")
    # Then it refuses before binding, saying why and what to do
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"Refusing to listen on {host}" in proc.stderr
    assert "JWT_SECRET_KEY is a placeholder" in proc.stderr
    assert "Traceback" not in proc.stderr
