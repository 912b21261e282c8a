"""A share of a value over rows already pinned on the same column is 0 or 1 by construction: a misreading,
doubted (rules/pinnedshare.py). Pure intents: a warehouse's orders."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.pinnedshare import share_of_a_pinned_column


def _share(column: str, value: str) -> Measure:
    return Measure("rate", condition={"column": column, "op": "=", "values": [value], "source": "value"})


def test_a_share_over_rows_pinned_on_its_own_column_is_doubted():
    # Given the share of express orders / When the rows are also pinned to express = 'yes'
    intent = Intent("orders", measures=[_share("express", "no")], filters=[Filter("express", "=", ["yes"])])
    # Then the reading is a misreading
    assert share_of_a_pinned_column(intent)


def test_a_share_over_rows_pinned_on_another_column_stands():
    # Given the share of express orders among the returned ones / Then it stands
    intent = Intent("orders", measures=[_share("express", "yes")], filters=[Filter("returned", "=", ["yes"])])
    assert not share_of_a_pinned_column(intent)
    # and a share split by its own column stands too (each group's share)
    grouped = Intent("orders", measures=[_share("express", "yes")], dimensions=["express"])
    assert not share_of_a_pinned_column(grouped)
