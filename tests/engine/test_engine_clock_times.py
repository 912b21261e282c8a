"""Times of day stored as text: a SQLite file's 'YYYY-MM-DD HH:MM:SS' column, too varied to list its values,
is still the table's time axis (its profiled range shows ISO dates)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from shared.datasets.profiling import build_schema
from shared.semantic.schema import Schema
from tests.engine.schemas import ask

START = datetime(2021, 1, 1, 0, 7, 0)


def _calls(tmp_path: Path, rows: int = 1200) -> Schema:
    """A `calls` table of a help desk: a text timestamp per call (more distinct values than are listed)."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE calls (call_id INTEGER, received_time TEXT, channel TEXT)")
        conn.execute(
            sa.text("INSERT INTO calls VALUES (:i, :t, :c)"),
            [
                {
                    "i": i,
                    "t": (START + timedelta(hours=7 * i, minutes=i % 53)).strftime("%Y-%m-%d %H:%M:%S"),
                    "c": ("phone", "chat")[i % 2],
                }
                for i in range(rows)
            ],
        )
    schema = build_schema(engine, None)
    engine.dispose()
    return schema


def test_a_text_timestamp_too_varied_to_list_keeps_its_range(tmp_path):
    # Given 1,200 calls, each with its own text timestamp
    schema = _calls(tmp_path)
    table = schema.table("calls")
    assert table is not None
    column = next(c for c in table.columns if c.name == "received_time")
    # Then the profile keeps its first and last value (the values themselves are too many to list)
    assert column.profile is not None and column.profile.values is None
    assert column.profile.min == "2021-01-01 00:07:00"
    assert str(column.profile.max).startswith("2021-12")


def test_a_text_timestamp_is_the_time_axis_of_its_table(tmp_path):
    # Given calls whose only time is a text timestamp no word names
    schema = _calls(tmp_path)
    # When calls are counted per month
    answer = ask(schema, "number of calls per month")
    # Then the months are the timestamp's
    assert answer.status == "ok", answer.message
    assert "STRFTIME('%Y-%m', \"received_time\")" in (answer.sql or "")
    # And a quarter bounds it
    answer = ask(schema, "How many calls were there in the first quarter of 2021?")
    assert answer.status == "ok", answer.message
    assert "\"received_time\" >= '2021-01-01'" in (answer.sql or "")


def test_a_part_of_the_week_not_understood_is_doubted(tmp_path):
    # Given calls with a text timestamp / When only the weekend's calls are asked
    schema = _calls(tmp_path)
    answer = ask(schema, "How many calls were received on weekends?")
    # Then the weekend, not read, is no filter left out silently: the engine asks back
    assert answer.status == "clarify"
    # And a part of the day neither
    assert ask(schema, "How many calls came in at night?").status == "clarify"


def test_which_day_ranks_the_days_and_a_half_of_the_year_is_the_datas(tmp_path):
    # Given a year of calls
    schema = _calls(tmp_path)
    # When the busiest day is asked
    answer = ask(schema, "Which day had the most calls?")
    # Then the calls are counted per day and the top day kept
    assert answer.status == "ok", answer.message
    assert "STRFTIME('%Y-%m-%d', \"received_time\")" in (answer.sql or "") and "LIMIT 1" in (answer.sql or "")
    # And "the second half of the year" is the data's year's (2021), as 下半年 is
    answer = ask(schema, "How many calls in the second half of the year?")
    assert answer.status == "ok", answer.message
    assert "'2021-07-01'" in (answer.sql or "") and "'2022-01-01'" in (answer.sql or "")
