"""Auth over HTTP, on both storage modes: login, me, tokens, roles, rate limiting."""

from __future__ import annotations

import time

import jwt
import pytest

from tests.conftest import TEST_SECRET, make_user


def login(client, username: str, password: str, ip: str | None = None):
    headers = {"X-Forwarded-For": ip} if ip else {}
    return client.post(
        "/api/v1/auth/login", json={"username": username, "password": password}, headers=headers
    )


def test_login_then_me(client) -> None:
    # Given an analyst
    make_user("alice", "analyst", "alice-password")
    # When she logs in
    response = login(client, "alice", "alice-password")
    # Then she gets a bearer token that identifies her
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "alice" and me.json()["role"] == "analyst"
    assert "password_hash" not in me.json()


@pytest.mark.production_password_cost
def test_passwords_are_stored_with_the_shipped_argon2_cost(client) -> None:
    # Given a user created with the shipped hasher (the other tests use the cheapest argon2 cost)
    import sqlalchemy as sa

    from shared.storage.db import session_scope
    from shared.storage.models import User

    make_user("hana", "analyst", "hana-password")
    with session_scope() as session:
        stored = session.scalar(sa.select(User.password_hash).where(User.username == "hana"))
    # Then the hash is argon2id at 64 MiB, 3 passes, 4 lanes, and logging in with it works
    assert stored and stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$"), stored
    assert login(client, "hana", "hana-password").status_code == 200
    assert login(client, "hana", "wrong-password").status_code == 401


def test_wrong_password_is_401(client) -> None:
    make_user("bob", "viewer", "right-password")
    response = login(client, "bob", "wrong-password")
    assert response.status_code == 401
    assert response.json()["detail"] == "Incorrect username or password"
    # An unknown user gets the same answer: no user enumeration.
    assert login(client, "nobody", "whatever").json()["detail"] == "Incorrect username or password"


def test_sixth_failed_login_within_a_minute_is_429(client) -> None:
    # Given five failed attempts for one username from one address
    make_user("carol", "viewer", "carol-password")
    for _ in range(5):
        assert login(client, "carol", "nope").status_code == 401
    # When a sixth attempt comes, even with the right password
    response = login(client, "carol", "carol-password")
    # Then it is refused with a Retry-After
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 61
    assert "Too many failed logins" in response.json()["detail"]
    # And another user is not affected
    make_user("dave", "viewer", "dave-password")
    assert login(client, "dave", "dave-password").status_code == 200


def test_no_token_is_401(client) -> None:
    response = client.get("/api/v1/auth/me")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_expired_token_is_401(client) -> None:
    from shared.identity.security import create_access_token

    make_user("erin", "viewer")
    token, _ = create_access_token("1", "viewer", expires_in_s=-10)
    response = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]


@pytest.mark.parametrize("forge", ["wrong_key", "tampered_payload", "alg_none"])
def test_tampered_token_is_401(client, forge: str) -> None:
    # Given a genuine viewer token
    headers = make_user("frank", "viewer")
    token = headers["Authorization"].split()[1]
    claims = jwt.decode(token, TEST_SECRET, algorithms=["HS256"])
    # When it is forged into an admin token
    claims["role"] = "admin"
    claims["sub"] = "1"
    if forge == "wrong_key":
        bad = jwt.encode(claims, "another-secret-that-is-long-enough", algorithm="HS256")
    elif forge == "alg_none":
        bad = jwt.encode(claims, key="", algorithm="none")
    else:
        header, _, signature = token.split(".")
        payload = jwt.utils.base64url_encode(jwt.api_jws.json.dumps(claims).encode()).decode()
        bad = f"{header}.{payload}.{signature}"
    # Then it is refused
    response = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {bad}"})
    assert response.status_code == 401


def test_viewer_calling_admin_route_is_403(client) -> None:
    headers = make_user("gina", "viewer")
    response = client.get("/api/v1/users", headers=headers)
    assert response.status_code == 403
    assert "admin" in response.json()["detail"]


def test_admin_manages_users(client) -> None:
    admin = make_user("root", "admin")
    created = client.post(
        "/api/v1/users",
        json={"username": "hank", "password": "hank-password", "role": "analyst"},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    duplicate = client.post(
        "/api/v1/users", json={"username": "hank", "password": "hank-password"}, headers=admin
    )
    assert duplicate.status_code == 409
    short = client.post("/api/v1/users", json={"username": "ivy", "password": "short"}, headers=admin)
    assert short.status_code == 422 and "password" in short.json()["detail"]
    listed = client.get("/api/v1/users", headers=admin).json()
    assert listed["total"] == 2 and {u["username"] for u in listed["items"]} == {"root", "hank"}
    patched = client.patch(f"/api/v1/users/{user_id}", json={"is_active": False}, headers=admin)
    assert patched.json()["is_active"] is False
    # A disabled user cannot log in
    assert login(client, "hank", "hank-password").status_code == 401
    assert client.delete(f"/api/v1/users/{user_id}", headers=admin).status_code == 204
    assert client.get(f"/api/v1/users/{user_id}", headers=admin).status_code == 404


def test_api_key_shown_once_and_works(client) -> None:
    # Given an analyst who creates an API key
    headers = make_user("jack", "analyst")
    created = client.post("/api/v1/api-keys", json={"name": "etl"}, headers=headers)
    assert created.status_code == 201
    key = created.json()["key"]
    # Then the key authenticates, and listing never shows it again
    assert client.get("/api/v1/auth/me", headers={"X-API-Key": key}).json()["username"] == "jack"
    assert client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    listed = client.get("/api/v1/api-keys", headers=headers).json()["items"]
    assert "key" not in listed[0] and listed[0]["last_used_at"] is not None
    # When it is revoked, it stops working
    assert client.delete(f"/api/v1/api-keys/{listed[0]['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/auth/me", headers={"X-API-Key": key}).status_code == 401
    assert client.get("/api/v1/auth/me", headers={"X-API-Key": key[:-2] + "xx"}).status_code == 401


def test_token_survives_nothing_but_its_lifetime(client) -> None:
    """A token issued now is valid now and carries an exp about an hour ahead."""
    make_user("kim", "viewer", "kim-password")
    body = login(client, "kim", "kim-password").json()
    claims = jwt.decode(body["access_token"], TEST_SECRET, algorithms=["HS256"])
    assert abs(claims["exp"] - time.time() - 3600) < 60
