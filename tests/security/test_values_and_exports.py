"""Issue 14 (low): LIKE wildcards typed by the user match literally, exports say when they are
capped and write floats without binary noise, and the upload metrics count uploads."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from tests.conftest import FIXTURES, upload_file

ITEMS = "product,price\n100% cotton shirt,10\n1000 cotton shirt,12\nA_B box,3\nAxB box,4\nplain mug,5\n"


@pytest.fixture
def items(client, analyst_headers, tmp_path: Path) -> int:
    path = tmp_path / "items.csv"
    path.write_text(ITEMS, encoding="utf-8")
    return upload_file(client, analyst_headers, path)


@pytest.mark.parametrize(
    "question",
    ['how many products contain "100%"', "产品包含“A_B”的有多少个", 'how many products start with "A_"'],
)
def test_like_wildcards_in_values_match_literally(client, analyst_headers, items: int, question: str) -> None:
    # Given products whose names differ only where the user typed % or _
    # When the user asks for the ones containing the literal text
    response = client.post(
        "/api/v1/ask", json={"datasource_id": items, "question": question}, headers=analyst_headers
    )
    # Then only the literal match counts (not '1000 cotton shirt' nor 'AxB box')
    body = response.json()
    assert body["status"] == "ok", body
    assert " LIKE " in body["sql"]
    assert body["rows"] == [[1]], body["sql"]


def _message_with(client, headers, datasource: int, sql: str) -> int:
    response = client.post(f"/api/v1/datasources/{datasource}/query", json={"sql": sql}, headers=headers)
    assert response.status_code == 200 and response.json()["status"] == "ok", response.text
    return int(response.json()["message_id"])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_capped_export_says_so(client, analyst_headers, monkeypatch, fmt: str) -> None:
    import openpyxl

    # Given exports capped at 5 rows and a result of 3,000 rows
    monkeypatch.setattr("shared.ask.export.EXPORT_MAX_ROWS", 5)
    orders = upload_file(client, analyst_headers, FIXTURES / "bi_dev" / "orders.csv")
    message = _message_with(client, analyst_headers, orders, "SELECT order_id FROM orders")
    # When it is exported
    response = client.get(
        f"/api/v1/messages/{message}/export", params={"format": fmt}, headers=analyst_headers
    )
    # Then the response, the file name and (XLSX) the workbook say it holds only the first 5 rows
    assert response.status_code == 200
    assert response.headers["X-ChatBI-Truncated"] == "true"
    assert response.headers["X-ChatBI-Row-Count"] == "5"
    assert f"chatbi_message_{message}_first_5_rows.{fmt}" in response.headers["Content-Disposition"]
    if fmt == "csv":
        assert len(response.content.decode("utf-8-sig").splitlines()) == 6
    else:
        workbook = openpyxl.load_workbook(io.BytesIO(response.content))
        assert workbook["result"].max_row == 6
        assert "first 5 rows" in workbook["notes"]["A1"].value


def test_an_export_under_the_cap_says_it_is_complete(client, analyst_headers, items: int) -> None:
    message = _message_with(client, analyst_headers, items, "SELECT product FROM items")
    response = client.get(f"/api/v1/messages/{message}/export", headers=analyst_headers)
    assert response.headers["X-ChatBI-Truncated"] == "false"
    assert response.headers["X-ChatBI-Row-Count"] == "5"
    assert 'filename="chatbi_message_' in response.headers["Content-Disposition"]
    assert "_first_" not in response.headers["Content-Disposition"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_floats_keep_the_databases_precision(
    client, analyst_headers, tmp_path: Path, fmt: str
) -> None:
    import openpyxl

    # Given amounts whose sum in binary floating point is 754857.4400000001 (or 0.30000000000000004)
    path = tmp_path / "amounts.csv"
    path.write_text("amount\n754857.1\n0.34\n0.1\n0.2\n", encoding="utf-8")
    datasource = upload_file(client, analyst_headers, path)
    sql = (
        "SELECT SUM(amount) AS total, SUM(CASE WHEN amount < 1 AND amount <> 0.34 THEN amount END) AS small "
        "FROM amounts"
    )
    message = _message_with(client, analyst_headers, datasource, sql)
    # When the answer is exported
    response = client.get(
        f"/api/v1/messages/{message}/export", params={"format": fmt}, headers=analyst_headers
    )
    # Then the numbers read as the database's values, without noise
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[1] == ["754857.74", "0.3"]
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content))["result"]
        assert [sheet["A2"].value, sheet["B2"].value] == [754857.74, 0.3]


def _sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


def test_upload_metrics_count_uploads(client, analyst_headers) -> None:
    # Given the upload counters now
    before = {
        n: _sample(n)
        for n in ("chatbi_uploads_total", "chatbi_upload_rows_total", "chatbi_upload_bytes_total")
    }
    path = FIXTURES / "bi_dev" / "employees.csv"
    rows = len(path.read_text(encoding="utf-8").strip().splitlines()) - 1
    # When a file is uploaded, then re-uploaded in append mode
    datasource = upload_file(client, analyst_headers, path)
    with path.open("rb") as file:
        response = client.post(
            f"/api/v1/datasources/{datasource}/upload",
            params={"mode": "append"},
            files={"file": (path.name, file, "text/csv")},
            headers=analyst_headers,
        )
    assert response.status_code == 200, response.text
    # Then the counters moved by two uploads, their rows and their bytes
    assert _sample("chatbi_uploads_total") - before["chatbi_uploads_total"] == 2
    assert _sample("chatbi_upload_rows_total") - before["chatbi_upload_rows_total"] == 2 * rows
    assert (
        _sample("chatbi_upload_bytes_total") - before["chatbi_upload_bytes_total"] == 2 * path.stat().st_size
    )
