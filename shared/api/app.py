"""The app factory: every function's FastAPI app and the local all-in-one app come from here."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, Depends, FastAPI

from shared import __version__
from shared.api.cors import LazyCORS
from shared.api.errors import install_error_handlers
from shared.api.middleware import install_middleware
from shared.api.ranges import check_integer_ranges
from shared.api.schemas import ERROR_RESPONSES
from shared.api.unit_of_work import commit_before_response


def create_app(routers: Iterable[APIRouter], *, title: str = "ChatBI", database: bool = True) -> FastAPI:
    """The app for `routers`. `database=False` is for routes that use no request session (health
    reports the database's state itself): no unit of work and no outage handler, so importing the
    handler does not import SQLAlchemy."""
    app = FastAPI(
        title=title,
        version=__version__,
        description="Conversational BI backend",
        dependencies=[Depends(check_integer_ranges)],
    )
    unit_of_work = [Depends(commit_before_response, scope="function")] if database else []
    for router in routers:
        app.include_router(router, dependencies=unit_of_work, responses=ERROR_RESPONSES)
    install_error_handlers(app, database=database)
    install_middleware(app)
    app.add_middleware(LazyCORS)  # outermost, so preflights and errors carry CORS headers
    return app
