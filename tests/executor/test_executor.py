"""The executor's answer shape: JSON-ready values, simple column types, truncation, streaming, errors."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import sqlalchemy as sa

from shared.ask.executor import execute, execute_iter, json_value
from shared.errors import QueryFailed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.50"), 12.5),
        (Decimal("100.00"), 100),
        (Decimal("NaN"), None),
        (float("inf"), None),
        (float("nan"), None),
        (b"\xff\x00", "/wA="),
        (b"plain", "plain"),
    ],
)
def test_values_become_json_friendly(value: object, expected: object) -> None:
    assert json_value(value) == expected


def test_dates_and_durations_become_iso_strings() -> None:
    import datetime as dt

    assert json_value(dt.date(2024, 3, 1)) == "2024-03-01"
    assert json_value(dt.datetime(2024, 3, 1, 8, 30)) == "2024-03-01T08:30:00"
    assert json_value(dt.timedelta(hours=25, minutes=1)) == "25:01:00"


def test_an_answer_is_json_with_simple_column_types(backend: tuple[str, sa.Engine]) -> None:
    """Given orders on any backend, then amounts are numbers, dates ISO strings, and the answer is
    the same JSON everywhere."""
    _, engine = backend
    result = execute(
        engine,
        "SELECT order_id, order_date, quantity, amount, province FROM ds_1_orders ORDER BY order_id LIMIT 2",
        timeout_s=5,
        max_rows=10,
    )
    assert [c["type"] for c in result.columns] == ["text", "date", "integer", "number", "text"]
    assert result.rows[0] == ["SO100000", "2023-01-01", 1, 0.35, "广东"]
    assert result.rows[1][1] == "2023-01-14"
    assert result.truncated is False and result.row_count == 2
    json.dumps(result.to_dict())


def test_rows_beyond_max_rows_are_cut_and_flagged(backend: tuple[str, sa.Engine]) -> None:
    """Given 60 orders and max_rows=10, then 10 rows come back and the answer says it is truncated."""
    _, engine = backend
    result = execute(engine, "SELECT order_id FROM ds_1_orders", timeout_s=5, max_rows=10)
    assert result.row_count == 10 and len(result.rows) == 10 and result.truncated is True


def test_a_percent_sign_in_a_literal_is_not_a_placeholder(backend: tuple[str, sa.Engine]) -> None:
    _, engine = backend
    result = execute(
        engine, "SELECT COUNT(*) AS n FROM ds_1_orders WHERE city LIKE '%州%'", timeout_s=5, max_rows=1
    )
    assert result.rows == [[24]]


def test_export_streams_chunks_up_to_the_export_cap(backend: tuple[str, sa.Engine]) -> None:
    """Given a streamed export capped at 25 rows in chunks of 10, then the columns are known before any
    row and the chunks hold 10, 10 and 5 rows."""
    _, engine = backend
    sql = "SELECT order_id, amount FROM ds_1_orders ORDER BY order_id"
    columns, chunks = execute_iter(engine, sql, timeout_s=5, max_rows=25, chunk_size=10)
    assert [c["name"] for c in columns] == ["order_id", "amount"]
    assert [len(rows) for rows in chunks] == [10, 10, 5]


def test_an_export_that_fails_fails_before_streaming(backend: tuple[str, sa.Engine]) -> None:
    _, engine = backend
    with pytest.raises(QueryFailed):
        execute_iter(engine, "SELECT nope FROM ds_1_orders", timeout_s=5, max_rows=5)


def test_an_abandoned_export_gives_its_connection_back(backend: tuple[str, sa.Engine]) -> None:
    _, engine = backend
    for _ in range(12):  # more than the pool holds
        _, chunks = execute_iter(engine, "SELECT * FROM ds_1_orders", timeout_s=5, max_rows=100, chunk_size=5)
        next(chunks)
        chunks.close()
    assert execute(engine, "SELECT 1 AS one", timeout_s=5, max_rows=1).rows == [[1]]


def test_an_empty_result_still_has_its_columns(backend: tuple[str, sa.Engine]) -> None:
    _, engine = backend
    result = execute(engine, "SELECT order_id FROM ds_1_orders WHERE 1 = 0", timeout_s=5, max_rows=5)
    assert result.columns == [{"name": "order_id", "type": "text"}] and result.rows == []


def test_a_database_error_is_a_query_failed_a_user_can_act_on(backend: tuple[str, sa.Engine]) -> None:
    """Given a column that does not exist, then the error names it (no stack trace, no 500)."""
    _, engine = backend
    with pytest.raises(QueryFailed) as failed:
        execute(engine, "SELECT no_such_column FROM ds_1_orders", timeout_s=5, max_rows=5)
    assert "no_such_column" in failed.value.message
    assert failed.value.status_code == 422 and failed.value.code == "query_failed"
