"""Upload benchmark: a generated 500,000-row (~50 MB) CSV loaded by ChatBI vs the databases' own bulk loaders.

    .venv/bin/python bench/upload_load.py [--rows 500000] [--mariadb mysql+pymysql://root@127.0.0.1:3306]

Reports, in one run on one machine (ratios, not absolute times, are the point):
  - MariaDB: our two-pass load vs `LOAD DATA LOCAL INFILE` of the same file   (target: ratio >= 0.5)
  - SQLite:  our two-pass load vs the sqlite3 shell's `.import`                (target: ratio >= 0.5)
  - peak RSS of our load (a child process per run)                             (target: < 300 MB)
  - schema + profile time vs one full-table SELECT COUNT(*) per profiled column (target: < 3x)
Ratio = baseline time / our time (1.0 = as fast as the native loader).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROVINCES = ["北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东", "河南", "福建"]
CHANNELS = ["app", "web", "store", "wechat"]
PRODUCTS = [f"Product {i:03d}" for i in range(300)]
HEADER = ["order_id", "order_date", "province", "channel", "product", "customer", "quantity",
          "unit_price", "amount", "discount", "is_returned", "note"]  # fmt: skip
SQL_COLUMNS = (
    "order_id VARCHAR(255), order_date DATE, province VARCHAR(255), channel VARCHAR(255), "
    "product VARCHAR(255), customer VARCHAR(255), quantity BIGINT, unit_price DECIMAL(12,2), "
    "amount DECIMAL(14,2), discount DECIMAL(4,2), is_returned BIGINT, note TEXT"
)


def generate_csv(path: Path, rows: int) -> None:
    """A deterministic orders export of `rows` rows (~100 bytes each)."""
    rng = random.Random(42)
    start = date(2022, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for i in range(rows):
            quantity = rng.randint(1, 20)
            price = round(rng.uniform(5, 900), 2)
            writer.writerow(
                [
                    f"SO{1_000_000 + i}",
                    (start + timedelta(days=rng.randint(0, 1000))).isoformat(),
                    rng.choice(PROVINCES),
                    rng.choice(CHANNELS),
                    rng.choice(PRODUCTS),
                    f"C{rng.randint(1, 50_000):06d}",
                    quantity,
                    f"{price:.2f}",
                    f"{quantity * price:.2f}",
                    f"{rng.choice([0, 0.05, 0.1, 0.15, 0.2]):.2f}",
                    1 if rng.random() < 0.05 else 0,
                    "" if rng.random() < 0.3 else f"note {rng.randint(1, 10**6)} {'x' * rng.randint(0, 20)}",
                ]
            )


# ---------------------------------------------------------------- child: our load


def child_load(url: str, csv_path: str, table: str) -> None:
    """Run in a subprocess so its peak RSS is its own: open + infer + load, then profile."""
    import sqlalchemy as sa

    from shared.datasets.formats import open_tables
    from shared.datasets.loader import drop_tables, load_tables
    from shared.datasets.profiling import build_schema

    engine = sa.create_engine(url)
    drop_tables(engine, [table])
    start = time.perf_counter()
    sources = open_tables(Path(csv_path), "orders.csv")
    loaded = load_tables(engine, sources, [table])
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    schema = build_schema(engine, {"orders": table}, known={"orders": loaded[0].stats})
    profile_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "load_s": load_s,
                "profile_s": profile_s,
                "rows": loaded[0].row_count,
                "columns": len(schema.tables[0].columns),
                "peak_rss_mb": peak_mb,
            }
        )
    )


def run_child(url: str, csv_path: Path, table: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", url, str(csv_path), table],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def count_baseline(url: str, table: str, columns: int) -> float:
    """One full-table SELECT COUNT(*) per profiled column."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    quote = engine.dialect.identifier_preparer.quote
    start = time.perf_counter()
    with engine.connect() as conn:
        for _ in range(columns):
            conn.exec_driver_sql(f"SELECT COUNT(*) FROM {quote(table)}").scalar()
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


# ---------------------------------------------------------------- baselines


def mariadb_load_data(root_url: str, database: str, csv_path: Path) -> float:
    import sqlalchemy as sa

    engine = sa.create_engine(f"{root_url}/{database}?charset=utf8mb4&local_infile=1")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS baseline_orders")
        conn.exec_driver_sql(
            f"CREATE TABLE baseline_orders ({SQL_COLUMNS}) "
            "ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        )
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.exec_driver_sql(
            f"LOAD DATA LOCAL INFILE '{csv_path}' INTO TABLE baseline_orders CHARACTER SET utf8mb4 "
            "FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES"
        )
    elapsed = time.perf_counter() - start
    with engine.begin() as conn:
        loaded = conn.exec_driver_sql("SELECT COUNT(*) FROM baseline_orders").scalar()
        conn.exec_driver_sql("DROP TABLE baseline_orders")
    engine.dispose()
    assert loaded and loaded > 0
    return elapsed


def sqlite_import(csv_path: Path, workdir: Path) -> float:
    sqlite3_cli = shutil.which("sqlite3")
    if not sqlite3_cli:
        raise SystemExit("sqlite3 CLI not found: apt-get install sqlite3")
    db = workdir / "baseline.db"
    db.unlink(missing_ok=True)
    subprocess.run([sqlite3_cli, str(db), f"CREATE TABLE baseline_orders ({SQL_COLUMNS});"], check=True)
    start = time.perf_counter()
    subprocess.run(
        [sqlite3_cli, str(db), "-cmd", ".mode csv", f".import --skip 1 {csv_path} baseline_orders"],
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument(
        "--mariadb", default=os.environ.get("CHATBI_BENCH_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")
    )
    parser.add_argument("--database", default="chatbi_bench_datasets")
    args = parser.parse_args()

    import sqlalchemy as sa

    workdir = Path(tempfile.mkdtemp(prefix="chatbi-bench-"))
    csv_path = workdir / "orders.csv"
    generate_csv(csv_path, args.rows)
    size_mb = csv_path.stat().st_size / 1024 / 1024
    print(f"generated {args.rows:,} rows, {size_mb:.1f} MB: {csv_path}")

    root = sa.create_engine(args.mariadb)
    with root.begin() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{args.database}` CHARACTER SET utf8mb4")
    root.dispose()
    mariadb_url = f"{args.mariadb}/{args.database}?charset=utf8mb4"
    sqlite_url = f"sqlite:///{workdir / 'ours.db'}"

    results = {}
    for label, url in (("MariaDB", mariadb_url), ("SQLite", sqlite_url)):
        ours = run_child(url, csv_path, "ds_bench_1")
        counts_s = count_baseline(url, "ds_bench_1", int(ours["columns"]))
        results[label] = (ours, counts_s)
    load_data_s = mariadb_load_data(args.mariadb, args.database, csv_path)
    import_s = sqlite_import(csv_path, workdir)
    baselines = {"MariaDB": ("LOAD DATA LOCAL INFILE", load_data_s), "SQLite": ("sqlite3 .import", import_s)}

    print()
    print(f"{'':8} {'ours load':>10} {'baseline':>24} {'ratio':>6}  {'peak RSS':>9}  {'profile':>8} "
          f"{'N x COUNT(*)':>13} {'x':>5}")  # fmt: skip
    for label, (ours, counts_s) in results.items():
        name, base_s = baselines[label]
        print(
            f"{label:8} {ours['load_s']:9.2f}s {name:>16} {base_s:6.2f}s {base_s / ours['load_s']:6.2f}  "
            f"{ours['peak_rss_mb']:7.0f}MB  {ours['profile_s']:7.2f}s {counts_s:12.3f}s "
            f"{ours['profile_s'] / counts_s:5.1f}"
        )
    print("\nratio = baseline / ours (target >= 0.5); x = profile / (one COUNT(*) per column) (target < 3)")
    engine = sa.create_engine(mariadb_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS ds_bench_1")
    engine.dispose()
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_load(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main()
