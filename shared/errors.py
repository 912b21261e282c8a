"""Domain errors. Raised anywhere in `shared/`, turned into HTTP in one place (`shared.api.errors`)."""

from __future__ import annotations

from typing import Any


class ChatBIError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, details: Any = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details
        self.headers = headers or {}


class BadRequest(ChatBIError):
    status_code = 400
    code = "bad_request"


class UnsafeSQL(BadRequest):
    """The SQL guard refused a statement; the message says what and why."""

    code = "unsafe_sql"


class QueryFailed(ChatBIError):
    """The database refused or failed a (guarded) query; the message says what a user can fix."""

    status_code = 422
    code = "query_failed"


class QueryTimeout(QueryFailed):
    """A query ran longer than the statement timeout and was stopped by the database."""

    code = "query_timeout"


class ValidationFailed(ChatBIError):
    status_code = 422
    code = "validation_failed"


class Unauthorized(ChatBIError):
    status_code = 401
    code = "unauthorized"

    def __init__(self, message: str = "Not authenticated", **kwargs: Any):
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class Forbidden(ChatBIError):
    status_code = 403
    code = "forbidden"


class NotFound(ChatBIError):
    status_code = 404
    code = "not_found"


class Conflict(ChatBIError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(ChatBIError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedMediaType(ChatBIError):
    status_code = 415
    code = "unsupported_media_type"


class TooManyRequests(ChatBIError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, message: str, retry_after: int, **kwargs: Any):
        kwargs.setdefault("headers", {"Retry-After": str(max(1, int(retry_after)))})
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServiceUnavailable(ChatBIError):
    status_code = 503
    code = "service_unavailable"
