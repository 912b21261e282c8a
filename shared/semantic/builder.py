"""Builds a datasource's semantic model from its schema and profiles (on upload, re-upload and refresh).

Roles come from the engine's own reading of each column (`linking.column_info`: identifiers, flags,
dates, years, numbers stored as text, categories). A measure's default aggregation comes from
evidence, never from substrings: the column name's whole words (page_views is "page" + "view", not
"age"), then its values.

- additive amounts and counts sum: amount, revenue, cost, quantity, views, clicks, orders, 金额, 销量 ...
- prices, rates, scores, ages, percentages average: price, rate, score, age, pct, 单价, 率, 评分, 年龄 ...
- values all between 0 and 1 with fractions are a rate: average;
- otherwise non-negative whole numbers are counts (sum) and other numbers are averaged;
- identifiers are never measures; a person's entry (source "person") always wins.
"""

from __future__ import annotations

import re

from shared.semantic.model import (
    Aggregation,
    Dimension,
    DimensionKind,
    Entity,
    MeasureSpec,
    SemanticModel,
)
from shared.semantic.schema import Column, Schema, SemanticLayer, Table
from shared.semantic.vocabulary.linking import column_info
from shared.semantic.vocabulary.segment import split_identifier

AVERAGED_WORDS = frozenset(
    (
        *("price", "rate", "ratio", "percent", "percentage", "pct", "score", "rating", "age", "grade"),
        *("level", "avg", "average", "mean", "temperature", "temp", "latitude", "longitude", "lat", "lon"),
        *("lng", "speed", "discount", "height", "satisfaction", "csat", "nps", "margin", "share", "per"),
    )
)
ADDITIVE_WORDS = frozenset(
    (
        *("amount", "revenue", "sale", "sales", "cost", "costs", "fee", "fees", "freight", "profit", "spend"),
        *(
            "spent",
            "spending",
            "budget",
            "income",
            "earning",
            "earnings",
            "expense",
            "payment",
            "paid",
            "gmv",
        ),
        *("quantity", "qty", "count", "number", "num", "total", "volume", "unit", "units", "view", "visit"),
        *("click", "download", "order", "sold", "stock", "inventory", "population", "area", "vote", "ticket"),
        *("hour", "hours", "minute", "minutes", "tax", "refund", "salary", "wage", "bonus", "turnover"),
    )
)
# Chinese: whole words inside the name (no word boundaries to rely on), averaged ones first.
AVERAGED_ZH: tuple[str, ...] = (
    "单价",
    "价格",
    "售价",
    "均价",
    "率",
    "比例",
    "比率",
    "占比",
    "评分",
    "得分",
    "分数",
    "年龄",
)
AVERAGED_ZH += ("等级", "级别", "折扣", "温度", "满意度", "平均", "人均", "岁")
ADDITIVE_ZH: tuple[str, ...] = (
    "金额",
    "销售额",
    "销量",
    "数量",
    "收入",
    "营收",
    "成本",
    "费用",
    "运费",
    "利润",
    "人口",
)
ADDITIVE_ZH += (
    "面积",
    "票数",
    "次数",
    "件数",
    "人数",
    "总额",
    "总价",
    "支出",
    "库存",
    "工资",
    "薪资",
    "奖金",
)
UNIT_WORDS = {
    "usd": "USD",
    "dollar": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "cny": "元",
    "rmb": "元",
    "yuan": "元",
    "pct": "%",
    "percent": "%",
    "percentage": "%",
    "kg": "kg",
    "km": "km",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
}
UNIT_RE = re.compile(r"[(（\[]([^()（）\[\]]{1,6})[)）\]]\s*$")  # 金额(元), amount (USD), 重量[kg]
ZH_UNITS = {"率": "%", "占比": "%", "百分比": "%", "元": "元", "万元": "万元", "天数": "天", "小时": "小时"}
ROLE_KINDS: dict[str, DimensionKind] = {
    "dimension": "category",
    "time": "time",
    "bool": "boolean",
    "id": "identifier",
    "year": "year",
    "text": "text",
}


def _words(name: str) -> list[str]:
    return split_identifier(UNIT_RE.sub("", name))


def default_aggregation(column: Column) -> Aggregation:
    """How a measure is totalled when the question names no aggregate (see the module docstring)."""
    name = column.name
    words = _words(name)
    if words and any("\u4e00" <= ch <= "\u9fff" for ch in name):
        by_name = _chinese_name_aggregation(UNIT_RE.sub("", name))
    else:
        by_name = _english_name_aggregation(words)
    return by_name or _range_aggregation(column)


def _chinese_name_aggregation(core: str) -> Aggregation | None:
    """The aggregate a Chinese column name (without its unit) states: 总额 sums, 平均 averages."""
    if core.startswith("总") or core.endswith(("总额", "总价")):
        return "sum"
    if any(w in core for w in AVERAGED_ZH):
        return "avg"
    if any(w in core for w in ADDITIVE_ZH):
        return "sum"
    return None


def _english_name_aggregation(words: list[str]) -> Aggregation | None:
    """The aggregate the words of a column name state: total sums, rate averages, amount sums."""
    if "total" in words or "sum" in words:
        return "sum"
    if any(w in AVERAGED_WORDS for w in words):
        return "avg"
    if any(w in ADDITIVE_WORDS or w.rstrip("s") in ADDITIVE_WORDS for w in words):
        return "sum"
    return None


def _range_aggregation(column: Column) -> Aggregation:
    """The aggregate the profiled values suggest when the name says nothing: fractions in [0, 1]
    average, non-negative whole numbers (counts) sum, anything else averages."""
    prof = column.profile
    low, high = (prof.min, prof.max) if prof else (None, None)
    if not (isinstance(low, int | float) and isinstance(high, int | float) and not isinstance(low, bool)):
        return "avg"
    fractional = (
        isinstance(low, float) and not low.is_integer() or (isinstance(high, float) and not high.is_integer())
    )
    if low >= 0 and high <= 1 and (fractional or column.type in ("float", "decimal")):
        return "avg"  # shares and rates stored as fractions
    if low >= 0 and column.type == "integer":
        return "sum"  # non-negative whole numbers: counts
    return "avg"


def unit_of(column: Column) -> str | None:
    """The unit the name states: 金额(元) -> 元, price_usd -> USD, discount_pct -> %, 退货率 -> %."""
    m = UNIT_RE.search(column.name)
    if m:
        return m.group(1).strip()
    for word in reversed(_words(column.name)):
        if word in UNIT_WORDS:
            return UNIT_WORDS[word]
    for suffix, unit in ZH_UNITS.items():
        if column.name.endswith(suffix):
            return unit
    return None


def _entity(
    table: Table, roles: dict[str, str], name_like: dict[str, bool], unique: dict[str, bool]
) -> Entity:
    key = table.primary_key[0] if len(table.primary_key) == 1 else None
    if key is None:
        key = next((c for c, r in roles.items() if r == "id" and unique[c]), None)
    labels = [c for c, r in roles.items() if name_like[c] and r in ("text", "dimension") and c != key]
    label = next((c for c in labels if unique[c]), labels[0] if labels else None)
    return Entity(table.name, key, label)


def build_model(
    schema: Schema, previous: SemanticModel | None = None, data_version: int | None = None
) -> SemanticModel:
    """The model of a schema; the previous model's semantic layer and person entries are kept."""
    model = SemanticModel(layer=previous.layer if previous else SemanticLayer(), data_version=data_version)
    for table in schema.tables:
        roles: dict[str, str] = {}
        name_like: dict[str, bool] = {}
        unique: dict[str, bool] = {}
        for col in table.columns:
            info = column_info(col, table)
            roles[col.name], name_like[col.name], unique[col.name] = info.role, info.name_like, info.unique
            if info.role == "measure":
                model.measures.append(
                    MeasureSpec(table.name, col.name, default_aggregation(col), unit_of(col))
                )
            else:
                model.dimensions.append(Dimension(table.name, col.name, ROLE_KINDS.get(info.role, "text")))
        model.entities.append(_entity(table, roles, name_like, unique))
    if previous is not None:
        _keep_person_entries(model, previous, schema)
    return model


def _keep_person_entries(model: SemanticModel, previous: SemanticModel, schema: Schema) -> None:
    """A person's entries win over the builder's, as long as their table and column still exist."""
    exists = {t.name: {c.name for c in t.columns} for t in schema.tables}
    for m in previous.measures:
        if m.source == "person" and m.column in exists.get(m.table, ()):
            _drop(model, m.table, m.column)
            model.measures.append(m)
    for d in previous.dimensions:
        if d.source == "person" and d.column in exists.get(d.table, ()):
            _drop(model, d.table, d.column)
            model.dimensions.append(d)
    for e in previous.entities:
        if e.source == "person" and e.table in exists:
            model.entities = [x for x in model.entities if x.table != e.table] + [e]


def _drop(model: SemanticModel, table: str, column: str) -> None:
    model.measures = [m for m in model.measures if (m.table, m.column) != (table, column)]
    model.dimensions = [d for d in model.dimensions if (d.table, d.column) != (table, column)]


def apply_person_edits(stored: SemanticModel, given: SemanticModel, schema: Schema) -> SemanticModel:
    """The model after a PUT: the semantic layer as given; each entity, dimension or measure given
    replaces the stored one for its table/column (a column given as a measure stops being a dimension
    and back), and one that differs from the builder's reading becomes the person's. Entries not
    given keep what was stored, so a PUT of the plain semantic layer leaves the model as it was."""
    inferred = build_model(schema, None, stored.data_version)
    given_columns = {(m.table, m.column) for m in given.measures} | {
        (d.table, d.column) for d in given.dimensions
    }
    given_tables = {e.table for e in given.entities}
    result = SemanticModel(layer=given.layer, data_version=stored.data_version)
    result.measures = [m for m in stored.measures if (m.table, m.column) not in given_columns]
    result.dimensions = [d for d in stored.dimensions if (d.table, d.column) not in given_columns]
    result.entities = [e for e in stored.entities if e.table not in given_tables]
    for m in given.measures:
        if m.source != "person" and inferred.measure(m.table, m.column) != m:
            m.source = "person"
        result.measures.append(m)
    for d in given.dimensions:
        if d.source != "person" and inferred.dimension(d.table, d.column) != d:
            d.source = "person"
        result.dimensions.append(d)
    for e in given.entities:
        if e.source != "person" and inferred.entity(e.table) != e:
            e.source = "person"
        result.entities.append(e)
    return result
