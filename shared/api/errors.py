"""The ONE place where domain errors become HTTP responses."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.errors import ChatBIError

log = logging.getLogger("chatbi.api")


def _body(code: str, message: str, details: object = None) -> dict[str, object]:
    error: dict[str, object] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"detail": message, "error": error}


def install_error_handlers(app: FastAPI, *, database: bool = True) -> None:
    """Domain, validation, HTTP and unexpected errors; with `database`, also a database outage
    (503 with Retry-After), which imports SQLAlchemy: an app without request sessions skips it."""

    @app.exception_handler(ChatBIError)
    async def _domain(_: Request, exc: ChatBIError) -> JSONResponse:
        return JSONResponse(
            _body(exc.code, exc.message, exc.details), status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        message = "Invalid request: " + "; ".join(problems)
        return JSONResponse(_body("validation_failed", message, jsonable(exc.errors())), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            _body("http_error", str(exc.detail)), status_code=exc.status_code, headers=exc.headers
        )

    if database:
        _install_database_handler(app)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(_body("internal_error", "Internal server error"), status_code=500)


def _install_database_handler(app: FastAPI) -> None:
    from sqlalchemy import exc as sa_exc  # lazy: cold start

    async def _database(request: Request, exc: Exception) -> JSONResponse:
        if database_unavailable(exc):
            log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
            message = "The database is unavailable right now; try again in a few seconds"
            return JSONResponse(
                _body("service_unavailable", message),
                status_code=503,
                headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
            )
        log.exception("unhandled database error on %s %s", request.method, request.url.path)
        return JSONResponse(_body("internal_error", "Internal server error"), status_code=500)

    # Handled here rather than by the catch-all below, so an outage is an answer, not a crash.
    app.add_exception_handler(sa_exc.DBAPIError, _database)  # type: ignore[arg-type]
    app.add_exception_handler(sa_exc.TimeoutError, _database)  # type: ignore[arg-type]


DATABASE_RETRY_AFTER_S = 5


def database_unavailable(exc: BaseException) -> bool:
    """A lost or refused database connection, or a full pool: try again later (503), not a bug (500)."""
    from sqlalchemy import exc as sa_exc  # lazy: cold start

    if isinstance(exc, sa_exc.TimeoutError):  # no pooled connection came free in time
        return True
    if isinstance(exc, sa_exc.DBAPIError):
        return bool(exc.connection_invalidated) or isinstance(
            exc, sa_exc.OperationalError | sa_exc.InterfaceError
        )
    return False


def jsonable(errors: object) -> object:
    return jsonable_encoder(errors, custom_encoder={BaseException: str, ValueError: str})
