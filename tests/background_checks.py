"""Slow whole-tree checks started in the background as soon as collection knows they will run.

mypy takes minutes from a clean checkout while pytest keeps one core busy; started right after
collection it runs on the other core alongside the rest of the suite, and its test only waits for
the result. A check that was not selected is never started.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKS = {"mypy": ["mypy", "shared", "functions"]}
_KEY = pytest.StashKey[dict[str, "Running"]]()


@dataclass
class Running:
    proc: subprocess.Popen[bytes]
    output: Path

    def result(self, timeout: float) -> tuple[int, str]:
        """Wait for the check; its exit code and the tail of its output."""
        returncode = self.proc.wait(timeout=timeout)
        return returncode, self.output.read_text(encoding="utf-8", errors="replace")[-8000:]


def start(config: pytest.Config, names: set[str]) -> None:
    """Launch each selected check once, its output to a file (a pipe would stall it when full)."""
    running = config.stash.setdefault(_KEY, {})
    for name in sorted(names & set(CHECKS) - set(running)):
        output = Path(tempfile.mkstemp(prefix=f"chatbi-{name}-", suffix=".log")[1])
        with output.open("wb") as sink:
            proc = subprocess.Popen(
                [sys.executable, "-m", *CHECKS[name]], cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT
            )
        running[name] = Running(proc, output)


def result(config: pytest.Config, name: str, timeout: float = 600) -> tuple[int, str]:
    """The check's outcome, starting it now if collection did not."""
    start(config, {name})
    running = config.stash[_KEY][name]
    try:
        return running.result(timeout)
    finally:
        running.output.unlink(missing_ok=True)


def stop_all(config: pytest.Config) -> None:
    """Kill checks whose test never ran (an interrupted or -x session)."""
    for running in config.stash.get(_KEY, {}).values():
        if running.proc.poll() is None:
            running.proc.kill()
            running.proc.wait()
        running.output.unlink(missing_ok=True)
