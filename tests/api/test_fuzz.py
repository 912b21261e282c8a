"""Fuzz the whole API from its own OpenAPI document (schemathesis): for every operation a bounded
number of generated requests, as an admin who owns a small dataset. No 5xx, and every response
matches the status codes and the schema the document declares."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import FIXTURES, make_user, upload_file

EXAMPLES_PER_OPERATION = 6
INT64_MAX = 2**63 - 1
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def admin(sqlite_storage: Any) -> dict[str, str]:
    """An admin who owns one uploaded dataset (id 1) and one answered conversation, so ids 1 resolve."""
    from fastapi.testclient import TestClient

    from functions.local import app

    headers = make_user("fuzz-admin", "admin")
    with TestClient(app) as client:
        upload_file(client, headers, FIXTURES / "fuzz" / "orders.csv")
        # an analyst's own SQL makes conversation 1 and message 1 without warming up an engine
        body = {"sql": "SELECT city, SUM(amount) AS total FROM orders GROUP BY city"}
        answered = client.post("/api/v1/datasources/1/query", json=body, headers=headers)
        assert answered.status_code == 200 and answered.json()["status"] == "ok", answered.text
    return headers


def _schema() -> Any:
    from functions.local import app  # building the app reads no settings

    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = _schema()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,  # the same requests on every CI run
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_the_api_holds_its_contract_under_fuzzing(case: Any, admin: dict[str, str]) -> None:
    # Given a generated request for one operation, sent as the admin
    # When it is handled, Then no 5xx, and status, content type and body match the document
    # (the first question loads the engine's dictionaries: a cold start measured in bench/, never timed
    # here, so a loaded CI machine gets more than the transport's default 10 s)
    case.call_and_validate(headers=admin, checks=CHECKS, timeout=120)
