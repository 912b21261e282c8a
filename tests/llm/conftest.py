"""Fixtures for the LLM engine: a scripted OpenAI-compatible server and a bi_dev sample in SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.semantic.schema import Schema
from tests.llm.fake_llm_server import FakeLLMServer
from tests.llm.support import bi_dev_sample


@pytest.fixture
def llm_server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as server:
        yield server


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Schema]:
    return bi_dev_sample(tmp_path)
