"""The embedded mode's demo dataset: generated retail orders with Chinese headers.

Deterministic (fixed seed, standard library), so the README's three example questions always
have the same answers. Loaded once, on the first `chatbi serve`, owned by the first admin.
"""

from __future__ import annotations

import csv
import io
import logging
import random
from datetime import date, timedelta

from sqlalchemy import select

from shared.datasets.service import upload_dataset
from shared.storage.db import session_scope
from shared.storage.models import Datasource, User

log = logging.getLogger("chatbi.demo")
DEMO_NAME = "示例零售订单"
DEMO_FILE = "零售订单.csv"
HEADER = [
    "订单号",
    "下单日期",
    "省份",
    "城市",
    "门店",
    "渠道",
    "品类",
    "商品",
    "客户等级",
    "数量",
    "单价",
    "金额",
    "是否退货",
]
CITIES = {
    "广东": ["广州", "深圳", "佛山"],
    "浙江": ["杭州", "宁波"],
    "江苏": ["南京", "苏州"],
    "上海": ["上海"],
    "北京": ["北京"],
    "四川": ["成都"],
}
PRODUCTS = {
    "食品": [("牛奶", 12.5), ("咖啡豆", 89.0), ("坚果礼盒", 128.0)],
    "家居": [("台灯", 159.0), ("收纳箱", 45.0), ("四件套", 399.0)],
    "数码": [("蓝牙耳机", 299.0), ("充电宝", 129.0), ("智能手表", 1299.0)],
    "服装": [("T恤", 79.0), ("牛仔裤", 259.0), ("羽绒服", 899.0)],
}
CHANNELS = ["线下", "小程序", "App"]
LEVELS = ["普通", "银卡", "金卡"]


# A semantic layer shows what named metrics do: "各门店的客单价", "各渠道的退货率".
DEMO_SEMANTIC = {
    "tables": {"零售订单": {"description": "零售订单明细，每行一个订单", "synonyms": ["订单", "销售"]}},
    "metrics": [
        {"name": "客单价", "expression": 'SUM("金额") / COUNT(*)', "synonyms": ["平均订单金额", "AOV"]},
        {
            "name": "退货率",
            "expression": "AVG(CASE WHEN \"是否退货\" = '是' THEN 1.0 ELSE 0 END)",
            "synonyms": ["return rate"],
        },
    ],
    "examples": [],
}


def demo_rows(count: int = 3000, seed: int = 20240101) -> list[list[object]]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    rows: list[list[object]] = []
    for i in range(count):
        province = rng.choice(list(CITIES))
        city = rng.choice(CITIES[province])
        category = rng.choice(list(PRODUCTS))
        product, price = rng.choice(PRODUCTS[category])
        quantity = rng.randint(1, 6)
        day = start + timedelta(days=rng.randint(0, 729))
        rows.append(
            [
                f"DD{100000 + i}",
                day.isoformat(),
                province,
                city,
                f"{city}{rng.randint(1, 3)}号店",
                rng.choice(CHANNELS),
                category,
                product,
                rng.choice(LEVELS),
                quantity,
                price,
                round(quantity * price, 2),
                "是" if rng.random() < 0.08 else "否",
            ]
        )
    rows.sort(key=lambda r: (str(r[1]), str(r[0])))
    return rows


def demo_csv() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(demo_rows())
    return buffer.getvalue().encode("utf-8")


def ensure_demo_dataset() -> int | None:
    """Load the demo dataset for the first admin unless it is already there; returns its id."""
    with session_scope() as session:
        admin = session.scalar(select(User).where(User.role == "admin").order_by(User.id).limit(1))
        if admin is None:
            return None
        existing = session.scalar(select(Datasource.id).where(Datasource.name == DEMO_NAME))
        if existing is not None:
            return existing
        created = upload_dataset(session, admin, io.BytesIO(demo_csv()), DEMO_FILE, DEMO_NAME)
        datasource = session.get(Datasource, created["id"])
        assert datasource is not None
        datasource.semantic = DEMO_SEMANTIC
        log.info("loaded the demo dataset %r (id %s)", DEMO_NAME, created["id"])
        return int(created["id"])
