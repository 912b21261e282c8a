"""Cold import time of each Lambda handler module, as a ratio to the bare web stack.

Each handler (functions/*/handler.py) is imported in a fresh interpreter with `-X importtime`;
the baseline is `import fastapi, mangum, sqlalchemy.orm` measured the same way in the same
rounds (each round imports the baseline and every handler once). A statement's time is the sum
over the modules it imports of each module's best self time across the rounds: a module slowed
by other load in one round counts its least disturbed round. Target: every ratio <= 1.5 (a
handler costs little more than the framework it needs).

`--tree NAME=PATH` (repeatable) measures other source trees of the project in the same
interleaved rounds, e.g. an older commit unpacked with `git archive COMMIT | tar -x -C PATH`:
on a shared, noisy machine only measurements taken side by side compare. Every tree runs on
this interpreter and its installed libraries.

`--callgrind` counts instructions under valgrind instead of timing (one run per statement, less
an interpreter that imports nothing): on a machine so loaded that the best of many rounds still
moves by 10%, a count does not move, and its ratios track the timed ones.

Usage: .venv/bin/python bench/import_time.py [--rounds 7] [--top 8] [--tree NAME=PATH ...] [--callgrind]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "fastapi, mangum, sqlalchemy.orm"
TARGET_RATIO = 1.5
SelfTimes = dict[str, int]  # module -> best self time (microseconds)
Job = tuple[str, Path]  # (statement, the tree it runs in)
Costs = dict[Job, float]
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")
COLLECTED = re.compile(r"Collected : (\d+)")


def handler_modules(tree: Path) -> list[str]:
    return sorted(f"functions.{p.parent.name}.handler" for p in tree.glob("functions/*/handler.py"))


def import_profile(statement: str, env: dict[str, str], cwd: Path) -> SelfTimes:
    """Self time per module (microseconds) of one cold import of `statement`, run in `cwd` (the
    tree whose `shared` and `functions` it imports: `-c` puts the working directory first)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    self_times: SelfTimes = {}
    for line in result.stderr.splitlines():
        match = LINE.match(line)
        if match:
            self_us, _cumulative, _indent, module = match.groups()
            self_times[module] = int(self_us)
    return self_times


def keep_best(best: SelfTimes, measured: SelfTimes) -> None:
    for module, us in measured.items():
        best[module] = min(us, best.get(module, us))


def measure(jobs: list[Job], rounds: int, env: dict[str, str]) -> dict[Job, SelfTimes]:
    """Best self time per module for each (statement, tree). Rounds interleave every job, so load
    from other work on the machine falls on the baseline and every tree alike."""
    best: dict[Job, SelfTimes] = {job: {} for job in jobs}
    for _ in range(rounds):
        for statement, tree in jobs:
            keep_best(best[(statement, tree)], import_profile(statement, env, tree))
    return best


def parse_trees(specs: list[str]) -> dict[str, Path]:
    trees = {"this": ROOT} if not specs else {}
    for spec in specs:
        name, _, path = spec.partition("=")
        if not path or not Path(path, "functions").is_dir():
            raise SystemExit(f"--tree {spec!r}: expected NAME=PATH of a project tree")
        trees[name] = Path(path).resolve()
    return trees


def heaviest(modules: SelfTimes, base: SelfTimes, top: int) -> str:
    extra = sorted(((us, name) for name, us in modules.items() if name not in base), reverse=True)[:top]
    return ", ".join(f"{name} {us / 1000:.1f}ms" for us, name in extra)


def instructions(statement: str, env: dict[str, str], cwd: Path) -> int:
    """User-space instructions of one cold import under callgrind: the same count however loaded
    the machine is (hash seed fixed), though not time (it leaves out the kernel and the caches)."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", statement],
        cwd=cwd,
        env={**env, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    match = COLLECTED.search(result.stderr)
    if not match:
        raise SystemExit(f"callgrind reported no count for {statement!r}: {result.stderr[-500:]}")
    return int(match.group(1))


def count_instructions(jobs: list[Job], env: dict[str, str]) -> Costs:
    """Millions of instructions per job beyond an interpreter that imports nothing (`pass`); two
    at a time, since load does not change a count."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(jobs, pool.map(lambda job: instructions(job[0], env, job[1]), jobs), strict=True))
        empty = instructions("pass", env, ROOT)
    return {job: (n - empty) / 1e6 for job, n in counts.items()}


def report(trees: dict[str, Path], costs: Costs, unit: str, notes: dict[Job, str]) -> None:
    """One row per handler, one (cost, ratio to the baseline) cell per tree."""
    base = costs[(f"import {BASELINE}", ROOT)]
    print(f"baseline `import {BASELINE}`: {base:.1f} {unit}")
    print(f"{'handler':34}" + "".join(f" {name:>14}" for name in trees) + f"  ({unit}, ratio)")
    worst = 0.0
    for module in sorted({m for tree in trees.values() for m in handler_modules(tree)}):
        cells, lines = [], []
        for name, tree in trees.items():
            job = (f"import {module}", tree)
            if job not in costs:
                cells.append(f" {'-':>14}")
                continue
            worst = max(worst, costs[job] / base)
            cells.append(f" {costs[job]:7.1f} {costs[job] / base:6.2f}")
            if notes.get(job):
                lines.append(f"    {name}: heaviest beyond the baseline: {notes[job]}")
        print(f"{module:34}" + "".join(cells))
        for line in lines:
            print(line)
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO})")


def timed(jobs: list[Job], rounds: int, top: int, env: dict[str, str]) -> tuple[Costs, dict[Job, str]]:
    """(ms per job, heaviest modules beyond the baseline where a handler costs more than it)."""
    best = measure(jobs, rounds, env)
    costs = {job: sum(modules.values()) / 1000 for job, modules in best.items()}
    base = best[jobs[0]]
    notes = {job: heaviest(best[job], base, top) for job in jobs[1:] if top and costs[job] > costs[jobs[0]]}
    return costs, notes


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--top", type=int, default=8, help="heaviest extra modules to list per handler")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="a tree to compare")
    parser.add_argument("--callgrind", action="store_true", help="count instructions instead (valgrind)")
    args = parser.parse_args()
    trees = parse_trees(args.tree)
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "CHATBI_DATA_DIR": scratch, "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("AWS_LAMBDA_FUNCTION_NAME", None)
        env.pop("PYTHONPATH", None)  # each tree's own code comes from its working directory
        jobs: list[Job] = [(f"import {BASELINE}", ROOT)]
        jobs += [(f"import {m}", tree) for tree in trees.values() for m in handler_modules(tree)]
        # Warm the bytecode caches so every measurement is a cold *process*, not a cold disk (the
        # warm-up may write .pyc files: after an edit, the measured runs would compile otherwise).
        warm = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for statement, tree in jobs:
            import_profile(statement, warm, tree)
        if args.callgrind:
            report(trees, count_instructions(jobs, env), "M instructions", {})
        else:
            costs, notes = timed(jobs, args.rounds, args.top, env)
            print(f"(ms: per-module best of {args.rounds} rounds)")
            report(trees, costs, "ms", notes)


if __name__ == "__main__":
    main()
