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

Usage: .venv/bin/python bench/import_time.py [--rounds 7] [--top 8] [--tree NAME=PATH ...]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "fastapi, mangum, sqlalchemy.orm"
TARGET_RATIO = 1.5
SelfTimes = dict[str, int]  # module -> best self time (microseconds)
Job = tuple[str, Path]  # (statement, the tree it runs in)
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


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


def report(trees: dict[str, Path], best: dict[Job, SelfTimes], rounds: int, top: int) -> None:
    base = best[(f"import {BASELINE}", ROOT)]
    base_ms = sum(base.values()) / 1000
    print(f"baseline `import {BASELINE}`: {base_ms:.1f} ms (per-module best of {rounds} rounds)")
    print(f"{'handler':34}" + "".join(f" {name:>14}" for name in trees) + "  (ms, ratio)")
    worst = 0.0
    for module in sorted({m for tree in trees.values() for m in handler_modules(tree)}):
        cells, notes = [], []
        for name, tree in trees.items():
            modules = best.get((f"import {module}", tree))
            if modules is None:
                cells.append(f" {'-':>14}")
                continue
            ms = sum(modules.values()) / 1000
            worst = max(worst, ms / base_ms)
            cells.append(f" {ms:7.1f} {ms / base_ms:6.2f}")
            if top and ms > base_ms:
                notes.append(f"    {name}: heaviest beyond the baseline: {heaviest(modules, base, top)}")
        print(f"{module:34}" + "".join(cells))
        for note in notes:
            print(note)
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO})")


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--top", type=int, default=8, help="heaviest extra modules to list per handler")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH", help="a tree to compare")
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
        report(trees, measure(jobs, args.rounds, env), args.rounds, args.top)


if __name__ == "__main__":
    main()
