"""Type inference rules, one column at a time (pure functions, no storage)."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.datasets.infer import ColumnInference, to_date, to_datetime, to_decimal, to_float, to_integer


def infer(*batches: list[object]) -> str:
    column = ColumnInference("x")
    for batch in batches:
        column.observe(batch)
    return column.type


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "-2", "", "  "], "integer"),
        (["1,234", "5"], "integer"),
        (["1.5", "2"], "decimal"),
        (["12.5%", "3%"], "decimal"),
        (["1e5", "2"], "float"),
        (["true", "No", "YES"], "boolean"),
        (["0", "1"], "integer"),
        (["是", "否"], "text"),
        (["2024-03-01", "2024/3/1", "2024年3月1日", "2024.3.1"], "date"),
        (["2024-03-01 12:00", "2024-03-02"], "datetime"),
        (["2024-02-30"], "text"),
        (["007", "1"], "text"),
        (["", None], "text"),
        ([2.0, 3.0], "integer"),
        ([2.7, 3], "decimal"),
        ([dt.date(2024, 3, 1), dt.datetime(2024, 3, 2)], "date"),
        ([dt.datetime(2024, 3, 2, 8, 30)], "datetime"),
        ([True, False, None], "boolean"),
    ],
)
def test_column_type(values, expected) -> None:
    assert infer(values) == expected


def test_type_is_decided_by_the_whole_column() -> None:
    # Given integers in the first batch and a word in the last
    # Then the column is text, not integer
    assert infer(["1"] * 5000, ["2"] * 5000, ["n/a"]) == "text"
    # And decimals after integers widen integer to decimal
    assert infer(["1"] * 10, ["2.25"]) == "decimal"


def test_converters_normalise_business_formats() -> None:
    assert to_integer("1,234") == 1234 and to_integer(" ") is None
    assert to_decimal("12.5%") == "0.125" and to_decimal("1,234.50") == "1234.50"
    assert to_float("50%") == 0.5 and to_float("nan") is None
    assert to_date("2024年3月1日") == "2024-03-01" and to_date("2024/3/9") == "2024-03-09"
    assert to_datetime("2024/3/1 8:05") == "2024-03-01 08:05:00"
    assert to_datetime(dt.date(2024, 3, 1)) == "2024-03-01 00:00:00"


TEXT_CASES = [
    ["1", "-2", "", "  "],
    ["+5", " 1,234 ", "-0"],
    ["1.5", "2"],
    ["12.5%", "3%"],
    ["1e5", "inf", "2"],
    ["true", "No", "YES"],
    ["是", "否"],
    ["2024-03-01", "2024/3/1", "2024年3月1日", "2024.3.1"],
    ["2024-03-01 12:00", "2024/3/2 8:05:07.5"],
    ["2024-02-30"],
    ["2024/3/1 25:05"],
    ["007", "1"],
    ["１２３", "4"],
    ["", ""],
]


@pytest.mark.parametrize("values", TEXT_CASES)
def test_arrow_inference_and_conversion_match_the_python_rules(values) -> None:
    """Given a CSV column as the csv module reads it ('' empty) and as Arrow reads it (null empty)."""
    import pyarrow as pa

    from shared.datasets.infer import NotVectorisable, convert_arrow, convert_column, observe_arrow

    python, arrow = ColumnInference("x"), ColumnInference("x")
    python.observe_text(values)
    array = pa.array([v or None for v in values], pa.string())
    # When both infer the column
    observe_arrow(arrow, array)
    # Then they agree on the type, nullability and sizes
    assert (arrow.type, arrow.nulls, arrow.non_null) == (python.type, python.nulls, python.non_null)
    assert (arrow.max_length, arrow.int_digits, arrow.scale) == (
        python.max_length,
        python.int_digits,
        python.scale,
    )
    # And Arrow's conversion (or its Python fallback) gives the values the Python converters give
    expected = [to_float(v) for v in values] if python.type == "float" else None
    expected = expected or convert_column(python.type, values, python)
    try:
        converted = convert_arrow(arrow.type, array, arrow).to_pylist()
    except NotVectorisable:
        converted = convert_column(arrow.type, array.to_pylist(), arrow)
    assert converted == expected
