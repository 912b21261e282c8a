"""Run `chatbi` as the operator does: a real process with only the environment it is given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import TEST_SECRET

ROOT = Path(__file__).resolve().parents[2]


def base_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no settings leak in from the developer's shell."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "ENVIRONMENT": "test",
        "JWT_SECRET_KEY": TEST_SECRET,
        "SECRET_KEY": TEST_SECRET,
        "LOG_LEVEL": "WARNING",
        "CHATBI_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(ROOT),
    }
    env.update(extra)
    return env


def chatbi(
    *args: str, env: dict[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shared.cli.main", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
