"""Dirty data (issue 10, section 2): numbers stored as text are compared and aggregated as numbers,
empty strings are missing values, and a missing value never wins a ranking. Run on real databases,
profiled by the real profiler, on SQLite and MariaDB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.datasets.profiling import build_schema
from shared.semantic.schema import Schema
from tests.conftest import BACKENDS
from tests.engine.schemas import TODAY

ROWS = [
    ("I1", "9.5", "Open", "2024-03-01"),
    ("I2", "100", "", "2024-01-05"),
    ("I3", "", "", None),
    ("I4", "20", "Closed", "2024-02-10"),
    ("I5", "35.5", "", "2024-04-01"),
]


@pytest.fixture(params=BACKENDS)
def items(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Schema, sa.Engine]]:
    """An `items` table whose price is text holding numbers and '', whose status is mostly ''."""
    if request.param == "sqlite":
        engine = sa.create_engine(f"sqlite:///{tmp_path / 'items.sqlite'}")
    else:
        engine = sa.create_engine(request.getfixturevalue("mariadb_url"))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS items")
        conn.exec_driver_sql(
            "CREATE TABLE items (item_id VARCHAR(8), price VARCHAR(16), status VARCHAR(16), opened DATE)"
        )
        for row in ROWS:
            conn.execute(
                sa.text("INSERT INTO items VALUES (:a, :b, :c, :d)"), dict(zip("abcd", row, strict=True))
            )
    yield build_schema(engine, None), engine
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE items")
    engine.dispose()


def rows(items: tuple[Schema, sa.Engine], question: str) -> list[tuple]:
    """The rows of the engine's reading. These tests are about the SQL over dirty data, so the reading
    is taken even when the confidence bar would ask back (MariaDB's text-typed numbers still lower it:
    a known gap, see the closing note of issue 10)."""
    schema, engine = items
    answer = RuleEngine().answer(
        EngineRequest(question=question, schema=schema, today=TODAY, options={"clarify_below": 0.0})
    )
    assert answer.status == "ok", answer.message
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(answer.sql)]


def test_numbers_stored_as_text_aggregate_as_numbers(items):
    # Given prices '9.5', '100', '20', '35.5' and '' stored as text
    # Then the highest is 100 (not the text maximum '9.5') and the total is 165
    assert float(rows(items, "what is the highest price")[0][0]) == 100
    assert float(rows(items, "total price")[0][0]) == 165


def test_numbers_stored_as_text_compare_as_numbers(items):
    # "over 30" compared as text would also keep '9.5'
    assert sorted(r[0] for r in rows(items, "list the items with price over 30")) == ["I2", "I5"]


def test_numbers_stored_as_text_sort_as_numbers(items):
    assert rows(items, "价格最高的商品")[0][0] == "I2"


def test_empty_strings_are_not_a_distinct_value(items):
    assert rows(items, "how many different statuses are there") == [(2,)]


def test_an_empty_string_is_never_the_most_common_value(items):
    # Given three '' statuses, one Open and one Closed
    (top,) = rows(items, "what is the most common status")
    assert top[0] in ("Open", "Closed")


def test_null_never_wins_earliest(items):
    # Given one item with no opened date
    found = rows(items, "which item was opened first")
    assert str(found[0][-1])[:10] == "2024-01-05"
