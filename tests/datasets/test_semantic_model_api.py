"""GET/PUT /datasources/{id}/semantic serve the semantic model built on upload and rebuilt with the data."""

from __future__ import annotations

from tests.datasets.conftest import upload

CSV = (
    b"order_id,order_date,region,quantity,unit_price,amount,page_views\n"
    b"A1,2024-01-03,North,2,9.5,19.0,120\n"
    b"A2,2024-01-04,South,1,20.0,20.0,80\n"
    b"A3,2024-02-01,North,5,3.0,15.0,300\n"
)


def semantic(client, headers, ds):
    response = client.get(f"/api/v1/datasources/{ds}/semantic", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def measure(model, column):
    return next(m for m in model["measures"] if m["column"] == column)


def test_upload_builds_the_model_with_the_data_version(client, owner) -> None:
    # Given an upload
    ds = upload(client, owner, "orders.csv", CSV).json()["id"]
    # When its semantic model is read
    model = semantic(client, owner, ds)
    # Then it holds measures with evidence-based aggregations, dimensions and the entity
    assert model["data_version"] == 1
    assert measure(model, "amount")["aggregation"] == "sum"
    assert measure(model, "unit_price")["aggregation"] == "avg"
    assert measure(model, "page_views")["aggregation"] == "sum"
    kinds = {d["column"]: d["kind"] for d in model["dimensions"]}
    assert (
        kinds["region"] == "category" and kinds["order_date"] == "time" and kinds["order_id"] == "identifier"
    )
    assert {"table": "orders", "key": "order_id", "label": None, "source": "inferred"} in model["entities"]


def test_a_persons_override_survives_a_reupload(client, owner) -> None:
    # Given a person who says unit_price adds up, and names the table
    ds = upload(client, owner, "orders.csv", CSV).json()["id"]
    edit = {
        "tables": {"orders": {"synonyms": ["订单"]}},
        "measures": [{"table": "orders", "column": "unit_price", "aggregation": "sum", "unit": "元"}],
    }
    put = client.put(f"/api/v1/datasources/{ds}/semantic", json=edit, headers=owner)
    assert put.status_code == 200, put.text
    assert measure(put.json(), "unit_price")["source"] == "person"
    # When next month's file replaces the data
    again = client.post(
        f"/api/v1/datasources/{ds}/upload", files={"file": ("orders.csv", CSV)}, headers=owner
    )
    assert again.status_code == 200, again.text
    # Then the model is rebuilt for the new version with the person's entries and synonyms kept
    model = semantic(client, owner, ds)
    assert model["data_version"] == 2
    assert measure(model, "unit_price") == {
        "table": "orders",
        "column": "unit_price",
        "aggregation": "sum",
        "unit": "元",
        "source": "person",
    }
    assert measure(model, "amount")["source"] == "inferred"
    assert model["tables"] == {"orders": {"synonyms": ["订单"]}}


def test_a_plain_semantic_layer_put_keeps_the_model(client, owner) -> None:
    ds = upload(client, owner, "orders.csv", CSV).json()["id"]
    put = client.put(f"/api/v1/datasources/{ds}/semantic", json={"metrics": []}, headers=owner)
    assert put.status_code == 200, put.text
    assert measure(semantic(client, owner, ds), "amount")["aggregation"] == "sum"


def test_bad_model_entries_are_refused_with_what_to_fix(client, owner) -> None:
    ds = upload(client, owner, "orders.csv", CSV).json()["id"]
    bad_aggregation = {"measures": [{"table": "orders", "column": "amount", "aggregation": "total"}]}
    refused = client.put(f"/api/v1/datasources/{ds}/semantic", json=bad_aggregation, headers=owner)
    assert refused.status_code == 422 and "aggregation must be one of" in refused.json()["detail"]
    missing = {"measures": [{"table": "orders", "column": "revenue", "aggregation": "sum"}]}
    refused = client.put(f"/api/v1/datasources/{ds}/semantic", json=missing, headers=owner)
    assert refused.status_code == 422 and "orders.revenue" in refused.json()["detail"]
    # and nothing was half-stored
    assert measure(semantic(client, owner, ds), "amount")["source"] == "inferred"
