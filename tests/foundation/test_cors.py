"""CORS: off unless CORS_ORIGINS names the browser front ends allowed to call the API."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _preflight(client: TestClient, origin: str):
    return client.options(
        "/api/v1/auth/login",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
    )


def test_cors_allows_only_configured_origins(monkeypatch) -> None:
    # Given an app configured for one front end
    monkeypatch.setenv("CORS_ORIGINS", "https://bi.example.com")
    from functions.auth.routes import router
    from shared.api.app import create_app

    client = TestClient(create_app([router]))
    # When that front end preflights, Then it is allowed; another origin is not
    allowed = _preflight(client, "https://bi.example.com")
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://bi.example.com"
    refused = _preflight(client, "https://evil.example.net")
    assert "access-control-allow-origin" not in refused.headers


def test_no_cors_headers_by_default() -> None:
    from functions.auth.routes import router
    from shared.api.app import create_app

    client = TestClient(create_app([router]))
    response = client.get("/api/v1/auth/me", headers={"Origin": "https://bi.example.com"})
    assert "access-control-allow-origin" not in response.headers
