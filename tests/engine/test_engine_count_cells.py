"""A count column in a grid of cells (museum visitors by site x year x ticket kind, a star join to a sites
dimension): each row counts the things of its cell, so a site's, a region's or a year's figure is the SUM of
its rows, never their average (measures.count_column, Grain.cells). A table of things (a car's
cylinders) keeps the average. A schema of its own, other words than any set's."""

from __future__ import annotations

from shared.ask.engines.rules.measures import count_column
from shared.semantic.schema import ForeignKey, Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

SITES = [("S1", "Harbour Gallery", "North"), ("S2", "Stone Hall", "North"), ("S3", "Glass House", "South")]
TICKETS = ["adult", "child", "senior"]


def _visits() -> list[tuple]:
    rows = []
    for y in (2019, 2020, 2021):
        for k, (code, _, _) in enumerate(SITES):
            for j, t in enumerate(TICKETS):
                n = 1 if code == "S1" and t != "adult" else 100 * (k + 1) + 10 * j + (y - 2019)
                n = 5000 if code == "S1" and t == "adult" else n
                rows.append((len(rows) + 1, code, y, t, n))
    return rows


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("sites", [("site_code", "text"), ("site_name", "text"), ("region", "text")], SITES),
        (
            "visits",
            [
                ("row_id", "integer"),
                ("site_code", "text"),
                ("year", "integer"),
                ("ticket", "text"),
                ("visitors", "integer"),
            ],
            _visits(),
        ),
    ]


def _schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["sites"].primary_key = ["site_code"]
    tables["visits"].foreign_keys = [ForeignKey(["site_code"], "sites", ["site_code"])]
    return Schema(tables=list(tables.values()))


def _rows(sql: str | None) -> list[tuple]:
    return memory_db(_tables()).execute(sql or "").fetchall()


def test_a_count_column_in_a_grid_of_cells_sums_by_default():
    # Given visitors per site x year x ticket kind (each row one cell's count)
    visitors = index_for(_schema()).tables["visits"].columns["visitors"]
    # When the column's default aggregation is decided / Then it is a count, summed
    assert count_column(visitors)
    # When the top sites in a year are asked (the site with one big cell and two tiny ones)
    answer = ask(_schema(), "Top 2 sites by visitors in 2020")
    # Then each site's figure is its total, not the mean of its cells
    assert answer.status == "ok", answer.message
    assert "SUM(" in (answer.sql or "") and "AVG(" not in (answer.sql or "")


def test_a_column_of_a_table_of_things_is_no_count():
    # Given a table of cars (a name per row): cylinders is a property of each car
    cars = profiled_table(
        "autos",
        [("model", "text"), ("maker", "text"), ("cylinders", "integer")],
        [("A1", "X", 4), ("A2", "X", 6), ("B1", "Y", 8), ("B2", "Y", 4)],
    )
    cylinders = index_for(Schema(tables=[cars])).tables["autos"].columns["cylinders"]
    # Then its default stays the average
    assert not count_column(cylinders)


def test_the_number_of_the_things_a_count_column_holds_is_its_sum():
    # Given the visitors column counting each cell's visitors
    # When the number of visitors is asked (per site, or in all)
    ranked = ask(_schema(), "Top 2 sites by number of visitors in 2020")
    total = ask(_schema(), "How many visitors came in 2021?")
    # Then it is the SUM of the column, not a count of the rows (cells)
    for answer in (ranked, total):
        assert answer.status == "ok", answer.message
        assert 'SUM(t0."visitors")' in (answer.sql or "") or 'SUM("visitors")' in (answer.sql or "")
        assert "COUNT(*)" not in (answer.sql or "")
    assert _rows(total.sql) == [(sum(r[4] for r in _visits() if r[2] == 2021),)]


def test_a_member_listed_over_open_cells_of_a_star_join_is_its_total():
    # Given the visits fact joined to its sites dimension (ticket kinds left open by the question)
    # When one site's or one region's visitors in a year are asked
    site = ask(_schema(), "Stone Hall visitors in 2019")
    region = ask(_schema(), "Visitors in the North region in 2021")
    # Then the figure is the SUM over the open cells, not the cells listed
    for answer in (site, region):
        assert answer.status == "ok", answer.message
        assert 'SUM(t0."visitors")' in (answer.sql or "")
    assert _rows(site.sql) == [(sum(r[4] for r in _visits() if r[1] == "S2" and r[2] == 2019),)]


def _ferries() -> Schema:
    rows = [
        (p, y, band, 10 * (i + 1) + j)
        for i, p in enumerate(["Bari", "Split"])
        for y in (2020, 2021)
        for j, band in enumerate(["0-17", "18-64", "65+"])
    ]
    cols = [("port", "text"), ("year", "integer"), ("age_band", "text"), ("passengers", "integer")]
    return Schema(tables=[profiled_table("ferry", cols, rows)])


def test_an_age_range_said_beside_a_band_category_is_that_band():
    # Given passengers per port x year x age band, the bands labelled '0-17', '18-64', '65+'
    # When passengers aged 18-64 are asked
    answer = ask(_ferries(), "How many passengers aged 18-64 were there in 2021?")
    # Then the range is the band's value, not a condition on the passengers count
    assert answer.status == "ok", answer.message
    assert "\"age_band\" = '18-64'" in (answer.sql or "")
    assert "BETWEEN" not in (answer.sql or "")
