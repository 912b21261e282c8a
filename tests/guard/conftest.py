"""Guard corpora: hostile statements that must be refused, legit ones that must pass."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"
DIALECTS = ("sqlite", "mysql", "postgres")

# One datasource's logical -> physical tables. ds_other_* belong to another datasource.
TABLES = {
    "orders": "ds_1_orders",
    "employees": "ds_1_employees",
    "销售 数据": "ds_1_sales",
    "订单": "ds_1_dingdan",
}


def load_corpus(name: str) -> list[dict[str, Any]]:
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 is data
    return [json.loads(line) for line in lines if line.strip()]


def case_id(case: dict[str, Any]) -> str:
    return f"{case.get('kind', 'legit')}:{case['sql'][:40]!r}"
