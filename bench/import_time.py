"""Cold import time of each Lambda handler module, as a ratio to the bare web stack.

Each handler (functions/*/handler.py) is imported in a fresh interpreter with `-X importtime`;
the baseline is `import fastapi, mangum, sqlalchemy.orm` measured the same way in the same
rounds (each round imports the baseline and every handler once). Target: every ratio <= 1.5 (a
handler costs little more than the framework it needs).

Usage: .venv/bin/python bench/import_time.py [--rounds 7] [--top 8]
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
Best = dict[str, tuple[float, dict[str, int]]]  # statement -> (best ms, self time per module)
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def handler_modules() -> list[str]:
    return sorted(f"functions.{p.parent.name}.handler" for p in ROOT.glob("functions/*/handler.py"))


def import_profile(statement: str, env: dict[str, str]) -> tuple[int, dict[str, int]]:
    """(total microseconds of top-level imports, self time per module) for one cold import."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    total, self_times = 0, {}
    for line in result.stderr.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        self_us, cumulative_us, indent, module = match.groups()
        self_times[module] = int(self_us)
        if not indent:
            total += int(cumulative_us)
    return total, self_times


def measure(statements: list[str], rounds: int, env: dict[str, str]) -> Best:
    """(best ms, self times) per statement. Rounds interleave the statements, so load from other work
    on the machine falls on the baseline and the handlers alike; the minimum is the least disturbed."""
    best: Best = {}
    for _ in range(rounds):
        for statement in statements:
            total, modules = import_profile(statement, env)
            if statement not in best or total / 1000 < best[statement][0]:
                best[statement] = (total / 1000, modules)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--top", type=int, default=8, help="heaviest extra modules to list per handler")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "CHATBI_DATA_DIR": scratch, "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("AWS_LAMBDA_FUNCTION_NAME", None)
        # Warm the bytecode caches so every measurement is a cold *process*, not a cold disk (the
        # warm-up may write .pyc files: after an edit, the measured runs would compile otherwise).
        warm = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for module in handler_modules():
            import_profile(f"import {module}", warm)
        best = measure([f"import {BASELINE}", *(f"import {m}" for m in handler_modules())], args.rounds, env)
        base_ms, base_modules = best[f"import {BASELINE}"]
        print(f"baseline `import {BASELINE}`: {base_ms:.1f} ms (best of {args.rounds})")
        print(f"{'handler':34} {'ms':>8} {'ratio':>7}  verdict")
        worst = 0.0
        for module in handler_modules():
            ms, modules = best[f"import {module}"]
            ratio = ms / base_ms
            worst = max(worst, ratio)
            verdict = "ok" if ratio <= TARGET_RATIO else f"over {TARGET_RATIO}x"
            print(f"{module:34} {ms:8.1f} {ratio:7.2f}  {verdict}")
            extra = sorted(
                ((us, name) for name, us in modules.items() if name not in base_modules), reverse=True
            )[: args.top]
            if args.top and ratio > 1.0:
                print(
                    "    heaviest beyond the baseline: "
                    + ", ".join(f"{n} {us / 1000:.1f}ms" for us, n in extra)
                )
        print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO})")


if __name__ == "__main__":
    main()
