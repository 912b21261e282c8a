"""Response shapes of the API: every route declares one, so /openapi.json documents every 2xx.

Services return plain dicts; FastAPI validates them against these models on the way out, so a
shape drift is a test failure, not a silent API change. One error model for every error, one
page model (`items`, `total`, `offset`, `limit`) for every list. This package face holds what
every route group shares; each group's own models live in its module here (`health`, `datasets`,
`chat`, `audit`), so a function's cold start imports only its own (and health or audit never
import the semantic model that the datasets schema uses).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

T = TypeVar("T")


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# The app stores naive UTC times; on the wire they are RFC 3339 with the zone ("...Z").
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class Out(BaseModel):
    """Base of the response models: validators are built on first use, so a function's cold start
    pays only for the models its own routes use (health builds two, not thirty)."""

    model_config = ConfigDict(defer_build=True)


# ------------------------------------------------------------------ errors and pages


class ErrorInfo(Out):
    code: str = Field(description="Machine-readable error code, e.g. not_found, validation_failed")
    message: str = Field(description="What went wrong and what to fix")
    details: Any = Field(default=None, description="Structured details, when there are any")


class ErrorOut(Out):
    """Every error response: `detail` (the message, as FastAPI clients expect) and `error`."""

    detail: str
    error: ErrorInfo


_ERROR_STATUSES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Not allowed for this role",
    404: "Not found (or not yours)",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported file type",
    422: "Invalid input",
    429: "Too many requests (see Retry-After)",
    500: "Internal server error",
    503: "Service unavailable (see Retry-After)",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text} for status, text in _ERROR_STATUSES.items()
}


# Beyond any real list, and far below the 64-bit limits of the databases' OFFSET.
MAX_OFFSET = 1_000_000_000


class Page(Out, Generic[T]):
    """A page of a list: `offset`/`limit` as requested, `total` matching items overall."""

    items: list[T]
    total: int
    offset: int
    limit: int
