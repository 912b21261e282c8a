"""Time written as calendar parts: integer year / month (/ day) columns instead of one date column.

A capture log with `year`, `month`, `day` columns, or a monthly series with `year`, `month` and a date,
holds one time. Its grains are read on the parts (GROUP BY year, month; a quarter is (month + 2) / 3),
its periods become filters on them (July 1997: year = 1997 AND month = 7), and a date column whose years
are the year column's describes the same time as the parts (no guess between them).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from shared.ask.engines.rules.intent import Filter, Intent
from shared.ask.engines.rules.yearlabels import label_quarter_buckets, label_year_bucket
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import ColumnInfo, Item, TableIndex

# the part's name (English words of the column name, or the Chinese name itself) and its value range
PART_NAMES = {
    "month": (("month",), ("月", "月份"), 12),
    "day": (("day",), ("日", "天"), 31),
}
# the parts each grain needs, coarsest first
GRAIN_PARTS = {
    "year": ("year",),
    "quarter": ("year", "month"),
    "month": ("year", "month"),
    "day": ("year", "month", "day"),
}


def _whole_numbers_within(c: ColumnInfo, top: int) -> bool:
    lo, hi = c.minimum, c.maximum
    if not c.numeric or not isinstance(lo, int | float) or not isinstance(hi, int | float):
        return False
    return 1 <= lo <= hi <= top and float(lo).is_integer() and float(hi).is_integer()


def _part(columns: list[ColumnInfo], part: str) -> ColumnInfo | None:
    words, zh, top = PART_NAMES[part]
    found = [
        c
        for c in columns
        if (any(w in c.words for w in words) or c.name in zh) and _whole_numbers_within(c, top)
    ]
    return found[0] if len(found) == 1 else None


def _year(columns: list[ColumnInfo], month: ColumnInfo | None = None) -> ColumnInfo | None:
    """The one numeric year column holding four-digit years; among several (year_sold, year_built), the
    one the month column pairs with by its other words (year_sold beside month_sold)."""
    years = [c for c in columns if c.role == "year" and c.numeric]
    if len(years) > 1 and month is not None:
        years = [c for c in years if _part_words(c, "year") == _part_words(month, "month")]
    if len(years) != 1 or not isinstance(years[0].minimum, int | float):
        return None
    return years[0] if 1000 <= years[0].minimum <= 9999 else None


def _part_words(c: ColumnInfo, part: str) -> frozenset[str]:
    """The column's words besides its part's own (sold of year_sold / month_sold); empty for none."""
    return frozenset(w for w in c.words if w != part)


def calendar_parts(table: TableIndex, joined: frozenset[str] = frozenset()) -> dict[str, str]:
    """{"year": col, "month": col[, "day": col]} when one table's own columns spell a year and a month of
    the year; {} otherwise. Over a joined view only the fact's own columns count (no joined table's)."""
    own = [c for c in table.columns.values() if c.name not in joined]
    month = _part(own, "month")
    year = _year(own, month)
    if year is None or month is None:
        return {}
    parts = {"year": year.name, "month": month.name}
    day = _part(own, "day")
    if day is not None:
        parts["day"] = day.name
    return parts


def verb_dating_rows(table: TableIndex, word: Item) -> bool:
    """How many homes were sold: a verb only (sold) linking only the columns that date it (year_sold,
    month_sold, sale_date) names the event each row records, not columns to count or measure."""
    columns = {lk.column for lk in word.links if lk.kind == "column" and lk.table == table.name}
    said = word.text if word.text.isascii() else word.text.replace(" ", "")  # 卖 出 → 卖出
    if not columns or len(columns) != len(word.links) or not bilingual.is_verb(said):
        return False
    parts = set(calendar_parts(table).values())
    infos = [table.columns.get(c or "") for c in columns]
    return all(c is not None and (c.role in ("year", "time") or c.name in parts) for c in infos)


def one_time(table: TableIndex, date_col: ColumnInfo, parts: dict[str, str]) -> bool:
    """The date column spans the year column's years: both describe when a row happened (a monthly
    series with year, month and date), not two times (a player's debut date and a season year)."""
    return _spans_years(date_col, table.columns.get(parts.get("year", "")))


def same_years(table: TableIndex, date_col: ColumnInfo, joined: frozenset[str] = frozenset()) -> bool:
    """The date column spans the years of the table's one year column, with no month column beside it
    (observations timestamped and their year written out): a year said picks the same rows on either,
    so taking the date is no guess."""
    return _spans_years(date_col, _year([c for c in table.columns.values() if c.name not in joined]))


def _spans_years(date_col: ColumnInfo, year: ColumnInfo | None) -> bool:
    """The date's first and last years are the year column's least and greatest."""
    first, last = str(date_col.minimum or ""), str(date_col.maximum or "")
    if year is None or len(first) < 4 or len(last) < 4 or not (first[:4] + last[:4]).isdigit():
        return False
    return (int(first[:4]), int(last[:4])) == (year.minimum, year.maximum)


def grain_on_parts(intent: Intent, grain: str, parts: dict[str, str]) -> bool:
    """Puts a grain on the parts (False when the parts cannot give it: a week)."""
    if not parts or not all(p in parts for p in GRAIN_PARTS.get(grain, ("week",))):
        return False
    intent.time_grain, intent.calendar = grain, dict(parts)
    intent.time_column = intent.time_column or parts["year"]
    return True


def _month_start(d: date) -> bool:
    return d.day == 1


def range_filters(parts: dict[str, str], lo: date, hi: date) -> list[Filter] | None:
    """The half-open range [lo, hi) as filters on the parts: whole years, months of one year, or one day;
    None for a span the parts cannot say plainly (from 15 March to 2 May)."""
    year = parts["year"]
    last = hi - timedelta(days=1)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 1, 1):
        if last.year == lo.year:
            return [Filter(year, "=", [lo.year], "number")]
        return [Filter(year, "between", [lo.year, last.year], "number")]
    if lo.year != last.year:
        return None
    out = [Filter(year, "=", [lo.year], "number")]
    if _month_start(lo) and _month_start(hi):
        months = [lo.month] if lo.month == last.month else [lo.month, last.month]
        out.append(Filter(parts["month"], "=" if len(months) == 1 else "between", months, "number"))
        return out
    if lo == last and "day" in parts:
        out.append(Filter(parts["month"], "=", [lo.month], "number"))
        out.append(Filter(parts["day"], "=", [lo.day], "number"))
        return out
    return None


def year_pinned(intent: Intent) -> bool:
    """One year only: a year filter of one value, or a time range inside one calendar year."""
    year = (intent.calendar or {}).get("year")
    if any(f.column == year and f.op == "=" and len(f.values) == 1 for f in intent.filters):
        return True
    tr = intent.time_range
    if tr is None or not tr.start or not tr.end:
        return False
    last = date.fromisoformat(tr.end[:10]) - timedelta(days=1)
    return tr.start[:4] == last.isoformat()[:4]


def _label_year_pinned(intent: Intent, label: str) -> bool:
    """One year of the labels kept: LIKE '2022%', or a range inside one year ('2022-01' .. '2022-12')."""
    kept = [str(v) for f in intent.filters if f.column == label for v in f.values]
    years = {v[:4] for v in kept if v[:4].isdigit()}
    like = any(f.column == label and f.op == "like" for f in intent.filters)
    return len(years) == 1 and (like or len(kept) >= 2)


def part_buckets(intent: Intent) -> list[tuple[str, Any]]:
    """(alias, expression) per bucket of a grain on the parts: the year, then the quarter (month + 2) / 3,
    month or day; the year is left out when the question keeps to one year."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    parts = intent.calendar or {}
    grain = intent.time_grain or ""
    if "label" in parts and grain == "quarter":  # 'YYYY-MM' labels: (month + 2) / 3, within one year
        return label_quarter_buckets(parts["label"], _label_year_pinned(intent, parts["label"]))
    if "label" in parts:  # period labels ("1998 Q1"): the year they open with
        return [("year", label_year_bucket(parts["label"]))]

    def col(part: str) -> Any:
        return exp.Column(this=exp.Identifier(this=parts[part], quoted=True))

    out: list[tuple[str, Any]] = []
    if grain == "year" or not year_pinned(intent):
        out.append(("year", col("year")))
    if grain == "quarter":
        shifted = exp.Paren(this=exp.Add(this=col("month"), expression=exp.Literal.number(2)))
        out.append(("quarter", exp.IntDiv(this=shifted, expression=exp.Literal.number(3))))
    if grain in ("month", "day"):
        out.append(("month", col("month")))
    if grain == "day":
        out.append(("day", col("day")))
    return out


YEAR_WORDS = re.compile(r"(年份|年度|年|_?year)$", re.IGNORECASE)  # the year word closing a column name


def things_year(table: TableIndex, col: ColumnInfo) -> bool:
    """车辆年份 beside 车辆编号 (vehicle_year beside vehicle_id, a key repeated over the rows): the year
    of a thing the rows refer to (a model year), not when the row happened; among two year columns the
    other is the rows' period."""
    stem = YEAR_WORDS.sub("", col.name).strip("_ ").lower()
    if len(stem) < 2:
        return False
    return any(
        c.role == "id" and not c.unique and c.name != col.name and c.name.lower().startswith(stem)
        for c in table.columns.values()  # not the rows' own key (维修编号 of repairs)
    )
