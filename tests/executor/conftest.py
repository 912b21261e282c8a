"""Real databases for the executor: a SQLite file, MariaDB and PostgreSQL, seeded alike.

Tables `ds_1_*` are one datasource's physical tables (logical names in tests.guard.conftest.TABLES);
`ds_other_*` belong to another datasource. MariaDB and PostgreSQL use database chatbi_guard_t.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

MARIADB_ROOT = os.environ.get("CHATBI_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")
POSTGRES_ROOT = os.environ.get("CHATBI_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
GUARD_DB = os.environ.get("CHATBI_GUARD_TEST_DB", "chatbi_guard_t")
BACKENDS = ("sqlite", "mariadb", "postgres")

PROVINCES = [("广东", "广州"), ("浙江", "杭州"), ("上海", "上海"), ("四川", "成都"), ("北京", "北京（总部）")]
CHANNELS = ["app", "web", "store"]
DEPARTMENTS = ["研发部", "销售部", "客服部", "人事部"]


def _schema() -> sa.MetaData:
    metadata = sa.MetaData()
    sa.Table(
        "ds_1_orders", metadata,
        sa.Column("order_id", sa.String(20)), sa.Column("order_date", sa.Date),
        sa.Column("province", sa.String(20)), sa.Column("city", sa.String(20)),
        sa.Column("channel", sa.String(10)), sa.Column("category", sa.String(20)),
        sa.Column("product", sa.String(40)), sa.Column("customer_level", sa.String(10)),
        sa.Column("quantity", sa.Integer), sa.Column("amount", sa.Numeric(12, 2)),
        sa.Column("is_returned", sa.Integer), sa.Column("delivery_days", sa.Integer),
    )  # fmt: skip
    sa.Table(
        "ds_1_employees", metadata,
        sa.Column("工号", sa.String(10)), sa.Column("姓名", sa.String(20)), sa.Column("部门", sa.String(20)),
        sa.Column("城市", sa.String(20)), sa.Column("入职日期", sa.Date), sa.Column("性别", sa.String(4)),
        sa.Column("年龄", sa.Integer), sa.Column("月薪", sa.Integer), sa.Column("是否离职", sa.String(4)),
        sa.Column("绩效评分", sa.Float),
    )  # fmt: skip
    sa.Table("ds_1_sales", metadata, sa.Column("月份", sa.String(7)), sa.Column("销售额", sa.Numeric(14, 2)))
    sa.Table("ds_1_dingdan", metadata, sa.Column("城市", sa.String(20)), sa.Column("金额", sa.Numeric(12, 2)))
    sa.Table("ds_other_1", metadata, sa.Column("id", sa.Integer), sa.Column("secret", sa.String(40)))
    sa.Table("ds_other_2", metadata, sa.Column("id", sa.Integer))
    return metadata


def _rows() -> dict[str, list[dict[str, object]]]:
    orders = []
    for i in range(60):
        province, city = PROVINCES[i % len(PROVINCES)]
        orders.append(
            {
                "order_id": f"SO{100000 + i}", "order_date": dt.date(2023, 1, 1) + dt.timedelta(days=13 * i),
                "province": province, "city": city, "channel": CHANNELS[i % 3],
                "category": ["Beauty", "Home", "Electronics"][i % 3 if i % 4 else 2],
                "product": f"P{i % 7}", "customer_level": ["gold", "silver", "vip"][i % 3],
                "quantity": 1 + i % 9, "amount": Decimal(f"{(i * 137) % 5000 + 0.35:.2f}"),
                "is_returned": int(i % 6 == 0), "delivery_days": 1 + i % 5,
            }
        )  # fmt: skip
    employees = [
        {
            "工号": f"E{10001 + i}", "姓名": f"员工{i}", "部门": DEPARTMENTS[i % 4],
            "城市": PROVINCES[i % 5][1], "入职日期": dt.date(2015 + i % 8, 1 + i % 12, 1 + i % 27),
            "性别": "女" if i % 2 else "男", "年龄": 22 + i % 30, "月薪": 8000 + 1000 * (i % 15),
            "是否离职": "是" if i % 5 == 0 else "否", "绩效评分": 2.5 + (i % 5) * 0.5,
        }
        for i in range(24)
    ]  # fmt: skip
    sales = [{"月份": f"2024-{m:02d}", "销售额": Decimal(f"{1000 * m + 0.5:.2f}")} for m in range(1, 13)]
    dingdan = [{"城市": city, "金额": Decimal("12.50") * (i + 1)} for i, (_, city) in enumerate(PROVINCES)]
    return {
        "ds_1_orders": orders,
        "ds_1_employees": employees,
        "ds_1_sales": sales,
        "ds_1_dingdan": dingdan,
        "ds_other_1": [{"id": i, "secret": f"other datasource secret {i}"} for i in range(3)],
        "ds_other_2": [{"id": 1}],
    }


def _seed(engine: sa.Engine) -> None:
    metadata = _schema()
    metadata.drop_all(engine)
    for extra in ("guard_scratch", "pwn", "gone"):
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {extra}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for name, rows in _rows().items():
            conn.execute(metadata.tables[name].insert(), rows)
        conn.exec_driver_sql("CREATE TABLE guard_scratch (id INTEGER)")


def _create_database(root_url: str, backend: str) -> str:
    root = sa.create_engine(root_url, isolation_level="AUTOCOMMIT")
    try:
        with root.connect() as conn:
            if backend == "mariadb":
                conn.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{GUARD_DB}` CHARACTER SET utf8mb4")
            elif not conn.exec_driver_sql(f"SELECT 1 FROM pg_database WHERE datname = '{GUARD_DB}'").first():
                conn.exec_driver_sql(f'CREATE DATABASE "{GUARD_DB}"')
    except sa.exc.OperationalError as exc:
        pytest.skip(f"{backend} is not reachable at {root_url}: {exc.orig}")
    finally:
        root.dispose()
    suffix = "?charset=utf8mb4" if backend == "mariadb" else ""
    return f"{root_url}/{GUARD_DB}{suffix}"


def _postgres_write_function(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION guard_t_write() RETURNS integer LANGUAGE sql AS "
            "$$ INSERT INTO ds_other_2 VALUES (99) RETURNING id $$"
        )


@pytest.fixture(scope="session")
def seeded_engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, sa.Engine]]:
    """Given the same seeded tables in a SQLite file, MariaDB and PostgreSQL (created once)."""
    engines: dict[str, sa.Engine] = {}
    path: Path = tmp_path_factory.mktemp("guard-sqlite") / "workspace.db"
    engines["sqlite"] = sa.create_engine(f"sqlite:///{path}")
    engines["mariadb"] = sa.create_engine(_create_database(MARIADB_ROOT, "mariadb"), pool_pre_ping=True)
    engines["postgres"] = sa.create_engine(_create_database(POSTGRES_ROOT, "postgres"), pool_pre_ping=True)
    for engine in engines.values():
        _seed(engine)
    _postgres_write_function(engines["postgres"])
    yield engines
    for engine in engines.values():
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, seeded_engines: dict[str, sa.Engine]) -> tuple[str, sa.Engine]:
    """Given one of the three seeded databases: (backend name, engine)."""
    return request.param, seeded_engines[request.param]


def dialect_of(backend_name: str) -> str:
    return {"sqlite": "sqlite", "mariadb": "mysql", "postgres": "postgres"}[backend_name]


def checksum(engine: sa.Engine) -> dict[str, str]:
    """Every table and view of the database, with a digest of all its rows."""
    inspector = sa.inspect(engine)
    names = sorted(inspector.get_table_names()) + sorted(f"view:{v}" for v in inspector.get_view_names())
    quote = engine.dialect.identifier_preparer.quote
    digests: dict[str, str] = {}
    with engine.connect() as conn:
        for name in names:
            if name.startswith("view:"):
                digests[name] = "view"
                continue
            rows = conn.exec_driver_sql(f"SELECT * FROM {quote(name)}").all()
            digests[name] = hashlib.sha256(repr(sorted(repr(tuple(r)) for r in rows)).encode()).hexdigest()
    return digests
