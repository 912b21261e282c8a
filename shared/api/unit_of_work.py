"""The request's unit of work, committed before the response is sent.

Kept apart from `deps` so apps without a database route (health) do not import the auth stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from fastapi import Request

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def commit_before_response(request: Request) -> Iterator[None]:
    """One unit of work per request, committed BEFORE the response goes out.

    Installed on every route with `scope="function"`, so its exit runs when the endpoint (and
    the response serialisation) is done but before the first byte is sent: a client that gets
    an id back can read it at once. (A plain `yield` dependency commits after sending, and under
    load a follow-up request raced the commit and got 404.) An error in the endpoint skips the
    commit and `get_session` rolls back; a failing commit becomes the error response.
    """
    yield
    session: Session | None = getattr(request.state, "db_session", None)
    if session is not None:
        session.commit()
