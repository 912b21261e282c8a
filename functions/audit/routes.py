"""GET /api/v1/audit-logs: the audit trail, for admins."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from shared.api.deps import get_session, require_role
from shared.observability.audit import query_audit_logs

router = APIRouter(prefix="/api/v1", tags=["audit"])


@router.get("/audit-logs", summary="Audit trail of API requests (admin)")
def list_audit_logs(
    user_id: int | None = Query(None, description="Only this user's requests"),
    username: str | None = Query(None, description="Only this username's requests"),
    path: str | None = Query(None, description="Only paths starting with this prefix"),
    method: str | None = Query(None, max_length=8),
    status: int | None = Query(None, ge=100, le=599),
    since: datetime | None = Query(None, description="From this time (inclusive, UTC)"),
    until: datetime | None = Query(None, description="Before this time (exclusive, UTC)"),
    page: int = Query(1, ge=1),
    page_size: int = Query(50, ge=1, le=500),
    _admin: Any = Depends(require_role("admin")),
    session: Session = Depends(get_session),
) -> dict[str, Any]:
    rows, total = query_audit_logs(
        session,
        user_id=user_id,
        username=username,
        path_prefix=path,
        method=method,
        status=status,
        since=since,
        until=until,
        page=page,
        page_size=page_size,
    )
    return {
        "items": [
            {
                "id": row.id,
                "created_at": row.created_at.isoformat(),
                "user_id": row.user_id,
                "username": row.username,
                "api_key_id": row.api_key_id,
                "method": row.method,
                "path": row.path,
                "status": row.status,
                "latency_ms": row.latency_ms,
                "client_ip": row.client_ip,
                "request_id": row.request_id,
                "detail": row.detail,
            }
            for row in rows
        ],
        "total": total,
        "page": page,
        "page_size": page_size,
    }
