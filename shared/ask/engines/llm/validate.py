"""Check a model's SQL against the datasource's schema before anything runs it.

The messages are written for the model's repair round: they say exactly what is wrong and
what exists instead ("unknown column 'revenue' in table orders; columns are: ..."). This is
not the security boundary (that is the pipeline's guard); it refuses non-SELECT SQL anyway,
so that an engine used without a guard still never returns a write as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shared.semantic.schema import Schema

if TYPE_CHECKING:
    from sqlglot import exp

MAX_LISTED_COLUMNS = 40


@dataclass
class Validation:
    error: str | None = None
    tree: Any = None  # the parsed sqlglot expression when the SQL parses
    sql: str | None = None  # set when the SQL had to be rewritten (double-quoted strings in SQLite)
    tables: list[str] = field(default_factory=list)  # schema tables the query reads

    @property
    def ok(self) -> bool:
        return self.error is None


def validate_sql(sql: str, schema: Schema) -> Validation:
    """Parse in the schema's dialect; one read-only statement over known tables and columns."""
    import sqlglot  # lazy: heavy (sqlglot)
    from sqlglot import exp  # lazy: heavy (sqlglot)
    from sqlglot.errors import ParseError, TokenError  # lazy: heavy (sqlglot)

    dialect = schema.dialect or "sqlite"
    if not sql or not sql.strip():
        return Validation(error="the reply contained no SQL query")
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, TokenError) as exc:
        return Validation(error=f"the SQL does not parse as {dialect}: {_parse_message(exc)}")
    if len(statements) != 1:
        return Validation(error=f"expected exactly one SELECT statement, got {len(statements)} statements")
    tree = statements[0]
    if not isinstance(tree, exp.Query) or _has_write(tree):
        kind = type(tree).__name__.upper() if not isinstance(tree, exp.Query) else "a write inside the query"
        return Validation(error=f"only a read-only SELECT query is allowed, got {kind}")
    try:
        tables, error, strings = _check_names(tree, schema)
    except Exception:  # noqa: BLE001 - scope analysis failing on exotic SQL: the dry-run judges it
        return Validation(tree=tree)
    rewritten = None
    if strings and error is None:
        for column in strings:  # what SQLite would do anyway, made explicit: "web" -> 'web'
            column.replace(exp.Literal.string(column.name))
        rewritten = tree.sql(dialect=dialect)
    return Validation(error=error, tree=tree, tables=tables, sql=rewritten)


def _has_write(tree: Any) -> bool:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    writes = (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.Create, exp.Alter, exp.Command, exp.Merge)
    return any(isinstance(node, writes) for node in tree.walk())


def _check_names(tree: Any, schema: Schema) -> tuple[list[str], str | None, list[Any]]:
    """Every table is in the schema; every column resolves in its scope (or an enclosing one).

    Also returns the unresolvable double-quoted names SQLite reads as strings (WHERE name = "Kyle").
    """
    from sqlglot import exp  # lazy: heavy (sqlglot)
    from sqlglot.optimizer.scope import Scope, traverse_scope  # lazy: heavy (sqlglot)

    read_tables: list[str] = []
    strings: list[Any] = []
    seen_columns: set[int] = set()
    for scope in traverse_scope(tree):
        for source in scope.sources.values():
            if isinstance(source, exp.Table):
                table = schema.table(source.name)
                if table is None:
                    names = ", ".join(t.name for t in schema.tables)
                    return read_tables, f"unknown table '{source.name}'; tables are: {names}", strings
                if table.name not in read_tables:
                    read_tables.append(table.name)
        for column in scope.columns:
            if id(column) in seen_columns:
                continue  # already resolved in its own (inner) scope
            seen_columns.add(id(column))
            error = _resolve_column(column, scope, schema, Scope)
            if error and _sqlite_string(column, schema):
                strings.append(column)
            elif error:
                return read_tables, error, strings
    return read_tables, None, strings


def _sqlite_string(column: Any, schema: Schema) -> bool:
    """An unqualified quoted name in SQLite that is no column: SQLite's own rule makes it a string."""
    identifier = column.this
    return (
        (schema.dialect or "sqlite") == "sqlite" and not column.table and bool(identifier.args.get("quoted"))
    )


def _resolve_column(column: exp.Column, scope: Any, schema: Schema, scope_type: type) -> str | None:
    """None when the column exists in this scope or an enclosing one, else a message naming what exists."""
    name, qualifier = column.name, column.table
    if not name:
        return None
    current = scope
    while current is not None:
        if qualifier:
            source = current.sources.get(qualifier) or _case_insensitive_get(current.sources, qualifier)
            if source is not None:
                columns = _source_columns(source, schema, scope_type)
                if columns is None or _contains(columns, name):
                    return None
                return _unknown_column(name, [(_source_label(source, qualifier), columns)])
        else:
            found_any = False
            for source in current.selected_sources.values():
                columns = _source_columns(source[1], schema, scope_type)
                if columns is None or _contains(columns, name):
                    found_any = True
                    break
            if found_any or _contains(_select_aliases(current.expression), name):
                return None
        current = current.parent
    if qualifier:
        return f"unknown table or alias '{qualifier}' in '{column.sql()}'"
    listing = [
        (_source_label(source, alias), cols)
        for alias, (_node, source) in scope.selected_sources.items()
        if (cols := _source_columns(source, schema, scope_type)) is not None
    ]
    return _unknown_column(name, listing)


def _source_columns(source: Any, schema: Schema, scope_type: type) -> list[str] | None:
    """Column names a FROM source offers; None when unknown (SELECT * in a subquery): do not judge."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(source, exp.Table):
        table = schema.table(source.name)
        return [c.name for c in table.columns] if table else []
    if isinstance(source, scope_type):
        expression = source.expression  # type: ignore[attr-defined]
        if isinstance(expression, exp.Query):
            if getattr(expression, "is_star", False):
                return None
            return list(expression.named_selects)
    return None


def _source_label(source: Any, alias: str) -> str:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(source, exp.Table):
        return f"table {source.name}" if alias in ("", source.name) else f"table {source.name} (as {alias})"
    return f"subquery {alias}"


def _unknown_column(name: str, listing: list[tuple[str, list[str]]]) -> str:
    """Say what exists: "unknown column 'revenue' in table orders; columns are: ... (did you mean ...?)"."""
    if not listing:
        return f"unknown column '{name}'"
    if len(listing) == 1:
        label, columns = listing[0]
        message = f"unknown column '{name}' in {label}; columns are: {_list(columns)}"
    else:
        parts = "; ".join(f"{label}: {_list(columns)}" for label, columns in listing)
        message = f"unknown column '{name}'; the query reads {parts}"
    suggestion = _closest(name, [c for _label, columns in listing for c in columns])
    return f"{message} (did you mean '{suggestion}'?)" if suggestion else message


def _closest(name: str, candidates: list[str]) -> str | None:
    from rapidfuzz import fuzz, process  # lazy: heavy (rapidfuzz)

    match = process.extractOne(name, candidates, scorer=fuzz.WRatio, score_cutoff=75)
    return match[0] if match else None


def _list(columns: list[str]) -> str:
    shown = ", ".join(columns[:MAX_LISTED_COLUMNS])
    extra = len(columns) - MAX_LISTED_COLUMNS
    return f"{shown}, ... ({extra} more)" if extra > 0 else shown


def _select_aliases(expression: Any) -> list[str]:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    if isinstance(expression, exp.Select):
        return [e.alias for e in expression.expressions if isinstance(e, exp.Alias)]
    return []


def _contains(names: list[str], name: str) -> bool:
    lowered = name.lower()
    return any(n == name or n.lower() == lowered for n in names)


def _case_insensitive_get(mapping: dict[str, Any], key: str) -> Any:
    lowered = key.lower()
    for name, value in mapping.items():
        if name.lower() == lowered:
            return value
    return None


def _parse_message(exc: Exception) -> str:
    """sqlglot's first error as "what (line L, col C)", without its token dump."""
    errors = getattr(exc, "errors", None) or []
    if errors and isinstance(errors[0], dict):
        first = errors[0]
        description = str(first.get("description") or "parse error").split(". Line ")[0]
        description = description.split(" <Token")[0].rstrip(":, ").removesuffix(" but got")
        where = f" near '{first.get('highlight')}'" if first.get("highlight") else ""
        return f"{description}{where} (line {first.get('line')}, col {first.get('col')})"
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else "parse error"
