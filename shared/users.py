"""User and API key management (admin-only except for one's own keys)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.errors import BadRequest, Conflict, NotFound
from shared.models import ROLES, ApiKey, User, utcnow
from shared.security import hash_password, new_api_key


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise BadRequest(f"Unknown role '{role}'; use one of {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise BadRequest("Password must be at least 8 characters")


def create_user(session: Session, username: str, password: str, role: str = "viewer") -> User:
    username = username.strip()
    if not username or len(username) > 64:
        raise BadRequest("Username must be 1 to 64 characters")
    _check_role(role)
    _check_password(password)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"User '{username}' already exists")
    user = User(username=username, password_hash=hash_password(password), role=role, is_active=True)
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
        user.role = role
    if password is not None:
        _check_password(password)
        user.password_hash = hash_password(password)
    if is_active is not None:
        user.is_active = is_active
    session.flush()
    return user


def delete_user(session: Session, user_id: int, acting_user: User) -> None:
    if user_id == acting_user.id:
        raise BadRequest("You cannot delete your own account")
    session.delete(get_user(session, user_id))
    session.flush()


def create_api_key(session: Session, user: User, name: str) -> tuple[ApiKey, str]:
    """Returns the stored key and the full secret, which is shown exactly once."""
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
