"""The semantic layer's metrics and examples are SQL: written only by roles that may write SQL,
checked by the guard on PUT, and written in one dialect (standard SQL) whatever the datasource."""

from __future__ import annotations

import io

import pytest

from tests.conftest import FIXTURES, make_user, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"


def _upload_demo(client, headers) -> int:
    from shared.cli.demo import DEMO_FILE, demo_csv

    files = {"file": (DEMO_FILE, io.BytesIO(demo_csv()), "text/csv")}
    response = client.post("/api/v1/datasources/upload", files=files, data={"name": "demo"}, headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _put(client, headers, ds, layer):
    return client.put(f"/api/v1/datasources/{ds}/semantic", json=layer, headers=headers)


def test_demo_metrics_in_standard_sql_give_real_rates_on_every_backend(client, storage) -> None:
    # Given the demo's retail orders uploaded on this server (MariaDB-backed or SQLite)
    from shared.cli.demo import DEMO_SEMANTIC

    analyst = make_user("ana", "analyst")
    ds = _upload_demo(client, analyst)
    # When the demo's own semantic layer (double-quoted column names) is PUT
    assert _put(client, analyst, ds, DEMO_SEMANTIC).status_code == 200
    # Then GET returns it as written
    assert (
        client.get(f"/api/v1/datasources/{ds}/semantic", headers=analyst).json()["metrics"][1]["expression"]
        == DEMO_SEMANTIC["metrics"][1]["expression"]
    )
    # And the return rate per channel is the real one, never 0 (a string compared with a string)
    body = client.post(
        "/api/v1/ask", json={"datasource_id": ds, "question": "各渠道的退货率"}, headers=analyst
    ).json()
    assert body["status"] == "ok", body
    rates = [row[-1] for row in body["rows"]]
    assert len(rates) == 3 and all(0.02 < float(r) < 0.2 for r in rates), body["rows"]
    # And so is 客单价 (amount per order), which used a double-quoted column too
    aov = client.post(
        "/api/v1/ask", json={"datasource_id": ds, "question": "各渠道的客单价"}, headers=analyst
    ).json()
    assert aov["status"] == "ok" and all(float(r[-1]) > 50 for r in aov["rows"]), aov


@pytest.mark.parametrize(
    ("layer", "says"),
    [
        ({"metrics": [{"name": "坏", "expression": "SUM(amount"}]}, "not standard SQL"),
        ({"metrics": [{"name": "退款率", "expression": 'AVG("refunded")'}]}, "refunded"),
        ({"metrics": [{"name": "偷看", "expression": "(SELECT COUNT(*) FROM users)"}]}, "without SELECT"),
        ({"metrics": [{"name": "睡", "expression": "SUM(SLEEP(10))"}]}, "guard"),
        ({"examples": [{"question": "用户", "sql": "SELECT * FROM sqlite_master"}]}, "guard"),
        ({"examples": [{"question": "删", "sql": "DELETE FROM orders"}]}, "guard"),
        ({"examples": [{"question": "q", "sql": "SELECT nope FROM orders"}]}, "nope"),
        ({"examples": [{"question": "q", "sql": "SELECT FROM WHERE"}]}, "not standard SQL"),
    ],
)
def test_metric_and_example_sql_is_checked_on_put(client, layer, says) -> None:
    # Given an analyst's datasource
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    # When a metric or example that does not parse, names an unknown column or is unsafe is PUT
    response = _put(client, analyst, ds, layer)
    # Then it is a 422 saying what to fix, and nothing is stored
    assert response.status_code == 422, response.text
    assert says in response.json()["error"]["message"]
    stored = client.get(f"/api/v1/datasources/{ds}/semantic", headers=analyst).json()
    assert stored["metrics"] == [] and stored["examples"] == []


def test_a_viewer_cannot_write_sql_through_the_semantic_layer(client) -> None:
    # Given a viewer who uploaded their own file (viewers may upload and ask)
    viewer = make_user("vic", "viewer")
    ds = upload_file(client, viewer, ORDERS, "orders")
    # When they PUT an example whose SQL is their own SELECT
    attack = {"examples": [{"question": "我的问题", "sql": "SELECT customer, amount FROM orders"}]}
    response = _put(client, viewer, ds, attack)
    # Then it is refused (403), nothing is stored, and asking the question runs no such SQL
    assert response.status_code == 403, response.text
    assert "analysts" in response.json()["error"]["message"]
    assert client.get(f"/api/v1/datasources/{ds}/semantic", headers=viewer).json()["examples"] == []
    ask = {"datasource_id": ds, "question": "我的问题"}
    body = client.post("/api/v1/ask", json=ask, headers=viewer).json()
    assert "customer" not in (body.get("sql") or "")
    # And metrics likewise
    metric = {"metrics": [{"name": "m", "expression": "SUM(amount)"}]}
    assert _put(client, viewer, ds, metric).status_code == 403
    # But a viewer may describe their own data: descriptions and synonyms are not SQL
    words = {"tables": {"orders": {"description": "订单", "synonyms": ["销售"]}}}
    assert _put(client, viewer, ds, words).status_code == 200
