"""Uploading files through the API, on both storage modes: every format, typed columns, cell fidelity."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from typing import Any

import pytest

from tests.datasets.conftest import BI_DEV, SPIDER, stored_files, upload, workspace_dataset_tables


def read_table(datasource_id: int, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """All rows of a datasource table, read through the read-only data engine, ordered by column 1."""
    from shared.datasets.service import data_engine_for
    from shared.storage.db import session_scope
    from shared.storage.models import Datasource

    with session_scope() as session:
        datasource = session.get(Datasource, datasource_id)
        assert datasource is not None
        engine, table_map = data_engine_for(datasource)
        columns = [c["name"] for t in datasource.tables if t.name == table for c in t.columns]
    quote = engine.dialect.identifier_preparer.quote
    sql = (
        f"SELECT {', '.join(map(quote, columns))} FROM {quote(table_map[table])} ORDER BY {quote(columns[0])}"
    )
    with engine.connect() as conn:
        return columns, [tuple(r) for r in conn.exec_driver_sql(sql)]


def same_cell(expected: str, actual: Any, type_: str) -> bool:
    """A CSV cell and the stored value are the same value of the column's type."""
    if expected == "":
        return actual is None
    if type_ == "integer":
        return int(expected) == actual
    if type_ in ("decimal", "float"):
        return abs(float(expected) - float(actual)) <= 1e-9 * max(1.0, abs(float(expected)))
    if type_ == "date":
        return str(actual)[:10] == expected
    return bool(expected == actual)


@pytest.mark.parametrize("filename", ["orders.csv", "employees.csv"])
def test_bi_dev_csv_every_cell_matches(client, owner, filename) -> None:
    # Given a bi_dev CSV as a user exports it
    content = (BI_DEV / filename).read_bytes()
    # When it is uploaded
    response = upload(client, owner, filename, content)
    # Then it is one typed table named after the file, with every row
    assert response.status_code == 201, response.text
    body = response.json()
    stem = filename.removesuffix(".csv")
    assert body["kind"] == "file" and body["name"] == stem
    (table,) = body["tables"]
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    header, data = rows[0], rows[1:]
    assert table["name"] == stem and table["row_count"] == len(data)
    assert [c["name"] for c in table["columns"]] == header
    types = {c["name"]: c["type"] for c in table["columns"]}
    # And every cell reads back as the same value of its inferred type
    columns, stored = read_table(body["id"], stem)
    assert columns == header
    data.sort(key=lambda r: r[0])
    assert len(stored) == len(data)
    for row_number, (expected_row, stored_row) in enumerate(zip(data, stored, strict=True), 2):
        for name, expected, actual in zip(header, expected_row, stored_row, strict=True):
            assert same_cell(expected, actual, types[name]), (row_number, name, expected, actual)


def test_bi_dev_types_are_the_natural_ones(client, owner) -> None:
    # Given both bi_dev files uploaded
    orders = upload(client, owner, "orders.csv", (BI_DEV / "orders.csv").read_bytes()).json()
    employees = upload(client, owner, "employees.csv", (BI_DEV / "employees.csv").read_bytes()).json()
    # Then dates are dates, counts are integers, money is decimal, yes/no words stay text
    order_types = {c["name"]: c["type"] for c in orders["tables"][0]["columns"]}
    assert order_types["order_date"] == "date" and order_types["quantity"] == "integer"
    assert order_types["amount"] == "decimal" and order_types["is_returned"] == "integer"
    assert order_types["province"] == "text"
    employee_types = {c["name"]: c["type"] for c in employees["tables"][0]["columns"]}
    assert employee_types["入职日期"] == "date" and employee_types["月薪"] == "integer"
    assert employee_types["绩效评分"] == "decimal" and employee_types["是否离职"] == "text"


def employees_as_typed_rows() -> tuple[list[str], list[list[Any]]]:
    """employees.csv as Excel would hold it: numbers as numbers, dates as dates."""
    rows = list(csv.reader(io.StringIO((BI_DEV / "employees.csv").read_text("utf-8"))))
    typed = []
    for row in rows[1:]:
        cells: list[Any] = []
        for name, value in zip(rows[0], row, strict=True):
            if name in ("年龄", "月薪"):
                cells.append(int(value))
            elif name == "绩效评分":
                cells.append(float(value))
            elif name == "入职日期":
                cells.append(dt.date.fromisoformat(value))
            else:
                cells.append(value)
        typed.append(cells)
    return rows[0], typed


def test_gbk_copy_reads_back_identically(client, owner) -> None:
    # Given employees.csv uploaded as UTF-8, and a GBK-encoded copy of it
    original = (BI_DEV / "employees.csv").read_bytes()
    gbk = original.decode("utf-8").encode("gbk")
    assert gbk != original
    first = upload(client, owner, "employees.csv", original).json()
    # When the GBK copy is uploaded
    response = upload(client, owner, "employees.csv", gbk, name="employees-gbk")
    # Then its table has the same columns, types and cells as the UTF-8 one
    assert response.status_code == 201, response.text
    second = response.json()
    assert second["name"] == "employees-gbk"
    assert second["tables"] == first["tables"]
    assert read_table(second["id"], "employees") == read_table(first["id"], "employees")


def test_two_sheet_xlsx_reads_back_identically(client, owner) -> None:
    import openpyxl

    # Given employees.csv uploaded, and an .xlsx with the same data on sheet 1 and a second sheet
    first = upload(client, owner, "employees.csv", (BI_DEV / "employees.csv").read_bytes()).json()
    header, typed = employees_as_typed_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "employees"
    sheet.append(header)
    for row in typed:
        sheet.append(row)
    second_sheet = workbook.create_sheet("部门")
    second_sheet.append(["部门", "人数"])
    counts: dict[str, int] = {}
    for row in typed:
        counts[row[2]] = counts.get(row[2], 0) + 1
    for department, count in sorted(counts.items()):
        second_sheet.append([department, count])
    workbook.create_sheet("empty")
    buffer = io.BytesIO()
    workbook.save(buffer)
    # When the workbook is uploaded
    response = upload(client, owner, "staff.xlsx", buffer.getvalue())
    # Then each non-empty sheet is a table; the employees sheet equals the CSV upload
    assert response.status_code == 201, response.text
    body = response.json()
    assert [t["name"] for t in body["tables"]] == ["employees", "部门"]
    assert body["tables"][0] == first["tables"][0]
    assert read_table(body["id"], "employees") == read_table(first["id"], "employees")
    departments = {t["name"]: t for t in body["tables"]}["部门"]
    assert [(c["name"], c["type"]) for c in departments["columns"]] == [("部门", "text"), ("人数", "integer")]
    assert departments["row_count"] == len(counts)


@pytest.mark.parametrize("filename", ["pets_1.sqlite", "battle_death.sqlite", "course_teach.sqlite"])
def test_spider_sqlite_uploads_every_table(client, owner, filename) -> None:
    # Given a Spider SQLite database
    source = SPIDER / filename
    with sqlite3.connect(source) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    # When it is uploaded
    response = upload(client, owner, filename, source.read_bytes())
    # Then every table is there under its own name with the same row count
    assert response.status_code == 201, response.text
    tables = {t["name"]: t["row_count"] for t in response.json()["tables"]}
    assert tables == counts


def test_sqlite_upload_keeps_keys_and_profiles(client, owner) -> None:
    # Given pets_1 (Has_Pet references Student and Pets)
    body = upload(client, owner, "pets_1.sqlite", (SPIDER / "pets_1.sqlite").read_bytes()).json()
    # When its schema is read
    response = client.get(f"/api/v1/datasources/{body['id']}/schema", headers=owner)
    # Then foreign keys point at logical tables, and columns carry value profiles
    assert response.status_code == 200, response.text
    schema = response.json()
    tables = {t["name"]: t for t in schema["tables"]}
    refs = {fk["ref_table"] for fk in tables["Has_Pet"]["foreign_keys"]}
    assert refs == {"Student", "Pets"}
    assert tables["Student"]["primary_key"] == ["StuID"]
    sex = next(c for c in tables["Student"]["columns"] if c["name"] == "Sex")
    assert sorted(v for v, _ in sex["profile"]["values"]) == ["F", "M"]
    assert sum(n for _, n in sex["profile"]["values"]) == tables["Student"]["row_count"]
    age = next(c for c in tables["Student"]["columns"] if c["name"] == "Age")
    assert age["type"] == "integer" and age["profile"]["min"] <= age["profile"]["max"]


def test_every_format_uploads(client, owner) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Given the same small table in every accepted format
    records = [
        {"city": "北京", "sales": 1200, "share": 0.25, "day": "2024-03-01", "ok": True},
        {"city": "上海", "sales": None, "share": 0.5, "day": "2024-03-02", "ok": False},
    ]
    parquet = io.BytesIO()
    typed = [{**r, "day": dt.date.fromisoformat(str(r["day"]))} for r in records]
    pq.write_table(pa.Table.from_pylist(typed), parquet)
    sqlite_path = storage_tmp_sqlite(records)
    lines = ["city,sales,share,day,ok", "北京,1200,0.25,2024-03-01,true", "上海,,0.5,2024-03-02,false"]
    text = "\n".join(lines) + "\n"
    files = {
        "t.csv": text.encode(),
        "t.tsv": text.replace(",", "\t").encode(),
        "bom.csv": ("\ufeff" + text.replace(",", ";")).encode(),
        "u16.csv": text.encode("utf-16"),
        "t.json": json.dumps(records, ensure_ascii=False).encode(),
        "t.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode(),
        "t.parquet": parquet.getvalue(),
        "t.sqlite": sqlite_path.read_bytes(),
    }
    for filename, content in files.items():
        # When each is uploaded
        response = upload(client, owner, filename, content)
        # Then it is one table of the same five typed columns and two rows
        assert response.status_code == 201, (filename, response.text)
        (table,) = response.json()["tables"]
        types = {c["name"]: c["type"] for c in table["columns"]}
        assert table["row_count"] == 2, filename
        assert types["city"] == "text" and types["sales"] == "integer", (filename, types)
        assert types["share"] in ("decimal", "float") and types["day"] == "date", (filename, types)
        assert types["ok"] in ("boolean", "integer"), (filename, types)
        preview = client.get(f"/api/v1/datasources/{response.json()['id']}/preview", headers=owner).json()
        rows = {r[preview["columns"].index("city")]: r for r in preview["rows"]}
        assert rows["上海"][preview["columns"].index("sales")] is None, filename
        assert rows["北京"][preview["columns"].index("sales")] == 1200, filename


def storage_tmp_sqlite(records: list[dict[str, Any]]) -> Any:
    """A small SQLite database file holding `records` as table t (declared types)."""
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "t.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (city TEXT, sales INTEGER, share REAL, day DATE, ok BOOLEAN)")
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [(r["city"], r["sales"], r["share"], r["day"], int(r["ok"])) for r in records],
        )
    return path


def test_inference_understands_business_formats(client, owner) -> None:
    # Given a CSV with thousands separators, percentages, Chinese dates, booleans and gaps
    content = (
        "编号,金额,占比,日期,时间,标记,邮编\n"
        '1,"1,234.50",12.5%,2024年3月1日,2024-03-01 08:30:00,TRUE,010010\n'
        '2,"12,000",7%,2024/3/2,2024/3/2 9:05,false,100871\n'
        "3,,,,,,\n"
    ).encode()
    # When it is uploaded
    response = upload(client, owner, "mixed.csv", content)
    # Then each column has its natural type and empty cells are NULL
    assert response.status_code == 201, response.text
    types = {c["name"]: c["type"] for c in response.json()["tables"][0]["columns"]}
    assert types == {
        "编号": "integer",
        "金额": "decimal",
        "占比": "decimal",
        "日期": "date",
        "时间": "datetime",
        "标记": "boolean",
        "邮编": "text",
    }
    _, rows = read_table(response.json()["id"], "mixed")
    assert float(rows[0][1]) == 1234.5 and float(rows[1][1]) == 12000
    assert float(rows[0][2]) == 0.125 and float(rows[1][2]) == 0.07
    assert str(rows[0][3])[:10] == "2024-03-01" and str(rows[1][3])[:10] == "2024-03-02"
    assert str(rows[1][4]).startswith("2024-03-02 09:05")
    assert rows[0][5] in (True, 1) and rows[1][5] in (False, 0)
    assert rows[0][6] == "010010"
    assert rows[2][1:] == (None, None, None, None, None, None)


def test_replace_and_append(client, owner) -> None:
    # Given a monthly export uploaded
    march = b"day,amount\n2024-03-01,10\n2024-03-02,20\n"
    body = upload(client, owner, "sales.csv", march).json()
    ds = body["id"]
    # When next month's export is appended
    april = b"day,amount\n2024-04-01,30\n"
    appended = client.post(
        f"/api/v1/datasources/{ds}/upload?mode=append", files={"file": ("s.csv", april)}, headers=owner
    )
    # Then the table has all rows and a new data version
    assert appended.status_code == 200, appended.text
    assert appended.json()["tables"][0]["row_count"] == 3
    assert appended.json()["data_version"] == 2
    schema = client.get(f"/api/v1/datasources/{ds}/schema", headers=owner).json()
    amount = schema["tables"][0]["columns"][1]
    assert amount["profile"]["max"] == 30
    # When a file with other columns is appended, it is refused and nothing changes
    wrong = client.post(
        f"/api/v1/datasources/{ds}/upload?mode=append",
        files={"file": ("s.csv", b"day,revenue\n2024-05-01,1\n")},
        headers=owner,
    )
    assert wrong.status_code == 422
    assert "missing 'amount'" in wrong.json()["detail"] and "unexpected 'revenue'" in wrong.json()["detail"]
    # When a text value arrives in the integer column, it is refused too
    bad_type = client.post(
        f"/api/v1/datasources/{ds}/upload?mode=append",
        files={"file": ("s.csv", b"day,amount\n2024-05-01,lots\n")},
        headers=owner,
    )
    assert bad_type.status_code == 422 and "'amount'" in bad_type.json()["detail"]
    assert client.get(f"/api/v1/datasources/{ds}", headers=owner).json()["tables"][0]["row_count"] == 3
    # When the data is replaced, the old physical table goes and the new one is all there is
    tables_before = set(workspace_dataset_tables())
    replaced = client.post(
        f"/api/v1/datasources/{ds}/upload?mode=replace",
        files={"file": ("s.csv", b"day,amount,note\n2024-06-01,5,x\n")},
        headers=owner,
    )
    assert replaced.status_code == 200, replaced.text
    assert [c["name"] for c in replaced.json()["tables"][0]["columns"]] == ["day", "amount", "note"]
    assert replaced.json()["tables"][0]["row_count"] == 1
    assert len(set(workspace_dataset_tables())) == 1 and set(workspace_dataset_tables()) != tables_before


def test_delete_removes_tables_and_files(client, owner) -> None:
    # Given an uploaded workbook with its stored file
    body = upload(client, owner, "employees.csv", (BI_DEV / "employees.csv").read_bytes()).json()
    assert workspace_dataset_tables() and stored_files()
    # When it is deleted
    response = client.delete(f"/api/v1/datasources/{body['id']}", headers=owner)
    # Then its tables, stored file and rows are gone
    assert response.status_code == 204
    assert workspace_dataset_tables() == [] and stored_files() == []
    assert client.get(f"/api/v1/datasources/{body['id']}", headers=owner).status_code == 404


def test_only_owner_or_grantees_see_a_datasource(client, user_headers) -> None:
    # Given an analyst's upload and two other users
    alice = user_headers("alice", "analyst")
    bob = user_headers("bob", "viewer")
    carol = user_headers("carol", "analyst")
    ds = upload(client, alice, "orders.csv", (BI_DEV / "orders.csv").read_bytes()).json()["id"]
    # Then the others get 404 everywhere and do not see it listed
    for path in ("", "/schema", "/preview", "/semantic"):
        assert client.get(f"/api/v1/datasources/{ds}{path}", headers=bob).status_code == 404
    assert client.delete(f"/api/v1/datasources/{ds}", headers=bob).status_code == 404
    assert client.get("/api/v1/datasources", headers=bob).json()["items"] == []
    # When alice shares it with bob by name
    shared = client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "bob"}, headers=alice)
    assert shared.status_code == 201, shared.text
    # Then bob can read it but not change it; carol still cannot see it
    assert client.get(f"/api/v1/datasources/{ds}/schema", headers=bob).status_code == 200
    listed = client.get("/api/v1/datasources", headers=bob).json()["items"]
    assert [d["id"] for d in listed] == [ds] and listed[0]["shared"] is True
    assert client.delete(f"/api/v1/datasources/{ds}", headers=bob).status_code == 403
    assert client.get(f"/api/v1/datasources/{ds}", headers=carol).status_code == 404
    # When alice shares it with the analyst role, carol sees it too
    by_role = client.post(f"/api/v1/datasources/{ds}/shares", json={"role": "analyst"}, headers=alice)
    assert by_role.status_code == 201
    assert (
        client.get(f"/api/v1/datasources/{ds}/preview?limit=3", headers=carol).json()["rows"].__len__() == 3
    )


def test_schema_profiles_values_and_ranges(client, owner) -> None:
    # Given employees uploaded
    ds = upload(client, owner, "employees.csv", (BI_DEV / "employees.csv").read_bytes()).json()["id"]
    # When the schema is fetched (twice: the second comes from the cache)
    first = client.get(f"/api/v1/datasources/{ds}/schema", headers=owner)
    second = client.get(f"/api/v1/datasources/{ds}/schema", headers=owner)
    # Then low-cardinality text columns list their values with counts, numbers and dates their range
    assert first.status_code == 200 and first.json() == second.json()
    (table,) = first.json()["tables"]
    columns = {c["name"]: c for c in table["columns"]}
    departments = columns["部门"]["profile"]
    assert sum(n for _, n in departments["values"]) == 600 and departments["distinct_count"] == len(
        departments["values"]
    )
    assert columns["是否离职"]["profile"]["distinct_count"] == 2
    assert columns["月薪"]["profile"]["min"] < columns["月薪"]["profile"]["max"]
    assert columns["入职日期"]["profile"]["min"].startswith("20")
    assert len(columns["工号"]["profile"]["values"]) == 600  # up to PROFILE_MAX_DISTINCT values are listed
    assert columns["姓名"]["profile"]["null_share"] == 0


def test_semantic_layer_round_trip(client, owner) -> None:
    # Given an upload
    ds = upload(client, owner, "orders.csv", (BI_DEV / "orders.csv").read_bytes()).json()["id"]
    layer = {
        "tables": {"orders": {"description": "订单", "columns": {"amount": {"synonyms": ["销售额", "GMV"]}}}},
        "metrics": [{"name": "GMV", "expression": "SUM(amount)", "synonyms": ["成交额"]}],
        "examples": [{"question": "总销售额", "sql": "SELECT SUM(amount) FROM orders"}],
    }
    # When the owner stores a semantic layer
    put = client.put(f"/api/v1/datasources/{ds}/semantic", json=layer, headers=owner)
    # Then it reads back, and one naming a column that does not exist is refused
    assert put.status_code == 200, put.text
    got = client.get(f"/api/v1/datasources/{ds}/semantic", headers=owner).json()
    assert got["tables"] == layer["tables"] and got["metrics"][0]["expression"] == "SUM(amount)"
    bad = {"tables": {"orders": {"columns": {"revenue": {"synonyms": ["x"]}}}}}
    refused = client.put(f"/api/v1/datasources/{ds}/semantic", json=bad, headers=owner)
    assert refused.status_code == 422 and "orders.revenue" in refused.json()["detail"]


def test_load_context_gives_readonly_engine(client, owner) -> None:
    import sqlalchemy as sa

    from shared.datasets.service import data_engine_for, load_context
    from shared.storage.db import session_scope
    from shared.storage.models import User

    # Given an upload
    ds = upload(client, owner, "orders.csv", (BI_DEV / "orders.csv").read_bytes()).json()["id"]
    with session_scope() as session:
        user = session.scalar(sa.select(User).where(User.username == "owner"))
        assert user is not None
        # When the ask pipeline loads its context
        datasource, schema, semantic = load_context(session, user, ds)
        engine, table_map = data_engine_for(datasource)
    # Then the schema speaks logical names, and the engine reads but cannot write
    assert schema.table("orders") is not None and semantic.metrics == []
    physical = engine.dialect.identifier_preparer.quote(table_map["orders"])
    with engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM {physical}").scalar() == 4000
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM {physical}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT COUNT(*) FROM {physical}").scalar() == 4000
