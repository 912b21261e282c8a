"""SQLite loads a CSV in one read, guessing the plan from the first batch: late surprises must not leak.

Each file is several Arrow batches long (> 1 MB) and the surprise sits in the last one, so the
guessed plan is wrong and the loader has to notice it and reload (or re-declare) the table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from shared.datasets.formats import open_tables
from shared.datasets.loader import load_tables
from shared.errors import ValidationFailed

ROWS = 150_000
LATE = 149_000


def write_csv(path: Path, header: str, line: object) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write(header + "\n")
        for i in range(ROWS):
            f.write(f"{line(i)}\n")  # type: ignore[operator]
    return path


def load(tmp_path: Path, csv_path: Path) -> tuple[sqlite3.Connection, list[dict[str, object]], dict]:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'workspace.db'}")
    loaded = load_tables(engine, open_tables(csv_path, csv_path.name), ["ds_t_1"])
    engine.dispose()
    return sqlite3.connect(tmp_path / "workspace.db"), loaded[0].columns, loaded[0].stats


def test_a_column_that_turns_to_text_in_the_last_batch_is_stored_as_text_throughout(tmp_path: Path) -> None:
    # Given integers in column a until one late cell that is not a number
    csv_path = write_csv(tmp_path / "late.csv", "a,b", lambda i: f"{'x12' if i == LATE else i},{i}")
    # When it is loaded into SQLite
    db, columns, _ = load(tmp_path, csv_path)
    # Then a is text in the plan and in every stored row, early rows included
    assert [(c["name"], c["type"]) for c in columns] == [("a", "text"), ("b", "integer")]
    assert db.execute("SELECT typeof(a), COUNT(*) FROM ds_t_1 GROUP BY 1").fetchall() == [("text", ROWS)]
    assert db.execute("SELECT a FROM ds_t_1 WHERE b = 7").fetchone() == ("7",)
    assert db.execute("SELECT a FROM ds_t_1 WHERE b = ?", (LATE,)).fetchone() == ("x12",)


def test_a_decimal_that_grows_in_the_last_batch_gets_its_final_declaration(tmp_path: Path) -> None:
    # Given one-decimal values until late values with more digits and a longer fraction
    csv_path = write_csv(
        tmp_path / "grow.csv", "a,b", lambda i: f"{'123456.789' if i >= LATE else '1.5'},{i}"
    )
    # When it is loaded
    db, columns, _ = load(tmp_path, csv_path)
    # Then the table is declared for the whole column (as two passes would) and holds every row once
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'ds_t_1'").fetchone()
    assert "CREATE TABLE ds_t_1 (" in sql  # its own name, not a renamed staging table's
    assert '"a" NUMERIC(13, 3)' in sql
    assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("ds_t_1",)]
    assert db.execute("SELECT a, COUNT(*) FROM ds_t_1 GROUP BY a ORDER BY a").fetchall() == [
        (1.5, LATE),
        (123456.789, ROWS - LATE),
    ]
    assert [c["type"] for c in columns] == ["decimal", "integer"]


def test_a_ragged_row_in_the_last_batch_names_the_row_and_leaves_no_table(tmp_path: Path) -> None:
    # Given a row with one value too many near the end
    csv_path = write_csv(
        tmp_path / "ragged.csv", "a,b", lambda i: f"{i},{i},extra" if i == LATE else f"{i},{i}"
    )
    # When it is loaded, Then the error names the row and nothing stays in the database
    with pytest.raises(ValidationFailed, match=f"row {LATE + 2} has 3 values"):
        load(tmp_path, csv_path)
    db = sqlite3.connect(tmp_path / "workspace.db")
    assert db.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_distinct_counts_are_exact_for_a_file_of_one_batch(tmp_path: Path) -> None:
    # Given a small file (one Arrow batch) with repeated values
    csv_path = tmp_path / "small.csv"
    csv_path.write_text("n,d\n" + "".join(f"{i % 7},{i % 3}.5\n" for i in range(100)), encoding="utf-8")
    # When it is loaded, Then the loader's distinct counts are the real ones
    _, _, stats = load(tmp_path, csv_path)
    assert stats["n"]["distinct_count"] == 7
    assert stats["d"]["distinct_count"] == 3


def test_distinct_counts_stay_exact_when_an_ordered_column_repeats_a_value_late(tmp_path: Path) -> None:
    # Given an ID column in increasing order (counted without hashing) that repeats an early ID late
    line = lambda i: f"ID{(5 if i == LATE else i):07d},{i % 9}"  # noqa: E731
    csv_path = write_csv(tmp_path / "ids.csv", "id,n", line)
    # When it is loaded, Then the repeat is not counted twice
    _, _, stats = load(tmp_path, csv_path)
    assert stats["id"]["distinct_count"] == ROWS - 1
    assert stats["n"]["distinct_count"] == 9
