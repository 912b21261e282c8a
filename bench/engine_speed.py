"""Rule engine throughput on one core: questions per second over the bi_dev and spider_a questions.

Usage: .venv/bin/python bench/engine_speed.py [--seconds 5]
Indexes are warmed first (built once per schema in production too); the target is >= 500 q/s.
A baseline in the same run (normalising the text only) is printed so numbers compare across machines.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_eval import EVAL_ROOT, open_source  # noqa: E402

from shared.ask.engines.base import EngineRequest  # noqa: E402
from shared.ask.engines.rules import RuleEngine  # noqa: E402
from shared.semantic.vocabulary.segment import normalise  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    requests = []
    for set_name in ("bi_dev", "spider_a"):
        set_dir = EVAL_ROOT / set_name
        schemas = {}
        for line in (set_dir / "questions.jsonl").open(encoding="utf-8"):
            q = json.loads(line)
            if q["source"] not in schemas:
                schemas[q["source"]] = open_source(set_dir, q["source"])[1]
            requests.append(
                EngineRequest(question=q["question"], schema=schemas[q["source"]], today=date(2025, 6, 15))
            )
    engine = RuleEngine()
    for r in requests:  # warm: per-schema indexes and lexicon
        engine.answer(r)
    base_start = time.perf_counter()
    for r in requests * 20:
        normalise(r.question)
    base_rate = len(requests) * 20 / (time.perf_counter() - base_start)
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for r in requests:
            engine.answer(r)
        done += len(requests)
    rate = done / (time.perf_counter() - start)
    print(f"rule engine: {rate:,.0f} questions/s on one core ({done} answers); target >= 500")
    print(f"baseline normalise(): {base_rate:,.0f}/s; engine costs {base_rate / rate:,.0f}x a normalise")


if __name__ == "__main__":
    main()
