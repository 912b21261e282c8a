"""Response model of the audit group."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from shared.api.schemas import Out, UtcDatetime


class AuditLogOut(Out):
    model_config = ConfigDict(from_attributes=True)

    id: int
    created_at: UtcDatetime
    user_id: int | None = None
    username: str | None = None
    api_key_id: int | None = None
    method: str
    path: str
    status: int
    latency_ms: float | None = None
    client_ip: str | None = None
    request_id: str | None = None
    detail: str | None = Field(default=None, description="What else happened, e.g. what an erasure removed")
