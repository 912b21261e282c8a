"""English readings an analyst finds plain (issue 10, "single" round): an order said as "X first",
a value's plural in -ies, dimension adjectives that pick one column of a pair (deeper -> depth, widest ->
width), the row that has an extreme, and ranked rows shown with their value. Each test builds its own small
table, unlike the sets that revealed the rule."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

BREEDS = ("Collie", "Beagle", "Boxer", "Husky")
KENNELS = ("North", "Harbour", "Hill")
DOG_COLUMNS = [
    ("dog_code", "text"),
    ("breed", "text"),
    ("kennel", "text"),
    ("checkup_year", "integer"),
    ("snout_length_mm", "float"),
    ("snout_width_mm", "float"),
    ("mass_kg", "float"),
]
# every dog is measured in two years: its code repeats
DOG_ROWS = [
    (
        f"D{i % 20}",
        BREEDS[i % 4],
        KENNELS[i % 3],
        2020 + i // 20,
        float(40 + (i * 7) % 31),
        float(20 + (i * 5) % 17),
        float(8 + (i * 3) % 25),
    )
    for i in range(40)
]
DOGS = Schema(tables=[profiled_table("dogs", DOG_COLUMNS, DOG_ROWS)])


def _rows(sql: str | None) -> list[tuple]:
    return memory_db([("dogs", DOG_COLUMNS, DOG_ROWS)]).execute(sql or "").fetchall()


def test_a_superlative_then_first_orders_every_group_and_keeps_them_all():
    # Given dogs by kennel / When the groups are asked "heaviest first"
    a = ask(DOGS, "Average mass of dogs in each kennel, heaviest first")
    # Then every kennel comes back, ordered by the average, none cut off
    assert a.status == "ok", (a.message, a.sql)
    assert "LIMIT" not in (a.sql or "") and "DESC" in (a.sql or ""), a.sql
    assert len(_rows(a.sql)) == len(KENNELS)


def test_a_top_n_number_still_limits_a_first_ordering():
    # Given the same / When a number is said too
    a = ask(DOGS, "Top 2 kennels by average mass")
    # Then the number keeps its limit
    assert "LIMIT 2" in (a.sql or ""), a.sql


def test_a_plural_in_ies_reaches_a_stored_value_ending_in_ie():
    # Given the breed 'Collie' / When the question says "Collies"
    a = ask(DOGS, "How many dogs are not Collies?")
    # Then it is the value, negated
    assert a.status == "ok", (a.message, a.sql)
    assert "<> 'Collie'" in (a.sql or ""), a.sql


def test_a_comparative_adjective_picks_the_column_its_noun_names():
    # Given snout_length_mm and snout_width_mm, which "snout" names alike
    # When the snouts are compared with "wider than"
    a = ask(DOGS, "How many Boxers have a snout wider than 30 mm?")
    # Then the width is compared, not the first snout column
    assert a.status == "ok", (a.message, a.sql)
    assert '"snout_width_mm" > 30' in (a.sql or ""), a.sql


def test_a_superlative_adjective_ranks_by_the_column_its_noun_names():
    # Given the same / When the groups are ranked by "the widest snout on average"
    a = ask(DOGS, "Which breed has the widest snout on average?")
    # Then the breeds are ranked by their average width
    assert a.status == "ok", (a.message, a.sql)
    assert 'AVG("snout_width_mm")' in (a.sql or "") and "LIMIT 1" in (a.sql or ""), a.sql


def test_the_table_noun_with_an_extreme_asks_for_that_row_not_the_value():
    # Given the same / When "the dog with the narrowest snout" is asked
    a = ask(DOGS, "The dog with the narrowest snout")
    # Then the row is ranked (its code and width), not MIN of the width alone
    assert a.status == "ok", (a.message, a.sql)
    assert "MIN(" not in (a.sql or "") and 'ORDER BY "snout_width_mm"' in (a.sql or ""), a.sql


def test_ranked_rows_are_shown_with_their_value_and_never_made_distinct():
    # Given a repeating dog code / When the 3 dogs with the longest snouts are asked
    a = ask(DOGS, "The 3 Beagle dogs with the longest snouts")
    # Then three rows, each with its length, and no DISTINCT that would hide a ranked row
    assert a.status == "ok", (a.message, a.sql)
    sql = a.sql or ""
    assert "DISTINCT" not in sql and '"snout_length_mm"' in sql.split("FROM")[0], sql
    assert len(_rows(sql)) == 3


def test_a_verb_before_a_comparator_names_its_column_in_the_said_unit():
    # Given mass_kg, a mass in kilograms / When the dogs that "weigh less than 9000 grams" are counted
    a = ask(DOGS, "How many dogs weigh less than 9000 grams?")
    # Then the verb names the mass and the grams are converted to kilograms
    assert a.status == "ok", (a.message, a.sql)
    assert '"mass_kg" < 9' in (a.sql or ""), a.sql


def test_a_noun_before_breakdown_is_the_grouping_and_rows_are_counted():
    # Given the kennels / When the "kennel breakdown" of the dogs is asked
    a = ask(DOGS, "Kennel breakdown of the dogs")
    # Then one count per kennel
    assert a.status == "ok", (a.message, a.sql)
    assert 'GROUP BY "kennel"' in (a.sql or "") and "COUNT(*)" in (a.sql or ""), a.sql


def test_a_data_collection_verb_is_no_word_left_unread():
    # Given the dogs / When the question says they "were measured"
    a = ask(DOGS, "How many Huskies were measured?")
    # Then the verb says only that the rows are in the data: the Huskies are counted, nothing asked back
    assert a.status == "ok" and not a.unknown_words, (a.message, a.unknown_words)
    assert "= 'Husky'" in (a.sql or ""), a.sql


BOATS = Schema(
    tables=[
        profiled_table(
            "boats",
            [("hull", "text"), ("Season", "integer"), ("length_m", "float")],
            [(f"H{i}", 2001 + i % 4, float(5 + i % 9)) for i in range(24)],
        )
    ]
)


def test_a_lower_case_noun_before_a_column_named_outright_is_that_column():
    # Given a column named Season / When "by regatta season" is said (a noun no schema word links)
    a = ask(BOATS, "Average length of the boats by regatta season")
    # Then the noun only says which season: one average per Season, no word asked back
    assert a.status == "ok" and not a.unknown_words, (a.message, a.unknown_words)
    assert 'GROUP BY "Season"' in (a.sql or ""), a.sql


def test_an_adjective_or_participle_before_a_column_is_no_such_modifier():
    # Given the same / When "the measured mass" or "more mass" stands before the column
    a = ask(DOGS, "Which kennel had more mass in 2021?")
    # Then "more" is not swallowed into the column's name: the comparison is still unread
    assert "more" in (a.unknown_words or []) or a.status != "ok", (a.sql, a.unknown_words)


def test_top_n_years_by_a_measure_ranks_the_year_groups():
    # Given a year column with repeating values / When the top 2 years by average mass are asked
    a = ask(DOGS, "Top 2 checkup years by average mass")
    # Then the years are grouped and ranked, two kept
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert 'GROUP BY "checkup_year"' in sql and "LIMIT 2" in sql, sql


def test_the_range_a_time_column_spans_is_its_first_and_last_value():
    # Given a year column / When its range is asked
    a = ask(DOGS, "What range of checkup years does the data span?")
    # Then MIN and MAX of the year
    assert a.status == "ok", (a.message, a.sql)
    assert 'MIN("checkup_year")' in (a.sql or "") and 'MAX("checkup_year")' in (a.sql or ""), a.sql


def test_which_years_the_data_covers_is_asked_back():
    # Given the same / When "which years does the data cover" is asked (every year, or first and last?)
    a = ask(DOGS, "Which checkup years does the data cover?")
    # Then the engine asks back instead of picking one reading
    assert a.status == "clarify", a.sql


def test_an_aggregate_of_a_unit_column_compared_is_a_group_condition():
    # Given mass_kg / When the breeds whose average mass is above a number of kilograms are asked
    a = ask(DOGS, "Which breeds have an average mass above 15 kg?")
    # Then each breed's average is compared (HAVING), not each dog's mass
    assert a.status == "ok", (a.message, a.sql)
    assert 'HAVING AVG("mass_kg") > 15' in (a.sql or "") and "WHERE" not in (a.sql or ""), a.sql


def test_average_as_a_verb_before_a_unit_compares_each_groups_average():
    # Given the same / When "which kennels average more than 15 kg" is asked (no column word at all)
    a = ask(DOGS, "Which kennels average more than 15 kg?")
    # Then the unit names the one mass column and "average" its aggregate per kennel
    assert a.status == "ok", (a.message, a.sql)
    assert 'GROUP BY "kennel" HAVING AVG("mass_kg") > 15' in (a.sql or ""), a.sql


def test_a_unit_shared_by_several_columns_is_asked_back_in_a_group_condition():
    # Given two columns in millimetres / When "which kennels average more than 50 mm" is asked
    a = ask(DOGS, "Which kennels average more than 50 mm?")
    # Then the engine does not pick one of them silently
    assert a.status == "clarify", a.sql


def test_the_table_noun_after_the_number_is_counted_not_the_column_before():
    # Given a year column / When "which checkup years have at least 20 dogs" is asked
    a = ask(DOGS, "Which checkup years have at least 20 dogs?")
    # Then the years are grouped and their dogs counted, not checkup_year >= 20
    assert a.status == "ok", (a.message, a.sql)
    assert "HAVING COUNT(*) >= 20" in (a.sql or ""), a.sql
    assert {r[0] for r in _rows(a.sql)} == {2020, 2021}


AIR_COLUMNS = [("day", "date"), ("dust", "float"), ("noise", "float")]
AIR_ROWS = [(f"2021-03-{d:02d}", float((d * 7) % 23), float(40 + d % 5)) for d in range(1, 31)]
AIR = Schema(tables=[profiled_table("air_samples", AIR_COLUMNS, AIR_ROWS)])


def test_a_superlative_made_from_a_column_noun_ranks_the_rows_by_it():
    # Given a daily table with a dust column / When "the 2 dustiest days" are asked
    a = ask(AIR, "The 2 dustiest days")
    # Then the days are ranked by dust, most first, shown with their dust
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert 'ORDER BY "dust" DESC LIMIT 2' in sql and '"day"' in sql.split("FROM")[0], sql
    rows = memory_db([("air_samples", AIR_COLUMNS, AIR_ROWS)]).execute(sql).fetchall()
    assert [r[-1] for r in rows] == [22.0, 21.0]


def test_rows_named_by_the_time_column_word_are_listed_by_it():
    # Given one row per day / When the days of a period are listed
    a = ask(AIR, "List the days in March 2021 with noise above 43")
    # Then the days themselves are listed (the period also reads the word "days")
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert sql.startswith('SELECT "day" FROM') and '"noise" > 43' in sql, sql


def test_from_a_to_b_with_numbers_is_a_range_of_the_column_before():
    # Given snout_length_mm / When "a snout length from 45 to 55 mm" is counted
    a = ask(DOGS, "How many dogs have a snout length from 45 to 55 mm?")
    # Then both ends bound the column (BETWEEN), not the last number alone
    assert a.status == "ok", (a.message, a.sql)
    assert '"snout_length_mm" BETWEEN 45 AND 55' in (a.sql or ""), a.sql


def test_opposite_superlatives_joined_before_a_column_ask_both_ends():
    # Given the same / When "narrowest and widest snout" of one breed is asked
    a = ask(DOGS, "Narrowest and widest snout of Beagle dogs")
    # Then MIN and MAX of the width, for that breed
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert 'MIN("snout_width_mm")' in sql and 'MAX("snout_width_mm")' in sql and "'Beagle'" in sql, sql


def test_the_rows_with_both_extremes_are_asked_back_not_answered_by_one_row():
    # Given the same / When "the dog with the narrowest and the widest snout" is asked (two rows)
    a = ask(DOGS, "The dog with the narrowest and the widest snout")
    # Then no single row is answered with confidence
    assert a.status == "clarify", a.sql


PLANES = Schema(
    tables=[
        profiled_table(
            "planes",
            [("tail", "text"), ("Seats_per_Row", "integer"), ("Range_km", "float"), ("Maker", "text")],
            [
                (f"T{i}", 4 + i % 3, float(3000 + 250 * (i % 7)), ("Avro", "Saab", "Fokker")[i % 3])
                for i in range(30)
            ],
        )
    ]
)


def test_a_group_word_that_is_also_a_word_of_a_name_still_groups():
    # Given Seats_per_Row, whose name holds "per" / When "average range per maker" is asked
    a = ask(PLANES, "Average range per maker")
    # Then "per" groups by the maker; it is not read as part of a name
    assert a.status == "ok", (a.message, a.sql)
    assert 'GROUP BY "Maker"' in (a.sql or "") and 'AVG("Range_km")' in (a.sql or ""), a.sql


def test_a_superlative_per_period_is_each_periods_extreme_not_a_ranking_by_date():
    # Given a daily table / When the lowest noise of each month is asked
    a = ask(AIR, "Lowest noise of each month")
    # Then MIN per month, answered without doubt about a date ranking
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert 'MIN("noise")' in sql and "GROUP BY" in sql, sql


VISITS_COLUMNS = [("visit_no", "integer"), ("remark", "text"), ("ward", "text")]
VISITS_ROWS = [(i, "no change" if i in (3, 7) else f"remark {i}", ("East", "West")[i % 2]) for i in range(20)]
VISITS = Schema(tables=[profiled_table("visits", VISITS_COLUMNS, VISITS_ROWS)])


def test_a_column_with_about_one_value_per_row_lists_every_row():
    # Given free-text remarks, one repeated once / When all remarks are listed in reverse order
    a = ask(VISITS, "List all the remarks in reversed alphabetical order")
    # Then every row's remark comes back (no DISTINCT folding the repeated one)
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert "DISTINCT" not in sql, sql
    assert len(memory_db([("visits", VISITS_COLUMNS, VISITS_ROWS)]).execute(sql).fetchall()) == 20


def test_a_column_of_kinds_is_still_listed_once_each():
    # Given a ward column of two kinds / When the wards are listed
    a = ask(VISITS, "List the wards")
    # Then each ward once
    assert "DISTINCT" in (a.sql or ""), a.sql


def test_which_and_the_table_noun_rank_rows_and_later_columns_are_shown():
    # Given dogs with a kennel column / When "which dog is the heaviest? give its breed and kennel"
    a = ask(DOGS, "Which dog is the heaviest? Give its breed and kennel")
    # Then one dog (row) ranked by mass, shown with its breed and kennel; not the heaviest breed on average
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert "GROUP BY" not in sql and 'ORDER BY "mass_kg" DESC LIMIT 1' in sql, sql
    assert '"breed"' in sql and '"kennel"' in sql, sql


def test_a_total_said_after_the_compared_number_is_each_groups_total():
    # Given daily dust readings / When the months with more than 300 dust "in total" are asked
    a = ask(AIR, "Which months had more than 300 dust in total?")
    # Then the months' totals are compared (HAVING SUM) and shown
    sql = a.sql or ""
    assert a.status == "ok", (a.message, sql)
    assert 'HAVING SUM("dust") > 300' in sql and 'SUM("dust") AS' in sql, sql


def test_on_average_after_the_compared_number_is_each_groups_average():
    # Given kennels / When the kennels whose mass is above 15 "on average" are asked
    a = ask(DOGS, "Which kennels have a mass above 15 on average?")
    # Then each kennel's average is compared, not each dog's mass
    assert a.status == "ok", (a.message, a.sql)
    assert 'HAVING AVG("mass_kg") > 15' in (a.sql or "") and "WHERE" not in (a.sql or ""), a.sql
