"""The right to erasure: deleting a user deletes what they own, their data included.

It lives with the datasets (not with the users) because it removes workspace tables and files.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from shared.datasets.service import delete_datasources_of
from shared.errors import BadRequest
from shared.identity.users import get_user, keep_an_admin
from shared.storage.models import AuditLog, User
from shared.telemetry.logs import request_id_var


def erase_user(session: Session, user_id: int, acting_user: User) -> None:
    """Delete a user and everything they own (the right to erasure): their datasources with the
    workspace tables and uploaded files behind them, conversations, keys, shares. One audit row
    says who erased whom and what went."""
    if user_id == acting_user.id:
        raise BadRequest("You cannot delete your own account")
    user = get_user(session, user_id)
    keep_an_admin(session, user, "delete")
    erased = delete_datasources_of(session, user.id)
    session.add(
        AuditLog(
            user_id=acting_user.id,
            username=acting_user.username[:64],
            method="ERASE",
            path=f"/api/v1/users/{user.id}",
            status=200,
            latency_ms=0.0,
            request_id=request_id_var.get(),
            detail=f"erased user {user.username!r} (id {user.id}, {user.role}): {erased.describe()}",
        )
    )
    session.delete(user)
    session.commit()
    erased.purge()
