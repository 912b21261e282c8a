"""Response model of the health group."""

from __future__ import annotations

from typing import Literal

from shared.api.schemas import Out


class HealthOut(Out):
    status: Literal["healthy", "degraded", "unhealthy"]
    database: Literal["connected", "disconnected"]
    redis: Literal["connected", "disconnected", "not_configured"]
    version: str
