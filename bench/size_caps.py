"""Cost of the answer size caps: `execute` with the cell and byte caps vs without, same run.

A SQLite file of N rows (text, numbers, a date) is read whole (10,000 rows, the default row
cap) with and without `max_cell_chars` / `max_bytes`; the ratio is capped / uncapped (best of
R rounds). Also shows how fast a hostile `printf('%.*c', 1e9, 'x')` is refused (SQLite 3.40
alone would loop a billion times inside the call, about 7 s, even under the length limit).

Usage: .venv/bin/python bench/size_caps.py [--rows 10000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def best(func, rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    import sqlalchemy as sa

    from shared.ask.executor import execute
    from shared.errors import QueryFailed

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (id INTEGER, name TEXT, city TEXT, amount REAL, day TEXT)")
            conn.executemany(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
                [
                    (i, f"客户{i}", "北京" if i % 2 else "Shanghai", i * 1.5, "2024-01-02")
                    for i in range(args.rows)
                ],
            )
        engine = sa.create_engine(f"sqlite:///{path}")
        sql = "SELECT * FROM t"

        def plain_query() -> None:
            execute(engine, sql, timeout_s=30, max_rows=args.rows)

        def capped_query() -> None:
            execute(engine, sql, timeout_s=30, max_rows=args.rows, max_cell_chars=10_000, max_bytes=2_000_000)

        plain_times, capped_times = [], []
        for _ in range(args.rounds):  # alternated, so load from other processes hits both alike
            plain_times.append(best(plain_query, 1))
            capped_times.append(best(capped_query, 1))
        plain, capped = min(plain_times), min(capped_times)

        def hostile_query() -> None:
            with contextlib.suppress(QueryFailed):
                execute(engine, "SELECT printf('%.*c', 1000000000, 'x')", timeout_s=30, max_rows=10)

        for _ in range(3):  # warm up
            execute(engine, sql, timeout_s=30, max_rows=args.rows)
        hostile = best(hostile_query, 3)
        print(f"{args.rows:,} rows x 5 columns, best of {args.rounds}")
        print(f"  uncapped           {plain:8.1f} ms  1.00")
        print(f"  capped (10k, 2 MB) {capped:8.1f} ms  {capped / plain:.2f}")
        print(
            f"  printf 1e9 chars   {hostile:8.1f} ms  {hostile / plain:.2f}  (refused: past the length limit)"
        )


if __name__ == "__main__":
    main()
