"""A Lambda cold start imports only what the handler's first request needs.

Structural, not timed (bench/import_time.py times it): each handler module is imported in a fresh
interpreter, as a new Lambda sandbox does, and the libraries it loaded are compared with what it
may load. Heavy libraries come with the first call that needs them (imports marked `# lazy:`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HANDLERS = sorted(p.parent.name for p in ROOT.glob("functions/*/handler.py"))

# Never at import time, in any handler: each is needed by a few calls only.
HEAVY = {
    "alembic",  # migrations
    "argon2",  # password hashing, on login
    "aws_lambda_powertools",  # Lambda logging/metrics, on the first invocation
    "aws_xray_sdk",
    "boto3",  # S3/SNS, backups and alerts
    "botocore",
    "cryptography",  # secrets of connected databases
    "httpx",  # LLM client, probes
    "ijson",  # JSON uploads
    "jwt",  # tokens, on the first authenticated request
    "limits",  # rate limits, on the first limited request
    "openai",
    "openpyxl",  # XLSX uploads and exports
    "prometheus_client",  # metrics, after the first request
    "pyarrow",  # CSV uploads
    "python_calamine",
    "redis",  # the cache, when configured
    "sqlglot",  # the SQL guard, on the first question
    "yaml",
    "zxcvbn",  # password strength, on sign-up
}
# Never at import time, in any handler: modules no request needs. FastAPI imports pydantic.v1 only
# to refuse v1 models (shared/api/fastapi_v1_check.py keeps it out, ~15 ms).
NEVER = {"pydantic.v1"}
# The semantic model comes only with the groups whose requests work with it.
SEMANTIC_GROUPS = {"chat", "datasets"}
# Handlers whose import needs less than the web stack with the database.
NO_DATABASE = {"health", "backup", "cleanup"}  # health checks the database in its request
NO_WEB_STACK = {"backup", "cleanup"}  # scheduled functions: no FastAPI app

PROBE = "import importlib, sys; importlib.import_module(sys.argv[1]); print(' '.join(sorted(sys.modules)))"


@cache
def _loaded_modules(handler: str) -> frozenset[str]:
    env = {k: v for k, v in os.environ.items() if k != "AWS_LAMBDA_FUNCTION_NAME"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, f"functions.{handler}.handler"],
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return frozenset(out.split())


def _loaded_packages(handler: str) -> set[str]:
    return {module.split(".")[0] for module in _loaded_modules(handler)}


@pytest.mark.parametrize("handler", HANDLERS)
def test_handler_import_loads_no_library_its_first_request_may_not_need(handler: str) -> None:
    # Given a handler module, When it is imported in a fresh interpreter
    loaded = _loaded_packages(handler)
    # Then no heavy library came with it
    forbidden = set(HEAVY)
    if handler in NO_DATABASE:  # And the database stack only where requests use a session
        forbidden |= {"sqlalchemy", "pydantic_settings"}
    if handler in NO_WEB_STACK:  # And the web stack only where there is an app
        forbidden |= {"fastapi", "starlette", "pydantic", "mangum"}
    unexpected = sorted(loaded & forbidden)
    assert not unexpected, unexpected


@pytest.mark.parametrize("handler", HANDLERS)
def test_handler_import_loads_only_its_own_part_of_the_api(handler: str) -> None:
    # Given a handler module, When it is imported in a fresh interpreter
    loaded = _loaded_modules(handler)
    # Then no other group's response models came with it, nor a module no request needs
    forbidden = {f"shared.api.schemas.{group}" for group in HANDLERS if group != handler} | NEVER
    if handler not in SEMANTIC_GROUPS:  # And the semantic model only where requests use it
        forbidden.add("shared.semantic")
    unexpected = sorted(m for m in loaded if any(m == f or m.startswith(f + ".") for f in forbidden))
    assert not unexpected, unexpected


def test_every_handler_is_covered() -> None:
    # The lists above name real handlers (a renamed group must not silently drop its checks)
    assert NO_DATABASE.issubset(HANDLERS) and NO_WEB_STACK.issubset(NO_DATABASE)
    assert SEMANTIC_GROUPS.issubset(HANDLERS)
    # And each group's response models are where the check above looks for them
    schemas = {p.stem for p in (ROOT / "shared" / "api" / "schemas").glob("*.py")} - {"__init__"}
    assert schemas and schemas.issubset(HANDLERS), sorted(schemas - set(HANDLERS))
