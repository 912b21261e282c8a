"""Write star_bi.sqlite: a small star schema for multi-table BI questions (fixed seed, deterministic),
and the same tables as the sheets of ../star_bi_xlsx/star_bi.xlsx (a multi-sheet workbook upload).

Facts: 订单 (orders, Chinese headers) and order_items (English headers). Dimensions: 客户 (customers,
Chinese headers), products and regions (English headers). Foreign keys are declared. An order has one
or more items, so joining 订单 to order_items and summing 订单.金额 double counts (the fan-out trap).
python3 make_data.py
"""

import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE regions (
    region_id INTEGER PRIMARY KEY,
    region_name TEXT NOT NULL,
    manager TEXT NOT NULL
);
CREATE TABLE 客户 (
    客户编号 TEXT PRIMARY KEY,
    客户名称 TEXT NOT NULL,
    客户等级 TEXT NOT NULL,
    城市 TEXT NOT NULL,
    区域编号 INTEGER NOT NULL REFERENCES regions(region_id),
    注册日期 TEXT NOT NULL
);
CREATE TABLE products (
    product_id INTEGER PRIMARY KEY,
    product_name TEXT NOT NULL,
    category TEXT NOT NULL,
    unit_price REAL NOT NULL,
    unit_cost REAL NOT NULL
);
CREATE TABLE 订单 (
    订单号 TEXT PRIMARY KEY,
    客户编号 TEXT NOT NULL REFERENCES 客户(客户编号),
    下单日期 TEXT NOT NULL,
    金额 REAL NOT NULL,
    状态 TEXT NOT NULL
);
CREATE TABLE order_items (
    item_id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES 订单(订单号),
    product_id INTEGER NOT NULL REFERENCES products(product_id),
    quantity INTEGER NOT NULL,
    amount REAL NOT NULL
);
"""

REGIONS = [
    (1, "华东", "张伟"),
    (2, "华北", "李娜"),
    (3, "华南", "王芳"),
    (4, "西南", "刘洋"),
    (5, "华中", "陈静"),
]
CITIES = {
    "上海": 1,
    "杭州": 1,
    "南京": 1,
    "苏州": 1,
    "北京": 2,
    "天津": 2,
    "广州": 3,
    "深圳": 3,
    "成都": 4,
    "重庆": 4,
    "武汉": 5,
    "长沙": 5,
}
LEVELS = [("普通", 0.5), ("银卡", 0.25), ("金卡", 0.15), ("VIP", 0.10)]
NAME_HEAD = [
    "华兴",
    "宏达",
    "鑫源",
    "瑞丰",
    "恒通",
    "嘉禾",
    "东方",
    "远航",
    "金桥",
    "天成",
    "博雅",
    "启明",
    "永安",
    "盛世",
    "新锐",
    "海川",
]
NAME_TAIL = ["贸易", "科技", "商行", "实业", "百货", "电子", "食品", "家居"]
CATEGORIES = {
    "Electronics": ["Phone", "Laptop", "Tablet", "Headphones", "Monitor", "Keyboard", "Camera", "Speaker"],
    "Home": ["Desk Lamp", "Chair", "Rug", "Curtain", "Kettle", "Blender", "Pillow", "Shelf"],
    "Apparel": ["T-Shirt", "Jacket", "Jeans", "Sneakers", "Dress", "Scarf", "Hat", "Socks"],
    "Food": ["Coffee Beans", "Green Tea", "Chocolate", "Olive Oil", "Rice", "Honey", "Nuts", "Noodles"],
    "Sports": [
        "Yoga Mat",
        "Dumbbell",
        "Tennis Racket",
        "Football",
        "Bicycle Helmet",
        "Running Shoes",
        "Tent",
        "Water Bottle",
    ],
}
PRICE_RANGE = {
    "Electronics": (150, 3000),
    "Home": (30, 600),
    "Apparel": (20, 400),
    "Food": (8, 120),
    "Sports": (15, 900),
}
STATUSES = [("已完成", 0.8), ("已取消", 0.1), ("退款中", 0.1)]


def pick(rng, weighted):
    x = rng.random()
    for value, weight in weighted:
        x -= weight
        if x < 0:
            return value
    return weighted[-1][0]


def build():
    rng = random.Random(20261206)
    customers = []
    used = set()
    for n in range(1, 301):
        while True:
            name = (
                rng.choice(NAME_HEAD)
                + rng.choice(NAME_TAIL)
                + rng.choice(["有限公司", "股份公司", "商贸部", "工作室"])
            )
            if name not in used:
                used.add(name)
                break
        city = rng.choice(list(CITIES))
        joined = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1400))
        customers.append((f"C{n:04d}", name, pick(rng, LEVELS), city, CITIES[city], joined.isoformat()))
    products = []
    pid = 0
    for category, names in CATEGORIES.items():
        low, high = PRICE_RANGE[category]
        for name in names:
            pid += 1
            price = round(rng.uniform(low, high), 2)
            products.append((pid, name, category, price, round(price * rng.uniform(0.45, 0.8), 2)))
    # 260 of the 300 customers order; VIP and 金卡 customers order more often.
    buyers = rng.sample(customers, 260)
    weights = [{"普通": 1, "银卡": 2, "金卡": 3, "VIP": 5}[c[2]] for c in buyers]
    orders, items = [], []
    item_id = 0
    start = datetime.date(2023, 1, 1)
    for n in range(1, 2001):
        customer = rng.choices(buyers, weights)[0]
        day = start + datetime.timedelta(days=rng.randrange(0, 731))
        if day.isoformat() < customer[5]:
            day = datetime.date.fromisoformat(customer[5]) + datetime.timedelta(days=rng.randrange(0, 30))
            day = min(day, datetime.date(2024, 12, 31))
        order_id = f"SO{n:05d}"
        total = 0.0
        for product in rng.sample(products, rng.choice([1, 1, 2, 2, 3, 4])):
            quantity = rng.choice([1, 1, 1, 2, 2, 3, 5])
            amount = round(product[3] * quantity * rng.choice([1, 1, 0.95, 0.9]), 2)
            item_id += 1
            items.append((item_id, order_id, product[0], quantity, amount))
            total += amount
        orders.append((order_id, customer[0], day.isoformat(), round(total, 2), pick(rng, STATUSES)))
    return {"regions": REGIONS, "客户": customers, "products": products, "订单": orders, "order_items": items}


HEADERS = {
    "regions": ["region_id", "region_name", "manager"],
    "客户": ["客户编号", "客户名称", "客户等级", "城市", "区域编号", "注册日期"],
    "products": ["product_id", "product_name", "category", "unit_price", "unit_cost"],
    "订单": ["订单号", "客户编号", "下单日期", "金额", "状态"],
    "order_items": ["item_id", "order_id", "product_id", "quantity", "amount"],
}


def write_workbook(path, tables):
    """One sheet per table, dates kept as ISO text; fixed document times so the file is reproducible."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in tables.items():
        sheet = workbook.create_sheet(name)
        sheet.append(HEADERS[name])
        for row in rows:
            sheet.append(list(row))
    stamp = datetime.datetime(2026, 1, 1)
    workbook.properties.created = workbook.properties.modified = stamp
    workbook.save(path)


if __name__ == "__main__":
    tables = build()
    write_sqlite(os.path.join(HERE, "star_bi.sqlite"), DDL, tables)
    os.makedirs(os.path.join(HERE, "..", "star_bi_xlsx"), exist_ok=True)
    write_workbook(os.path.join(HERE, "..", "star_bi_xlsx", "star_bi.xlsx"), tables)
