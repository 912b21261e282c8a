"""The version the API reports is the project's: shared.__version__ is written by hand, so it is
checked against pyproject.toml (and the installed distribution, when there is one)."""

from __future__ import annotations

import tomllib
from contextlib import suppress
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import shared

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_projects() -> None:
    # Given the version in pyproject.toml, When shared reports its own, Then they are the same
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert shared.__version__ == project
    # And an installed distribution (an editable install, a wheel) says the same
    with suppress(PackageNotFoundError):  # a source tree without install: nothing more to compare
        assert version("chatbi") == project
