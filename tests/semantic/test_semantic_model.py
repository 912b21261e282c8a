"""The semantic model per datasource (issue 10, section 2): roles and default aggregations from evidence,
entities, units, and a person's overrides that survive a rebuild."""

from __future__ import annotations

import pytest

from shared.semantic.builder import apply_person_edits, build_model, default_aggregation, unit_of
from shared.semantic.model import InvalidModel, MeasureSpec, SemanticModel
from shared.semantic.schema import Column, ColumnProfile, Schema, SemanticLayer, Table


def num(name: str, low: float, high: float, type_: str = "float") -> Column:
    return Column(name, type_, profile=ColumnProfile(distinct_count=50, min=low, max=high))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("column", "aggregation"),
    [
        (num("page_views", 0, 9000, "integer"), "sum"),  # "age" inside "page" is no age
        (num("visits", 0, 40, "integer"), "sum"),
        (num("clicks", 0, 400, "integer"), "sum"),
        (num("downloads", 3, 80, "integer"), "sum"),
        (num("amount", 1.5, 9000.25), "sum"),
        (num("unit_price", 2.5, 99.9), "avg"),
        (num("discount_pct", 0, 30), "avg"),
        (num("conversion_rate", 0.01, 0.4), "avg"),
        (num("score", 1, 5, "integer"), "avg"),
        (num("age", 18, 70, "integer"), "avg"),
        (num("单价", 1.5, 30.0), "avg"),
        (num("销量", 1, 30, "integer"), "sum"),
        (num("退货率", 0.0, 0.35), "avg"),
        (num("金额(元)", 10.5, 999.5), "sum"),
        (num("churn", 0.02, 0.9), "avg"),  # unnamed, but its values are fractions: a rate
        (num("items", 0, 12, "integer"), "sum"),  # unnamed non-negative whole numbers: a count
        (num("horsepower", 46.5, 230.0), "avg"),  # unnamed other numbers are averaged
        (num("total_price", 10.0, 500.0), "sum"),  # a total is summed though it names a price
    ],
)
def test_default_aggregation_comes_from_whole_words_and_values(column, aggregation):
    assert default_aggregation(column) == aggregation


@pytest.mark.parametrize(
    ("name", "unit"),
    [("金额(元)", "元"), ("price_usd", "USD"), ("discount_pct", "%"), ("退货率", "%"), ("amount", None)],
)
def test_unit_is_what_the_name_states(name, unit):
    assert unit_of(num(name, 0, 1)) == unit


def orders() -> Schema:
    cols = [
        Column("order_id", "text", profile=ColumnProfile(distinct_count=4, values=None)),
        Column(
            "customer_name", "text", profile=ColumnProfile(distinct_count=4, values=[["Ann", 1], ["Bo", 1]])
        ),
        Column(
            "order_date", "date", profile=ColumnProfile(distinct_count=4, min="2024-01-01", max="2024-04-01")
        ),
        Column(
            "status",
            "text",
            profile=ColumnProfile(distinct_count=2, values=[["Shipped", 3], ["Cancelled", 1]]),
        ),
        Column(
            "is_gift",
            "integer",
            profile=ColumnProfile(distinct_count=2, min=0, max=1, values=[[0, 3], [1, 1]]),
        ),
        Column("year", "integer", profile=ColumnProfile(distinct_count=1, min=2024, max=2024)),
        num("amount", 10.5, 300.25),
        num("unit_price", 2.5, 30.0),
    ]
    return Schema(tables=[Table("orders", cols, row_count=4, primary_key=["order_id"])])


def test_roles_of_every_column():
    model = build_model(orders(), None, 3)
    roles = {c.name: model.role("orders", c.name) for c in orders().tables[0].columns}
    assert roles == {
        "order_id": "identifier",
        "customer_name": "text",
        "order_date": "time",
        "status": "category",
        "is_gift": "boolean",
        "year": "year",
        "amount": "measure",
        "unit_price": "measure",
    }
    # identifiers are never aggregated
    assert model.measure("orders", "order_id") is None
    amount = model.measure("orders", "amount")
    assert amount is not None and amount.aggregation == "sum"
    assert model.measure("orders", "unit_price").aggregation == "avg"  # type: ignore[union-attr]
    assert model.data_version == 3


def test_entity_has_its_key_and_label():
    entity = build_model(orders()).entity("orders")
    assert entity is not None and entity.key == "order_id" and entity.label == "customer_name"


def test_a_persons_aggregation_wins_over_the_evidence_on_rebuild():
    # Given a model and a person who says unit_price is summed
    stored = build_model(orders(), None, 1)
    edit = SemanticModel.from_dict(
        {"measures": [{"table": "orders", "column": "unit_price", "aggregation": "sum"}]}
    )
    edited = apply_person_edits(stored, edit, orders())
    assert edited.measure("orders", "unit_price").source == "person"  # type: ignore[union-attr]
    # When the data is refreshed and the model rebuilt
    rebuilt = build_model(orders(), edited, 2)
    # Then the person's choice stays, and the other measures are the builder's
    assert rebuilt.measure("orders", "unit_price") == MeasureSpec(
        "orders", "unit_price", "sum", None, "person"
    )
    assert rebuilt.measure("orders", "amount").source == "inferred"  # type: ignore[union-attr]


def test_a_person_can_turn_a_measure_into_a_dimension():
    stored = build_model(orders())
    edit = SemanticModel.from_dict(
        {"dimensions": [{"table": "orders", "column": "amount", "kind": "category"}]}
    )
    edited = apply_person_edits(stored, edit, orders())
    assert edited.role("orders", "amount") == "category" and edited.measure("orders", "amount") is None


def test_the_stored_format_keeps_the_semantic_layer_readable():
    # Given a model with a person's synonyms
    layer = SemanticLayer.from_dict({"tables": {"orders": {"synonyms": ["订单表"]}}})
    model = build_model(orders(), SemanticModel(layer=layer), 1)
    data = model.to_dict()
    # Then the plain SemanticLayer reads it, and the model round-trips
    assert SemanticLayer.from_dict(data).tables == {"orders": {"synonyms": ["订单表"]}}
    assert SemanticModel.from_dict(data) == model


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"measures": [{"table": "orders", "column": "amount", "aggregation": "total"}]}, "aggregation"),
        ({"dimensions": [{"table": "orders", "column": "amount", "kind": "money"}]}, "kind"),
        ({"measures": [{"table": "orders", "aggregation": "sum"}]}, "column"),
        ({"measures": "amount"}, "list"),
    ],
)
def test_unreadable_entries_say_what_to_fix(data, message):
    with pytest.raises(InvalidModel, match=message):
        SemanticModel.from_dict(data)


def test_entries_must_name_real_columns():
    model = SemanticModel.from_dict(
        {"measures": [{"table": "orders", "column": "revenue", "aggregation": "sum"}]}
    )
    with pytest.raises(InvalidModel, match="orders.revenue"):
        model.check_against({"orders": {"amount"}})
