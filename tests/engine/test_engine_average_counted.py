"""One rule: an average said and only a count read loses the amount averaged (`average_counted`), on
one table (the question's text) and over a join (its items)."""

from __future__ import annotations

from shared.ask.engines.rules.average_counted import average_counted, average_only_counted
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.semantic.vocabulary.linktypes import Item


def test_an_average_said_and_only_rows_counted_is_doubted():
    # Given a reading that only counts the rows held to a value
    reading = Intent(
        table="loans",
        measures=[Measure(agg="count")],
        filters=[Filter(column="branch", op="=", values=["north"])],
    )
    # When the question said an average (平均 … 多少钱)
    # Then the count is doubted: the averaged amount was lost
    assert average_only_counted("north的贷款平均借多少钱", reading)
    # And a plain count is not
    assert not average_only_counted("north有多少笔贷款", reading)


def test_an_average_word_read_as_the_threshold_column_is_no_loss():
    # Given a count of the loans whose rate per head is held to a threshold
    reading = Intent(
        table="loans",
        measures=[Measure(agg="count")],
        filters=[Filter(column="avg_rate", op="<", values=[3])],
    )
    # When the average word may name that column, Then the count is not doubted
    assert not average_only_counted("平均利率低于3的贷款有几笔", reading)


def test_over_a_join_an_average_tagged_and_only_counts_read_is_doubted():
    # Given the question's items, one of them the average word
    said = [Item(0, 1, "match", "average", tags=["agg:avg"]), Item(1, 2, "word", "fare")]
    # When the joined reading only counts rows per zone
    final = {"measures": [{"agg": "count"}], "dimensions": ["zone"]}
    # Then it is doubted; and not when it averages, nor when no average was said
    assert average_counted(said, final)
    assert not average_counted(said, {"measures": [{"agg": "avg", "column": "fare"}]})
    assert not average_counted(said[1:], final)
