"""A two-sheet workbook and a multi-table SQLite file upload as one datasource with their relationships;
questions across the sheets are answered over a join, through real HTTP, on SQLite and MariaDB storage."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_user, upload_file

LEVELS = ["VIP", "金卡", "普通"]


@pytest.fixture
def analyst(client):
    return make_user("ana", "analyst")


def workbook(tmp_path: Path) -> Path:
    """订单 (订单号, 客户编号, 下单日期, 金额) and 客户 (客户编号, 客户名称, 客户等级, 城市)."""
    import openpyxl

    book = openpyxl.Workbook()
    orders = book.active
    orders.title = "订单"
    orders.append(["订单号", "客户编号", "下单日期", "金额"])
    for n in range(1, 41):  # customer C{n % 8}: VIP customers are C0, C3, C6
        orders.append([f"O{n:03d}", f"C{n % 8}", date(2024, 1 + n % 12, 1 + n % 27), 10 * n])
    customers = book.create_sheet("客户")
    customers.append(["客户编号", "客户名称", "客户等级", "城市"])
    for i in range(10):  # two customers (C8, C9) never order
        customers.append([f"C{i}", f"客户{i}", LEVELS[i % 3], ["北京", "上海"][i % 2]])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    return path


def ask(client, headers, ds, question, conversation_id=None):
    body = {"datasource_id": ds, "question": question}
    if conversation_id:
        body["conversation_id"] = conversation_id
    response = client.post("/api/v1/ask", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def expected(level_of, question_filter=None):
    totals: dict[str, int] = {}
    count = 0
    for n in range(1, 41):
        level = level_of(n % 8)
        totals[level] = totals.get(level, 0) + 10 * n
        if question_filter and question_filter(level):
            count += 1
    return totals, count


def test_two_sheet_workbook_answers_across_sheets(client, analyst, tmp_path) -> None:
    # Given a workbook whose 订单 sheet refers to the 客户 sheet by 客户编号
    ds = upload_file(client, analyst, workbook(tmp_path), "orders")
    # Then it is one datasource whose semantic layer holds the inferred relationship
    layer = client.get(f"/api/v1/datasources/{ds}/semantic", headers=analyst).json()
    rels = [
        (r["from_table"], r["from_columns"], r["to_table"], r["to_columns"]) for r in layer["relationships"]
    ]
    assert rels == [("订单", ["客户编号"], "客户", ["客户编号"])]
    assert layer["relationships"][0]["cardinality"] == "many_to_one"
    totals, vip_orders = expected(lambda c: LEVELS[c % 3], lambda level: level == "VIP")
    # When asked for the order amount per customer level, it sums 订单.金额 per 客户.客户等级
    answer = ask(client, analyst, ds, "各客户等级的订单金额合计")
    assert answer["status"] == "ok", answer
    assert {row[0]: row[1] for row in answer["rows"]} == totals
    assert "订单.客户编号 = 客户.客户编号" in answer["interpretation"]
    # And "How many orders did VIP customers place?" counts orders, not VIP customers
    answer = ask(client, analyst, ds, "How many orders did VIP customers place?")
    assert answer["status"] == "ok", answer
    assert answer["rows"] == [[vip_orders]] and vip_orders == 15
    # And a follow-up narrows the joined question
    first = ask(client, analyst, ds, "各城市的订单数")
    assert sorted(map(tuple, first["rows"])) == [("上海", 20), ("北京", 20)]
    second = ask(client, analyst, ds, "只看金卡客户呢？", first["conversation_id"])
    # 金卡 customers are C1, C4, C7 (上海, 北京, 上海): orders with n % 8 in (1, 4, 7)
    assert sorted(map(tuple, second["rows"])) == [("上海", 10), ("北京", 5)]


def test_relationships_can_be_fixed_and_bad_ones_are_refused(client, analyst, tmp_path) -> None:
    ds = upload_file(client, analyst, workbook(tmp_path), "orders")
    url = f"/api/v1/datasources/{ds}/semantic"
    # When a person names a column that does not exist, the change is refused and nothing is stored
    bad = client.put(
        url, json={"relationships": [{"from": "订单.客户号", "to": "客户.客户编号"}]}, headers=analyst
    )
    assert bad.status_code == 422 and "订单.客户号" in bad.json()["detail"]
    assert len(client.get(url, headers=analyst).json()["relationships"]) == 1
    # When the person removes every relationship, a question across the sheets asks back
    assert client.put(url, json={"relationships": []}, headers=analyst).status_code == 200
    answer = ask(client, analyst, ds, "各客户等级的订单金额合计")
    assert answer["status"] == "clarify" and "订单" in answer["message"] and "客户" in answer["message"]
    # And adding it back in the short form answers again
    put = client.put(
        url, json={"relationships": [{"from": "订单.客户编号", "to": "客户.客户编号"}]}, headers=analyst
    )
    assert put.status_code == 200 and put.json()["relationships"][0]["source"] == "manual"
    assert ask(client, analyst, ds, "各客户等级的订单金额合计")["status"] == "ok"


def test_sqlite_file_keeps_its_declared_foreign_keys(client, analyst, tmp_path) -> None:
    # Given a SQLite file with student <- has_pet -> pets declared by foreign keys
    path = tmp_path / "pets.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE student (stuid INTEGER PRIMARY KEY, first_name TEXT, age INTEGER);
            CREATE TABLE pets (petid INTEGER PRIMARY KEY, pettype TEXT, pet_age INTEGER);
            CREATE TABLE has_pet (
                stuid INTEGER REFERENCES student(stuid), petid INTEGER REFERENCES pets(petid)
            );
            INSERT INTO student VALUES (1, 'Linda', 18), (2, 'Tracy', 19), (3, 'Shiela', 21);
            INSERT INTO pets VALUES (10, 'dog', 3), (11, 'cat', 2), (12, 'dog', 1);
            INSERT INTO has_pet VALUES (1, 10), (1, 11), (2, 12);
            """
        )
    ds = upload_file(client, analyst, path, "pets")
    layer = client.get(f"/api/v1/datasources/{ds}/semantic", headers=analyst).json()
    # Then both foreign keys are declared relationships and has_pet is a bridge
    assert {(r["from_table"], r["to_table"], r["source"]) for r in layer["relationships"]} == {
        ("has_pet", "student", "declared"),
        ("has_pet", "pets", "declared"),
    }
    assert layer["bridges"] == {"has_pet": ["pets", "student"]}
    # And "the names of students who own a dog" is answered over the bridge
    answer = ask(client, analyst, ds, "What are the first names of students who have a dog?")
    assert answer["status"] == "ok", answer
    assert sorted(r[0] for r in answer["rows"]) == ["Linda", "Tracy"]
