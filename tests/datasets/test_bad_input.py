"""Bad uploads get a 4xx a person can act on, and leave nothing behind (no table, no row, no file)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from tests.datasets.conftest import assert_nothing_left, upload


def zip_bomb() -> bytes:
    """An .xlsx-shaped zip whose one sheet inflates from ~60 KB to 64 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (64 * 1024 * 1024))
    return buffer.getvalue()


def mixed_encodings() -> bytes:
    """UTF-8 for the first rows, then a row saved in GBK."""
    utf8 = "城市,销售额\n北京,10\n上海,20\n广州,30\n".encode()
    return utf8 + "深圳,40\n".encode("gbk")


def too_wide() -> bytes:
    header = ",".join(f"c{i}" for i in range(501))
    return f"{header}\n{','.join('1' for _ in range(501))}\n".encode()


def png_renamed() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


CASES: dict[str, tuple[str, Callable[[], bytes], int, str]] = {
    "empty file": ("empty.csv", lambda: b"", 422, "empty.csv is empty"),
    "blank file": ("blank.csv", lambda: b"\n\n  \n", 422, "has no rows"),
    "header only": ("header.csv", lambda: b"a,b,c\n", 422, "has a header but no data rows"),
    "ragged rows": (
        "ragged.csv",
        lambda: b"a,b\n1,2\n3,4,5\n",
        422,
        "row 3 has 3 values but the header has 2 columns",
    ),
    "short row": (
        "short.csv",
        lambda: b"a,b,c\n1,2,3\n4,5\n",
        422,
        "row 3 has 2 values but the header has 3",
    ),
    "binary junk named .csv": (
        "junk.csv",
        lambda: bytes((i * 37 + 11) % 256 for i in range(4096)),
        415,
        "named like a csv file but its content is binary data",
    ),
    "png named .xlsx": (
        "report.xlsx",
        png_renamed,
        415,
        "named like a xlsx file but its content is binary data",
    ),
    "xlsx zip bomb": ("bomb.xlsx", zip_bomb, 413, "looks like a zip bomb"),
    "mixed encodings": ("mixed.csv", mixed_encodings, 422, "line 5 is not valid UTF-8"),
    "unknown extension": ("tool.exe", lambda: b"MZ\x90\x00", 415, "unsupported file type '.exe'"),
    "too many columns": ("wide.csv", too_wide, 422, "has 501 columns; at most 500 are allowed"),
    "nested json": (
        "nested.json",
        lambda: b'[{"a": 1, "b": {"c": 2}}]',
        422,
        "element 1, key 'b' holds a nested dict",
    ),
    "json not objects": ("numbers.json", lambda: b"[1, 2, 3]", 422, "element 1 is not an object"),
    "broken jsonl": ("rows.jsonl", lambda: b'{"a": 1}\n{"a": \n', 422, "line 2 is not valid JSON"),
    "sqlite named .db but text": ("data.db", lambda: b"a,b\n1,2\n", 415, "named like a sqlite file"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_bad_upload_is_refused_and_leaves_nothing(client, owner, case) -> None:
    filename, build, status, message = CASES[case]
    # Given a bad file
    content = build()
    # When it is uploaded
    response = upload(client, owner, filename, content)
    # Then the status and message say what is wrong
    assert response.status_code == status, response.text
    assert message in response.json()["detail"], response.json()["detail"]
    # And nothing was left behind
    assert_nothing_left()


def test_file_over_the_size_limit_is_413(client, owner) -> None:
    # Given a 60 MB CSV (the default limit is 50 MB)
    row = "2024-03-01,北京,12345.67,some text to make the row longer\n".encode()
    content = b"day,city,amount,note\n" + row * (60 * 1024 * 1024 // len(row) + 1)
    assert len(content) > 60 * 1024 * 1024
    # When it is uploaded
    response = upload(client, owner, "big.csv", content)
    # Then it is refused as too large, and nothing stays
    assert response.status_code == 413, response.text
    assert "larger than the 50 MB upload limit" in response.json()["detail"]
    assert_nothing_left()


def test_duplicate_and_empty_headers_are_renamed(client, owner) -> None:
    # Given headers that repeat (in any case), are blank, or have stray spaces
    content = " 城市 ,城市,,Amount,amount,\n北京,上海,x,1,2,\n".encode()
    # When uploaded
    response = upload(client, owner, "headers.csv", content)
    # Then names are trimmed, made unique and blanks become column_N; the empty trailing column is dropped
    assert response.status_code == 201, response.text
    names = [c["name"] for c in response.json()["tables"][0]["columns"]]
    assert names == ["城市", "城市_2", "column_3", "Amount", "amount_2"]


def test_formula_cells_load_their_value_never_run(client, owner) -> None:
    import openpyxl

    # Given a workbook whose B column is a formula with a cached result, and a CSV with a formula-like cell
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "calc"
    sheet.append(["a", "double"])
    sheet.append([2, "=A2*2"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx = with_cached_value(buffer.getvalue(), "B2", "4")
    # When both are uploaded
    workbook_response = upload(client, owner, "calc.xlsx", xlsx)
    csv_response = upload(client, owner, "links.csv", b'name,link\nx,"=HYPERLINK(""http://evil"")"\n')
    # Then the workbook holds the computed value and the CSV the literal text
    assert workbook_response.status_code == 201, workbook_response.text
    ds = workbook_response.json()["id"]
    preview = client.get(f"/api/v1/datasources/{ds}/preview", headers=owner).json()
    assert preview["rows"] == [[2, 4]]
    assert csv_response.status_code == 201, csv_response.text
    ds = csv_response.json()["id"]
    rows = client.get(f"/api/v1/datasources/{ds}/preview", headers=owner).json()["rows"]
    assert rows == [["x", '=HYPERLINK("http://evil")']]


def with_cached_value(xlsx: bytes, cell: str, value: str) -> bytes:
    """Add the cached result Excel would have stored to a formula cell openpyxl wrote without one."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index(f'<c r="{cell}"')
                end = text.index("</c>", start)
                cell_xml = text[start:end]
                fixed = cell_xml.replace("<v></v>", "").replace("<v />", "") + f"<v>{value}</v>"
                data = (text[:start] + fixed + text[end:]).encode()
            target.writestr(item, data)
    return out.getvalue()


def test_ten_thousand_character_cell_round_trips(client, owner) -> None:
    # Given a cell of 10,000 characters (Chinese, so 30,000 bytes in UTF-8)
    long_text = "长" * 10_000
    content = f"id,note\n1,{long_text}\n2,short\n".encode()
    # When uploaded
    response = upload(client, owner, "long.csv", content)
    # Then the text is stored whole
    assert response.status_code == 201, response.text
    ds = response.json()["id"]
    rows = client.get(f"/api/v1/datasources/{ds}/preview", headers=owner).json()["rows"]
    assert rows[0][1] == long_text


def test_failure_in_second_sheet_drops_the_first(client, owner) -> None:
    import openpyxl

    # Given a workbook whose first sheet is fine and whose second has only a header
    workbook = openpyxl.Workbook()
    workbook.active.append(["a"])
    workbook.active.append([1])
    workbook.create_sheet("only header").append(["x", "y"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    # When uploaded
    response = upload(client, owner, "two.xlsx", buffer.getvalue())
    # Then it is refused, naming the sheet, and the first sheet's table is gone too
    assert response.status_code == 422, response.text
    assert "sheet 'only header' has a header but no data rows" in response.json()["detail"]
    assert_nothing_left()
