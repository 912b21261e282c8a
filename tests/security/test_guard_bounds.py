"""Issue 14: the guard bounds a statement's size and complexity before it parses anything."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, upload_file


@pytest.fixture
def orders(client, analyst_headers) -> int:
    return upload_file(client, analyst_headers, FIXTURES / "bi_dev" / "orders.csv", "orders")


def _in_list(n: int, width: int = 6) -> str:
    values = ",".join(str(10**width + i) for i in range(n))
    return f"SELECT count(*) FROM orders WHERE quantity IN ({values})"


def _query(client, headers, datasource_id: int, sql: str):
    return client.post(f"/api/v1/datasources/{datasource_id}/query", json={"sql": sql}, headers=headers)


def test_a_70_kb_in_list_is_refused_before_parsing(client, analyst_headers, orders: int) -> None:
    # Given the 70 KB IN (...) statement that cost the guard 0.8 s of CPU
    sql = _in_list(10_000)
    assert len(sql) > 70_000
    # When an analyst runs it
    response = _query(client, analyst_headers, orders, sql)
    # Then it is a 400 saying it is too long and what to do instead
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"]["details"]["reason"] == "length"
    assert "longer than 20 KB" in body["detail"]


def test_a_short_statement_with_thousands_of_tokens_is_refused(client, analyst_headers, orders: int) -> None:
    # Given under 20 KB of text holding about 7,000 tokens
    sql = "SELECT count(*) FROM orders WHERE quantity IN (" + ",".join("1" * 1 for _ in range(3_500)) + ")"
    assert len(sql) < 20_000
    response = _query(client, analyst_headers, orders, sql)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["details"]["reason"] == "complexity"
    assert "at most 2,000 are allowed" in response.json()["detail"]


def test_deep_nesting_is_refused_before_parsing(client, analyst_headers, orders: int) -> None:
    sql = "SELECT " + "(" * 200 + "1" + ")" * 200 + " FROM orders"
    response = _query(client, analyst_headers, orders, sql)
    assert response.status_code == 400, response.text
    assert "nests parentheses 200 deep" in response.json()["detail"]


def test_a_reasonable_in_list_still_runs(client, analyst_headers, orders: int) -> None:
    response = _query(client, analyst_headers, orders, _in_list(500, width=0).replace("1", "1", 1))
    assert response.status_code == 200, response.text
