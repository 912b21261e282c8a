"""Intent -> SQL through a sqlglot AST, in the datasource's dialect.

Identifiers are always quoted and values always become sqlglot literals: question text never reaches
the SQL as text. Date buckets are dialect-specific (SQLite strftime, MySQL DATE_FORMAT, PostgreSQL
to_char); date ranges are plain half-open comparisons that every dialect runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from shared.ask.engines.rules.calparts import part_buckets
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.labels import measure_aliases, share_alias
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.schema import Table
from shared.sql.guard import dialect_object, sqlglot_dialect

BUCKETS: dict[str, dict[str, str]] = {
    "sqlite": {
        "year": "STRFTIME('%Y', {c})",
        "month": "STRFTIME('%Y-%m', {c})",
        "day": "STRFTIME('%Y-%m-%d', {c})",
        "week": "STRFTIME('%Y-W%W', {c})",
        "quarter": "STRFTIME('%Y', {c}) || '-Q' || ((CAST(STRFTIME('%m', {c}) AS INTEGER) + 2) / 3)",
    },
    "mysql": {
        "year": "DATE_FORMAT({c}, '%Y')",
        "month": "DATE_FORMAT({c}, '%Y-%m')",
        "day": "DATE_FORMAT({c}, '%Y-%m-%d')",
        "week": "DATE_FORMAT({c}, '%x-W%v')",
        "quarter": "CONCAT(YEAR({c}), '-Q', QUARTER({c}))",
    },
    "postgres": {
        "year": "TO_CHAR({c}, 'YYYY')",
        "month": "TO_CHAR({c}, 'YYYY-MM')",
        "day": "TO_CHAR({c}, 'YYYY-MM-DD')",
        "week": "TO_CHAR({c}, 'IYYY-\"W\"IW')",
        "quarter": "TO_CHAR({c}, 'YYYY-\"Q\"Q')",
    },
}
BUCKETS["mariadb"] = BUCKETS["mysql"]
BUCKETS["duckdb"] = BUCKETS["postgres"]


class UnsupportedIntent(ValueError):
    """The intent needs something this dialect cannot express (e.g. MEDIAN on SQLite)."""


def column(name: str) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.Column(this=exp.Identifier(this=name, quoted=True))


def literal(value: Any) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float):
        return exp.Literal.number(value)
    return exp.Literal.string(str(value))


def result_aliases(intent: Intent, lang: str = "en") -> list[str]:
    """The readable result column name of each measure of the intent (金额合计 / total_amount)."""
    taken = [*intent.dimensions, *intent.columns, intent.time_grain or ""]
    return measure_aliases(intent.measures, taken, intent.table, lang)


def measure_expr(m: Measure, dialect: str) -> Any:
    import sqlglot  # lazy: heavy (sqlglot)
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if m.agg == "metric" and m.expression:
        tree = sqlglot.parse_one(m.expression, read=dialect)
        for col in tree.find_all(exp.Column):
            col.set("this", exp.Identifier(this=col.name, quoted=True))
            col.set("table", None)
        return tree
    if m.agg == "rate":
        return rate_expr(m)
    if m.expression and m.agg in ("sum", "avg", "max", "min"):  # both sides' amount (pairedsides.py)
        over = sqlglot.parse_one(m.expression, read=dialect)
        return {"sum": exp.Sum, "avg": exp.Avg, "max": exp.Max, "min": exp.Min}[m.agg](this=over)
    if m.agg == "count" or m.column is None:
        return exp.Count(this=exp.Star())
    c = column(m.column)
    if m.agg == "count_distinct":
        return exp.Count(this=exp.Distinct(expressions=[c]))
    if m.agg == "median":
        if dialect != "postgres":
            raise UnsupportedIntent("median")
        return sqlglot.parse_one(
            f"PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {c.sql(dialect)})", read=dialect
        )
    cls = {"sum": exp.Sum, "avg": exp.Avg, "max": exp.Max, "min": exp.Min}.get(m.agg)
    if cls is None:
        return c
    return cls(this=c)


def rate_expr(m: Measure) -> Any:
    """Share of rows meeting a condition, AVG(CASE WHEN c THEN 1.0 ELSE 0 END), or of a column's total."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    cond = filter_expr(Filter(**(m.condition or {})))
    if m.column is None:
        case = exp.Case().when(cond, exp.Literal.number("1.0")).else_(exp.Literal.number(0))
        return exp.Avg(this=case)
    part = exp.Case().when(cond, column(m.column)).else_(exp.Literal.number(0))
    scaled = exp.Mul(this=exp.Sum(this=part), expression=exp.Literal.number("1.0"))
    return exp.Div(this=scaled, expression=exp.Sum(this=column(m.column)))


def time_buckets(intent: Intent, dialect: str) -> list[tuple[str, Any]]:
    """(alias, expression) of the time grain's buckets: one over a date column, or one per calendar part
    (year, then quarter / month / day) over integer parts (calparts)."""
    if not intent.time_grain or not intent.time_column:
        return []
    if intent.calendar:
        if intent.time_grain == "day" and "day" not in intent.calendar and "label" not in intent.calendar:
            raise UnsupportedIntent("a day grain over year and month parts with no day part")
        return part_buckets(intent)
    return [(intent.time_grain, bucket_expr(intent.time_column, intent.time_grain, dialect))]


def bucket_expr(col: str, grain: str, dialect: str) -> Any:
    import sqlglot  # lazy: heavy (sqlglot)

    templates = BUCKETS.get(dialect) or BUCKETS["postgres"]
    return sqlglot.parse_one(templates[grain].format(c=column(col).sql(dialect)), read=dialect)


LIKE_ESCAPE = "!"  # not a backslash: one escape character that reads the same in every dialect


def like_expr(c: Any, pattern: str) -> Any:
    """`c LIKE pattern`, where the pattern is the searched-for text wrapped in `%` (contains) or
    followed by one (starts with): `%` and `_` the user typed are matched literally (escaped)."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    lead = "%" if pattern.startswith("%") and len(pattern) > 1 else ""
    trail = "%" if pattern.endswith("%") and len(pattern) > len(lead) else ""
    inner = pattern[len(lead) : len(pattern) - len(trail)]
    if not any(ch in inner for ch in ("%", "_", LIKE_ESCAPE)):
        return exp.Like(this=c, expression=literal(pattern))
    escaped = "".join(LIKE_ESCAPE + ch if ch in ("%", "_", LIKE_ESCAPE) else ch for ch in inner)
    like = exp.Like(this=c, expression=literal(lead + escaped + trail))
    return exp.Escape(this=like, expression=exp.Literal.string(LIKE_ESCAPE))


def filter_expr(f: Filter) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    c = column(f.column)
    if f.source == "column":  # another column of the same row, quoted like any identifier
        return compare_columns(f.op, c, column(str(f.values[0])))
    if f.source == "month":  # every December: the calendar month, in each dialect's own words
        c = exp.Cast(
            this=exp.TimeToStr(this=c, format=exp.Literal.string("%m")), to=exp.DataType.build("int")
        )
    vals = [literal(v) for v in f.values]
    if f.op == "=":
        return exp.EQ(this=c, expression=vals[0])
    if f.op == "!=":
        return exp.NEQ(this=c, expression=vals[0])
    if f.op == "in":
        return exp.In(this=c, expressions=vals)
    if f.op == "not_in":
        return exp.Not(this=exp.In(this=c, expressions=vals))
    if f.op == "between":
        return exp.Between(this=c, low=vals[0], high=vals[1])
    if f.op == "like":
        return like_expr(c, str(f.values[0]))
    if f.op == "not_like":
        return exp.Not(this=like_expr(c, str(f.values[0])))
    if f.op == "col!=":
        return exp.NEQ(this=c, expression=column(str(f.values[0])))
    cls = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE}[f.op]
    return cls(this=c, expression=vals[0])


def compare_columns(op: str, left: Any, right: Any) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    cls = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE, "=": exp.EQ, "!=": exp.NEQ}[op]
    return cls(this=left, expression=right)


def compare(op: str, left: Any, value: Any) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if op == "between":
        return exp.Between(this=left, low=literal(value[0]), high=literal(value[1]))
    cls = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE, "=": exp.EQ, "!=": exp.NEQ}[op]
    return cls(this=left, expression=literal(value))


def compare_aliases(intent: Intent, lang: str = "en") -> tuple[str, str, str]:
    """Result names of a period comparison: the current value, the previous one, the change ratio."""
    assert intent.compare is not None
    base = result_aliases(intent, lang)[0]
    c = intent.compare
    if lang == "zh":
        change = "同比增长率" if c.kind == "yoy" else "环比增长率"
        return f"{c.current_label}{base}", f"{c.previous_label}{base}", change
    change = "yoy_change" if c.kind == "yoy" else "change"
    return f"{base}_{c.current_label}", f"{base}_{c.previous_label}", change


def _in_period(col: str, period: list[str]) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.and_(
        exp.GTE(this=column(col), expression=literal(period[0])),
        exp.LT(this=column(col), expression=literal(period[1])),
    )


def _period_measure(m: Measure, cond: Any) -> Any:
    """The measure over the rows of one period: the aggregate of CASE WHEN <period> THEN <value> END."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    value = exp.Literal.number(1) if m.agg == "count" or m.column is None else column(m.column)
    case = exp.Case().when(cond, value)
    if m.agg == "count":
        return exp.Count(this=case)
    if m.agg == "count_distinct":
        return exp.Count(this=exp.Distinct(expressions=[case]))
    cls = {"sum": exp.Sum, "avg": exp.Avg, "max": exp.Max, "min": exp.Min}.get(m.agg)
    if cls is None:
        raise UnsupportedIntent(f"period comparison of {m.agg}")
    return cls(this=case)


def period_compare_sql(
    intent: Intent, dialect: str, lang: str, facts: Mapping[str, ColumnFacts] | None = None
) -> str:
    """Both periods' values and (current - previous) / previous, grouped by the dimensions if any."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    c = intent.compare
    assert c is not None and len(intent.measures) == 1
    current_alias, previous_alias, change_alias = compare_aliases(intent, lang)
    current = _period_measure(intent.measures[0], _in_period(c.column, c.current))
    previous = _period_measure(intent.measures[0], _in_period(c.column, c.previous))
    change = exp.Div(
        this=exp.Mul(
            this=exp.Paren(this=exp.Sub(this=current.copy(), expression=previous.copy())),
            expression=exp.Literal.number("1.0"),
        ),
        expression=exp.Nullif(this=previous.copy(), expression=exp.Literal.number(0)),
    )
    projections: list[Any] = [column(d) for d in intent.dimensions]
    projections += [
        exp.alias_(current, current_alias, quoted=True),
        exp.alias_(previous, previous_alias, quoted=True),
        exp.alias_(change, change_alias, quoted=True),
    ]
    select = exp.Select(expressions=projections).from_(
        exp.Table(this=exp.Identifier(this=intent.table, quoted=True))
    )
    span = [min(c.previous[0], c.current[0]), max(c.previous[1], c.current[1])]
    conditions = [filter_expr(f) for f in intent.filters] + [_in_period(c.column, span)]
    select = select.where(exp.and_(*conditions), copy=False)
    if intent.dimensions:
        select = select.group_by(*[column(d) for d in intent.dimensions], copy=False)
        select = select.order_by(exp.Ordered(this=exp.Identifier(this=current_alias, quoted=True), desc=True))
    if facts:
        select = dirty_data(select, intent, facts, dialect)
    return select.sql(dialect=dialect_object(dialect))


def _projections(
    intent: Intent, dialect: str, lang: str, aliases: list[str]
) -> tuple[list[Any], list[Any], list[Any]]:
    """The SELECT list (time bucket, groups, listed columns, measures and shares), the GROUP BY and the
    measures' aggregates."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    projections: list[Any] = []
    group: list[Any] = []
    for alias, bucket in time_buckets(intent, dialect):
        projections.append(exp.alias_(bucket, alias, quoted=True, copy=False))  # fresh: no copy
        group.append(bucket.copy())
    for d in intent.dimensions:
        projections.append(column(d))
        group.append(column(d))
    for c in intent.columns:
        if c not in intent.dimensions:
            projections.append(column(c))
    aggregates = [measure_expr(m, dialect) for m in intent.measures]
    for m, agg, alias in zip(intent.measures, aggregates, aliases, strict=True):
        projections.append(exp.alias_(agg.copy(), alias, quoted=True, copy=False))
        if intent.share and m.agg in ("sum", "count", "count_distinct", "metric") and group:
            total = exp.Window(this=exp.Sum(this=agg.copy()))
            ratio = exp.Div(
                this=exp.Mul(this=agg.copy(), expression=exp.Literal.number("1.0")), expression=total
            )
            projections.append(exp.alias_(ratio, share_alias(alias, lang), quoted=True, copy=False))
    if not projections:
        projections.append(exp.Star())
    return projections, group, aggregates


def _where(select: Any, intent: Intent) -> Any:
    """The filters (ANDed, or ORed when the question said or) and the half-open time range."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    conditions = [filter_expr(f) for f in intent.filters]
    if intent.time_range:
        tr = intent.time_range
        if tr.start:
            conditions.append(exp.GTE(this=column(tr.column), expression=literal(tr.start)))
        if tr.end:
            conditions.append(exp.LT(this=column(tr.column), expression=literal(tr.end)))
    if not conditions:
        return select
    if intent.filter_logic == "or" and len(intent.filters) >= 2:
        ors = exp.or_(*[filter_expr(f) for f in intent.filters], copy=False)
        rest = conditions[len(intent.filters) :]
        return select.where(exp.and_(exp.Paren(this=ors), *rest, copy=False) if rest else ors, copy=False)
    return select.where(exp.and_(*conditions, copy=False), copy=False)  # fresh conditions: no copies


def _orders(
    intent: Intent, dialect: str, aliases: list[str], aggregates: list[Any], grouped: bool
) -> list[Any]:
    """ORDER BY keys: a measure by its alias (its aggregate when ungrouped), the time bucket, a column."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    orders = []
    for kind, target, desc in intent.order:
        # Each dialect's own NULL placement, so no NULLS FIRST/LAST clause is added.
        nulls_first = (not desc) if dialect in ("sqlite", "mysql") else bool(desc)
        if kind == "measure" and isinstance(target, int) and target < len(intent.measures):
            key: Any = exp.Identifier(this=aliases[target], quoted=True)
            if not grouped:
                key = aggregates[target].copy()
        elif kind == "time" and intent.time_grain:
            for alias, _ in time_buckets(intent, dialect)[:-1]:  # the year before the month of parts
                year = exp.Identifier(this=alias, quoted=True)
                orders.append(exp.Ordered(this=year, desc=bool(desc), nulls_first=nulls_first))
            key = exp.Identifier(this=intent.time_grain, quoted=True)
        elif kind == "column" and target:
            key = column(str(target))
        else:
            continue
        orders.append(exp.Ordered(this=key, desc=bool(desc), nulls_first=nulls_first))
    return orders


def build_sql(
    intent: Intent, dialect: str = "sqlite", lang: str = "en", facts: Mapping[str, ColumnFacts] | None = None
) -> str:
    """The SELECT for an intent, in the given sqlglot dialect, measures named in the question's language.

    `facts` (from `column_facts`) says which columns hold dirty data, for `dirty_data`."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    dialect = sqlglot_dialect(dialect)
    if intent.compare is not None:
        return period_compare_sql(intent, dialect, lang, facts)
    if intent.of_totals:
        return _of_totals_sql(intent, dialect, lang, facts)
    aliases = result_aliases(intent, lang)
    projections, group, aggregates = _projections(intent, dialect, lang, aliases)
    # built in place and rendered without a copy: the tree is this function's own (saves two deep copies)
    select = exp.Select(expressions=projections).from_(
        exp.Table(this=exp.Identifier(this=intent.table, quoted=True)), copy=False
    )
    if intent.distinct and not intent.measures:
        select.set("distinct", exp.Distinct())
    select = _where(select, intent)
    if group and (intent.measures or intent.having):
        select = select.group_by(*group, copy=False)
    if intent.having:
        conds = [compare(h.op, measure_expr(h.measure, dialect), h.value) for h in intent.having]
        if not group:
            raise UnsupportedIntent("having without grouping")
        select = select.having(exp.and_(*conds, copy=False), copy=False)
    orders = _orders(intent, dialect, aliases, aggregates, bool(group))
    if orders:
        select = select.order_by(*orders, copy=False)
    if intent.limit:
        select = select.limit(exp.Literal.number(int(intent.limit)), copy=False)  # not parsed from text
    if facts:
        select = dirty_data(select, intent, facts, dialect)
    return select.sql(dialect=dialect_object(dialect), copy=False)


def _of_totals_sql(intent: Intent, dialect: str, lang: str, facts: Mapping[str, ColumnFacts] | None) -> str:
    """The average (max, min) over the groups of each group's total: the groups' SUMs in a subquery."""
    from sqlglot import exp, parse_one  # lazy: heavy (sqlglot)

    inner = replace(
        intent,
        measures=[Measure("sum", m.column) for m in intent.measures],
        of_totals=False,
        order=[],
        limit=None,
    )
    inner_sql = build_sql(inner, dialect, lang, facts)
    totals = result_aliases(inner, lang)
    outer = [
        exp.alias_(measure_expr(Measure(m.agg, total), dialect), alias, quoted=True)
        for m, total, alias in zip(
            intent.measures,
            totals,
            result_aliases(replace(intent, dimensions=[], time_grain=None), lang),
            strict=True,
        )
    ]
    subquery = exp.Subquery(
        this=parse_one(inner_sql, read=dialect), alias=exp.TableAlias(this=exp.to_identifier("totals"))
    )
    select = exp.Select(expressions=outer).from_(subquery, copy=False)
    return select.sql(dialect=dialect_object(dialect), copy=False)


# ------------------------------------------------------------------ dirty data (issue 10, section 2)


SPARSE_SHARE = 0.5
UNKNOWN_VALUES = frozenset(words("unknown_values"))  # a column's own value for "not known"


@dataclass(frozen=True)
class ColumnFacts:
    """What the profile says about one column's dirt."""

    numeric_text: bool = False  # numbers stored as text
    empty: bool = False  # holds '' (among the profiled values, or as the minimum)
    nulls: bool = False  # holds NULL
    sparse: bool = False  # NULL or '' in most rows: a mark on a few rows (a holiday's name, a reason)
    unknown_held: bool = False  # NULL beside a value of its own for "unknown": NULL is no category


def column_facts(table: Table | None, infos: Mapping[str, Any]) -> dict[str, ColumnFacts]:
    """{column: facts} of the columns that need care, from the profile and the linker's ColumnInfo."""
    out: dict[str, ColumnFacts] = {}
    for col in table.columns if table is not None else []:
        prof, info = col.profile, infos.get(col.name)
        if prof is None:
            continue
        facts = ColumnFacts(
            numeric_text=col.type == "text" and bool(info is not None and info.numeric),
            empty=col.type == "text" and (prof.min == "" or any(v and v[0] == "" for v in prof.values or [])),
            nulls=prof.null_share > 0,
            sparse=prof.null_share > SPARSE_SHARE,
            unknown_held=prof.null_share > 0 and _holds_unknown(prof.values),
        )
        if facts != ColumnFacts():
            out[col.name] = facts
    return out


def _holds_unknown(values: list[list[Any]] | None) -> bool:
    """The column says "unknown" with a value of its own ('Unknown', 未知)."""
    return any(isinstance(v[0], str) and v[0].strip().lower() in UNKNOWN_VALUES for v in values or [] if v)


_FACTS: dict[tuple[str, str], dict[str, ColumnFacts]] = {}


def cached_column_facts(
    fingerprint: str, table: Table | None, infos: Mapping[str, Any]
) -> dict[str, ColumnFacts]:
    """`column_facts` once per schema fingerprint and table (the linker's index is cached the same way)."""
    key = (fingerprint, table.name if table is not None else "")
    found = _FACTS.get(key)
    if found is None:
        if len(_FACTS) >= 512:
            _FACTS.clear()
        found = _FACTS[key] = column_facts(table, infos)
    return found


@lru_cache(maxsize=8)
def _number_type(dialect: str) -> Any:
    """The type numbers stored as text are cast to (parsed once: building a type parses SQL)."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.DataType.build("DECIMAL(38, 10)" if dialect == "mysql" else "DOUBLE")


def dirty_data(select: Any, intent: Intent, facts: Mapping[str, ColumnFacts], dialect: str) -> Any:
    """Real data is dirty; the SELECT is rewritten so that

    - numbers stored as text are compared, sorted and aggregated as numbers: CAST(NULLIF(c, '') AS ...);
    - empty strings count as missing: MIN/MAX/COUNT(DISTINCT) read NULLIF(c, ''), never '';
    - a ranking (ORDER BY ... LIMIT) never lets a missing value win: rows whose ranked column or
      grouped column is NULL or '' are left out, so NULL is never the earliest, lowest or first;
    - a grouping by a column missing in most rows (a holiday's name on a few days) groups the rows that
      hold a value: "each holiday" are the named ones, the unmarked rest is no holiday;
    - a grouping by a column that says "unknown" with a value of its own ('Unknown') groups the rows that
      hold a value: its NULL rows were never recorded, no category beside the unknown one.
    Only columns whose profile shows the dirt are touched (`column_facts`).
    """
    if any(f.numeric_text or f.empty for f in facts.values()):  # else only NULLs: no walk of the tree
        _text_dirt(select, facts, _number_type(dialect))
    if intent.limit and intent.order:
        present = _present_ranked(intent, facts)
        if present:
            select = select.where(*present, copy=False)
    elif any((f := facts.get(d)) is not None and (f.sparse or f.unknown_held) for d in intent.dimensions):
        select = select.where(*_present(intent.dimensions, facts, sparse=True), copy=False)
    return select


def _text_dirt(select: Any, facts: Mapping[str, ColumnFacts], number: Any) -> None:
    """Numbers stored as text read as numbers; '' read as NULL by MIN/MAX/COUNT(DISTINCT)."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    for node in list(select.find_all(exp.Sum, exp.Avg, exp.Min, exp.Max, exp.Ordered)):
        f = _facts_of(facts, node.this)
        if f is not None and f.numeric_text:
            node.set("this", _as_number(node.this, number))
        elif f is not None and f.empty and not isinstance(node, exp.Ordered):
            node.set("this", _missing_as_null(node.this))
    for count in list(select.find_all(exp.Count)):
        if isinstance(count.this, exp.Distinct):
            values = count.this.expressions
            count.this.set(
                "expressions",
                [_missing_as_null(e) if (_facts_of(facts, e) or ColumnFacts()).empty else e for e in values],
            )
    _numeric_text_compared_as_numbers(select, facts, number)


def _facts_of(facts: Mapping[str, ColumnFacts], node: Any) -> ColumnFacts | None:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return facts.get(node.name) if isinstance(node, exp.Column) else None


def _missing_as_null(col: Any) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.Nullif(this=col.copy(), expression=exp.Literal.string(""))


def _as_number(col: Any, number: Any) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.Cast(this=_missing_as_null(col), to=number.copy())


def _numeric_text_compared_as_numbers(select: Any, facts: Mapping[str, ColumnFacts], number: Any) -> None:
    """WHERE c > 5 on numbers stored as text compares CAST(NULLIF(c, '') AS number), not text."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    where = select.args.get("where")
    for node in (
        list(where.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.NEQ, exp.Between)) if where else []
    ):
        f = _facts_of(facts, node.this)
        compared = node.args.get("expression") or node.args.get("low")
        if f is not None and f.numeric_text and isinstance(compared, exp.Literal) and not compared.is_string:
            node.set("this", _as_number(node.this, number))


def _present_ranked(intent: Intent, facts: Mapping[str, ColumnFacts]) -> list[Any]:
    """IS NOT NULL conditions on the ranked and grouped columns that hold NULL or '' (a ranking never
    lets a missing value win)."""
    ranked = [str(t) for kind, t, _ in intent.order if kind == "column" and t]
    if any(kind == "measure" for kind, _, _ in intent.order):
        ranked += list(intent.dimensions)
    return _present(ranked, facts)


def _present(names: list[str], facts: Mapping[str, ColumnFacts], sparse: bool = False) -> list[Any]:
    """IS NOT NULL (and not '') on the columns that hold NULL or '' (`sparse`: only those missing in most
    rows)."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    present = []
    for name in dict.fromkeys(names):
        f = facts.get(name)
        if f is not None and (f.empty or f.nulls) and (f.sparse or f.unknown_held or not sparse):
            value = _missing_as_null(column(name)) if f.empty else column(name)
            present.append(exp.Not(this=exp.Is(this=value, expression=exp.Null())))
    return present
