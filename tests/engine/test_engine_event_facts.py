"""A fact of events dated by calendar parts beside other years, with a Chinese-headed dimension: pet
adoptions (year_adopted / month_adopted, and the pet's year_born), keyed to 收容所 (shelters). For the
readings the ames_home_sales round made general: the year paired with the month is the rows' time, the
verb the parts date counts the rows (also over a join), an aggregate word before a measure is no value,
"by number of X" groups, "with a X" over a zero-floored amount filters > 0, a bracketed value restates a
negated word, a month range on the parts, a currency sign names the money column, a listed year beyond the
data and a "there" with nothing before it ask back."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

SHELTERS = [(1, "Riverside"), (2, "Hilltop"), (3, "Lakeview")]
TEMPERS = ("Calm", "Average", "Lively")
COLUMNS = [
    ("adoption_id", "integer"),
    ("year_adopted", "integer"),
    ("month_adopted", "integer"),
    ("year_born", "integer"),
    ("price", "integer"),
    ("vaccines_given", "integer"),
    ("temperament", "text"),
    ("shelter_id", "integer"),
]


def _adoptions() -> list[tuple]:
    rows = []
    for k in range(240):
        year, month = 2019 + k % 3, 1 + (k * 5) % 12
        rows.append(
            (
                k + 1,
                year,
                month,
                2005 + k % 13,
                40 + (k * 37) % 260,
                (k * 7) % 4 - (k % 2),
                TEMPERS[k % 3],
                1 + k % 3,
            )
        )
    return [(*r[:5], max(r[5], 0), *r[6:]) for r in rows]


ADOPTIONS = _adoptions()


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("收容所", [("收容所编号", "integer"), ("收容所名称", "text")], SHELTERS),
        ("adoptions", COLUMNS, ADOPTIONS),
    ]


def _schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["收容所"].primary_key = ["收容所编号"]
    tables["adoptions"].primary_key = ["adoption_id"]
    tables["adoptions"].foreign_keys = [ForeignKey(["shelter_id"], "收容所", ["收容所编号"])]
    return Schema(tables=list(tables.values()))


def _db() -> sqlite3.Connection:
    return memory_db(_tables())


def _rows(sql: str | None) -> list[tuple]:
    return _db().execute(sql or "").fetchall()


def _ok(question: str):
    answer = ask(_schema(), question)
    assert answer.status == "ok", (question, answer.message, answer.sql)
    return answer


def test_the_verb_the_calendar_parts_date_counts_the_rows():
    # Given adoptions dated by year_adopted / month_adopted beside the pet's year_born
    # When how many pets were adopted is asked, in all and per month of one year
    total = _ok("How many pets were adopted?")
    monthly = _ok("How many pets were adopted each month of 2021?")
    # Then every row is counted, and the year said is the adoption year (paired with the month)
    assert _rows(total.sql) == [(len(ADOPTIONS),)]
    rows = _rows(monthly.sql)
    assert sum(r[-1] for r in rows) == sum(1 for r in ADOPTIONS if r[1] == 2021), monthly.sql
    assert "year_born" not in (monthly.sql or "")


def test_a_month_range_on_calendar_parts_is_one_span():
    # Given the same parts / When 2020年3月到5月 is asked
    answer = _ok("2020年3月到5月一共领养了多少只")
    # Then March through May, not March and May
    want = sum(1 for r in ADOPTIONS if r[1] == 2020 and 3 <= r[2] <= 5)
    assert _rows(answer.sql) == [(want,)], answer.sql


def test_an_aggregate_word_before_a_measure_is_no_value_and_by_number_of_groups():
    # Given a temperament column holding 'Average' / When "Average price by number of vaccines" is asked
    answer = _ok("Average price by number of vaccines")
    # Then the price is averaged per vaccine count, with no filter on the temperament 'Average'
    assert "temperament" not in (answer.sql or "") and "GROUP BY" in (answer.sql or ""), answer.sql
    assert len(_rows(answer.sql)) == len({r[5] for r in ADOPTIONS})


def test_with_a_thing_over_a_zero_floored_amount_keeps_the_rows_above_zero():
    # Given vaccines_given, 0 for pets given none / When the pets with a vaccine are counted
    answer = _ok("How many pets with a vaccine were adopted?")
    # Then the rows with vaccines_given > 0 are counted, not the vaccines summed
    assert _rows(answer.sql) == [(sum(1 for r in ADOPTIONS if r[5] > 0),)], answer.sql
    # And an amount said after the noun is compared, not merely had
    compared = ask(_schema(), "How many pets with a vaccine count of 2 or more were adopted?")
    assert "> 0" not in (compared.sql or "")


def test_a_bracketed_value_restates_the_negated_word_before_it():
    # Given temperaments Calm / Average / Lively / When 非平静（Lively） names the value
    answer = _ok("脾气为非平静（Lively）的领养有多少条")
    # Then the rows are those with 'Lively', not those without it
    assert _rows(answer.sql) == [(sum(1 for r in ADOPTIONS if r[6] == "Lively"),)], answer.sql


def test_a_currency_sign_names_the_money_column_not_the_dated_verb():
    # Given the verb adopted half-names year_adopted / When a dollar amount is compared
    answer = _ok("How many pets were adopted for more than $200?")
    # Then the price is compared
    assert _rows(answer.sql) == [(sum(1 for r in ADOPTIONS if r[4] > 200),)], answer.sql
    between = _ok("How many pets were adopted for between $100 and $200?")
    assert _rows(between.sql) == [(sum(1 for r in ADOPTIONS if 100 <= r[4] <= 200),)], between.sql


def test_the_dated_verb_joins_the_fact_to_a_dimension_value():
    # Given shelters named in a Chinese-headed dimension / When adoptions in one shelter are counted
    for question in ("How many pets were adopted in Riverside?", "Riverside领养了多少只猫"):
        answer = _ok(question)
        # Then the fact's rows of that shelter are counted, not the one shelter row
        assert _rows(answer.sql) == [(sum(1 for r in ADOPTIONS if r[7] == 1),)], (question, answer.sql)


def test_a_year_beyond_the_data_or_a_there_with_nothing_before_it_asks_back():
    # Given adoptions 2019-2021 / When 2023 is compared with 2021, or 那边 opens a first question
    for question in ("How much did prices rise in 2023 compared with 2021?", "那边的平均价格是多少"):
        # Then the engine asks back instead of answering over what it could read
        assert ask(_schema(), question).status != "ok", question


# a theatre's ticket sales: one row a ticket sold, at its seat price; shows as a category
TICKET_COLUMNS = [("sale_id", "integer"), ("year", "integer"), ("show", "text"), ("seat_price", "integer")]
TICKETS = [(k + 1, 2020 + k % 2, ("Hamlet", "Cats", "Annie")[k % 3], 20 + (k * 13) % 60) for k in range(90)]


def _tickets() -> Schema:
    return Schema(tables=[profiled_table("sales", TICKET_COLUMNS, TICKETS)])


def _ticket_rows(sql: str | None) -> list[tuple]:
    return memory_db([("sales", TICKET_COLUMNS, TICKETS)]).execute(sql or "").fetchall()


def test_a_deal_word_names_a_sales_table_and_its_total_is_the_price_summed():
    # Given ticket sales at a seat price, no amount or quantity column
    # When 成交 (a deal) is counted, and the deals' total amount (成交总额) is asked
    count = ask(_tickets(), "2020年成交了多少笔")
    total = ask(_tickets(), "2020年的成交总额是多少")
    # Then the rows of 2020 are counted, and their prices summed
    assert count.status == "ok" and _ticket_rows(count.sql) == [(sum(1 for r in TICKETS if r[1] == 2020),)]
    assert total.status == "ok", (total.message, total.sql)
    assert _ticket_rows(total.sql) == [(sum(r[3] for r in TICKETS if r[1] == 2020),)], total.sql


def test_groups_kept_by_an_aggregate_show_the_figure_they_passed_on():
    # Given the tickets / When the shows whose average seat price is above 45 are listed
    answer = ask(_tickets(), "Shows whose average seat price is above 45")
    # Then each show comes with its average
    assert answer.status == "ok", answer.message
    rows = _ticket_rows(answer.sql)
    assert rows and all(len(r) == 2 and r[1] > 45 for r in rows), answer.sql


def test_a_grain_adjective_before_a_measure_after_a_is_one_rows_value():
    # Given yearly rows / When the shows that ever had "a yearly seat price" above 70 are counted
    answer = ask(_tickets(), "How many shows have ever had a yearly seat price above 70?")
    # Then no group per year: one count of shows
    assert "GROUP BY" not in (answer.sql or ""), answer.sql
