"""Routes: login, me, API keys, and admin-only user management."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from shared.api.deps import client_ip, get_current_user, get_session, require_role
from shared.api.schemas import MAX_OFFSET, Out, Page, UtcDatetime
from shared.identity import auth, users
from shared.storage.models import User

router = APIRouter(tags=["auth"])
Role = Literal["admin", "analyst", "viewer"]


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class TokenOut(Out):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class UserOut(Out):
    model_config = ConfigDict(from_attributes=True)
    id: int
    username: str
    role: str
    is_active: bool
    created_at: UtcDatetime


class UserPage(Out):
    items: list[UserOut]
    total: int
    offset: int
    limit: int


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=8, max_length=1024)
    role: Role = "viewer"


class UserUpdate(BaseModel):
    role: Role | None = None
    password: str | None = Field(default=None, min_length=8, max_length=1024)
    is_active: bool | None = None


class ApiKeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=128)


class ApiKeyOut(Out):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    prefix: str
    created_at: UtcDatetime
    last_used_at: UtcDatetime | None
    revoked_at: UtcDatetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(description="The full key. It is shown only this once.")


@router.post("/api/v1/auth/login", response_model=TokenOut)
def login(body: LoginIn, request: Request, session: Session = Depends(get_session)) -> dict[str, object]:
    return auth.login(session, body.username, body.password, client_ip(request))


@router.get("/api/v1/auth/me", response_model=UserOut)
def me(user: User = Depends(get_current_user)) -> User:
    return user


@router.get("/api/v1/api-keys", response_model=Page[ApiKeyOut])
def list_keys(
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(50, ge=1, le=500),
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> dict[str, object]:
    keys = users.list_api_keys(session, user)  # a handful per user
    return {"items": keys[offset : offset + limit], "total": len(keys), "offset": offset, "limit": limit}


@router.post("/api/v1/api-keys", response_model=ApiKeyCreated, status_code=201)
def create_key(
    body: ApiKeyCreate,
    request: Request,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> ApiKeyCreated:
    via_api_key = getattr(request.state, "api_key_id", None) is not None
    key, full = users.create_api_key(session, user, body.name, via_api_key=via_api_key)
    return ApiKeyCreated(**ApiKeyOut.model_validate(key).model_dump(), key=full)


@router.delete("/api/v1/api-keys/{key_id}", status_code=204)
def revoke_key(
    key_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)
) -> Response:
    users.revoke_api_key(session, user, key_id)
    return Response(status_code=204)


@router.get("/api/v1/users", response_model=UserPage)
def list_users(
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(50, ge=1, le=500),
    _: User = Depends(require_role("admin")),
    session: Session = Depends(get_session),
) -> dict[str, object]:
    items, total = users.list_users(session, offset, limit)
    return {"items": items, "total": total, "offset": offset, "limit": limit}


@router.post("/api/v1/users", response_model=UserOut, status_code=201)
def create_user(
    body: UserCreate, _: User = Depends(require_role("admin")), session: Session = Depends(get_session)
) -> User:
    return users.create_user(session, body.username, body.password, body.role)


@router.get("/api/v1/users/{user_id}", response_model=UserOut)
def get_user(
    user_id: int, _: User = Depends(require_role("admin")), session: Session = Depends(get_session)
) -> User:
    return users.get_user(session, user_id)


@router.patch("/api/v1/users/{user_id}", response_model=UserOut)
def update_user(
    user_id: int,
    body: UserUpdate,
    _: User = Depends(require_role("admin")),
    session: Session = Depends(get_session),
) -> User:
    return users.update_user(session, user_id, **body.model_dump(exclude_unset=True))


@router.delete("/api/v1/users/{user_id}", status_code=204)
def delete_user(
    user_id: int, admin: User = Depends(require_role("admin")), session: Session = Depends(get_session)
) -> Response:
    from shared.datasets import erasure  # lazy: cold start (only an erasure needs the datasets code)

    erasure.erase_user(session, user_id, admin)
    return Response(status_code=204)
