"""Who is calling: login with rate limiting, bearer tokens, API keys, the bootstrap admin."""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.errors import Forbidden, TooManyRequests, Unauthorized
from shared.identity import ratelimit
from shared.identity.security import (
    create_access_token,
    decode_access_token,
    hash_api_key,
    hash_password,
    parse_api_key,
    verify_password,
)
from shared.settings import get_settings
from shared.storage.models import ApiKey, User, fold_username, utcnow

log = logging.getLogger("chatbi.auth")
ROLE_RANK = {"viewer": 0, "analyst": 1, "admin": 2}
# Verified against when the username is unknown, so timing does not reveal which users exist.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$E16LbqUa1Ez+8+Xuyf2GQQ$aUQfbXDNg304ZHkeoUhPI+RQHlOy+iCdE3WpAgYgdF0"
)


def _login_key(username: str, client_ip: str | None) -> str:
    return f"login-fail:{username.strip().lower()}:{client_ip or '-'}"


def login(session: Session, username: str, password: str, client_ip: str | None) -> dict[str, object]:
    """Exchange credentials for a bearer token; too many attempts per username+IP -> 429.

    Every attempt takes a slot of the throttle window atomically BEFORE the password is checked
    (so parallel guesses cannot all pass a stale count); a successful login clears the window.
    """
    settings = get_settings()
    key = _login_key(username, client_ip)
    limit, window_s = settings.login_max_failures, settings.login_window_s
    try:
        allowed, retry_after = ratelimit.take(key, limit, window_s)
    except ratelimit.LimiterUnavailable:
        log.warning("login rate limiter unavailable; allowing attempt")
        allowed, retry_after = True, 0
    if not allowed:
        raise TooManyRequests(
            f"Too many failed logins for '{username}'; try again in {retry_after} s", retry_after=retry_after
        )
    user = session.scalar(select(User).where(User.username_key == fold_username(username.strip())))
    valid = verify_password(user.password_hash if user else _DUMMY_HASH, password)
    if not user or not valid or not user.is_active:
        raise Unauthorized("Incorrect username or password")
    with contextlib.suppress(ratelimit.LimiterUnavailable):
        ratelimit.reset(key, limit, window_s)
    token, ttl = create_access_token(str(user.id), user.role, token_version=user.token_version)
    return {"access_token": token, "token_type": "bearer", "expires_in": ttl}


def user_from_token(session: Session, token: str) -> User:
    claims = decode_access_token(token)
    try:
        user_id = int(claims["sub"])
    except (KeyError, ValueError) as exc:
        raise Unauthorized("Invalid access token") from exc
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise Unauthorized("User no longer exists or is disabled")
    if claims.get("ver", 0) != user.token_version:
        raise Unauthorized("This token was issued before the password changed; log in again")
    return user


def user_from_api_key(session: Session, key: str) -> tuple[User, ApiKey]:
    prefix = parse_api_key(key)
    if prefix is None:
        raise Unauthorized("Malformed API key")
    api_key = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    if api_key is None or api_key.revoked_at is not None or api_key.key_hash != hash_api_key(key):
        raise Unauthorized("Invalid or revoked API key")
    user = api_key.user
    if not user.is_active:
        raise Unauthorized("User is disabled")
    api_key.last_used_at = utcnow()
    return user, api_key


def require_role(user: User, *roles: str) -> None:
    """Raise Forbidden unless the user holds one of `roles` (admin always may)."""
    if user.role == "admin" or user.role in roles:
        return
    raise Forbidden(f"This action needs the role {' or '.join(roles)}; you are {user.role}")


def ensure_bootstrap_admin(session: Session, username: str, password: str) -> User | None:
    """Create the first admin when no user exists yet (CHATBI_ADMIN_USERNAME / PASSWORD)."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    admin = User(username=username, password_hash=hash_password(password), role="admin")
    session.add(admin)
    session.flush()
    log.info("created bootstrap admin %s", admin.username)
    return admin
