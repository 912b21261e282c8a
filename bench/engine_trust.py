"""Accuracy, clarify rate and "confidently wrong" (answered ok but wrong) of the rule engine, per set and
language, in-process (shared.cli.enginecheck). The figure a BI user feels most is the confidently wrong one.

Usage: .venv/bin/python bench/engine_trust.py [SET_DIR ...] [--wrong]   (default: every set the
ratchet test covers). --wrong lists the confidently wrong answers with their confidence.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.cli.enginecheck import figures, run_set  # noqa: E402

SETS = [
    ROOT / "tests/fixtures/bi_dev",
    ROOT / "tests/fixtures/spider_a",
    ROOT / "tests/fixtures/spider_a_join",
    *sorted(p.parent for p in (ROOT / "bench/eval_sets").glob("**/questions.jsonl")),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--wrong", action="store_true")
    args = parser.parse_args()
    print(f"{'set':34s} {'lang':4s} {'n':>4s} {'accuracy':>9s} {'clarify':>8s} {'conf.wrong':>10s}")
    for set_dir in args.sets or SETS:
        start = time.perf_counter()
        records = run_set(set_dir)
        name = str(set_dir.relative_to(ROOT)) if set_dir.is_relative_to(ROOT) else str(set_dir)
        name = name.replace("tests/fixtures/", "").replace("bench/eval_sets/", "")
        for lang, f in figures(records).items():
            print(
                f"{name:34s} {lang:4s} {int(f['n']):4d} {f['accuracy']:9.1%} {f['clarify']:8.1%}"
                f" {f['confidently_wrong']:10.1%}"
            )
        if args.wrong:
            for r in records:
                if r.confidently_wrong:
                    print(f"    WRONG {r.id} conf={r.confidence:.2f} {r.sql}")
        print(f"{'':34s} ({time.perf_counter() - start:.2f}s)")


if __name__ == "__main__":
    main()
