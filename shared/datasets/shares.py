"""Sharing a datasource read-only with one user or with everyone holding a role, and taking it back.

Only the owner (or an admin) lists, grants and revokes shares; grantees see the datasource
through the access rule in `service.py`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.datasets.service import get_owned
from shared.errors import BadRequest, NotFound, ValidationFailed
from shared.storage.models import ROLES, DatasourceShare, User, fold_username


def _share_out(share: DatasourceShare, username: str | None) -> dict[str, Any]:
    return {
        "id": share.id,
        "datasource_id": share.datasource_id,
        "username": username,
        "role": share.grantee_role,
        "access": "read",
        "created_at": share.created_at.isoformat() if share.created_at else None,
    }


def list_shares(session: Session, user: User, datasource_id: int) -> dict[str, Any]:
    """Who the datasource is shared with (its owner or an admin may ask)."""
    datasource = get_owned(session, user, datasource_id)
    rows = session.execute(
        select(DatasourceShare, User.username)
        .outerjoin(User, User.id == DatasourceShare.grantee_user_id)
        .where(DatasourceShare.datasource_id == datasource.id)
        .order_by(DatasourceShare.id)
    ).all()
    return {"items": [_share_out(share, username) for share, username in rows]}


def revoke_share(session: Session, user: User, datasource_id: int, share_id: int) -> None:
    """Take a share back: the grantee no longer sees the datasource (nor their answers' rows from it)."""
    datasource = get_owned(session, user, datasource_id)
    share = session.get(DatasourceShare, share_id)
    if share is None or share.datasource_id != datasource.id:
        raise NotFound(f"Share {share_id} of datasource {datasource_id} not found")
    session.delete(share)
    session.flush()


def share_datasource(
    session: Session, user: User, datasource_id: int, username: str | None, role: str | None
) -> dict[str, Any]:
    """Share read-only with one user (by username) or everyone holding a role."""
    datasource = get_owned(session, user, datasource_id)
    if bool(username) == bool(role):
        raise ValidationFailed("Give exactly one of 'username' or 'role'")
    grantee_id: int | None = None
    if username:
        grantee = session.scalar(select(User).where(User.username_key == fold_username(username.strip())))
        if grantee is None:
            raise NotFound(f"No user named '{username}'")
        if grantee.id == datasource.owner_id:
            raise BadRequest(f"'{username}' already owns this datasource")
        grantee_id = grantee.id
    elif role not in ROLES:
        raise ValidationFailed(f"role must be one of {', '.join(ROLES)}")
    share = session.scalar(
        select(DatasourceShare).where(
            DatasourceShare.datasource_id == datasource.id,
            DatasourceShare.grantee_user_id == grantee_id
            if grantee_id
            else DatasourceShare.grantee_user_id.is_(None),
            DatasourceShare.grantee_role == role if role else DatasourceShare.grantee_role.is_(None),
        )
    )
    if share is None:
        share = DatasourceShare(datasource_id=datasource.id, grantee_user_id=grantee_id, grantee_role=role)
        session.add(share)
        session.flush()
    return _share_out(share, username)
