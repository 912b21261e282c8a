"""The grain of a table (vocabulary/grain.py, linktypes.Grain): what one row is, decided once per table when
the index is built, and read by every rule about a table whose rows are cells of a grid (gridcells,
panels, parse_mode's one-row pin, measures.count_column). Schemas of their own: orchards' baskets picked
per fruit and season, lighthouses' daily visitors, and a fleet of named ships.
"""

from __future__ import annotations

from datetime import date, timedelta

from shared.ask.engines.rules.gridcells import grid_columns
from shared.ask.engines.rules.measures import count_column
from shared.ask.engines.rules.panels import grain_of
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table

ORCHARDS = ["Hilltop", "Riverside", "Meadow"]
FRUITS = ["apricot", "plum"]
SEASONS = ["2021 S1", "2021 S2", "2022 S1", "2022 S2"]


def _harvest(rows: list[tuple] | None = None) -> Schema:
    rows = rows or [
        (o, f, s, 10 * i + j + k)
        for i, o in enumerate(ORCHARDS)
        for j, f in enumerate(FRUITS)
        for k, s in enumerate(SEASONS)
    ]
    columns = [("orchard", "text"), ("fruit", "text"), ("season", "text"), ("baskets", "integer")]
    return Schema(tables=[profiled_table("harvest", columns, rows)])


def _lighthouses() -> Schema:
    days = [(date(2023, 5, 1) + timedelta(days=d)).isoformat() for d in range(20)]
    rows = [
        (h, d, 40 + i * 3 + n % 5)
        for i, h in enumerate(["Nord", "Cap", "Pointe"])
        for n, d in enumerate(days)
    ]
    columns = [("lighthouse", "text"), ("day", "date"), ("visitors", "integer")]
    return Schema(tables=[profiled_table("visits", columns, rows)])


def _fleet() -> Schema:
    rows = [(f"Ship {n}", ["sail", "steam"][n % 2], 20 + n % 4) for n in range(12)]
    columns = [("ship_name", "text"), ("kind", "text"), ("crew", "integer")]
    return Schema(tables=[profiled_table("fleet", columns, rows)])


def test_a_table_of_cells_has_its_keys_axes_and_periods():
    # Given every orchard x fruit x season once, baskets counted in each cell
    table = index_for(_harvest()).tables["harvest"]
    # When its grain is read
    grain = table.grain
    # Then its rows are cells of a full grid keyed by the three, the season labels its period
    assert grain.cells and grain.full and not grain.sparse and not grain.entities and not grain.dated
    assert set(grain.keys) == set(grain.axes) == {"orchard", "fruit", "season"}
    assert grain.periods == ("season",)
    # and its whole-number plural measure is a count column (summed), the axes its grid
    assert count_column(table.columns["baskets"])
    assert [c.name for c in grid_columns(table) or []] == ["orchard", "fruit", "season"]


def test_a_sparse_grid_is_a_grid_only_with_a_count_column():
    # Given some orchard x fruit x season combinations with no row
    rows = [
        (o, f, s, 5 + k)
        for o in ORCHARDS
        for f in FRUITS
        for k, s in enumerate(SEASONS)
        if (o, f) != ("Meadow", "plum")
    ]
    table = index_for(_harvest(rows)).tables["harvest"]
    # When its grain is read
    # Then the axes multiply to more than the rows: sparse, still a grid as baskets count the cells' things
    assert table.grain.sparse and not table.grain.full
    assert grid_columns(table) is not None


def test_a_panel_pins_one_row_by_its_member_and_period():
    # Given every lighthouse once a day
    grain = index_for(_lighthouses()).tables["visits"].grain
    # When its grain is read
    # Then it is a panel of (day, lighthouse), dated rows (no cells), and the pair pins one row
    assert grain.panel == ("day", "lighthouse")
    assert grain.dated and not grain.cells
    assert grain.pins_a_row({"day", "lighthouse"})
    assert not grain.pins_a_row({"lighthouse"})


def test_a_grid_cell_is_pinned_by_its_axes_together():
    # Given the full orchard x fruit x season grid
    grain = index_for(_harvest()).tables["harvest"].grain
    # When some of its axes are pinned by equalities
    # Then all three pick one row; two of them do not
    assert grain.pins_a_row({"orchard", "fruit", "season"})
    assert not grain.pins_a_row({"orchard", "fruit"})


def test_a_table_of_named_things_is_no_grid_of_cells():
    # Given ships, each named once, of two kinds
    table = index_for(_fleet()).tables["fleet"]
    # When its grain is read
    # Then a row is a thing: its name is the entity, nothing is a cell, crew no count column
    assert table.grain.entities == ("ship_name",)
    assert not table.grain.cells and grid_columns(table) is None
    assert not count_column(table.columns["crew"])


def test_the_schema_table_and_the_index_hold_one_grain():
    # Given a schema's table, and the index built from it
    schema = _lighthouses()
    # When the grain is read from the table alone (a final-answer check) and from the index
    # Then both are the same decision
    assert grain_of(schema.tables[0]) == index_for(schema).tables["visits"].grain


def test_a_qualifier_left_unread_before_the_people_counted_is_doubted():
    # Given a grid of cells whose headcount is its one measure
    months = [date(2021, m, 1).isoformat() for m in range(1, 7)]
    rows = [(o, f, m, 3 + k) for o in ORCHARDS for f in FRUITS for k, m in enumerate(months)]
    columns = [("orchard", "text"), ("fruit", "text"), ("month", "date"), ("pickers", "integer")]
    schema = Schema(tables=[profiled_table("crews", columns, rows)])
    # When the people are counted with and without a character no clause reads right before them
    plain = ask(schema, "2021年3月Hilltop的人数")
    qualified = ask(schema, "2021年3月Hilltop的临人数")
    # Then the plain count sums the headcount, and the qualified one is less sure
    assert "SUM" in (plain.sql or ""), plain.message
    assert qualified.confidence < plain.confidence


def test_columns_span_the_rows_when_their_values_multiply_to_them():
    # Given every orchard x fruit x season once (3 x 2 x 4 = 24 rows)
    grain = index_for(_harvest()).tables["harvest"].grain
    # When columns are asked whether each combination of their values is one row
    # Then the three axes do, two of them or a column the table lacks do not
    assert grain.spans_the_rows({"orchard", "fruit", "season"})
    assert not grain.spans_the_rows({"orchard", "season"})
    assert not grain.spans_the_rows({"orchard", "fruit", "season", "weather"})
