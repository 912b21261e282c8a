"""The auth function as AWS Lambda behind API Gateway, payload v2 (HTTP API) and v1 (REST)."""

from __future__ import annotations

import pytest

from tests.conftest import make_user
from tests.lambda_events import http_v2_event, invoke, rest_v1_event


@pytest.mark.parametrize("build_event", [http_v2_event, rest_v1_event], ids=["v2", "v1"])
def test_login_and_me_through_lambda(storage, build_event) -> None:
    from functions.auth.handler import handler

    # Given a user and a login event from API Gateway
    make_user("lena", "analyst", "lena-password")
    login = build_event("POST", "/api/v1/auth/login", body={"username": "lena", "password": "lena-password"})
    # When the auth function handles it
    status, headers, body = invoke(handler, login)
    # Then a token comes back and works on /me
    assert status == 200, body
    assert headers["content-type"].startswith("application/json")
    me = build_event("GET", "/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    status, _, body = invoke(handler, me)
    assert status == 200 and body["username"] == "lena"


@pytest.mark.parametrize("build_event", [http_v2_event, rest_v1_event], ids=["v2", "v1"])
def test_errors_keep_their_status_through_lambda(storage, build_event) -> None:
    from functions.auth.handler import handler

    status, _, body = invoke(handler, build_event("GET", "/api/v1/auth/me"))
    assert status == 401 and body["error"]["code"] == "unauthorized"
    bad = build_event("POST", "/api/v1/auth/login", body={"username": ""})
    status, _, body = invoke(handler, bad)
    assert status == 422 and "password" in body["detail"]
