"""Rule engine throughput on one core: questions per second over the bi_dev and spider_a questions.

Usage: .venv/bin/python bench/engine_speed.py [--seconds 5]
       .venv/bin/python bench/engine_speed.py --callgrind [--tree NAME=PATH ...]
Indexes are warmed first (built once per schema in production too); the target is >= 500 q/s.
A baseline in the same run (normalising the text only) is printed so numbers compare across machines.

`--callgrind` counts instructions under valgrind instead of timing: the same count however loaded
the machine is. Each tree (default: this one) loads and warms uninstrumented in a fresh interpreter;
then 20 rounds of normalise and one pass of every question are counted (callgrind client requests
through a small C helper built with gcc), giving instructions per answer and per normalise and
their ratio (the timed ratio's counterpart: both count the same work).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_ROOT = Path("/work/shared/eval")
SETS = ("bi_dev", "spider_a")
NORMALISE_ROUNDS = 20

# Run under callgrind in a fresh interpreter with the tree first on sys.path;
# argv = [tree, helper, normalise rounds, eval root, sets...].
COUNT_SNIPPET = """
import ctypes, json, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from shared.ask.engines.base import EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.cli.enginecheck import open_source, uploaded_as
from shared.semantic.vocabulary.segment import normalise
requests = []
for set_name in sys.argv[5:]:
    set_dir = Path(sys.argv[4]) / set_name
    schemas = {}
    for line in (set_dir / "questions.jsonl").open(encoding="utf-8"):
        q = json.loads(line)
        if q["source"] not in schemas:
            schemas[q["source"]] = open_source(set_dir, q["source"])[1]
        schema = schemas[q["source"]]
        requests.append(
            EngineRequest(
                question=q["question"],
                schema=schema,
                today=date(2025, 6, 15),
                datasource=uploaded_as(q["source"]),
            )
        )
engine = RuleEngine()
for r in requests:
    engine.answer(r)
helper = ctypes.CDLL(sys.argv[2])
helper.cg_start()
for _ in range(int(sys.argv[3])):
    for r in requests:
        normalise(r.question)
helper.cg_dump(b"normalise")
for r in requests:
    engine.answer(r)
helper.cg_dump(b"engine")
print(len(requests))
"""
HELPER_C = """#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void cg_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""


def load_requests() -> list:
    sys.path.insert(0, str(ROOT))
    from shared.ask.engines.base import EngineRequest
    from shared.cli.enginecheck import open_source, uploaded_as

    requests = []
    for set_name in SETS:
        set_dir = EVAL_ROOT / set_name
        schemas = {}
        for line in (set_dir / "questions.jsonl").open(encoding="utf-8"):
            q = json.loads(line)
            if q["source"] not in schemas:
                schemas[q["source"]] = open_source(set_dir, q["source"])[1]
            requests.append(
                EngineRequest(
                    question=q["question"],
                    schema=schemas[q["source"]],
                    today=date(2025, 6, 15),
                    datasource=uploaded_as(q["source"]),
                )
            )
    return requests


def timed(seconds: float) -> None:
    requests = load_requests()
    from shared.ask.engines.rules import RuleEngine
    from shared.semantic.vocabulary.segment import normalise

    engine = RuleEngine()
    for r in requests:  # warm: per-schema indexes and lexicon
        engine.answer(r)
    base_start = time.perf_counter()
    for r in requests * NORMALISE_ROUNDS:
        normalise(r.question)
    base_rate = len(requests) * NORMALISE_ROUNDS / (time.perf_counter() - base_start)
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for r in requests:
            engine.answer(r)
        done += len(requests)
    rate = done / (time.perf_counter() - start)
    print(f"rule engine: {rate:,.0f} questions/s on one core ({done} answers); target >= 500")
    print(f"baseline normalise(): {base_rate:,.0f}/s; engine costs {base_rate / rate:,.0f}x a normalise")


def helper(workdir: Path) -> Path:
    """The client-request helper, built with gcc against valgrind's callgrind.h."""
    (workdir / "cg.c").write_text(HELPER_C)
    subprocess.run(["gcc", "-O2", "-shared", "-fPIC", "-o", workdir / "cg.so", workdir / "cg.c"], check=True)
    return workdir / "cg.so"


def instructions(name: str, tree: Path, workdir: Path, so: Path) -> tuple[int, int, int]:
    """(instructions of the normalise rounds, of one engine pass, questions) under callgrind."""
    out = workdir / name / "callgrind.out"
    out.parent.mkdir(exist_ok=True)
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
        + [sys.executable, "-c", COUNT_SNIPPET, str(tree), str(so)]
        + [str(NORMALISE_ROUNDS), str(EVAL_ROOT), *SETS],
        cwd=tree,
        env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"counting {tree} failed: {result.stderr[-800:]}")
    totals = {}
    for dump in out.parent.glob("callgrind.out.*"):
        text = dump.read_text()
        trigger = re.search(r"Client Request: (\w+)", text)
        total = re.search(r"^totals: (\d+)", text, re.M)
        if trigger and total:
            totals[trigger.group(1)] = int(total.group(1))
    return totals["normalise"], totals["engine"], int(result.stdout.split()[-1])


def counted(trees: dict[str, Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        so = helper(Path(tmp))
        with ThreadPoolExecutor(max_workers=2) as pool:  # load does not change a count
            counts = list(pool.map(lambda item: instructions(*item, Path(tmp), so), trees.items()))
    print(f"{'tree':12} {'k instr/answer':>15} {'k instr/normalise':>18} {'ratio':>7}")
    for name, (norm, engine, questions) in zip(trees, counts, strict=True):
        answer, one = engine / questions, norm / (questions * NORMALISE_ROUNDS)
        print(f"{name:12} {answer / 1e3:15,.1f} {one / 1e3:18,.2f} {answer / one:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--callgrind", action="store_true", help="count instructions instead (valgrind)")
    parser.add_argument("--tree", action="append", default=[], help="NAME=PATH of a source tree to count")
    args = parser.parse_args()
    if not args.callgrind:
        timed(args.seconds)
        return
    trees = dict(t.split("=", 1) for t in args.tree) or {"this": str(ROOT)}
    counted({name: Path(path).resolve() for name, path in trees.items()})


if __name__ == "__main__":
    main()
