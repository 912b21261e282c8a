"""End-to-end /api/v1/ask latency in the embedded mode: uncached, then the cached repeat.

Every bi_dev question goes through the real HTTP app (in-process ASGI), first with an empty
answer cache, then again (served from the cache). The baseline is an authenticated
GET /api/v1/auth/me through the same client, the floor any request pays.
Targets: uncached p50 <= 50 ms, cached p50 <= 10 ms.

    python bench/ask_latency.py [--data ../shared/eval/bi_dev]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def p50(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "bi_dev")
    args = parser.parse_args()
    from shared.cli.evalharness import in_process_api, load_questions

    items = [q for q in load_questions(args.data) if not q.get("conversation")]
    with in_process_api() as api:
        ids = {src: api.upload(args.data / src) for src in {q["source"] for q in items}}
        api.ask(ids[items[0]["source"]], items[0]["question"], None, None)  # warm-up (imports, dictionaries)
        floor, cold, warm = [], [], []
        for item in items:
            start = time.perf_counter()
            api.client.get("/api/v1/auth/me", headers=api.headers)
            floor.append((time.perf_counter() - start) * 1000)
            for bucket in (cold, warm):
                start = time.perf_counter()
                response = api.ask(ids[item["source"]], item["question"], None, None)
                bucket.append((time.perf_counter() - start) * 1000)
                body = response.json()
            assert body["status"] != "ok" or body["cached"], body
    result = {
        "questions": len(items),
        "baseline_me_p50_ms": round(p50(floor), 2),
        "uncached_p50_ms": round(p50(cold), 2),
        "cached_p50_ms": round(p50(warm), 2),
        "uncached_vs_baseline": round(p50(cold) / p50(floor), 2),
        "cached_vs_baseline": round(p50(warm) / p50(floor), 2),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
