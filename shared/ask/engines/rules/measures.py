"""The default aggregation of a numeric column: the one place that decides SUM or AVG (issue 10 §2).

Evidence, not substrings: an English name is split into whole words ("page_views" -> page, views;
"PageViews" -> page, views), so "age" never matches inside "page" and "rate" never inside "separate".
Chinese names have no word breaks, so Chinese hints match inside the name (销售额 holds 销售). A name that
says neither falls back to its lexicon translations (毛利 is a profit, so it adds up), then to AVG.

Additive amounts and counts SUM; prices, rates, scores, ages, levels and percentages AVG. Identifiers and
booleans are never measures (linking gives them other roles). A semantic model's per-measure aggregation,
when it exists, should win over this guess: pass it as `override` (the coordinator wires `vocab`'s
semantic model here).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from shared.semantic.vocabulary.linking import ColumnInfo, TableIndex, translations
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key, split_identifier

Aggregation = Literal["sum", "avg"]
PERSON_AGGREGATIONS = ("sum", "avg", "min", "max", "count", "count_distinct")

# English words of a column name (whole words, singular or plural) that add up across rows
ADDITIVE_WORDS = frozenset(
    [
        "amount",
        "quantity",
        "qty",
        "revenue",
        "sales",
        "sale",
        "total",
        "count",
        "num",
        "number",
        "population",
        "area",
        "spent",
        "cost",
        "profit",
        "attendance",
        "mrr",
        "seats",
        "credits",
        "fee",
        "fees",
        "freight",
        "units",
        "views",
        "visits",
        "clicks",
        "downloads",
        "orders",
        "sessions",
        "impressions",
        "installs",
        "signups",
        "bookings",
        "shipments",
        "tickets",
        "items",
    ]
)
# English words that are averaged: a per-row level, ratio or measurement
AVERAGED_WORDS = frozenset(
    [
        "price",
        "rate",
        "score",
        "age",
        "avg",
        "average",
        "mean",
        "ratio",
        "pct",
        "percent",
        "percentage",
        "discount",
        "days",
        "level",
        "grade",
        "rating",
        "salary",
        "wage",
        "margin",
        "share",
        "probability",
    ]
)
ADDITIVE_ZH = (
    "金额",
    "销售",
    "销量",
    "数量",
    "收入",
    "营收",
    "人口",
    "面积",
    "票数",
    "利润",
    "成本",
    "毛利",
    "费用",
    "学分",
    "费",
    # a count of people, times or items per row (受影响人数, 就诊次数): each row's share of the whole
    "人数",
    "人次",
    "次数",
    "件数",
    "户数",
)
AVERAGED_ZH = ("评分", "年龄", "单价", "率", "折扣", "天数", "薪", "均")


def default_aggregation(col: ColumnInfo, override: str | None = None) -> str:
    """SUM for an additive amount or count, else AVG; a person's choice wins: `override`, else the
    semantic model's measure aggregation carried on the column (sum, avg, min, max, count, ...)."""
    chosen = override or col.aggregation
    if chosen in PERSON_AGGREGATIONS:
        return str(chosen)
    return "sum" if additive_name(col.name) or panel_or_cell_count(col) else "avg"


# plural nouns of a level or a span, not of things counted (a rating in stars, a tenure in years)
LEVEL_PLURALS = frozenset(["stars", "years", "months", "weeks", "points", "degrees", "marks"])


def panel_or_cell_count(col: ColumnInfo) -> bool:
    """A count of things in a table of cells (`count_column`) or in a panel's rows (rides per station and
    day, each station once a day: `Grain.panel`): a member's or a period's figure is the SUM of its rows."""
    return count_column(col) or col.in_panel and _plural_count(col)


def count_column(col: ColumnInfo) -> bool:
    """A count of things: whole non-negative numbers under a plural noun no aggregation word names
    (cases, deaths, visitors, passengers) in a table of cells (the table's grain: `Grain.cells`).
    Each row counts the things of its cell, so the figure of a
    member, a year or a group is the SUM of its rows, never their average."""
    return col.in_cells and _plural_count(col)


def _plural_count(col: ColumnInfo) -> bool:
    """Whole non-negative numbers under a plural noun that is no level or span and says no aggregation."""
    if col.type != "integer":
        return False
    words = _name_words(col.name)
    if not words or aggregation_said(col.name):
        return False
    last = words[-1]
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    low = col.minimum
    return plural and last not in LEVEL_PLURALS and isinstance(low, (int, float)) and low >= 0


def name_words(name: str) -> list[str]:
    """English words of a column name: snake_case, camelCase, digits and spaces split; lower case."""
    return list(_name_words(name))  # the caller's own list


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    """Split once per name: a schema's names are asked again for every question."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return tuple(w for w in re.split(r"[^A-Za-z]+", spaced.lower()) if w)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def additive_name(name: str) -> bool:
    """By the name's own words, or else by its lexicon translations."""
    verdict = _name_says(name)
    if verdict is not None:
        return verdict
    return any(_name_says(other) for other in translations(phrase_key(name)))


@lru_cache(maxsize=4096)
def aggregation_said(name: str) -> bool:
    """Whether the name (or a translation of it) says SUM or AVG at all; else the default is a guess."""
    return _name_says(name) is not None or any(
        _name_says(other) is not None for other in translations(phrase_key(name))
    )


def _name_says(name: str) -> bool | None:
    """True for an additive name, False for an averaged one, None when the name says neither."""
    words = name_words(name)
    singular = {_singular(w) for w in words} | set(words)
    if singular & AVERAGED_WORDS or any(h in name for h in AVERAGED_ZH if CJK_RE.search(name)):
        return False
    if singular & ADDITIVE_WORDS or any(h in name for h in ADDITIVE_ZH if CJK_RE.search(name)):
        return True
    joined = "".join(words)  # "pricetotal", "gnpold": a compound written without separators
    if joined and joined not in singular and any(joined.startswith(w) for w in ADDITIVE_WORDS if len(w) > 3):
        return True
    return _abbreviation_says(words)


def _abbreviation_says(words: list[str]) -> bool | None:
    """A word cut short ("pop" for population): what the one word it abbreviates says."""
    for w in words:
        if len(w) < 3:
            continue
        additive = any(a.startswith(w) and len(a) > len(w) + 1 for a in ADDITIVE_WORDS)
        averaged = any(a.startswith(w) and len(a) > len(w) + 1 for a in AVERAGED_WORDS)
        if additive != averaged:
            return additive
    return None


def amount_columns(table: TableIndex) -> list[ColumnInfo]:
    """The additive measures named an amount (amount, 金额, sales amount)."""
    return [
        c
        for c in table.columns.values()
        if c.role == "measure"
        and default_aggregation(c) == "sum"
        and "amount" in {c.name.lower(), *translations(phrase_key(c.name))}
    ]


def sold_at_a_price(table: TableIndex) -> list[ColumnInfo]:
    """No amount column, one price column and no quantity column: each row is one thing sold at its price,
    so the rows' total amount (成交总额, total sales value) is the price summed."""
    if any(quantity_name(c.name) for c in table.columns.values()):
        return []
    prices = [
        c
        for c in table.columns.values()
        if c.role == "measure" and c.numeric and "price" in {*c.words, *translations(phrase_key(c.name))}
    ]
    return prices if len(prices) == 1 else []


@lru_cache(maxsize=4096)
def quantity_name(name: str) -> bool:
    """A column named a quantity of things (quantity, qty, units, volume, 数量, 销量: the lexicon's
    quantity words), by its whole name or one of its words."""
    quantity = {"quantity", *translations("quantity")}
    key = phrase_key(" ".join(split_identifier(name)))
    return key in quantity or bool(set(key.split()) & quantity)
