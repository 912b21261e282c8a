"""Generate sales.csv of the retail_cn question set.

Deterministic: standard library only, one random.Random(SEED).

    python3 make_data.py
"""

import csv
import datetime as dt
import os
import random

SEED = 20261127
N_ROWS = 3000
HERE = os.path.dirname(os.path.abspath(__file__))

STORES = [
    # store, region, weight
    ("上海徐汇店", "华东", 9),
    ("杭州西湖店", "华东", 7),
    ("南京新街口店", "华东", 6),
    ("广州天河店", "华南", 8),
    ("深圳南山店", "华南", 8),
    ("北京朝阳店", "华北", 8),
    ("天津和平店", "华北", 4),
    ("成都春熙路店", "西南", 6),
    ("重庆解放碑店", "西南", 5),
    ("武汉江汉路店", "华中", 5),
]
SELLERS = {
    "上海徐汇店": ["张伟", "王芳"],
    "杭州西湖店": ["李娜", "刘洋"],
    "南京新街口店": ["陈静", "杨帆"],
    "广州天河店": ["黄磊", "赵敏"],
    "深圳南山店": ["周杰", "吴霞"],
    "北京朝阳店": ["徐明", "孙丽"],
    "天津和平店": ["马超"],
    "成都春熙路店": ["胡军", "郭婷"],
    "重庆解放碑店": ["何强"],
    "武汉江汉路店": ["高峰", "林月"],
}
PRODUCTS = {
    # category: [(product, list price, cost ratio)]
    "饮料": [("矿泉水", 2.5, 0.55), ("橙汁", 8.9, 0.6), ("冰红茶", 3.5, 0.5), ("咖啡", 15.0, 0.45)],
    "零食": [("薯片", 7.9, 0.6), ("巧克力", 19.9, 0.55), ("坚果礼盒", 88.0, 0.62)],
    "日用品": [("洗衣液", 39.9, 0.58), ("纸巾", 12.5, 0.66), ("牙膏", 16.8, 0.5), ("垃圾袋", 9.9, 0.48)],
    "生鲜": [("苹果", 12.8, 0.7), ("牛肉", 68.0, 0.75), ("三文鱼", 128.0, 0.72)],
    "酒水": [("啤酒", 6.5, 0.5), ("红酒", 168.0, 0.52), ("白酒", 299.0, 0.46)],
    "个护": [("洗发水", 45.0, 0.5), ("面霜", 159.0, 0.4), ("剃须刀", 99.0, 0.55)],
}
CATEGORY_WEIGHT = {"饮料": 20, "零食": 17, "日用品": 18, "生鲜": 16, "酒水": 14, "个护": 15}
PAYMENTS = [("微信", 45), ("支付宝", 35), ("银行卡", 14), ("现金", 6)]
START = dt.date(2023, 1, 1)
DAYS = (dt.date(2024, 12, 31) - START).days + 1


def weighted(rng, pairs):
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def main():
    rng = random.Random(SEED)
    dates = sorted(START + dt.timedelta(days=rng.randrange(DAYS)) for _ in range(N_ROWS - 1))
    dates.append(dt.date(2024, 12, 31))
    rows = []
    for i, day in enumerate(dates):
        store, region, _ = weighted(rng, [((s, r, w), w) for s, r, w in STORES])
        seller = rng.choice(SELLERS[store])
        category = weighted(rng, list(CATEGORY_WEIGHT.items()))
        product, price, cost_ratio = rng.choice(PRODUCTS[category])
        quantity = rng.randint(1, 12) if price < 50 else rng.randint(1, 4)
        amount = round(price * quantity * rng.choice([1, 1, 1, 0.95, 0.9, 0.85]), 2)
        cost = round(price * quantity * cost_ratio * rng.uniform(0.95, 1.05), 2)
        member = "是" if rng.random() < 0.42 else "否"
        rows.append(
            [
                f"XS{240000 + i + 1}",
                day.isoformat(),
                store,
                region,
                seller,
                category,
                product,
                quantity,
                f"{price:.2f}",
                f"{amount:.2f}",
                f"{cost:.2f}",
                f"{amount - cost:.2f}",
                member,
                weighted(rng, PAYMENTS),
            ]
        )
    header = [
        "单号",
        "销售日期",
        "门店",
        "区域",
        "销售员",
        "商品类别",
        "商品名称",
        "销售数量",
        "单价",
        "销售金额",
        "成本",
        "毛利",
        "是否会员",
        "支付方式",
    ]
    with open(os.path.join(HERE, "sales.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
