"""Start-up work outside request handling: migrations (embedded only), the first admin, demo data.

Never run during Lambda init: production migrations are a deploy step (`chatbi migrate`).
"""

from __future__ import annotations

import logging

from shared.identity.auth import ensure_bootstrap_admin
from shared.settings import Settings, get_settings
from shared.storage import migrate
from shared.storage.db import session_scope

log = logging.getLogger("chatbi")
# The embedded default's first admin, when CHATBI_ADMIN_* are not set (development only).
DEV_ADMIN = ("admin", "chatbi-admin")


def admin_credentials(settings: Settings) -> tuple[str, str] | None:
    if settings.chatbi_admin_username and settings.chatbi_admin_password:
        return settings.chatbi_admin_username, settings.chatbi_admin_password
    if settings.environment == "development" and settings.is_embedded:
        return DEV_ADMIN
    return None


def create_first_admin() -> str | None:
    """Create the bootstrap admin when the users table is empty; returns its name if created."""
    settings = get_settings()
    creds = admin_credentials(settings)
    if creds is None:
        return None
    with session_scope() as session:
        user = ensure_bootstrap_admin(session, *creds)
        return user.username if user else None


def prepare_embedded() -> None:
    """What `chatbi serve` does before serving: migrate the embedded DB, first admin, demo data."""
    settings = get_settings()
    settings.chatbi_data_dir.mkdir(parents=True, exist_ok=True)
    if settings.is_embedded:
        migrate.upgrade()
    created = create_first_admin()
    if created:
        log.info("created the first admin user %r", created)
    if settings.is_embedded:
        try:
            from shared.cli.demo import ensure_demo_dataset  # lazy: optional dependency
        except ImportError:
            return
        ensure_demo_dataset()
