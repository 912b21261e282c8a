"""The API contract: every operation of the local app and of each function's app documents a
schema for every 2xx response, errors with the one error model, and lists paginate one way."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

HTTP_FUNCTIONS = ("health", "auth", "datasets", "chat", "audit")
METHODS = ("get", "post", "put", "patch", "delete")


def _apps() -> list[tuple[str, Any]]:
    from functions.local import app

    apps = [("local", app)]
    for group in HTTP_FUNCTIONS:
        apps.append((group, importlib.import_module(f"functions.{group}.handler").app))
    return apps


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


@pytest.mark.parametrize(("name", "app"), _apps(), ids=[name for name, _ in _apps()])
def test_every_2xx_response_has_a_schema(name: str, app: Any) -> None:
    # Given the app's OpenAPI document
    spec = app.openapi()
    # When every operation's success responses are inspected
    missing = []
    for method, path, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if not status.startswith("2") or status == "204":
                continue  # 204 has no body by definition
            content = response.get("content") or {}
            schemas = [media.get("schema") for media in content.values()]
            if not schemas or not all(schemas) or any(s == {} for s in schemas):
                missing.append(f"{method} {path} {status}")
    # Then none is left without a schema
    assert missing == []


def test_errors_are_documented_with_one_error_model() -> None:
    from functions.local import app

    # Given the local app's document
    spec = app.openapi()
    # Then every operation documents its 4xx/5xx with the same ErrorOut model (except the health
    # report, whose 503 body is the report itself)
    refs = set()
    for method, path, operation in _operations(spec):
        errors = {s: r for s, r in operation["responses"].items() if s[0] in "45"}
        assert {"401", "404", "422", "500"} <= set(errors), f"{method} {path}"
        for status, response in errors.items():
            if (path, status) != ("/health", "503"):
                refs.add(response["content"]["application/json"]["schema"]["$ref"])
    assert refs == {"#/components/schemas/ErrorOut"}


def test_every_list_is_paginated_with_limit_offset_and_total() -> None:
    from functions.local import app

    # Given the local app's document
    spec = app.openapi()
    schemas = spec["components"]["schemas"]
    # When every GET whose 200 body holds `items` is inspected
    lists = []
    for method, path, operation in _operations(spec):
        if method != "GET":
            continue
        content = operation["responses"]["200"]["content"]
        if "application/json" not in content:
            continue  # a file download
        schema = content["application/json"]["schema"]
        body = schemas[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
        if "items" not in body.get("properties", {}) and body.get("type") != "array":
            continue
        lists.append(path)
        params = {p["name"] for p in operation.get("parameters", [])}
        # Then it takes limit/offset and answers items, total, offset, limit
        assert body.get("type") != "array", f"{path} returns a bare array"
        assert {"limit", "offset"} <= params, path
        assert {"items", "total", "offset", "limit"} <= set(body["properties"]), path
    assert {"/api/v1/datasources", "/api/v1/conversations", "/api/v1/audit-logs", "/api/v1/api-keys"} <= set(
        lists
    )
