"""GET /health: database and Redis reachability, for load balancers and Docker."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from shared.api.schemas.health import HealthOut
from shared.ops.health import check_health

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    response_model=HealthOut,
    responses={503: {"model": HealthOut, "description": "Unhealthy: the database is unreachable"}},
    summary="Service health (200 healthy/degraded, 503 unhealthy)",
)
def health() -> JSONResponse:
    report = check_health()
    return JSONResponse(report.as_dict(), status_code=report.http_status)
