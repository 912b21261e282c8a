"""One settings class, read from the environment and `.env`, validated at the edge.

Nothing here runs at import time: `get_settings()` is a cached factory, and every
other lazily-built resource (engines, caches, clients) registers with `cached_factory`
so tests and the CLI can reset them all with `clear_caches()`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import hashlib
import hmac
import ipaddress
import os
import secrets
import socket
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

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
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
_FACTORIES: list[Any] = []


class FactoryInfo(NamedTuple):
    currsize: int


class _Factory:
    """A zero-argument factory built once, under a lock: threads racing on a cold factory share
    ONE resource (one in-process cache, one rate-limit storage), not one each. `cache_clear` and
    `cache_info().currsize` behave like lru_cache's."""

    _MISSING: Any = object()

    def __init__(self, func: Callable[[], Any]):
        functools.update_wrapper(self, func)
        self._func = func
        self._lock = threading.Lock()
        self._value: Any = self._MISSING

    def __call__(self) -> Any:
        value = self._value
        if value is self._MISSING:
            with self._lock:
                if self._value is self._MISSING:
                    self._value = self._func()
                value = self._value
        return value

    def cache_clear(self) -> None:
        self._value = self._MISSING

    def cache_info(self) -> FactoryInfo:
        return FactoryInfo(0 if self._value is self._MISSING else 1)


def cached_factory(func: F) -> F:
    """A cached zero-argument factory (built once, thread-safely) that `clear_caches()` can reset."""
    factory = _Factory(func)
    _FACTORIES.append(factory)
    return factory  # type: ignore[return-value]


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
    # Comma-separated hosts, IPs or CIDRs that connected databases may live on; empty = any host
    # except link-local and cloud-metadata addresses.
    connect_allowed_hosts: str = ""
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
    # A Fernet key: backup files are encrypted with it (and restore decrypts with it).
    backup_encryption_key: str | None = None
    # Backup and health failures are POSTed as JSON here (Slack, 钉钉, 企业微信, 飞书 webhooks).
    alert_webhook_url: str | None = None
    alert_webhook_timeout_s: float = 5.0
    # Interface of the Prometheus metrics server (0.0.0.0 only inside a container).
    prometheus_bind: str = "127.0.0.1"
    # CA bundle to verify a MySQL server over TLS (also ?ssl_ca= in DATABASE_URL).
    database_ssl_ca: str | None = None

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production":
            placeholder = self.secret_is_placeholder()
            if placeholder:
                raise ValueError(
                    f"{placeholder} is a placeholder or shorter than 16 characters; "
                    f"set a random value (e.g. `openssl rand -hex 32`) before running in production"
                )
            return self
        # Outside production an unset secret, or a placeholder copied from .env.example, is not used
        # (anyone could sign an admin token with a value printed in the source): a random secret is
        # generated once per data directory and kept there.
        for name, purpose in (("jwt_secret_key", "jwt"), ("secret_key", "secret")):
            if getattr(self, name).strip().lower() in PLACEHOLDER_SECRETS:
                setattr(self, name, derived_secret(development_secret(self.chatbi_data_dir), purpose))
        return self

    @model_validator(mode="after")
    def _production_needs_a_database(self) -> Settings:
        if self.environment == "production" and not self.database_url:
            raise ValueError(
                "ENVIRONMENT=production needs DATABASE_URL (e.g. mysql+pymysql://chatbi:PASSWORD@127.0.0.1:3306/"
                "chatbi?charset=utf8mb4); the embedded SQLite mode is for development only"
            )
        return self

    @model_validator(mode="after")
    def _backup_key_is_fernet(self) -> Settings:
        if self.backup_encryption_key:
            try:
                ok = len(base64.urlsafe_b64decode(self.backup_encryption_key.encode("ascii"))) == 32
            except (binascii.Error, ValueError):
                ok = False
            if not ok:
                raise ValueError(
                    "BACKUP_ENCRYPTION_KEY is not a Fernet key; make one with `python -c "
                    '"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`'
                )
        return self

    def secret_is_placeholder(self) -> str | None:
        """The name of a secret that is a placeholder or too short to be safe, else None."""
        for name in ("jwt_secret_key", "secret_key"):
            value = getattr(self, name)
            if value.strip().lower() in PLACEHOLDER_SECRETS or len(value) < 16:
                return name.upper()
        return None

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
    def connect_allowed_networks(self) -> list[IPNetwork] | None:
        """CONNECT_ALLOWED_HOSTS as networks (host names resolved now), or None when unset."""
        entries = [e.strip() for e in self.connect_allowed_hosts.split(",") if e.strip()]
        if not entries:
            return None
        networks: list[IPNetwork] = []
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:  # a host name
                try:
                    infos = socket.getaddrinfo(entry, None)
                except OSError:
                    continue  # an unresolvable name allows nothing
                networks.extend(ipaddress.ip_network(str(info[4][0]).split("%", 1)[0]) for info in infos)
        return networks

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def effective_engine_mode(self) -> str:
        if self.engine_mode:
            return self.engine_mode
        return "auto" if self.llm_configured else "rules"


DEV_SECRET_FILE = "dev-secret"


def development_secret(data_dir: Path) -> str:
    """The random secret of a development data directory: created once (mode 0600), then reused.

    Concurrent first starts (several workers) agree: the file appears atomically (link of a
    complete temporary file) and whoever loses the race reads the winner's secret.
    """
    path = data_dir / DEV_SECRET_FILE
    if not path.is_file():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".dev-secret-")  # mkstemp creates it 0600
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32))
            with contextlib.suppress(FileExistsError):  # another worker was first: use its secret
                os.link(tmp, path)
        finally:
            os.unlink(tmp)
    value = path.read_text(encoding="ascii").strip()
    if len(value) < 32:
        raise ValueError(f"{path} does not hold a usable secret; delete it to have a new one generated")
    return value


def derived_secret(master: str, purpose: str) -> str:
    """One independent key per purpose (JWT signing, Fernet/API key hashing) from one master."""
    return hmac.new(master.encode(), purpose.encode(), hashlib.sha256).hexdigest()


@cached_factory
def get_settings() -> Settings:
    return Settings()
