"""The semantic layer's SQL: who may write it, how it is checked, and in which dialect.

Metrics and examples are SQL, so they are written by the roles that may write SQL (analysts and
admins) and checked on PUT like any query: parsed, guarded against the datasource's own tables,
and every column must exist. They are written in ONE declared dialect, standard SQL (sqlglot's
default dialect: "double quotes" for names, 'single quotes' for strings), whatever the
datasource, and transpiled to the datasource's dialect when an engine uses them; so
`AVG(CASE WHEN "是否退货" = '是' ...)` means the column on MySQL too, never a string literal.
Layers stored before this rule that do not parse as standard SQL are used as they are.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from shared.errors import Forbidden, UnsafeSQL, ValidationFailed
from shared.semantic.schema import Example, Metric, Schema, SemanticLayer
from shared.sql.guard import guard_sql, sqlglot_dialect
from shared.storage.models import User

log = logging.getLogger("chatbi.semantic")
SEMANTIC_DIALECT = ""  # sqlglot's default dialect: standard SQL
SQL_ROLES = ("analyst", "admin")
_TRANSPILED_MAX = 256
_transpiled: OrderedDict[str, SemanticLayer] = OrderedDict()


def may_write_sql(user: User) -> bool:
    return user.role in SQL_ROLES


def _parse(sql: str, read: str) -> Any:
    import sqlglot  # lazy: heavy (sqlglot)
    from sqlglot.errors import ParseError, TokenError  # lazy: heavy (sqlglot)

    try:
        trees = [t for t in sqlglot.parse(sql, read=read or None) if t is not None]
    except (ParseError, TokenError) as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "syntax error") from exc
    if len(trees) != 1:
        raise ValueError("expected exactly one expression")
    return trees[0]


def transpile(sql: str, *, read: str, write: str) -> str:
    """One statement or expression from one sqlglot dialect to another (ValueError if it does not parse)."""
    tree = _parse(sql, sqlglot_dialect(read) if read else "")
    return str(tree.sql(dialect=sqlglot_dialect(write) if write else None))


def to_standard(sql: str, dialect: str) -> str:
    """SQL in a datasource's dialect (an answer's SQL) as the semantic layer stores it."""
    return transpile(sql, read=dialect, write=SEMANTIC_DIALECT)


# ------------------------------------------------------------------ use: standard -> datasource


def for_dialect(layer: SemanticLayer, dialect: str) -> SemanticLayer:
    """The layer with metric and example SQL in the datasource's dialect (memoised per content)."""
    if not layer.metrics and not layer.examples:
        return layer
    key = hashlib.sha256(
        json.dumps([dialect, layer.to_dict()], ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()
    hit = _transpiled.get(key)
    if hit is not None:
        _transpiled.move_to_end(key)
        return hit
    metrics = [replace(m, expression=_to_dialect(m.expression, dialect)) for m in layer.metrics]
    examples = [replace(e, sql=_to_dialect(e.sql, dialect)) for e in layer.examples]
    out = replace(layer, metrics=metrics, examples=examples)
    _transpiled[key] = out
    while len(_transpiled) > _TRANSPILED_MAX:
        _transpiled.popitem(last=False)
    return out


def _to_dialect(sql: str, dialect: str) -> str:
    try:
        return transpile(sql, read=SEMANTIC_DIALECT, write=dialect)
    except Exception:  # a layer stored before the rule, in the datasource's own dialect
        return sql


# ------------------------------------------------------------------ PUT: permission and checks


def check_layer(
    layer: SemanticLayer,
    previous: SemanticLayer,
    user: User,
    schema: Schema,
    table_map: dict[str, str],
) -> None:
    """Refuse (403) SQL from a role that may not write SQL, and (422) SQL that is not a safe read
    of this datasource's columns. Unchanged metrics and examples are not re-checked."""
    old_metrics = {(m.name, m.expression, m.table) for m in previous.metrics}
    old_examples = {(e.question, e.sql) for e in previous.examples}
    new_metrics = [m for m in layer.metrics if (m.name, m.expression, m.table) not in old_metrics]
    new_examples = [e for e in layer.examples if (e.question, e.sql) not in old_examples]
    if (new_metrics or new_examples) and not may_write_sql(user):
        raise Forbidden(
            "Metrics and examples are SQL, which only analysts and admins may write; "
            "a viewer may change descriptions and synonyms"
        )
    names = [m.name for m in layer.metrics]
    for name in names:
        if not name or not name.strip():
            raise ValidationFailed("Every metric needs a name")
        if names.count(name) > 1:
            raise ValidationFailed(f"Metric '{name}' is defined twice")
    for metric in new_metrics:
        check_metric(metric, schema, table_map)
    for example in new_examples:
        check_example(example, schema, table_map)


def check_metric(metric: Metric, schema: Schema, table_map: dict[str, str]) -> None:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    where = f"Metric '{metric.name}'"
    table = schema.table(metric.table) if metric.table else (schema.tables[0] if schema.tables else None)
    if table is None:
        raise ValidationFailed(f"{where} names table '{metric.table}', which this datasource does not have")
    try:
        tree = _parse(metric.expression, SEMANTIC_DIALECT)
    except ValueError as exc:
        raise ValidationFailed(f"{where}: the expression is not standard SQL ({exc}); {_HINT}") from exc
    if isinstance(tree, exp.Query) or tree.find(exp.Query) is not None:
        raise ValidationFailed(f"{where} must be one expression over the table's columns, without SELECT")
    known = {c.name.lower() for c in table.columns}
    unknown = sorted({c.name for c in tree.find_all(exp.Column) if c.name.lower() not in known})
    if unknown:
        raise ValidationFailed(
            f"{where} uses column(s) {', '.join(unknown)}, which table '{table.name}' does not have; {_HINT}"
        )
    select = exp.select(tree.copy()).from_(_table(table.name))
    _guard(select.sql(), where, schema, table_map)


def check_example(example: Example, schema: Schema, table_map: dict[str, str]) -> None:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    where = f"Example '{example.question[:60]}'"
    if not example.question.strip():
        raise ValidationFailed("Every example needs a question")
    try:
        tree = _parse(example.sql, SEMANTIC_DIALECT)
    except ValueError as exc:
        raise ValidationFailed(f"{where}: the SQL is not standard SQL ({exc}); {_HINT}") from exc
    known = {c.name.lower() for t in schema.tables for c in t.columns}
    known |= {a.alias.lower() for a in tree.find_all(exp.Alias) if a.alias}
    known |= {a.name.lower() for a in tree.find_all(exp.TableAlias) if a.name}
    for alias in tree.find_all(exp.TableAlias):
        known |= {c.name.lower() for c in alias.columns}
    unknown = sorted({c.name for c in tree.find_all(exp.Column) if c.name and c.name.lower() not in known})
    if unknown:
        missing = ", ".join(unknown)
        raise ValidationFailed(f"{where} uses column(s) {missing}, which this datasource does not have")
    _guard(tree.sql(), where, schema, table_map)


_HINT = "write names in \"double quotes\" and text in 'single quotes'"


def _table(name: str) -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp.Table(this=exp.to_identifier(name, quoted=True))


def _guard(standard_sql: str, where: str, schema: Schema, table_map: dict[str, str]) -> None:
    try:
        sql = transpile(standard_sql, read=SEMANTIC_DIALECT, write=schema.dialect)
    except ValueError as exc:
        raise ValidationFailed(f"{where}: cannot be written for {schema.dialect} ({exc})") from exc
    try:
        guard_sql(sql, dialect=schema.dialect, tables=table_map, max_rows=1)
    except UnsafeSQL as exc:
        raise ValidationFailed(f"{where} was refused by the SQL guard: {exc.message}") from exc
