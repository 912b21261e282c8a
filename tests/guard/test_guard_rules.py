"""The guard's rewrite and refusal rules, one behaviour per test."""

from __future__ import annotations

import pytest

from shared.errors import UnsafeSQL
from shared.sql.guard import guard_sql
from tests.guard.conftest import TABLES


def guard(sql: str, dialect: str = "sqlite", max_rows: int = 100) -> object:
    return guard_sql(sql, dialect=dialect, tables=TABLES, max_rows=max_rows)


def test_logical_tables_become_quoted_physical_tables_aliased_by_their_logical_name() -> None:
    """Given logical names (any case), then the SQL that runs reads the physical tables, quoted."""
    guarded = guard_sql("SELECT Orders.amount FROM ORDERS", dialect="postgres", tables=TABLES, max_rows=10)
    assert guarded.sql == 'SELECT "orders".amount FROM "ds_1_orders" AS "orders" LIMIT 11'
    assert guarded.logical_sql == "SELECT Orders.amount FROM orders"
    assert guarded.tables == ["orders"]


def test_chinese_table_names_with_spaces_are_rewritten_per_dialect() -> None:
    """Given a Chinese logical name with a space, then each dialect quotes it its own way."""
    mysql = guard_sql("SELECT `月份` FROM `销售 数据`", dialect="mysql", tables=TABLES, max_rows=10)
    assert mysql.sql == "SELECT `月份` FROM `ds_1_sales` AS `销售 数据` LIMIT 11"
    sqlite = guard_sql('SELECT 月份 FROM "销售 数据"', dialect="sqlite", tables=TABLES, max_rows=10)
    assert sqlite.sql == 'SELECT 月份 FROM "ds_1_sales" AS "销售 数据" LIMIT 11'
    assert sqlite.tables == ["销售 数据"]


def test_physical_schema_qualifies_the_physical_table() -> None:
    guarded = guard_sql(
        "SELECT 1 FROM orders", dialect="postgres", tables=TABLES, max_rows=5, physical_schema="ws"
    )
    assert guarded.sql == 'SELECT 1 FROM "ws"."ds_1_orders" AS "orders" LIMIT 6'


@pytest.mark.parametrize(
    ("sql", "shown", "runs"),
    [
        ("SELECT * FROM orders", 100, "LIMIT 101"),
        ("SELECT * FROM orders LIMIT 5", 5, "LIMIT 5"),
        ("SELECT * FROM orders LIMIT 100", 100, "LIMIT 100"),
        ("SELECT * FROM orders LIMIT 5000", 100, "LIMIT 101"),
        (
            "SELECT * FROM orders ORDER BY amount DESC LIMIT 3 OFFSET 2",
            3,
            "ORDER BY amount DESC LIMIT 3 OFFSET 2",
        ),
        ("SELECT city FROM orders UNION SELECT 城市 FROM employees ORDER BY 1", 100, "ORDER BY 1 LIMIT 101"),
        ("SELECT city FROM orders UNION ALL SELECT 城市 FROM employees LIMIT 7", 7, "LIMIT 7"),
    ],
)
def test_limit_is_added_or_capped_one_row_above_the_cap(sql: str, shown: int, runs: str) -> None:
    """Given a LIMIT missing or above max_rows, then the answer holds max_rows and the SQL that runs
    asks for one more row, so the executor can tell the result was truncated."""
    guarded = guard(sql)
    assert guarded.limit == shown
    assert guarded.sql.endswith(runs)


def test_shown_sql_keeps_the_users_own_limit_so_an_export_can_reguard_it() -> None:
    """Given an answer's shown SQL, when re-guarded with the export cap, then the export is not capped
    at the answer's row limit."""
    answer = guard("SELECT * FROM orders", max_rows=10)
    export = guard(answer.logical_sql, max_rows=1_000_000)
    assert export.sql.endswith("LIMIT 1000001")


def test_postgres_fetch_first_becomes_a_limit() -> None:
    guarded = guard("SELECT * FROM orders FETCH FIRST 3 ROWS ONLY", dialect="postgres")
    assert guarded.sql.endswith("LIMIT 3") and guarded.limit == 3


def test_string_literals_keep_fullwidth_characters_while_keywords_are_folded() -> None:
    """Given fullwidth keywords and a fullwidth value, then keywords are read as ASCII and the value
    is untouched (data often holds fullwidth brackets)."""
    guarded = guard("ＳＥＬＥＣＴ　city FROM orders WHERE city = '北京（总部）'")
    assert (
        guarded.sql == """SELECT city FROM "ds_1_orders" AS "orders" WHERE city = '北京（总部）' LIMIT 101"""
    )


def test_cte_names_and_references_are_quoted_identically() -> None:
    """Given a CTE named in upper case, then definition and references are quoted the same, so
    PostgreSQL's case folding cannot turn a reference into a real table."""
    guarded = guard("WITH Top AS (SELECT * FROM orders) SELECT * FROM top", dialect="postgres")
    assert (
        guarded.sql == 'WITH "Top" AS (SELECT * FROM "ds_1_orders" AS "orders") SELECT * FROM "Top" LIMIT 101'
    )


def test_a_cte_is_not_visible_before_its_definition() -> None:
    """Given a CTE that reads a name defined only by a later CTE, then that name is a real table (and
    refused), because the database would resolve it so."""
    with pytest.raises(UnsafeSQL, match="ds_other_1 is not part of this datasource"):
        guard("WITH a AS (SELECT * FROM ds_other_1), ds_other_1 AS (SELECT 1) SELECT * FROM a")


def test_a_cte_inside_a_subquery_does_not_cover_the_outer_query() -> None:
    with pytest.raises(UnsafeSQL, match="not part of this datasource"):
        guard("SELECT * FROM (WITH x AS (SELECT 1) SELECT * FROM x) s UNION ALL SELECT * FROM x")


def test_comments_are_not_carried_into_the_sql_that_runs() -> None:
    guarded = guard("SELECT /* hello */ city FROM orders -- bye")
    assert "/*" not in guarded.sql and "--" not in guarded.sql


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("SELECT 1; DROP TABLE orders", "Only one statement"),
        ("DELETE FROM orders", "DELETE"),
        ("SELECT * FROM ds_other_1", "not part of this datasource"),
        ("SELECT * FROM information_schema.tables", "System tables"),
        ("SELECT * FROM sqlite_master", "System tables"),
        ("SELECT sleep(3)", "sleep()"),
        ("SELECT * FROM orders FOR UPDATE", "locking"),
        ("SELECT 1 /*!50000 UNION SELECT 2 */", "Executable comments"),
        ("SELECT\u200b 1", "U+200B"),
        ("SELECT * FROM generate_series(1, 3)", "Table-valued"),
    ],
)
def test_refusals_say_what_was_refused(sql: str, words: str) -> None:
    with pytest.raises(UnsafeSQL) as refused:
        guard(sql, dialect="postgres")
    assert words in refused.value.message


def test_unknown_dialect_is_a_programming_error_not_unsafe_sql() -> None:
    with pytest.raises(ValueError):
        guard_sql("SELECT 1", dialect="no-such-dialect", tables=TABLES, max_rows=1)


def test_sqlalchemy_backend_names_are_accepted_as_dialects() -> None:
    assert guard_sql("SELECT 1", dialect="postgresql", tables=TABLES, max_rows=1).dialect == "postgres"
    assert guard_sql("SELECT 1", dialect="mariadb", tables=TABLES, max_rows=1).dialect == "mysql"
