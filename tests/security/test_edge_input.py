"""Issue 14: ids beyond 64 bits and damaged workbooks are 4xx that say what is wrong, never 500."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from tests.conftest import FIXTURES, upload_file

HUGE = 2**63
PARAM = re.compile(r"{(\w+)}")


def _routes_with_path_ids() -> list[tuple[str, str]]:
    """Every operation of the OpenAPI document with a parameter in its path."""
    from functions.local import app

    return [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        if PARAM.search(path)
        for method in operations
    ]


def test_every_route_with_an_id_in_its_path_is_covered() -> None:
    routes = _routes_with_path_ids()
    assert len(routes) >= 15  # users, api keys, datasources (8+), conversations, messages
    assert ("DELETE", "/api/v1/users/{user_id}") in routes


@pytest.mark.parametrize(("method", "path"), _routes_with_path_ids())
def test_an_id_of_2_to_the_63_is_a_422_naming_the_parameter(
    client, admin_headers, method: str, path: str
) -> None:
    # Given an id one past the largest 64-bit integer
    url = PARAM.sub(str(HUGE), path)
    # When any route is called with it
    response = client.request(method, url, headers=admin_headers, json={})
    # Then it is a 422 that names the parameter, not a 500
    assert response.status_code == 422, response.text
    name = PARAM.search(path).group(1)  # type: ignore[union-attr]
    assert f"path parameter '{name}'" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "url", "body", "name"),
    [
        ("POST", "/api/v1/ask", {"datasource_id": HUGE, "question": "销售额"}, "datasource_id"),
        ("POST", "/api/v1/conversations", {"datasource_id": HUGE}, "datasource_id"),
        (
            "POST",
            "/api/v1/ask",
            {"datasource_id": 1, "question": "x", "conversation_id": -HUGE - 1},
            "conversation_id",
        ),
        ("GET", "/api/v1/users?offset=" + str(HUGE * 10), None, "offset"),
        ("GET", "/api/v1/audit-logs?user_id=" + "9" * 400, None, "user_id"),
    ],
)
def test_ids_and_counts_in_bodies_and_queries_are_checked(
    client, admin_headers, method, url, body, name
) -> None:
    response = client.request(method, url, headers=admin_headers, json=body)
    assert response.status_code == 422, response.text
    assert f"'{name}'" in response.json()["detail"] and "out of range" in response.json()["detail"]


def test_the_largest_64_bit_id_is_simply_not_found(client, admin_headers) -> None:
    response = client.get(f"/api/v1/datasources/{HUGE - 1}", headers=admin_headers)
    assert response.status_code == 404


def _xlsx_bytes() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["city", "sales"])
    for i in range(500):
        sheet.append([f"c{i}", i])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _lying_xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook")
    return buffer.getvalue()


def _cut_sheet_xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (lambda: _xlsx_bytes()[:3000], "is damaged or truncated"),
        (lambda: _xlsx_bytes()[:-40], "is damaged or truncated"),
        (_lying_xlsx, "could not be read as an Excel workbook"),
        (_cut_sheet_xlsx, "could not be read as an Excel workbook"),
    ],
    ids=["cut in half", "directory cut", "zip with a fake workbook", "sheet xml cut"],
)
def test_a_truncated_or_lying_xlsx_is_a_422_saying_so(client, analyst_headers, content, message: str) -> None:
    response = client.post(
        "/api/v1/datasources/upload",
        files={"file": ("report.xlsx", content(), "application/octet-stream")},
        headers=analyst_headers,
    )
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]
    # and nothing is left half-done
    assert client.get("/api/v1/datasources", headers=analyst_headers).json()["total"] == 0


def test_a_complete_xlsx_still_loads(client, analyst_headers, tmp_path) -> None:
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_xlsx_bytes())
    assert upload_file(client, analyst_headers, path) > 0
    assert FIXTURES.is_dir()
