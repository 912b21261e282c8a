"""Issue 14 (accounts): common passwords, username look-alikes, token revocation on password
reset, the last admin, and API keys minting API keys."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.conftest import make_user

STRONG = "mellow-harbour-tractor-9"


def _login(client, username: str, password: str):
    return client.post("/api/v1/auth/login", json={"username": username, "password": password})


@pytest.mark.parametrize("password", ["password1", "12345678", "qwertyuiop", "iloveyou1", "letmein123"])
def test_common_passwords_are_refused(client, admin_headers, password: str) -> None:
    # When an admin creates a user with a common password
    response = client.post(
        "/api/v1/users", json={"username": "dora", "password": password}, headers=admin_headers
    )
    # Then it is refused, saying why
    assert response.status_code == 400, response.text
    assert "too common or easy to guess" in response.json()["detail"]


def test_password_reset_to_a_common_password_is_refused(client, admin_headers) -> None:
    make_user("erin", "analyst")
    users = client.get("/api/v1/users", headers=admin_headers).json()["items"]
    erin = next(u for u in users if u["username"] == "erin")
    response = client.patch(
        f"/api/v1/users/{erin['id']}", json={"password": "password123"}, headers=admin_headers
    )
    assert response.status_code == 400


@pytest.mark.parametrize("twin", ["alice", "ALICE", "ａｌｉｃｅ", " Alice "])
def test_usernames_are_unique_ignoring_case_and_lookalikes(client, admin_headers, twin: str) -> None:
    # Given a user 'Alice'
    first = client.post(
        "/api/v1/users", json={"username": "Alice", "password": STRONG}, headers=admin_headers
    )
    assert first.status_code == 201, first.text
    # When another user is created under a name that only differs in case or width
    response = client.post(
        "/api/v1/users", json={"username": twin, "password": STRONG}, headers=admin_headers
    )
    # Then it is a conflict
    assert response.status_code == 409, response.text


def test_fullwidth_username_is_stored_normalised_and_logs_in_any_case(client, admin_headers) -> None:
    response = client.post(
        "/api/v1/users", json={"username": "Ｆｒａｎｋ", "password": STRONG}, headers=admin_headers
    )
    assert response.status_code == 201 and response.json()["username"] == "Frank"
    assert _login(client, "frank", STRONG).status_code == 200


@pytest.mark.parametrize("name", ["ali\u200bce", "bob\u202e", "\u2060carl", "dan\u00ad", "eve\u3164"])
def test_usernames_with_invisible_characters_are_refused(client, admin_headers, name: str) -> None:
    response = client.post(
        "/api/v1/users", json={"username": name, "password": STRONG}, headers=admin_headers
    )
    assert response.status_code == 400, response.text
    assert "invisible" in response.json()["detail"]


def test_password_reset_invalidates_earlier_tokens(client, admin_headers) -> None:
    # Given a user logged in (a token stolen, say)
    make_user("gwen", "analyst", password=STRONG)
    old = {"Authorization": f"Bearer {_login(client, 'gwen', STRONG).json()['access_token']}"}
    gwen = client.get("/api/v1/auth/me", headers=old).json()
    # When an admin resets the password
    new_password = "quiet-lantern-orchard-4"
    response = client.patch(
        f"/api/v1/users/{gwen['id']}", json={"password": new_password}, headers=admin_headers
    )
    assert response.status_code == 200
    # Then the old token no longer works, a new login does
    refused = client.get("/api/v1/auth/me", headers=old)
    assert refused.status_code == 401 and "log in again" in refused.json()["detail"]
    new = {"Authorization": f"Bearer {_login(client, 'gwen', new_password).json()['access_token']}"}
    assert client.get("/api/v1/auth/me", headers=new).status_code == 200


@pytest.mark.parametrize("change", [{"role": "analyst"}, {"role": "viewer"}, {"is_active": False}])
def test_the_last_admin_cannot_be_demoted_or_deactivated(client, admin_headers, change: dict) -> None:
    me = client.get("/api/v1/auth/me", headers=admin_headers).json()
    # When the only admin is demoted or deactivated
    response = client.patch(f"/api/v1/users/{me['id']}", json=change, headers=admin_headers)
    # Then it is refused and the admin still works
    assert response.status_code == 409, response.text
    assert "last active admin" in response.json()["detail"]
    assert client.get("/api/v1/users", headers=admin_headers).status_code == 200


def test_an_admin_can_be_demoted_when_another_remains(client, admin_headers) -> None:
    make_user("second", "admin")
    me = client.get("/api/v1/auth/me", headers=admin_headers).json()
    response = client.patch(f"/api/v1/users/{me['id']}", json={"role": "analyst"}, headers=admin_headers)
    assert response.status_code == 200 and response.json()["role"] == "analyst"


def test_an_api_key_cannot_mint_api_keys(client, analyst_headers) -> None:
    # Given an API key made by a logged-in user
    created = client.post("/api/v1/api-keys", json={"name": "ci"}, headers=analyst_headers)
    assert created.status_code == 201
    key = created.json()["key"]
    # When the key asks for another key (X-API-Key or as a bearer)
    for headers in ({"X-API-Key": key}, {"Authorization": f"Bearer {key}"}):
        response = client.post("/api/v1/api-keys", json={"name": "shadow"}, headers=headers)
        # Then it is forbidden
        assert response.status_code == 403, response.text
    keys = client.get("/api/v1/api-keys", headers=analyst_headers).json()["items"]
    assert [k["name"] for k in keys] == ["ci"]


def test_migration_folds_existing_usernames(tmp_path) -> None:
    from shared.storage import migrate

    # Given a database at the initial schema with users differing only in case
    url = f"sqlite:///{tmp_path / 'old.db'}"
    from alembic import command

    command.upgrade(migrate.alembic_config(url), "0001")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for name in ("Alice", "alice", "Ｂｏｂ"):
            conn.exec_driver_sql(
                "INSERT INTO users (username, password_hash, role, is_active, created_at, updated_at) "
                "VALUES (?, 'x', 'viewer', 1, '2026-01-01', '2026-01-01')",
                (name,),
            )
    # When it is migrated
    migrate.upgrade(url)
    # Then every user has a unique folded key and token version 0
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT username, username_key, token_version FROM users ORDER BY id"
        ).all()
    engine.dispose()
    assert rows == [("Alice", "alice", 0), ("alice", "alice#2", 0), ("Ｂｏｂ", "bob", 0)]


def test_a_backup_from_before_folded_usernames_restores(tmp_path) -> None:
    from shared.ops.restore import _insert_batches
    from shared.storage import migrate

    # Given a migrated database and a users table as a backup taken before username_key recorded it
    url = f"sqlite:///{tmp_path / 'restored.db'}"
    migrate.upgrade(url)
    engine = sa.create_engine(url)
    users = sa.Table("users", sa.MetaData(), autoload_with=engine)
    columns = ["id", "username", "password_hash", "role", "is_active", "created_at", "updated_at"]
    kinds = {"id": "integer", "is_active": "boolean", "created_at": "datetime", "updated_at": "datetime"}
    header = {"columns": [{"name": name, "type": kinds.get(name, "text")} for name in columns]}
    rows = [[1, "Ｚｏｅ", "x", "admin", True, "2026-01-01T00:00:00", "2026-01-01T00:00:00"]]
    # When its rows are restored
    assert _insert_batches(engine, users, header, iter([rows])) == 1
    # Then the new column is filled from the username
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT username_key FROM users").scalar() == "zoe"
    engine.dispose()
