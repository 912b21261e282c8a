"""CPU a hostile statement costs the guard: a 70 KB `IN (...)` list and a 19 KB token flood,
as ratios to guarding one ordinary bi_dev-sized query in the same run.

Usage: .venv/bin/python bench/guard_bounds.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import contextlib
import time

from shared.errors import UnsafeSQL
from shared.sql.guard import guard_sql

TABLES = {"orders": "ds_1_orders"}
ORDINARY = (
    "SELECT province, SUM(amount) AS sales FROM orders WHERE order_date >= '2024-01-01' "
    "GROUP BY province ORDER BY sales DESC LIMIT 10"
)
HOSTILE = {
    "70 KB IN list": "SELECT * FROM orders WHERE quantity IN ("
    + ",".join(str(100_000 + i) for i in range(10_000))
    + ")",
    "19 KB token flood": "SELECT * FROM orders WHERE quantity IN ("
    + ",".join("1" * 3 for _ in range(4_700))
    + ")",
}


def cpu_seconds(sql: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        with contextlib.suppress(UnsafeSQL):
            guard_sql(sql, dialect="sqlite", tables=TABLES, max_rows=1000)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    baseline = cpu_seconds(ORDINARY, rounds)
    print(f"{'statement':24} {'ms':>9} {'ratio':>8}")
    print(f"{'ordinary query':24} {baseline * 1000:9.3f} {1.0:8.2f}")
    for name, sql in HOSTILE.items():
        seconds = cpu_seconds(sql, rounds)
        print(f"{name:24} {seconds * 1000:9.3f} {seconds / baseline:8.2f}")


if __name__ == "__main__":
    main()
