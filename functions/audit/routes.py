"""GET /api/v1/audit-logs: the audit trail, for admins."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from shared.api.deps import get_session, require_role
from shared.api.schemas import MAX_OFFSET, Page
from shared.api.schemas.audit import AuditLogOut
from shared.ops.audit import query_audit_logs

router = APIRouter(prefix="/api/v1", tags=["audit"])


@router.get("/audit-logs", response_model=Page[AuditLogOut], summary="Audit trail of API requests (admin)")
def list_audit_logs(
    user_id: int | None = Query(None, description="Only this user's requests"),
    username: str | None = Query(None, description="Only this username's requests"),
    path: str | None = Query(None, description="Only paths starting with this prefix"),
    method: str | None = Query(None, max_length=8),
    status: int | None = Query(None, ge=100, le=599),
    since: datetime | None = Query(None, description="From this time (inclusive, UTC)"),
    until: datetime | None = Query(None, description="Before this time (exclusive, UTC)"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(50, ge=1, le=500),
    _admin: Any = Depends(require_role("admin")),
    session: Session = Depends(get_session),
) -> Page[AuditLogOut]:
    rows, total = query_audit_logs(
        session,
        user_id=user_id,
        username=username,
        path_prefix=path,
        method=method,
        status=status,
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    items = [AuditLogOut.model_validate(row) for row in rows]
    return Page[AuditLogOut](items=items, total=total, offset=offset, limit=limit)
