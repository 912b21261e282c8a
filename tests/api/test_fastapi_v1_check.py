"""FastAPI's pydantic.v1 check stays a check: v1 models are still refused once pydantic.v1 exists.

shared/api/fastapi_v1_check.py keeps FastAPI from importing pydantic.v1 just to ask whether a
model is a v1 model (tests/ops/test_cold_import.py checks that no handler imports it)."""

from __future__ import annotations

import pytest
from fastapi import APIRouter
from fastapi._compat import shared as fastapi_compat
from fastapi.exceptions import PydanticV1NotSupportedError
from pydantic import BaseModel

import shared.api  # noqa: F401  (installs the check)
from shared.api.fastapi_v1_check import check_v1_models_only_once_loaded


def test_a_v1_response_model_is_still_refused() -> None:
    # Given pydantic.v1 imported (a v1 model can only exist after that) and one of its models
    from pydantic import v1  # here, not at the top: collecting this file must not load it

    class Legacy(v1.BaseModel):
        name: str

    router = APIRouter()
    # When a route declares it as its response model, Then FastAPI refuses it as before
    with pytest.raises(PydanticV1NotSupportedError):
        router.add_api_route("/legacy", lambda: None, response_model=Legacy)


def test_a_v2_response_model_is_accepted() -> None:
    class Current(BaseModel):
        name: str

    router = APIRouter()
    router.add_api_route("/current", lambda: None, response_model=Current)
    assert router.routes[-1].response_model is Current  # type: ignore[attr-defined]


def test_installing_twice_wraps_once() -> None:
    # Given the check installed (by importing shared.api), When installed again
    installed = fastapi_compat.is_pydantic_v1_model_class
    check_v1_models_only_once_loaded()
    # Then FastAPI keeps the same function (no wrapper around a wrapper)
    assert fastapi_compat.is_pydantic_v1_model_class is installed
