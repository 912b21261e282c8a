"""Pipeline overhead: guard + execute + chart + summary + persist, against the raw SQL's own time.

Both run in this process on the same embedded SQLite workspace with bi_dev's data: the
baseline executes the physical SQL with sqlite3 directly; the pipeline is `ask.run_sql` with
the answer cache emptied before each run (a cache miss). Prints p50 absolute overhead and ratio.

    python bench/pipeline_overhead.py [--repeat 30] [--data ../shared/eval/bi_dev]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = [
    ("orders", "SELECT COUNT(*) FROM orders"),
    ("orders", "SELECT province, SUM(amount) AS amount FROM orders GROUP BY province ORDER BY amount DESC"),
    (
        "orders",
        "SELECT category, AVG(unit_price) FROM orders WHERE order_date >= '2024-01-01' GROUP BY category",
    ),  # noqa: E501
    ("orders", "SELECT strftime('%Y-%m', order_date) AS m, COUNT(*) FROM orders GROUP BY m ORDER BY m"),
    ("orders", "SELECT order_id, amount FROM orders ORDER BY amount DESC LIMIT 10"),
    ("employees", 'SELECT "部门", AVG("月薪") FROM employees GROUP BY "部门"'),
    ("employees", "SELECT COUNT(*) FROM employees WHERE \"是否离职\" = '是'"),
    ("employees", 'SELECT "城市", COUNT(*) FROM employees GROUP BY "城市" ORDER BY 2 DESC LIMIT 5'),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "bi_dev")
    args = parser.parse_args()
    if not (args.data / "orders.csv").exists():
        args.data = ROOT / "tests" / "fixtures" / "bi_dev"

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CHATBI_DATA_DIR"] = tmp
        os.environ["ASK_RATE_LIMIT"] = "0"
        os.environ["LOG_LEVEL"] = "ERROR"
        from shared.ask import pipeline as ask
        from shared.datasets.service import upload_dataset
        from shared.identity import users
        from shared.sql.guard import guard_sql
        from shared.storage import migrate
        from shared.storage.cache import get_cache
        from shared.storage.db import session_scope

        migrate.upgrade()
        ids: dict[str, int] = {}
        with session_scope() as session:
            user = users.create_user(session, "bench", "bench-password", "analyst")
            for name in ("orders", "employees"):
                with (args.data / f"{name}.csv").open("rb") as file:
                    ids[name] = upload_dataset(session, user, file, f"{name}.csv", name)["id"]
        workspace = sqlite3.connect(Path(tmp) / "workspace.db")
        cache = get_cache()

        raw_times: list[float] = []
        pipe_times: list[float] = []
        overheads: list[float] = []
        for table, sql in QUERIES:
            with session_scope() as session:
                from shared.datasets.service import data_engine_for, load_context

                datasource, schema, _ = load_context(session, user, ids[table])
                _, table_map = data_engine_for(datasource)
            physical = guard_sql(sql, dialect="sqlite", tables=table_map, max_rows=10_000).sql
            for _ in range(args.repeat):
                start = time.perf_counter()
                workspace.execute(physical).fetchall()
                raw = time.perf_counter() - start
                cache._data.clear()  # type: ignore[attr-defined]  # force a miss
                start = time.perf_counter()
                with session_scope() as session:
                    answer = ask.run_sql(session, user, datasource_id=ids[table], sql=sql)
                pipe = time.perf_counter() - start
                assert answer["status"] == "ok", answer
                raw_times.append(raw * 1000)
                pipe_times.append(pipe * 1000)
                overheads.append((pipe - raw) * 1000)
        p50_raw = statistics.median(raw_times)
        p50_pipe = statistics.median(pipe_times)
        print(f"queries: {len(QUERIES)} x {args.repeat}")
        print(f"raw SQL p50:            {p50_raw:8.2f} ms")
        print(f"pipeline p50:           {p50_pipe:8.2f} ms   (ratio {p50_pipe / p50_raw:.2f}x)")
        print(f"overhead p50:           {statistics.median(overheads):8.2f} ms   (target <= 10 ms)")
        print(f"overhead p95:           {sorted(overheads)[int(0.95 * len(overheads))]:8.2f} ms")


if __name__ == "__main__":
    main()
