"""Connected databases (the real PostgreSQL and MariaDB on this machine, SQLite files): schema, read-only."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

CONNECTED_DB = os.environ.get("CHATBI_TEST_DB", "chatbi_test") + "_connected"
PG_ROOT = os.environ.get("CHATBI_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
MARIADB_ROOT = os.environ.get("CHATBI_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")

SHOP_DDL = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, city VARCHAR(20))",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
    "amount DECIMAL(10,2), ordered_on DATE)",
    "INSERT INTO customers VALUES (1, '张三', '北京'), (2, 'Li', '上海'), (3, 'Wang', NULL)",
    "INSERT INTO orders VALUES (1, 1, 10.50, '2024-03-01'), (2, 1, 20.00, '2024-03-02'), "
    "(3, 2, 5.25, '2024-04-01')",
]


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database with a small shop schema (customers <- orders)."""
    admin = sa.create_engine(f"{PG_ROOT}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{CONNECTED_DB}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{CONNECTED_DB}"')
    # trust auth ignores the password; it is there to prove it is never shown back
    url = f"{PG_ROOT.replace('postgres@', 'postgres:s3cret-pw@')}/{CONNECTED_DB}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for statement in SHOP_DDL:
            conn.exec_driver_sql(statement)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{CONNECTED_DB}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(scope="module")
def mariadb_connected_url() -> Iterator[str]:
    """A MariaDB database with the same shop schema."""
    admin = sa.create_engine(MARIADB_ROOT)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{CONNECTED_DB}`")
        conn.exec_driver_sql(f"CREATE DATABASE `{CONNECTED_DB}` CHARACTER SET utf8mb4")
    url = f"{MARIADB_ROOT}/{CONNECTED_DB}?charset=utf8mb4"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        # MariaDB ignores inline REFERENCES, so the foreign key is added as a table constraint
        for statement in SHOP_DDL:
            conn.exec_driver_sql(statement.replace(" REFERENCES customers(id)", ""))
        conn.exec_driver_sql(
            "ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers(id)"
        )
    engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{CONNECTED_DB}`")
    admin.dispose()


def connect(client, headers, name: str, url: str):
    return client.post("/api/v1/datasources", json={"name": name, "url": url}, headers=headers)


@pytest.mark.parametrize("which", ["postgres", "mariadb"])
def test_connected_database_lists_schema_and_refuses_writes(client, analyst_headers, request, which) -> None:
    from shared.datasets.service import data_engine_for
    from shared.storage.db import session_scope
    from shared.storage.models import Datasource

    url = request.getfixturevalue("postgres_url" if which == "postgres" else "mariadb_connected_url")
    # Given a reachable database, connected by an analyst
    response = connect(client, analyst_headers, f"shop-{which}", url)
    # Then it is registered with its tables, and the URL is never shown back
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["kind"] == "database" and body["dialect"] == ("postgres" if which == "postgres" else "mysql")
    assert "url" not in body and "s3cret" not in response.text
    assert {t["name"]: t["row_count"] for t in body["tables"]} == {"customers": 3, "orders": 3}
    # And the schema has keys and value profiles
    schema = client.get(f"/api/v1/datasources/{body['id']}/schema", headers=analyst_headers).json()
    tables = {t["name"]: t for t in schema["tables"]}
    assert tables["orders"]["foreign_keys"] == [
        {"columns": ["customer_id"], "ref_table": "customers", "ref_columns": ["id"]}
    ]
    assert tables["customers"]["primary_key"] == ["id"]
    city = next(c for c in tables["customers"]["columns"] if c["name"] == "city")
    assert city["profile"]["values"] == [["上海", 1], ["北京", 1]] or city["profile"]["values"] == [
        ["北京", 1],
        ["上海", 1],
    ]
    assert round(city["profile"]["null_share"], 3) == 0.333
    amount = next(c for c in tables["orders"]["columns"] if c["name"] == "amount")
    assert amount["type"] == "decimal" and amount["profile"]["min"] == 5.25 and amount["profile"]["max"] == 20
    # And the stored credentials are encrypted
    with session_scope() as session:
        datasource = session.get(Datasource, body["id"])
        assert (
            datasource is not None and datasource.url_encrypted and "s3cret" not in datasource.url_encrypted
        )
        engine, table_map = data_engine_for(datasource)
    # When anyone tries to write through its engine, the database refuses
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM {table_map['orders']}")
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE intruder (x INTEGER)")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM orders").scalar() == 3


def test_refresh_sees_new_tables(client, analyst_headers, postgres_url) -> None:
    # Given a connected database
    ds = connect(client, analyst_headers, "shop", postgres_url).json()["id"]
    # When a table is added and the datasource refreshed
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS returns (order_id INTEGER, reason TEXT)")
    engine.dispose()
    try:
        response = client.post(f"/api/v1/datasources/{ds}/refresh", headers=analyst_headers)
        # Then the new table is listed and the data version moves on
        assert response.status_code == 200, response.text
        assert {t["name"] for t in response.json()["tables"]} == {"customers", "orders", "returns"}
        assert response.json()["data_version"] == 2
    finally:
        engine = sa.create_engine(postgres_url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS returns")
        engine.dispose()


def test_bad_urls_are_refused(client, analyst_headers, viewer_headers, monkeypatch, tmp_path: Path) -> None:
    # Given an allow-listed SQLite directory with one database in it, and one outside
    root = tmp_path / "sqlite-root"
    root.mkdir()
    inside, outside = root / "ok.db", tmp_path / "secret.db"
    for path in (inside, outside):
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (a INTEGER)")
            conn.execute("INSERT INTO t VALUES (1)")
    monkeypatch.setenv("SQLITE_ROOT", str(root))
    from shared.settings import clear_caches

    clear_caches()
    cases = [
        (f"sqlite:///{outside}", 422, "can only be connected from under"),
        (f"sqlite:///{root}/../secret.db", 422, "can only be connected from under"),
        ("sqlite:///:memory:", 422, "must name a database file"),
        ("not a url", 422, "Not a valid SQLAlchemy URL"),
        ("nosuchdb://host/db", 422, "Driver 'nosuchdb' is not supported"),
        ("postgresql+psycopg://nobody:pw-9f3k@127.0.0.1:1/none", 422, "Could not connect to"),
    ]
    for url, status, message in cases:
        # When each is connected, Then it is refused with the reason
        response = connect(client, analyst_headers, "x", url)
        assert response.status_code == status, (url, response.text)
        assert message in response.json()["detail"], (url, response.json()["detail"])
        assert "pw-9f3k" not in response.text
    # A file inside the root is fine, and is read-only
    ok = connect(client, analyst_headers, "ok", f"sqlite:///{inside}")
    assert ok.status_code == 201, ok.text
    assert ok.json()["tables"][0]["row_count"] == 1
    # And viewers may not connect databases at all
    assert connect(client, viewer_headers, "x", f"sqlite:///{inside}").status_code == 403
    assert client.get("/api/v1/datasources", headers=analyst_headers).json()["total"] == 1


def test_connected_sqlite_is_read_only(client, analyst_headers, monkeypatch, tmp_path: Path) -> None:
    from shared.datasets.service import data_engine_for
    from shared.settings import clear_caches
    from shared.storage.db import session_scope
    from shared.storage.models import Datasource

    # Given a connected SQLite file
    path = tmp_path / "db.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a INTEGER)")
        conn.execute("INSERT INTO t VALUES (1)")
    monkeypatch.setenv("SQLITE_ROOT", str(tmp_path))
    clear_caches()
    ds = connect(client, analyst_headers, "file", f"sqlite:///{path}").json()["id"]
    with session_scope() as session:
        datasource = session.get(Datasource, ds)
        assert datasource is not None
        engine, _ = data_engine_for(datasource)
    # When a write is attempted, Then SQLite refuses it and the file is unchanged
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (2)")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM t").fetchone() == (1,)


@pytest.mark.parametrize("which", ["postgres", "mariadb"])
def test_connected_foreign_keys_answer_across_tables(client, analyst_headers, request, which) -> None:
    # Given a connected database whose orders.customer_id is a declared foreign key to customers.id
    url = request.getfixturevalue("postgres_url" if which == "postgres" else "mariadb_connected_url")
    ds = connect(client, analyst_headers, f"shop-{which}", url).json()["id"]
    # Then the semantic layer holds it as a declared many-to-one relationship
    layer = client.get(f"/api/v1/datasources/{ds}/semantic", headers=analyst_headers).json()
    assert [
        (r["from_table"], r["from_columns"], r["to_table"], r["to_columns"], r["cardinality"], r["source"])
        for r in layer["relationships"]
    ] == [("orders", ["customer_id"], "customers", ["id"], "many_to_one", "declared")]
    # And a question about the customers' cities and the orders' amounts is answered over the join
    response = client.post(
        "/api/v1/ask", json={"datasource_id": ds, "question": "各城市的订单金额合计"}, headers=analyst_headers
    )
    body = response.json()
    assert body["status"] == "ok", body
    assert " JOIN " in body["sql"]
    assert {row[0]: float(row[1]) for row in body["rows"]} == {"北京": 30.5, "上海": 5.25}
