"""User and API key management (admin-only except for one's own keys)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.errors import BadRequest, Conflict, Forbidden, NotFound
from shared.identity.security import hash_password, new_api_key
from shared.storage.models import ROLES, ApiKey, User, fold_username, utcnow


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise BadRequest(f"Unknown role '{role}'; use one of {', '.join(ROLES)}")


# zxcvbn's score: 0-1 are passwords found in (or close to) common-password lists and dictionaries.
MIN_PASSWORD_SCORE = 2
# zxcvbn's cost grows with length; a longer password is not weak for what its first chars are.
ZXCVBN_MAX_CHARS = 72  # zxcvbn refuses longer input (ValueError)


def _check_password(password: str, username: str = "") -> None:
    from zxcvbn import zxcvbn  # lazy: heavy (zxcvbn)

    if len(password) < 8:
        raise BadRequest("Password must be at least 8 characters")
    result = zxcvbn(password[:ZXCVBN_MAX_CHARS], user_inputs=[username] if username else [])
    if result["score"] < MIN_PASSWORD_SCORE:
        feedback = result.get("feedback") or {}
        reason = feedback.get("warning") or "It is too easy to guess."
        hint = " ".join(feedback.get("suggestions") or []) or "Use a longer passphrase of uncommon words."
        raise BadRequest(f"Password is too common or easy to guess: {reason} {hint}".strip())


def normalise_username(raw: str) -> str:
    """A username as stored: NFKC (fullwidth forms folded), trimmed, no invisible characters."""
    username = unicodedata.normalize("NFKC", raw).strip()
    if not username or len(username) > 64:
        raise BadRequest("Username must be 1 to 64 characters")
    for char in username:
        category = unicodedata.category(char)
        if (category[0] in "CZ" and char != " ") or char in INVISIBLE_CHARS:
            raise BadRequest(
                f"Username contains an invisible or control character (U+{ord(char):04X} "
                f"{unicodedata.name(char, 'unnamed')}); use visible characters only"
            )
    return username


# Default-ignorable characters that are not in a C*/Z* category (fillers, combining grapheme joiner).
INVISIBLE_CHARS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")


def create_user(session: Session, username: str, password: str, role: str = "viewer") -> User:
    username = normalise_username(username)
    _check_role(role)
    _check_password(password, username)
    existing = session.scalar(select(User.username).where(User.username_key == fold_username(username)))
    if existing is not None:
        raise Conflict(f"User '{existing}' already exists (usernames are compared ignoring case)")
    user = User(
        username=username,
        username_key=fold_username(username),
        password_hash=hash_password(password),
        role=role,
        is_active=True,
    )
    session.add(user)
    session.flush()
    return user


def list_users(session: Session, offset: int = 0, limit: int = 50) -> tuple[list[User], int]:
    total = session.scalar(select(func.count()).select_from(User)) or 0
    rows = session.scalars(select(User).order_by(User.id).offset(offset).limit(limit)).all()
    return list(rows), total


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"User {user_id} not found")
    return user


def update_user(
    session: Session,
    user_id: int,
    *,
    role: str | None = None,
    password: str | None = None,
    is_active: bool | None = None,
) -> User:
    user = get_user(session, user_id)
    if role is not None:
        _check_role(role)
    if (role is not None and role != "admin") or is_active is False:
        keep_an_admin(session, user, "demote" if role not in (None, "admin") else "deactivate")
    if role is not None:
        user.role = role
    if password is not None:
        _check_password(password, user.username)
        user.password_hash = hash_password(password)
        user.token_version += 1  # every token issued before the reset stops working
    if is_active is not None:
        user.is_active = is_active
    session.flush()
    return user


def keep_an_admin(session: Session, user: User, action: str) -> None:
    """Refuse to leave the service without an active admin (no one could manage users again)."""
    if user.role != "admin" or not user.is_active:
        return
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == "admin", User.is_active.is_(True), User.id != user.id)
    )
    if not others:
        raise Conflict(
            f"Cannot {action} '{user.username}': it is the last active admin; make another admin first"
        )


def create_api_key(session: Session, user: User, name: str, via_api_key: bool = False) -> tuple[ApiKey, str]:
    """Returns the stored key and the full secret, which is shown exactly once.

    Only a logged-in user mints keys: a key that could mint keys would outlive its own revocation.
    """
    if via_api_key:
        raise Forbidden("An API key cannot create API keys; log in with a password to create one")
    if not name.strip():
        raise BadRequest("API key name must not be empty")
    full, prefix, digest = new_api_key()
    api_key = ApiKey(user_id=user.id, name=name.strip()[:128], prefix=prefix, key_hash=digest)
    session.add(api_key)
    session.flush()
    return api_key, full


def list_api_keys(session: Session, user: User) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.user_id == user.id).order_by(ApiKey.id)).all())


def revoke_api_key(session: Session, user: User, key_id: int) -> None:
    api_key = session.get(ApiKey, key_id)
    if api_key is None or api_key.user_id != user.id:
        raise NotFound(f"API key {key_id} not found")
    api_key.revoked_at = utcnow()
    session.flush()
