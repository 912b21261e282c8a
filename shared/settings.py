"""One settings class, read from the environment and `.env`, validated at the edge.

Nothing here runs at import time: `get_settings()` is an lru_cache factory, and every
other lazily-built resource (engines, caches, clients) registers with `cached_factory`
so tests and the CLI can reset them all with `clear_caches()`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {
    "",
    "changeme",
    "change-me",
    "change_me",
    "secret",
    "dev-secret",
    "development-secret-change-me",
    "development-only-secret-please-change-me",
    "your-secret-key",
    "your-jwt-secret",
    "please-change-me",
}
DEV_JWT_SECRET = "development-only-secret-please-change-me"

F = TypeVar("F", bound=Callable[..., Any])
_FACTORIES: list[Any] = []


def cached_factory(func: F) -> F:
    """An lru_cache'd zero-argument factory that `clear_caches()` can reset."""
    cached = lru_cache(maxsize=None)(func)
    _FACTORIES.append(cached)
    return cached  # type: ignore[return-value]


def clear_caches() -> None:
    """Forget every lazily built resource (settings, engines, caches, clients)."""
    for factory in _FACTORIES:
        factory.cache_clear()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # --- runtime
    environment: Literal["development", "production", "test"] = "development"
    chatbi_data_dir: Path = Path(".chatbi")
    log_level: str = "INFO"
    log_file: str | None = None
    log_max_size: int = 104_857_600
    log_backup_count: int = 5
    cors_origins: str = ""
    trusted_proxies: str = "127.0.0.1,::1"

    # --- storage
    database_url: str | None = None
    workspace_database_url: str | None = None
    readonly_database_url: str | None = None
    redis_url: str | None = None
    db_pool_size: int = 5
    db_max_overflow: int = 10
    db_pool_recycle_s: int = 1800

    # --- security
    jwt_secret_key: str = DEV_JWT_SECRET
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 60
    secret_key: str = DEV_JWT_SECRET
    chatbi_admin_username: str | None = None
    chatbi_admin_password: str | None = None
    login_max_failures: int = 5
    login_window_s: int = 60

    # --- datasets
    upload_dir: Path | None = None
    upload_bucket: str | None = None
    max_upload_mb: int = 50
    max_columns: int = 500
    max_sheets: int = 50
    sqlite_root: Path | None = None
    profile_max_distinct: int = 1000

    # --- ask
    max_result_rows: int = 10_000
    query_timeout_s: float = 30.0
    answer_cache_ttl_s: int = 3600
    ask_rate_limit: int = 60
    upload_rate_limit: int = 20
    rate_limit_window_s: int = 60
    # Analysts' own SQL (POST /datasources/{id}/query), per user per window; 0 disables.
    query_rate_limit: int = 60
    # Size caps on answers: a longer text value is cut, an answer stops at max_answer_bytes
    # (both flagged `truncated`); a stored message keeps at most max_message_bytes of rows and
    # chart; SQLite refuses to build any string or blob longer than sqlite_max_length bytes.
    max_cell_chars: int = 10_000
    max_answer_bytes: int = 2_000_000
    max_message_bytes: int = 256_000
    sqlite_max_length: int = 16_000_000

    # --- LLM engine
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_model: str | None = None
    llm_timeout_s: float = 30.0
    llm_max_tokens: int = 1024
    llm_send_values: bool = True
    engine_mode: Literal["rules", "llm", "auto"] | None = None

    # --- operations
    prometheus_port: int = 9091
    prometheus_multiproc_dir: str | None = None
    alert_topic_arn: str | None = None
    backup_dir: Path | None = None
    backup_bucket: str | None = None
    backup_prefix: str = "backups/"
    backup_retention_days: int = 7
    audit_retention_days: int = 90
    aws_region: str = Field(default="us-east-1", alias="AWS_REGION")

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production":
            for name in ("jwt_secret_key", "secret_key"):
                value = getattr(self, name)
                if value.strip().lower() in PLACEHOLDER_SECRETS or len(value) < 16:
                    raise ValueError(
                        f"{name.upper()} is a placeholder or shorter than 16 characters; "
                        f"set a random value (e.g. `openssl rand -hex 32`) before running in production"
                    )
        return self

    # --- derived values
    @property
    def is_embedded(self) -> bool:
        return self.database_url is None

    @property
    def app_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.chatbi_data_dir / 'chatbi.db').resolve()}"

    @property
    def data_database_url(self) -> str:
        """Where uploaded datasets live: the workspace database."""
        if self.workspace_database_url:
            return self.workspace_database_url
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.chatbi_data_dir / 'workspace.db').resolve()}"

    @property
    def uploads_path(self) -> Path:
        return self.upload_dir or (self.chatbi_data_dir / "uploads")

    @property
    def backups_path(self) -> Path:
        return self.backup_dir or (self.chatbi_data_dir / "backups")

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def effective_engine_mode(self) -> str:
        if self.engine_mode:
            return self.engine_mode
        return "auto" if self.llm_configured else "rules"


@cached_factory
def get_settings() -> Settings:
    return Settings()
