"""FastAPI's pydantic.v1 check without importing pydantic.v1 (~15 ms of every function's cold start).

FastAPI rejects pydantic.v1 models: for every response model and parameter of every route it asks
`fastapi._compat.shared.is_pydantic_v1_model_class`, which imports the whole pydantic.v1 package
to answer. No FastAPI release or setting avoids that (0.165 still does it). A v1 model class
cannot exist before pydantic.v1 is imported, so while it is not, the answer is no without
importing it; once anything has imported pydantic.v1, FastAPI's own check runs and still rejects
v1 models. If a FastAPI release drops the function, nothing is replaced and
tests/ops/test_cold_import.py reports pydantic.v1 back in the handlers' imports.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

_MARK = "_chatbi_v1_loaded_first"


def _loaded_first(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def is_pydantic_v1_model_class(cls: Any) -> bool:
        return "pydantic.v1" in sys.modules and check(cls)

    setattr(is_pydantic_v1_model_class, _MARK, True)
    return is_pydantic_v1_model_class


def check_v1_models_only_once_loaded() -> None:
    """Route definitions stop importing pydantic.v1 (idempotent; before the first route)."""
    try:
        fastapi_compat = importlib.import_module("fastapi._compat.shared")
    except ImportError:  # a FastAPI older than the check: nothing to keep out
        return
    check = getattr(fastapi_compat, "is_pydantic_v1_model_class", None)
    if check is not None and not getattr(check, _MARK, False):
        setattr(fastapi_compat, "is_pydantic_v1_model_class", _loaded_first(check))  # noqa: B010
