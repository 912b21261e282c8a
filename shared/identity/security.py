"""Passwords (argon2), JWT access tokens (PyJWT), API keys, and Fernet for secrets at rest."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.errors import Unauthorized
from shared.settings import cached_factory, get_settings

API_KEY_PREFIX = "cbi_"


@cached_factory
def _hasher() -> Any:
    from argon2 import PasswordHasher  # lazy: heavy (argon2)

    return PasswordHasher()


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError  # lazy: heavy (argon2)

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def create_access_token(
    subject: str, role: str, expires_in_s: int | None = None, token_version: int = 0
) -> tuple[str, int]:
    """A signed access token; `token_version` is the user's, so a password reset voids older ones."""
    import jwt  # lazy: heavy (jwt)

    settings = get_settings()
    ttl = expires_in_s if expires_in_s is not None else settings.access_token_expire_minutes * 60
    now = datetime.now(UTC)
    claims = {
        "sub": subject,
        "role": role,
        "iat": now,
        "exp": now + timedelta(seconds=ttl),
        "typ": "access",
        "ver": token_version,
    }
    return jwt.encode(claims, settings.jwt_secret_key, algorithm=settings.jwt_algorithm), ttl


def decode_access_token(token: str) -> dict[str, Any]:
    import jwt  # lazy: heavy (jwt)

    settings = get_settings()
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret_key,
            algorithms=[settings.jwt_algorithm],
            options={"require": ["exp", "sub"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Access token expired; log in again") from exc
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid access token") from exc
    if claims.get("typ") != "access":
        raise Unauthorized("Invalid access token")
    return dict(claims)


def new_api_key() -> tuple[str, str, str]:
    """(full key shown once, lookup prefix, stored hash)."""
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    key = f"{API_KEY_PREFIX}{prefix}_{secret}"
    return key, prefix, hash_api_key(key)


def hash_api_key(key: str) -> str:
    """API keys are long random strings: a keyed SHA-256 is enough and fast per request."""
    return hmac.new(get_settings().secret_key.encode(), key.encode(), hashlib.sha256).hexdigest()


def parse_api_key(key: str) -> str | None:
    """The lookup prefix of a well-formed key, else None."""
    if not key.startswith(API_KEY_PREFIX):
        return None
    prefix, sep, _ = key[len(API_KEY_PREFIX) :].partition("_")
    return prefix if sep and len(prefix) == 12 else None


@cached_factory
def _fernet() -> Any:
    from cryptography.fernet import Fernet  # lazy: heavy (cryptography)

    digest = hashlib.sha256(("chatbi-fernet:" + get_settings().secret_key).encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def encrypt_secret(value: str) -> str:
    return str(_fernet().encrypt(value.encode()).decode())


def decrypt_secret(token: str) -> str:
    return str(_fernet().decrypt(token.encode()).decode())
