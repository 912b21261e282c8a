"""Read-only by construction: guarded SQL changes no database, and writes that bypass the guard
fail at the database itself (read-only transaction / query_only), on SQLite, MariaDB and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from shared.ask.executor import execute
from shared.errors import QueryFailed, QueryTimeout
from shared.sql.guard import guard_sql
from tests.executor.conftest import checksum, dialect_of
from tests.guard.conftest import TABLES, load_corpus

LEGIT = load_corpus("legit.jsonl")
HOSTILE = load_corpus("hostile.jsonl")

# Writes sent straight to the executor (no guard). Each must fail at the database.
DIRECT_WRITES = [
    "INSERT INTO ds_1_orders (order_id) VALUES ('pwned')",
    "UPDATE ds_1_orders SET amount = 0",
    "DELETE FROM ds_1_orders",
    "DELETE FROM ds_other_1",
    "CREATE TABLE pwn (a INTEGER)",
    "CREATE TABLE pwn AS SELECT * FROM ds_1_orders",
    "CREATE VIEW v AS SELECT 1 AS a",
    "CREATE INDEX pwn_idx ON ds_1_orders (amount)",
    "DROP TABLE ds_other_2",
    "ALTER TABLE ds_1_orders ADD COLUMN pwn INTEGER",
    "ALTER TABLE ds_other_2 RENAME TO gone",
    "SELECT 1; DROP TABLE ds_other_2",
    "SELECT 1; COMMIT; DROP TABLE ds_other_2",
]
DIRECT_WRITES_BY_BACKEND = {
    "sqlite": ["INSERT OR REPLACE INTO ds_other_2 VALUES (5)", "ATTACH DATABASE 'pwn.db' AS pwn", "VACUUM"],
    "mariadb": [
        "TRUNCATE TABLE ds_other_2",
        "REPLACE INTO ds_other_2 VALUES (5)",
        "CREATE TEMPORARY TABLE pwn (a INT)",
    ],
    "postgres": [
        "TRUNCATE ds_other_2",
        "WITH d AS (DELETE FROM ds_other_2 RETURNING *) SELECT * FROM d",
        "SELECT guard_t_write()",
        "SELECT nextval('pwn_seq')",
        "CREATE TEMPORARY TABLE pwn AS SELECT 1",
    ],
}


def test_every_legit_statement_runs_and_no_database_changes(backend: tuple[str, sa.Engine]) -> None:
    """Given the legit corpus for this database's dialect, when each statement is guarded and executed,
    then each returns rows and every table is byte-for-byte as before."""
    name, engine = backend
    dialect = dialect_of(name)
    before = checksum(engine)
    ran = 0
    for case in LEGIT:
        if dialect not in case["dialects"]:
            continue
        guarded = guard_sql(case["sql"], dialect=dialect, tables=TABLES, max_rows=1000)
        result = execute(engine, guarded.sql, timeout_s=10, max_rows=guarded.limit)
        assert result.row_count <= guarded.limit
        assert [c["name"] for c in result.columns], case["sql"]
        ran += 1
    assert ran >= 60
    assert checksum(engine) == before


def test_hostile_corpus_is_refused_before_reaching_the_database(backend: tuple[str, sa.Engine]) -> None:
    """Given the hostile corpus, when guarded for this database, then nothing reaches it and nothing
    changed."""
    from shared.errors import UnsafeSQL

    name, engine = backend
    before = checksum(engine)
    for case in HOSTILE:
        with pytest.raises(UnsafeSQL):
            guard_sql(case["sql"], dialect=dialect_of(name), tables=TABLES, max_rows=10)
    assert checksum(engine) == before


def test_direct_writes_bypassing_the_guard_fail_at_the_database(backend: tuple[str, sa.Engine]) -> None:
    """Given writes sent straight to the executor, then the database refuses each one, and no table,
    view or index appeared, changed or vanished."""
    name, engine = backend
    before = checksum(engine)
    for statement in DIRECT_WRITES + DIRECT_WRITES_BY_BACKEND[name]:
        with pytest.raises(QueryFailed):
            execute(engine, statement, timeout_s=10, max_rows=10)
    assert checksum(engine) == before
    assert sa.inspect(engine).get_indexes("ds_1_orders") == []


def test_sqlite_query_only_refuses_writes_even_without_the_authorizer(
    seeded_engines: dict[str, sa.Engine],
) -> None:
    """Given the SQLite read-only session with its authorizer removed, then PRAGMA query_only alone
    still refuses a write."""
    import sqlite3

    from shared.ask.executor import read_only_connection

    engine = seeded_engines["sqlite"]
    with read_only_connection(engine, 5) as (connection, _template):
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.set_authorizer(None)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            raw.execute("DELETE FROM ds_other_1")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM ds_other_1").scalar() == 3


def test_the_pooled_connection_can_write_again_after_a_read(backend: tuple[str, sa.Engine]) -> None:
    """Given a read through the executor on a normal (pooled) engine, then the session is restored:
    the application's own writes on the same pool still work."""
    _, engine = backend
    execute(engine, "SELECT COUNT(*) FROM ds_1_orders", timeout_s=5, max_rows=1)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO guard_scratch VALUES (1)")
        conn.exec_driver_sql("DELETE FROM guard_scratch")


RECURSIVE_COUNT = (
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000) "
    "SELECT COUNT(*) FROM c"
)
CROSS_JOIN_COUNT = (
    "SELECT COUNT(*) FROM ds_1_orders a, ds_1_orders b, ds_1_orders c, ds_1_orders d, ds_1_orders e"
)
SLEEPS = {"sqlite": RECURSIVE_COUNT, "mariadb": "SELECT SLEEP(30)", "postgres": "SELECT pg_sleep(30)"}


def test_a_heavy_query_is_stopped_by_the_statement_timeout(backend: tuple[str, sa.Engine]) -> None:
    """Given a query counting 60^5 joined rows (no sleep function), when run with a 1 s timeout,
    then the database stops it and the user is told so in words."""
    _, engine = backend
    with pytest.raises(QueryTimeout) as stopped:
        execute(engine, CROSS_JOIN_COUNT, timeout_s=1, max_rows=1)
    assert "stopped after 1 s" in stopped.value.message


def test_a_runaway_recursive_cte_is_stopped_on_sqlite(seeded_engines: dict[str, sa.Engine]) -> None:
    with pytest.raises(QueryTimeout):
        execute(seeded_engines["sqlite"], RECURSIVE_COUNT, timeout_s=1, max_rows=1)


def test_sleep_bypassing_the_guard_is_stopped_by_the_statement_timeout(
    backend: tuple[str, sa.Engine],
) -> None:
    name, engine = backend
    with pytest.raises(QueryTimeout):
        execute(engine, SLEEPS[name], timeout_s=0.5, max_rows=1)
    # and the connection is usable afterwards
    assert execute(engine, "SELECT 1 AS one", timeout_s=5, max_rows=1).rows == [[1]]
