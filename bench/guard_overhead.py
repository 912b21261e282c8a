"""Guard overhead on bi_dev-like queries: p50/p95 of guard_sql, and as a ratio to a bare sqlglot parse
measured in the same run (the guard parses once, checks, and generates twice).

Usage: .venv/bin/python bench/guard_overhead.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION_SETS = [
    ROOT / "tests/fixtures/bi_dev/questions.jsonl",
    ROOT.parent / "shared/eval/bi_dev/questions.jsonl",
]
TABLES = {"orders": "ds_1_orders", "employees": "ds_1_employees"}


def load_queries() -> list[str]:
    for path in QUESTION_SETS:
        if path.exists():
            lines = [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
            return [line["gold_sql"] for line in lines if line.get("gold_sql")]
    raise SystemExit("no bi_dev questions.jsonl found")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(func, queries: list[str], rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(rounds):
        for sql in queries:
            start = time.perf_counter()
            func(sql)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    import sqlglot

    from shared.sql.guard import guard_sql

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    queries = load_queries()
    for sql in queries:  # warm up caches (dialect objects, imports)
        guard_sql(sql, dialect="sqlite", tables=TABLES, max_rows=10_000)
    print(f"{len(queries)} bi_dev queries x {args.rounds} rounds")
    for dialect in ("sqlite", "mysql", "postgres"):
        parse = measure(lambda s, d=dialect: sqlglot.parse_one(s, read=d), queries, args.rounds)  # noqa: B023
        guard = measure(
            lambda s, d=dialect: guard_sql(s, dialect=d, tables=TABLES, max_rows=10_000), queries, args.rounds
        )
        p50, p95 = percentile(guard, 0.5), percentile(guard, 0.95)
        ratio = statistics.median(guard) / statistics.median(parse)
        print(
            f"{dialect:9s} guard p50 {p50:.3f} ms  p95 {p95:.3f} ms  "
            f"(bare parse p50 {percentile(parse, 0.5):.3f} ms; guard/parse {ratio:.1f}x)"
        )


if __name__ == "__main__":
    main()
