"""Request dependencies: a database session per request (one unit of work) and the calling user."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from shared.errors import Unauthorized
from shared.identity import auth
from shared.identity.security import API_KEY_PREFIX
from shared.settings import get_settings
from shared.storage.db import session_scope
from shared.storage.models import User

_bearer = HTTPBearer(auto_error=False, description="JWT from /api/v1/auth/login, or an API key")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def get_session(request: Request) -> Iterator[Session]:
    """The request's session. `commit_before_response` commits it once the endpoint has returned
    and before the response is sent; this scope then only rolls back (on error) and closes."""
    with session_scope() as session:
        request.state.db_session = session
        yield session


def client_ip(request: Request) -> str | None:
    """The caller's address; X-Forwarded-For only counts when the peer is a trusted proxy."""
    from shared.ops.audit import resolve_client_ip  # lazy: cold start

    peer = request.client.host if request.client else None
    return resolve_client_ip(peer, request.headers.get("x-forwarded-for"), get_settings().trusted_proxies)


def get_current_user(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
    api_key: str | None = Depends(_api_key_header),
    session: Session = Depends(get_session),
) -> User:
    token = credentials.credentials if credentials else None
    if api_key or (token and token.startswith(API_KEY_PREFIX)):
        user, key = auth.user_from_api_key(session, api_key or token or "")
        request.state.api_key_id = key.id
    elif token:
        user = auth.user_from_token(session, token)
    else:
        raise Unauthorized("Not authenticated: send 'Authorization: Bearer <token>' or 'X-API-Key'")
    request.state.user_id = user.id
    request.state.username = user.username
    return user


def require_role(*roles: str) -> Callable[..., User]:
    """Dependency factory: the current user, if they hold one of `roles` (admin always)."""

    def _dependency(user: User = Depends(get_current_user)) -> User:
        auth.require_role(user, *roles)
        return user

    return _dependency
