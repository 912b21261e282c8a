"""Readings found on a star schema with a dimension in another language (lending_club's second round), each on
schemas of their own: a stored snake_case code said as its words, numbers grouped in thousands, a dimension
called by the noun of the key pointing at it and answered by its label, a one-letter code said with its
column's Chinese noun, a superlative beside a count condition on the groups."""

from __future__ import annotations

import pytest

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

Tables = list[tuple[str, list[tuple[str, str]], list[tuple]]]

# (shipment_id, service_level, weight): the service levels are stored as snake_case codes
SERVICES = ("next_day", "two_day", "ground")
SHIPMENTS = [(i, SERVICES[i % 3], 5 + i) for i in range(15)]


def _shipment_tables() -> Tables:
    return [
        (
            "shipments",
            [("shipment_id", "integer"), ("service_level", "text"), ("weight", "integer")],
            SHIPMENTS,
        )
    ]


def _schema(tables: Tables) -> Schema:
    return Schema(tables=[profiled_table(n, c, r) for n, c, r in tables])


def test_a_snake_case_code_is_said_as_its_words() -> None:
    # Given shipments whose service level is stored as next_day / two_day / ground
    schema = _schema(_shipment_tables())
    # When the shipments of one level are counted, the code said as words
    a = ask(schema, "How many next day shipments are there?")
    # Then the code is the filter
    assert a.status == "ok", a.message
    assert memory_db(_shipment_tables()).execute(a.sql or "").fetchall() == [(5,)], a.sql


def test_digits_grouped_in_thousands_are_one_number() -> None:
    # Given shipments with weights
    tables: Tables = [
        ("parcels", [("parcel_id", "integer"), ("value", "integer")], [(i, 500 * i) for i in range(8)])
    ]
    # When a bound is written with a thousands comma
    a = ask(_schema(tables), "How many parcels have a value above 1,500?")
    # Then it is one number, not 1 and 500
    assert a.status == "ok", a.message
    assert "1500" in (a.sql or ""), a.sql
    assert memory_db(tables).execute(a.sql or "").fetchall() == [(4,)], a.sql


# an English fact pointing at a dimension with Chinese headers: 影片类型(类型编号, 类型代码, 类型名称)
GENRES = [(1, "drama", "剧情"), (2, "comedy", "喜剧"), (3, "horror", "恐怖")]
RENTALS = [(i, 1 + i % 3, 2 + i) for i in range(12)]


def _rental_tables() -> Tables:
    return [
        ("影片类型", [("类型编号", "integer"), ("类型代码", "text"), ("类型名称", "text")], GENRES),
        ("rentals", [("rental_id", "integer"), ("genre_id", "integer"), ("fee", "integer")], RENTALS),
    ]


def _rentals() -> Schema:
    tables: dict[str, Table] = {n: profiled_table(n, c, r) for n, c, r in _rental_tables()}
    tables["影片类型"].primary_key = ["类型编号"]
    tables["rentals"].foreign_keys = [ForeignKey(["genre_id"], "影片类型", ["类型编号"])]
    return Schema(tables=list(tables.values()))


def _fees_by_genre() -> dict[str, int]:
    names = {g[0]: g[2] for g in GENRES}
    out: dict[str, int] = {}
    for _i, g, fee in RENTALS:
        out[names[g]] = out.get(names[g], 0) + fee
    return out


@pytest.mark.parametrize(
    "question", ["Total fee by genre", "Total fee by rental genre", "按影片类型统计fee总额"]
)
def test_a_dimension_is_called_by_the_noun_of_the_key_to_it_and_answered_by_its_label(question: str) -> None:
    # Given rentals holding genre_id, the key of a genre table whose name and headers are Chinese
    schema = _rentals()
    # When the fee is totalled by genre (the key's noun) or by the table's own name
    a = ask(schema, question)
    # Then the genres are joined and named by their label column (类型名称), not by their ids or codes
    assert a.status == "ok", a.message
    assert "类型名称" in (a.sql or ""), a.sql
    rows = memory_db(_rental_tables()).execute(a.sql or "").fetchall()
    assert {r[0]: r[1] for r in rows} == _fees_by_genre(), a.sql  # (统计 may show the count beside)


def test_a_code_with_its_columns_chinese_noun_is_that_value() -> None:
    # Given patients with a blood type column 血型 holding A / B / O / AB
    rows = [(i, ("A", "B", "O", "AB")[i % 4], 100 + i) for i in range(12)]
    tables: Tables = [("病人", [("编号", "integer"), ("血型", "text"), ("费用", "integer")], rows)]
    # When the patients of type B are counted, the letter said before the noun's last character (B型)
    a = ask(_schema(tables), "B型的病人有几个")
    # Then B is the blood type
    assert a.status == "ok", a.message
    assert memory_db(tables).execute(a.sql or "").fetchall() == [(3,)], a.sql


# (order_id, city_code, amount) -> cities(city_code, city_name)
CITIES = [("C1", "Avalon"), ("C2", "Brill"), ("C3", "Corin")]
ORDERS = [(i, ("C1", "C1", "C2", "C2", "C3")[i % 5], 10 * (i % 7) + 5) for i in range(20)]


def _city_tables() -> Tables:
    return [
        ("cities", [("city_code", "text"), ("city_name", "text")], CITIES),
        ("orders", [("order_id", "integer"), ("city_code", "text"), ("amount", "integer")], ORDERS),
    ]


def test_a_superlative_beside_a_count_condition_on_the_groups_still_ranks_them() -> None:
    # Given orders in three cities, one of them with few orders
    tables: dict[str, Table] = {n: profiled_table(n, c, r) for n, c, r in _city_tables()}
    tables["cities"].primary_key = ["city_code"]
    tables["orders"].foreign_keys = [ForeignKey(["city_code"], "cities", ["city_code"])]
    schema = Schema(tables=list(tables.values()))
    # When the city with the highest average amount is asked among those with at least 5 orders
    a = ask(schema, "Among cities with at least 5 orders, which has the highest average amount?")
    # Then the cities are kept by their count and ranked by the average, the first one answering
    assert a.status != "ok" or "LIMIT 1" in (a.sql or ""), a.sql
    assert a.status == "ok", a.message
    per: dict[str, list[int]] = {}
    for _i, c, amount in ORDERS:
        per.setdefault(c, []).append(amount)
    kept = {c: sum(v) / len(v) for c, v in per.items() if len(v) >= 5}
    best = max(kept, key=lambda c: kept[c])
    rows = memory_db(_city_tables()).execute(a.sql or "").fetchall()
    assert rows[0][0] == dict(CITIES)[best], a.sql


def test_one_table_superlative_beside_a_having() -> None:
    # Given orders with a region column
    rows = [(i, ("North", "North", "South", "South", "West")[i % 5], 10 * (i % 7) + 5) for i in range(20)]
    tables: Tables = [("orders", [("order_id", "integer"), ("region", "text"), ("amount", "integer")], rows)]
    # When a superlative is asked beside a count condition on the groups
    a = ask(_schema(tables), "Among regions with at least 5 orders, which has the highest average amount?")
    # Then the reading ranks them (or asks back), never lists every region kept
    assert a.status != "ok" or "LIMIT 1" in (a.sql or ""), a.sql


def _cities() -> Schema:
    tables: dict[str, Table] = {n: profiled_table(n, c, r) for n, c, r in _city_tables()}
    tables["cities"].primary_key = ["city_code"]
    tables["orders"].foreign_keys = [ForeignKey(["city_code"], "cities", ["city_code"])]
    return Schema(tables=list(tables.values()))


@pytest.mark.parametrize(
    "question",
    ["List the orders above 60 with their city and amount", "列出金额超过60的订单及其所在城市和金额"],
)
def test_rows_listed_with_a_named_dimension_show_its_name_not_the_key(question: str) -> None:
    # Given orders holding a city code, the key of cities named by city_name
    schema = _cities()
    # When the orders are listed with their city
    a = ask(schema, question)
    # Then each order is listed with its city's name (or the question is asked back), never with the code
    # the orders hold, nor read as cities with more than 60 orders (60 is the amount's bound)
    assert a.status != "ok" or "city_name" in (a.sql or ""), a.sql
    if a.status == "ok":
        rows = memory_db(_city_tables()).execute(a.sql or "").fetchall()
        names = dict(CITIES)
        assert sorted(rows) == sorted((names[c], amt) for _i, c, amt in ORDERS if amt > 60), a.sql


# (year, level): a yearly series
LEVELS = [(2000 + i, 10 + i) for i in range(11)]


def test_two_years_joined_by_a_dash_are_the_span_between_them() -> None:
    # Given a yearly series
    tables: Tables = [("readings", [("year", "integer"), ("level", "integer")], LEVELS)]
    # When an average is asked over 2002-2005
    a = ask(_schema(tables), "Average level over 2002-2005")
    # Then the years 2002 to 2005 are averaged (no year 2005 alone, no level above 2002)
    assert a.status == "ok", a.message
    assert memory_db(tables).execute(a.sql or "").fetchall() == [(sum(10 + i for i in range(2, 6)) / 4,)], (
        a.sql
    )


# (month, visits): month labels '2020-01' .. '2022-12'
VISITS = [(f"{2020 + i // 12}-{1 + i % 12:02d}", 100 + i) for i in range(36)]


@pytest.mark.parametrize(
    "question", ["Total visits in March of each year from 2020 to 2022", "2020到2022年每年3月的访问总数"]
)
def test_yearly_groups_pinned_to_one_period_are_no_answer(question: str) -> None:
    # Given monthly visits labelled by month over three years
    tables: Tables = [("traffic", [("month", "text"), ("visits", "integer")], VISITS)]
    # When the same month of each year is asked
    a = ask(_schema(tables), question)
    # Then no sure answer gives one group for one year's March where each year's was asked
    if a.status == "ok":
        assert len(memory_db(tables).execute(a.sql or "").fetchall()) == 3, a.sql
