"""Two-table vs one-table questions through /api/v1/ask, on the same two-sheet workbook.

A workbook with an 订单 sheet (orders) and a 客户 sheet (customers) sharing 客户编号 is uploaded
several times (a fresh datasource each round, so no answer comes from the cache); each round asks
one-table questions and questions that need the join. Prints the p50 of each group and their ratio.
Target: two-table p50 <= 2x one-table p50.

    python bench/join_latency.py [--orders 20000] [--customers 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ONE_TABLE = [
    "各月的订单金额合计",
    "2024年的订单金额合计",
    "金额最高的5个订单",
    "各城市的客户数",
    "How many VIP customers are there?",
]
TWO_TABLES = [
    "各客户等级的订单金额合计",
    "各城市的订单数",
    "VIP客户的订单金额合计",
    "top 5 cities by order amount",
    "How many orders did VIP customers place?",
]


def workbook(path: Path, orders: int, customers: int) -> None:
    import openpyxl

    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("订单")
    sheet.append(["订单号", "客户编号", "下单日期", "金额"])
    start = date(2023, 1, 1)
    for n in range(orders):
        when = start + timedelta(days=rng.randrange(730))
        sheet.append([f"O{n:06d}", f"C{rng.randrange(customers):04d}", when, rng.randrange(10, 5000)])
    sheet = book.create_sheet("客户")
    sheet.append(["客户编号", "客户名称", "客户等级", "城市"])
    cities = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安"]
    for i in range(customers):
        sheet.append([f"C{i:04d}", f"客户{i}", ["VIP", "金卡", "普通"][i % 3], cities[i % len(cities)]])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=20000)
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from shared.cli.evalharness import in_process_api

    timings: dict[str, list[float]] = {"one_table": [], "two_tables": []}
    statuses: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp, in_process_api() as api:
        path = Path(tmp) / "orders.xlsx"
        workbook(path, args.orders, args.customers)
        warm = api.upload(path)
        for q in ONE_TABLE + TWO_TABLES:  # imports, jieba and the schema index, outside the timing
            api.ask(warm, q, None, None)
        for _ in range(args.rounds):
            ds = api.upload(path)
            for group, questions in (("one_table", ONE_TABLE), ("two_tables", TWO_TABLES)):
                for q in questions:
                    start = time.perf_counter()
                    body = api.ask(ds, q, None, None).json()
                    timings[group].append((time.perf_counter() - start) * 1000)
                    statuses.setdefault(q, []).append(
                        f"{body['status']}{' JOIN' if ' JOIN ' in (body.get('sql') or '') else ''}"
                    )
    one, two = statistics.median(timings["one_table"]), statistics.median(timings["two_tables"])
    print(
        json.dumps(
            {
                "orders": args.orders,
                "customers": args.customers,
                "rounds": args.rounds,
                "one_table_p50_ms": round(one, 2),
                "two_tables_p50_ms": round(two, 2),
                "two_vs_one": round(two / one, 2),
                "answers": {q: s[0] for q, s in statuses.items()},
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
