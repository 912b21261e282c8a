"""Settings: safe defaults for a laptop, fail fast on placeholder secrets in production."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from shared.settings import Settings


def test_embedded_default_needs_nothing(tmp_path) -> None:
    # Given no DATABASE_URL / REDIS_URL, When settings load, Then SQLite files under the data dir are used
    settings = Settings(chatbi_data_dir=tmp_path)
    assert settings.is_embedded
    assert settings.app_database_url == f"sqlite:///{(tmp_path / 'chatbi.db').resolve()}"
    assert settings.data_database_url.endswith("workspace.db")
    assert settings.effective_engine_mode == "rules"


def test_production_uses_database_url_for_both() -> None:
    settings = Settings(
        environment="production",
        database_url="mysql+pymysql://u:p@db/chatbi",
        jwt_secret_key="x" * 32,
        secret_key="y" * 32,
    )
    assert settings.data_database_url == settings.app_database_url == "mysql+pymysql://u:p@db/chatbi"


@pytest.mark.parametrize("secret", ["changeme", "development-secret-change-me", "short"])
def test_placeholder_jwt_secret_refused_in_production(secret: str) -> None:
    with pytest.raises(ValidationError) as info:
        Settings(environment="production", jwt_secret_key=secret, secret_key="y" * 32)
    assert "JWT_SECRET_KEY is a placeholder" in str(info.value)


def test_serve_refuses_to_start_with_placeholder_secret(tmp_path) -> None:
    # Given production mode with the placeholder secret
    env = {"ENVIRONMENT": "production", "JWT_SECRET_KEY": "changeme", "PATH": "/usr/bin:/bin"}
    env["CHATBI_DATA_DIR"] = str(tmp_path)
    # When `chatbi serve` starts
    proc = subprocess.run(
        [sys.executable, "-m", "shared.cli.main", "serve", "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    # Then it refuses with a clear message, before binding anything
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "JWT_SECRET_KEY is a placeholder" in proc.stderr
    assert "Traceback" not in proc.stderr
