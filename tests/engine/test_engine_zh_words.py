"""Chinese words over English-named data read as a reader segments them (shared/semantic/vocabulary/
glosses.py): the longer dictionary word where a character alone is also known ("zhlink" round 2)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from tests.engine.schemas import ask, profiled_table


def shifts() -> Table:
    return profiled_table(
        "shifts",
        [("date", "date"), ("sky", "text"), ("hours", "float")],
        [
            ("2021-03-01", "sun", 9.0),
            ("2021-03-02", "cloud", 7.5),
            ("2021-03-03", "sun", 6.0),
            ("2021-03-04", "fog", 10.0),
        ],
    )


def test_a_known_character_that_forms_a_dictionary_word_with_the_next_is_read_as_that_word():
    # Given days whose sky may be 'sun' (日 is "sun" as well as "day") and 日子 ("day")
    ans = ask(Schema(tables=[shifts()]), "工时超过8的日子有哪些")
    # Then 日子 is the days (the date), not the sunny ones and a stray 子
    assert ans.status == "ok", ans.message
    sql = ans.sql or ""
    assert '"hours" > 8' in sql and "'sun'" not in sql and '"date"' in sql, sql
