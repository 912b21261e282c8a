"""Lint, format and type checks are part of the test suite, so the README's one command covers them.

mypy is started in the background right after collection (tests/background_checks.py) so that it
overlaps the rest of the suite; its test waits for its exit code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import background_checks

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
    ],
    ids=["ruff-check", "ruff-format"],
)
def test_code_quality(command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]


def test_types(request: pytest.FixtureRequest) -> None:
    returncode, output = background_checks.result(request.config, "mypy")
    assert returncode == 0, output
