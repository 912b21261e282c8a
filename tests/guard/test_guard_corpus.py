"""The guard against its corpora, in the three dialects the product runs on."""

from __future__ import annotations

import pytest

from shared.errors import BadRequest, UnsafeSQL
from shared.sql.guard import guard_sql
from tests.guard.conftest import DIALECTS, TABLES, case_id, load_corpus

HOSTILE = load_corpus("hostile.jsonl")
LEGIT = load_corpus("legit.jsonl")


def test_the_hostile_corpus_is_large_and_varied() -> None:
    """Given the hostile corpus, it holds at least 150 statements over every family of attack."""
    kinds = {case["kind"] for case in HOSTILE}
    assert len(HOSTILE) >= 150
    assert {
        "stacked",
        "cte-dml",
        "system",
        "other-ds",
        "sleep",
        "file",
        "comment",
        "unicode",
        "lock",
    } <= kinds


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("case", HOSTILE, ids=case_id)
def test_hostile_statement_is_refused(case: dict[str, str], dialect: str) -> None:
    """Given a hostile or broken statement, when guarded, then it is refused with a reason in words."""
    with pytest.raises(UnsafeSQL) as refused:
        guard_sql(case["sql"], dialect=dialect, tables=TABLES, max_rows=100)
    assert isinstance(refused.value, BadRequest)
    assert refused.value.status_code == 400 and refused.value.code == "unsafe_sql"
    assert len(refused.value.message) > 15
    assert refused.value.details["reason"] in {
        "syntax", "statement", "table", "function", "comment", "characters", "length", "limit", "complexity",
    }  # fmt: skip


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM orders WHERE province = '" + "a" * 1_100_000 + "'",
        "SELECT 1 " + "UNION SELECT 1 " * 20_000,
        "SELECT " + "(" * 5000 + "1" + ")" * 5000,
        "SELECT * FROM orders; " * 2000,
    ],
    ids=["megabyte-literal", "huge-union", "deep-nesting", "many-statements"],
)
def test_oversized_or_deeply_nested_input_is_refused(sql: str, dialect: str) -> None:
    """Given a megabyte-long or absurdly nested statement, then it is refused, not parsed for minutes."""
    with pytest.raises(UnsafeSQL):
        guard_sql(sql, dialect=dialect, tables=TABLES, max_rows=100)


def _physical_tables(sql: str, dialect: str) -> set[str]:
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read=dialect)
    ctes = {cte.alias for cte in tree.find_all(exp.CTE)}
    return {table.name for table in tree.find_all(exp.Table) if table.name not in ctes}


LEGIT_CASES = [(case, dialect) for case in LEGIT for dialect in case["dialects"]]


def test_the_legit_corpus_covers_the_three_dialects() -> None:
    assert len(LEGIT) >= 80
    assert {dialect for _, dialect in LEGIT_CASES} == set(DIALECTS)


@pytest.mark.parametrize(("case", "dialect"), LEGIT_CASES, ids=[f"{d}-{case_id(c)}" for c, d in LEGIT_CASES])
def test_legit_statement_passes_and_reads_only_physical_tables(case: dict[str, object], dialect: str) -> None:
    """Given a legit SELECT, when guarded, then the SQL that runs names only this datasource's physical
    tables, and guarding the shown logical SQL again gives the same SQL (the rewrite is stable)."""
    guarded = guard_sql(str(case["sql"]), dialect=dialect, tables=TABLES, max_rows=1000)
    assert _physical_tables(guarded.sql, dialect) <= set(TABLES.values())
    assert set(guarded.tables) <= set(TABLES)
    assert 1 <= guarded.limit <= 1000
    again = guard_sql(guarded.logical_sql, dialect=dialect, tables=TABLES, max_rows=1000)
    assert again.sql == guarded.sql
    assert again.limit == guarded.limit
