"""Integers at the edge: ids and counts beyond 64 bits are a 422 naming the parameter.

Kept apart from `deps` so every function's app (the health check's too) can install it without
importing authentication and storage.
"""

from __future__ import annotations

import json
import re

from fastapi import Request

from shared.errors import ValidationFailed

# Every id and count the API takes is stored in (at most) a signed 64-bit column: larger numbers
# cannot name anything, and the drivers overflow on them (a 500 before this check).
INT_MAX = 2**63 - 1
_INTEGER_TEXT = re.compile(r"^[+-]?\d+$")
JSON_CHECK_MAX_BYTES = 1024 * 1024


def _out_of_range(where: str, name: str, value: object) -> ValidationFailed:
    shown = str(value)
    shown = shown if len(shown) <= 40 else shown[:20] + "..." + shown[-8:]
    return ValidationFailed(
        f"Invalid request: {where} parameter '{name}' is {shown}, which is out of range; "
        f"ids and counts are whole numbers from {-INT_MAX - 1} to {INT_MAX}",
        details=[{"loc": [where, name], "msg": "integer out of range"}],
    )


def _check_int(where: str, name: str, value: object) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -INT_MAX - 1 <= value <= INT_MAX:
            raise _out_of_range(where, name, value)
    elif isinstance(value, str) and _INTEGER_TEXT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > 19 or not -INT_MAX - 1 <= int(value) <= INT_MAX:
            raise _out_of_range(where, name, value)


async def check_integer_ranges(request: Request) -> None:
    """App-wide dependency: an integer path/query parameter or top-level JSON field beyond 64 bits is a
    422 that names it, on every route (ids such as `{datasource_id}`, `datasource_id`, `offset`)."""
    for name, value in request.path_params.items():
        _check_int("path", name, value)
    for name, value in request.query_params.multi_items():
        _check_int("query", name, value)
    if not request.headers.get("content-type", "").startswith("application/json"):
        return
    raw = await request.body()  # already read (and kept) by FastAPI for the endpoint's body
    if 0 < len(raw) <= JSON_CHECK_MAX_BYTES:
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):
            return  # FastAPI reports malformed JSON itself
        if isinstance(body, dict):
            for name, value in body.items():
                if isinstance(value, int | str) and (isinstance(value, int) or name.endswith("id")):
                    _check_int("body", name, value)
